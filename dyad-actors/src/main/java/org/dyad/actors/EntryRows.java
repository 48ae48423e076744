package org.dyad.actors;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;

/**
 * One row of an actor file as an entry: name, aliases, code, start, end, kind, source. Dates may be
 * days or months ("2024-06"); an undated "person" named as an institution is an organisation.
 *
 * <p>Thread safety: stateless.
 */
final class EntryRows {
  private EntryRows() {}

  /**
   * The entry of a row's cells; IllegalArgumentException or DateTimeParseException if malformed.
   */
  static ActorDictionary.Entry entry(String[] c) {
    return new ActorDictionary.Entry(
        c[0].trim(),
        ActorCode.of(c[2].trim()),
        date(c[3]),
        date(c[4]),
        kind(c[0].trim(), c[3], ActorKind.valueOf(c[5].trim().toUpperCase(Locale.ROOT))),
        c[6].trim());
  }

  /**
   * Words that name an institution. The Phoenix country lists file every entry as a person, "United
   * States Military" and "White House" too, and a person takes "he" but not "its".
   */
  private static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "Military",
          "Army",
          "Navy",
          "Forces",
          "Command",
          "Ministry",
          "Department",
          "Council",
          "House",
          "Agency",
          "Office",
          "Government",
          "Parliament",
          "Assembly",
          "Congress",
          "Senate",
          "Court",
          "Police",
          "Service",
          "Committee",
          "Commission",
          "Embassy",
          "Guard",
          "Corps",
          "Administration",
          "Cabinet",
          "Secretariat",
          "Authority",
          "Directorate",
          "Bureau");

  /** An undated "person" whose name is an institution's is an organisation. */
  private static ActorKind kind(String name, String start, ActorKind listed) {
    if (listed != ActorKind.PERSON || !start.isBlank()) {
      return listed;
    }
    for (String word : name.split(" ", -1)) {
      if (INSTITUTION_WORDS.contains(word)) {
        return ActorKind.ORGANISATION;
      }
    }
    return listed;
  }

  private static LocalDate date(String s) {
    String t = s.trim();
    if (t.isEmpty()) {
      return null;
    }
    if (t.length() == 7) {
      return LocalDate.parse(t + "-01");
    }
    return LocalDate.parse(t);
  }
}
