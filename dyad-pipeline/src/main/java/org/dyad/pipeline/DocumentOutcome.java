package org.dyad.pipeline;

import java.util.List;
import java.util.Objects;
import org.dyad.core.actor.UnresolvedMention;
import org.dyad.core.event.CodedEvent;

/**
 * What became of one input document.
 *
 * @param articleId the article's id, or the input position when it had none
 * @param status coded, skipped or failed
 * @param reason why it was skipped or failed; empty when coded
 * @param events the coded events (empty unless coded)
 * @param unresolved names no dictionary entry resolved
 * @param sentences number of body sentences analysed
 */
public record DocumentOutcome(
    String articleId,
    Status status,
    String reason,
    List<CodedEvent> events,
    List<UnresolvedMention> unresolved,
    int sentences) {
  /** Outcome kinds. */
  public enum Status {
    CODED,
    SKIPPED,
    FAILED
  }

  public DocumentOutcome {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(status, "status");
    reason = Objects.requireNonNullElse(reason, "");
    events = List.copyOf(events);
    unresolved = List.copyOf(unresolved);
  }

  static DocumentOutcome skipped(String id, String reason) {
    return new DocumentOutcome(id, Status.SKIPPED, reason, List.of(), List.of(), 0);
  }

  static DocumentOutcome failed(String id, String reason) {
    return new DocumentOutcome(id, Status.FAILED, reason, List.of(), List.of(), 0);
  }
}
