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
    List<Entry> valid = preferred(all).stream().filter(e -> e.validOn(day)).toList();
    if (valid.isEmpty()) {
      // between the leaders table's terms, an undated row of another source still holds:
      // Stoltenberg is a Norwegian politician (NORELI) in September 2005, not yet NATO's
      // Secretary-General; other sources' open-ended terms are what the table corrects
      valid = all.stream().filter(e -> e.start() == null && e.end() == null).toList();
    }
    if (valid.isEmpty()) {
      return outOfOffice(all, day);
    }
    List<Entry> termed = valid.stream().filter(e -> e.start() != null || e.end() != null).toList();
    if (!termed.isEmpty()) {
      valid = termed; // a term covering the day says more than an undated row: "President Bush"
      // in 2005 is George W. Bush in office, not either Bush as an elite
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
   * A person holding none of their offices on the day: the last one held before it (coded as an
   * elite by the caller); else a national office yet to come, but never an international one, which
   * says nothing of the person's country ("Ban Ki-moon" in 2005 was not the UN).
   */
  private static Entry outOfOffice(List<Entry> all, LocalDate day) {
    List<Entry> people = all.stream().filter(e -> e.kind() == ActorKind.PERSON).toList();
    return people.stream()
        .filter(e -> e.end() != null && e.end().isBefore(day))
        .max(Comparator.comparing(Entry::end))
        .or(
            () ->
                people.stream()
                    .filter(e -> !e.code().isInternational())
                    .min(Comparator.comparing(e -> e.start() == null ? day : e.start())))
        .orElse(null);
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
