package org.dyad.pipeline.ingest;

import java.util.Locale;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.text.Article;

/**
 * An article's id derived from its content, so that the same article read twice, from any input,
 * gets the same id: {@code a} and 16 hex digits of the SHA-256 of its publication date, title and
 * text, with whitespace runs collapsed and case folded (a re-wrapped copy is the same article).
 */
public final class ContentId {
  private ContentId() {}

  public static String of(Article a) {
    return "a"
        + CodedEvent.hash(a.published() + "\n" + normalise(a.title()) + "\n" + normalise(a.text()));
  }

  static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The article under its content id. */
  public static Article withContentId(Article a) {
    return new Article(
        of(a), a.published(), a.source(), a.title(), a.text(), a.url(), a.language());
  }
}
