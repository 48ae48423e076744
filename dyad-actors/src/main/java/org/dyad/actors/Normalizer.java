package org.dyad.actors;

import java.util.Locale;

/** Folds names and text for lookup: lower case, one kind of apostrophe, single spaces. */
final class Normalizer {
  private Normalizer() {}

  /** Hyphens fold to spaces: "Port-au-Prince" and "Port au Prince", "Jong-un" and "Jong Un". */
  static String fold(String s) {
    String t =
        s.replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('\u00a0', ' ')
            .replace('-', ' ')
            .replace('\u2010', ' ')
            .replace('\u2011', ' ');
    t = t.replaceAll("\\s+", " ").trim();
    return t.toLowerCase(Locale.ROOT);
  }

  /**
   * Short names written in capitals (US, UN, NATO, IS) only match text written in capitals, so that
   * "us" and "is" stay pronoun and verb.
   */
  static boolean isAcronym(String name) {
    String letters = name.replace(".", "");
    return !letters.isEmpty()
        && letters.length() <= 5
        && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }
}
