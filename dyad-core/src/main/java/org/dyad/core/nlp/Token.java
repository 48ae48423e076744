package org.dyad.core.nlp;

import java.util.Objects;
import org.dyad.core.text.Span;

/**
 * One token of a sentence.
 *
 * @param index 0-based position in its sentence
 * @param word surface form as in the text
 * @param lemma dictionary form, lower case for common words
 * @param pos Penn Treebank part-of-speech tag ({@code NNP}, {@code VBD}, ...)
 * @param ner named-entity tag ({@code PERSON}, {@code COUNTRY}, ...) or {@code O}
 * @param span character offsets into the article text
 */
public record Token(int index, String word, String lemma, String pos, String ner, Span span) {
  public Token {
    if (index < 0) {
      throw new IllegalArgumentException("token index must be >= 0, got " + index);
    }
    Objects.requireNonNull(word, "word");
    lemma = Objects.requireNonNullElse(lemma, word);
    pos = Objects.requireNonNullElse(pos, "");
    ner = Objects.requireNonNullElse(ner, "O");
    Objects.requireNonNull(span, "span");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
