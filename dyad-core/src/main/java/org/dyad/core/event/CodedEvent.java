package org.dyad.core.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One coded event: who did what to whom, when, and where it was read.
 *
 * <p>An event keeps its actors as written: "Russia and China held drills near Japan" is one event
 * with the sources [Russia, China] and the target [Japan], not two. {@link #dyads()} expands it
 * into one dyadic event per (source, target) pair, which is what counts, series and GDELT-style
 * exports use; an actor never acts on itself, and two actors of one country form a dyad only as two
 * different domestic roles (police and protesters).
 *
 * @param id stable identifier derived from article, sentence, actors and code
 * @param sources the actors who act, at least one
 * @param targets the actors acted upon, at least one
 * @param code CAMEO event code
 * @param codeName the code's label
 * @param goldstein Goldstein score from GDELT's table
 * @param plover PLOVER type, mode and context
 * @param date when it happened
 * @param modality {@code asserted}, or {@code intent} when an action was coded as intent
 * @param provenance where it came from
 * @param notes resolution remarks (reported speech, passive voice, ...), may be empty
 * @param compoundId for a dyad expanded from a compound event, that event's id; else empty
 * @param issues the topics of its sentence (NUCLEAR, REFUGEES, ...) from the issue dictionary, in
 *     order of first mention; may be empty
 */
public record CodedEvent(
    String id,
    List<EventActor> sources,
    List<EventActor> targets,
    CameoCode code,
    String codeName,
    double goldstein,
    Plover plover,
    EventDate date,
    String modality,
    Provenance provenance,
    List<String> notes,
    String compoundId,
    List<String> issues) {
  public CodedEvent {
    Objects.requireNonNull(id, "id");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    if (sources.isEmpty() || targets.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " needs a source and a target");
    }
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
    compoundId = Objects.requireNonNullElse(compoundId, "");
    issues = List.copyOf(issues);
  }

  /** A dyadic event: one source, one target. */
  public static CodedEvent dyadic(
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
    return new CodedEvent(
        dyadId(provenance, source, target, code),
        List.of(source),
        List.of(target),
        code,
        codeName,
        goldstein,
        plover,
        date,
        modality,
        provenance,
        notes,
        "",
        List.of());
  }

  /** The same event with other actors and ids: a dyad of it, or several dyads folded into one. */
  public CodedEvent withActors(
      String newId,
      List<EventActor> newSources,
      List<EventActor> newTargets,
      String newCompoundId) {
    return new CodedEvent(
        newId,
        newSources,
        newTargets,
        code,
        codeName,
        goldstein,
        plover,
        date,
        modality,
        provenance,
        notes,
        newCompoundId,
        issues);
  }

  /** The same event with the topics of its sentence. */
  public CodedEvent withIssues(List<String> sentenceIssues) {
    return new CodedEvent(
        id,
        sources,
        targets,
        code,
        codeName,
        goldstein,
        plover,
        date,
        modality,
        provenance,
        notes,
        compoundId,
        sentenceIssues);
  }

  /** Whether the event has one source and one target. */
  public boolean isDyadic() {
    return sources.size() == 1 && targets.size() == 1;
  }

  /** The source of a dyadic event; a compound event has several, see {@link #dyads()}. */
  public EventActor source() {
    requireDyadic();
    return sources.get(0);
  }

  /** The target of a dyadic event; a compound event has several, see {@link #dyads()}. */
  public EventActor target() {
    requireDyadic();
    return targets.get(0);
  }

  private void requireDyadic() {
    if (!isDyadic()) {
      throw new IllegalStateException("event " + id + " has several actors: use dyads()");
    }
  }

  /**
   * The event as dyadic events, one per (source, target) pair that forms a dyad. A dyadic event is
   * its own only dyad; the dyads of a compound event carry its id as {@link #compoundId()} and ids
   * of their own, the same an event coded for that pair alone would have.
   */
  public List<CodedEvent> dyads() {
    if (isDyadic()) {
      return List.of(this);
    }
    List<CodedEvent> out = new ArrayList<>();
    for (EventActor s : sources) {
      for (EventActor t : targets) {
        if (formDyad(s, t)) {
          out.add(withActors(dyadId(provenance, s, t, code), List.of(s), List.of(t), id));
        }
      }
    }
    return out;
  }

  /** Whether an event between these two actors means something: see the class comment. */
  public static boolean formDyad(EventActor source, EventActor target) {
    if (source.code().equals(target.code())) {
      return false;
    }
    return !source.country().equals(target.country())
        || source.code().isDomesticCounterpart(target.code());
  }

  public String root() {
    return code.root();
  }

  public int quadClass() {
    return code.quadClass();
  }

  /** The id of the dyadic event (article, sentence, source, target, code). */
  public static String dyadId(
      Provenance provenance, EventActor source, EventActor target, CameoCode code) {
    return hash(
        provenance.articleId()
            + "|"
            + provenance.sentence()
            + "|"
            + source.code()
            + "|"
            + target.code()
            + "|"
            + code.value());
  }

  /** A short stable id: the first 16 hex digits of the SHA-256 of {@code key}. */
  public static String hash(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
