package org.dyad.core.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article as Dyad reads it.
 *
 * <p>{@code text} is the body that is coded; sentence indices and character offsets refer to it.
 * The title is kept apart: it is not counted in sentence indices. {@code published} anchors
 * relative dates ("on Tuesday", "in June").
 *
 * @param id stable identifier, non-blank
 * @param published publication date; relative time expressions resolve against it
 * @param source publisher or feed name, may be empty
 * @param title headline, may be empty
 * @param text body text, may be empty (yields no events)
 * @param url address, may be empty
 * @param language ISO 639-1 code such as {@code en}, or empty if unknown
 */
public record Article(
    String id,
    LocalDate published,
    String source,
    String title,
    String text,
    String url,
    String language) {
  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    Objects.requireNonNull(published, () -> "published date of article " + id);
    source = Objects.requireNonNullElse(source, "");
    title = Objects.requireNonNullElse(title, "");
    text = Objects.requireNonNullElse(text, "");
    url = Objects.requireNonNullElse(url, "");
    language = Objects.requireNonNullElse(language, "");
  }

  /** An article with only the fields the coder needs. */
  public static Article of(String id, LocalDate published, String title, String text) {
    return new Article(id, published, "", title, text, "", "");
  }
}
