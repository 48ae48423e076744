package org.dyad.core.nlp;

import java.util.List;
import java.util.Objects;
import org.dyad.core.text.Article;

/**
 * An article with its analysed body sentences and, separately, its analysed title.
 *
 * @param article the input, unchanged
 * @param sentences body sentences, {@code sentences.get(i).index() == i}
 * @param title the analysed title as one sentence with index 0, or empty when there is none
 */
public record ParsedDocument(
    Article article, List<ParsedSentence> sentences, List<ParsedSentence> title) {
  public ParsedDocument {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    title = List.copyOf(title);
  }
}
