package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.core.actor.UnresolvedMention;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.nlp.ParsedDocument;

/**
 * What became of one input document.
 *
 * @param articleId the article's id, or the input position when it had none
 * @param status coded, skipped or failed
 * @param reason why it was skipped or failed; empty when coded
 * @param events the coded events, with their actor lists (empty unless coded)
 * @param unresolved names no dictionary entry resolved
 * @param sentences number of body sentences analysed
 * @param parsed the analysed document, for storing its parse; null unless coded
 */
public record DocumentOutcome(
    String articleId,
    Status status,
    String reason,
    List<CodedEvent> events,
    List<UnresolvedMention> unresolved,
    int sentences,
    ParsedDocument parsed) {
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

  /** The events as dyadic events, one per (source, target) pair: see {@link CodedEvent#dyads()}. */
  public List<CodedEvent> dyads() {
    List<CodedEvent> out = new ArrayList<>();
    for (CodedEvent e : events) {
      out.addAll(e.dyads());
    }
    return out;
  }

  public static DocumentOutcome skipped(String id, String reason) {
    return new DocumentOutcome(id, Status.SKIPPED, reason, List.of(), List.of(), 0, null);
  }

  public static DocumentOutcome failed(String id, String reason) {
    return new DocumentOutcome(id, Status.FAILED, reason, List.of(), List.of(), 0, null);
  }
}
