package org.dyad.core.event;

import java.util.List;
import java.util.Objects;

/**
 * One coded event: who did what to whom, when, and where it was read.
 *
 * @param id stable identifier derived from article, sentence, actors and code
 * @param source the actor who acts
 * @param target the actor acted upon
 * @param code CAMEO event code
 * @param codeName the code's label
 * @param goldstein Goldstein score from GDELT's table
 * @param plover PLOVER type, mode and context
 * @param date when it happened
 * @param modality {@code asserted}, or {@code intent} when an action was coded as intent
 * @param provenance where it came from
 * @param notes resolution remarks (reported speech, passive voice, ...), may be empty
 */
public record CodedEvent(
    String id,
    EventActor source,
    EventActor target,
    CameoCode code,
    String codeName,
    double goldstein,
    Plover plover,
    EventDate date,
    String modality,
    Provenance provenance,
    List<String> notes) {
  public CodedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(codeName, "codeName");
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein score must be in [-10, 10], got " + goldstein);
    }
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(date, "date");
    modality = Objects.requireNonNullElse(modality, "asserted");
    Objects.requireNonNull(provenance, "provenance");
    notes = List.copyOf(notes);
  }

  public String root() {
    return code.root();
  }

  public int quadClass() {
    return code.quadClass();
  }
}
