package org.dyad.actors;

import java.util.Locale;

/** Folds names and text for lookup: lower case, one kind of apostrophe, single spaces. */
final class Normalizer {
  private Normalizer() {}

  static String fold(String s) {
    String t = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ');
    t = t.replaceAll("\\s+", " ").trim();
    return t.toLowerCase(Locale.ROOT);
  }

  /** Short all-capital names (US, UN, NATO, IS) only match text written in capitals. */
  static boolean isAcronym(String name) {
    String letters = name.replace(".", "");
    return !letters.contains(" ") && letters.length() <= 4;
  }
}
