package org.dyad.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * Acronyms a text defines for a name it spells out: "the Popular Resistance Committees, or PRC,"
 * and "Popular Resistance Committees (PRC)". In that text the letters name what was spelled out,
 * not the dictionary's bearer of them (PRC is China elsewhere).
 *
 * <p>Thread safety: stateless.
 */
final class DefinedAcronyms {
  /** Small words a name's initials pass over: "Organisation of the Islamic Conference". */
  private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "&", "'s", "de");

  private static final Set<String> OPENERS = Set.of("(", "-LRB-", "-lrb-");

  private DefinedAcronyms() {}

  /** Each defined acronym, without dots, with the name it stands for. */
  static Map<String, String> in(List<ParsedSentence> sentences) {
    Map<String, String> defined = new HashMap<>();
    for (ParsedSentence s : sentences) {
      List<Token> tokens = s.tokens();
      for (int i = 2; i < tokens.size(); i++) {
        String word = tokens.get(i).word();
        String letters = word.replace(".", "");
        if (letters.length() < 2 || !Normalizer.isAcronym(word)) {
          continue;
        }
        int end = nameEnd(tokens, i);
        int start = end < 0 ? -1 : nameStart(tokens, end, letters);
        if (start >= 0) {
          defined.putIfAbsent(letters, s.textOf(start, end));
        }
      }
    }
    return defined;
  }

  /** Where the spelled-out name ends before acronym {@code i}: "Name (PRC" or "Name, or PRC". */
  private static int nameEnd(List<Token> tokens, int i) {
    if (OPENERS.contains(tokens.get(i - 1).word())) {
      return i - 1;
    }
    boolean or = tokens.get(i - 1).word().equalsIgnoreCase("or");
    return or && tokens.get(i - 2).word().equals(",") ? i - 2 : -1;
  }

  /**
   * The first token of the capitalised words before {@code end} whose initials spell the letters,
   * or -1.
   */
  private static int nameStart(List<Token> tokens, int end, String letters) {
    int matched = letters.length();
    int k = end - 1;
    for (; k >= 0 && matched > 0; k--) {
      String w = tokens.get(k).word();
      if (CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0))
          || Character.toUpperCase(w.charAt(0)) != letters.charAt(matched - 1)) {
        return -1;
      }
      matched--;
    }
    return matched == 0 ? k + 1 : -1;
  }
}
