package org.dyad.core.nlp;

import java.util.List;
import java.util.Objects;
import org.dyad.core.text.Span;

/**
 * One analysed sentence.
 *
 * @param index 0-based sentence index in the article text (titles are not counted)
 * @param text the sentence as it appears in the article
 * @param span character offsets of the sentence in the article text
 * @param tokens tokens in order, {@code tokens.get(i).index() == i}
 * @param dependencies basic UD arcs, at most one head per token; empty if not parsed
 * @param timeExpressions time expressions in token order
 */
public record ParsedSentence(
    int index,
    String text,
    Span span,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<TimeExpression> timeExpressions) {
  public ParsedSentence {
    if (index < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0, got " + index);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    timeExpressions = List.copyOf(timeExpressions);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).index() != i) {
        throw new IllegalArgumentException(
            "token " + i + " of sentence " + index + " has index " + tokens.get(i).index());
      }
    }
    for (Dependency d : dependencies) {
      if (d.dependent() >= tokens.size() || d.head() >= tokens.size()) {
        throw new IllegalArgumentException(
            "arc " + d + " outside sentence " + index + " of " + tokens.size() + " tokens");
      }
    }
  }

  /** The sentence's dependency tree, for navigation. */
  public DependencyTree tree() {
    return new DependencyTree(tokens, dependencies);
  }

  /** The text of tokens {@code [from, to)} as it appears in the sentence. */
  public String textOf(int from, int to) {
    if (from >= to) {
      return "";
    }
    int start = tokens.get(from).span().start() - span.start();
    int end = tokens.get(to - 1).span().end() - span.start();
    return text.substring(Math.max(0, start), Math.min(text.length(), end));
  }
}
