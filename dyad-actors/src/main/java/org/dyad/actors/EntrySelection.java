package org.dyad.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dyad.actors.ActorDictionary.Entry;
import org.dyad.core.actor.ActorKind;

/**
 * Chooses which dictionary entry a name means on a given day: entries valid that day, places over
 * people of the same name, the 2000-2025 leaders table over older open-ended rows, people already
 * named in the document over others. Returns null when the name stays ambiguous.
 *
 * <p>Thread safety: stateless.
 */
final class EntrySelection {
  private EntrySelection() {}

  /** The entry meant on this day; prefers people already named in the document. */
  static Entry choose(List<Entry> all, LocalDate day, Set<String> knownPeople) {
    List<Entry> entries = preferred(all);
    List<Entry> valid = entries.stream().filter(e -> e.validOn(day)).toList();
    if (valid.isEmpty()) {
      return entries.stream()
          .filter(e -> e.kind() == ActorKind.PERSON)
          .max(Comparator.comparing(e -> e.end() == null ? LocalDate.MAX : e.end()))
          .orElse(null);
    }
    List<Entry> known =
        valid.stream().filter(e -> knownPeople.contains(Normalizer.fold(e.name()))).toList();
    if (!known.isEmpty()) {
      valid = known; // of these, the dated row: "President Mubarak" is EGYGOV in 2008, not the
      // undated EGYELI row
    }
    long names = valid.stream().map(Entry::name).distinct().count();
    long codes = valid.stream().map(e -> e.code().value()).distinct().count();
    if (names > 1 && codes > 1) {
      return null;
    }
    return valid.stream()
        .max(Comparator.comparing(e -> e.start() == null ? LocalDate.MIN : e.start()))
        .orElseThrow();
  }

  /**
   * Seats of power, states and IGOs win over people of the same name ("the White House"); the
   * leaders table, with closed terms to 2025, wins over the open-ended Phoenix rows of 2014.
   */
  private static List<Entry> preferred(List<Entry> entries) {
    List<Entry> places =
        entries.stream()
            .filter(
                e ->
                    e.kind() == ActorKind.CAPITAL
                        || e.kind() == ActorKind.STATE
                        || e.kind() == ActorKind.IGO)
            .toList();
    if (!places.isEmpty()) {
      return places;
    }
    List<Entry> leaders =
        entries.stream().filter(e -> e.source().startsWith("leaders.tsv")).toList();
    return leaders.isEmpty() ? entries : leaders;
  }
}
