package org.dyad.actors;

/** Folds names and text for lookup: lower case, one kind of apostrophe, single spaces. */
final class Normalizer {
  private Normalizer() {}

  /** Hyphens fold to spaces: "Port-au-Prince" and "Port au Prince", "Jong-un" and "Jong Un". */
  static String fold(String s) {
    // A hand-written loop: this runs for every candidate span of every sentence.
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u2019', '\u2018' -> c = '\'';
        case '-', '\u2010', '\u2011', '\u00a0' -> c = ' ';
        default -> {}
      }
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  /** The first word of a phrase's folded form. */
  static String firstWord(String phrase) {
    String f = fold(phrase);
    int sp = f.indexOf(' ');
    return sp < 0 ? f : f.substring(0, sp);
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
