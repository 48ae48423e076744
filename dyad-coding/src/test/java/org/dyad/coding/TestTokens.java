package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.nlp.Token;
import org.dyad.core.text.Span;

/** Tokens for phrase tests, without a tokenizer. */
final class TestTokens {
  private TestTokens() {}

  /** Tokens split at spaces; "word/lemma" gives a lemma, else the lemma is the lower-case word. */
  static List<Token> of(String sentence) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : sentence.split(" ", -1)) {
      String[] wl = w.split("/", 2);
      String lemma = wl.length > 1 ? wl[1] : wl[0].toLowerCase(Locale.ROOT);
      out.add(new Token(out.size(), wl[0], lemma, "NN", "O", new Span(at, at + wl[0].length())));
      at += wl[0].length() + 1;
    }
    return out;
  }
}
