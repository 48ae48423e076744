package org.dyad.core.store;

import java.util.Objects;

/**
 * One input document's outcome in a run: the run's manifest is the list of these.
 *
 * @param position 0-based position of the document among the run's inputs
 * @param input where it came from (file, file:line, URL, WARC record)
 * @param articleId the stored article's id, or of the article it duplicates; empty if none
 * @param status what became of it
 * @param reason why it was a duplicate, skipped or failed; empty when coded
 * @param events dyadic events stored for it (0 unless coded)
 */
public record DocumentRecord(
    int position,
    String input,
    String articleId,
    DocumentStatus status,
    String reason,
    int events) {
  public DocumentRecord {
    if (position < 0) {
      throw new IllegalArgumentException("position must be >= 0, got " + position);
    }
    Objects.requireNonNull(input, "input");
    articleId = Objects.requireNonNullElse(articleId, "");
    Objects.requireNonNull(status, "status");
    reason = Objects.requireNonNullElse(reason, "");
  }
}
