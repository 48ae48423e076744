package org.dyad.core.text;

import java.util.Objects;

/**
 * One item read from an input: an article, or the reason the item could not be read.
 *
 * @param origin where it came from ({@code file.jsonl:12}, {@code article.txt})
 * @param article the article, or null when {@code error} is set
 * @param error why the item could not be read, or empty
 */
public record ArticleInput(String origin, Article article, String error) {
  public ArticleInput {
    Objects.requireNonNull(origin, "origin");
    error = Objects.requireNonNullElse(error, "");
    if ((article == null) == error.isEmpty()) {
      throw new IllegalArgumentException("need exactly one of article and error for " + origin);
    }
  }

  public static ArticleInput of(String origin, Article article) {
    return new ArticleInput(origin, article, "");
  }

  public static ArticleInput failed(String origin, String error) {
    return new ArticleInput(origin, null, error);
  }

  public boolean ok() {
    return article != null;
  }
}
