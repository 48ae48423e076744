package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.nlp.Token;

/**
 * Word phrases with a value each, found in a sentence's tokens: the discard and issue lists.
 *
 * <p>Phrases match whole words in any case, with punctuation ignored ("semi-final" matches "semi
 * final"). A phrase word matches a token's word or, for a one-word token, its lemma, so "refugee"
 * matches "refugees".
 *
 * <p>Thread safety: immutable after building; share one instance.
 */
final class PhraseTable<T> {
  /** One phrase: its words and value. */
  record Entry<T>(List<String> words, T value) {}

  private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
  private final int size;

  private PhraseTable(Map<String, T> rows) {
    for (Map.Entry<String, T> r : rows.entrySet()) {
      List<String> words = List.of(r.getKey().split(" ", -1));
      byFirstWord
          .computeIfAbsent(words.get(0), k -> new ArrayList<>())
          .add(new Entry<>(words, r.getValue()));
    }
    size = rows.size();
  }

  /** Collects rows in reading order; a later row for the same phrase replaces an earlier one. */
  static final class Builder<T> {
    private final Map<String, T> rows = new LinkedHashMap<>();

    void put(String phrase, T value) {
      String key = key(phrase);
      if (!key.isEmpty()) {
        rows.put(key, value);
      }
    }

    void remove(String phrase) {
      rows.remove(key(phrase));
    }

    PhraseTable<T> build() {
      return new PhraseTable<>(rows);
    }

    private static String key(String phrase) {
      return String.join(" ", words(phrase));
    }
  }

  int size() {
    return size;
  }

  /** The value of the first phrase found, scanning from the start. */
  Optional<T> first(List<Token> tokens) {
    if (size == 0 || !anyFirstWord(tokens)) {
      return Optional.empty();
    }
    List<String[]> words = sentenceWords(tokens);
    for (int i = 0; i < words.size(); i++) {
      Entry<T> e = longestAt(words, i);
      if (e != null) {
        return Optional.of(e.value());
      }
    }
    return Optional.empty();
  }

  /**
   * The values of the phrases found left to right, each the longest that starts at its word; the
   * words of a found phrase are not searched again, so a longer phrase ("olive oil") hides a
   * shorter one inside it ("oil").
   */
  List<T> all(List<Token> tokens) {
    List<T> out = new ArrayList<>();
    if (size == 0) {
      return out;
    }
    List<String[]> words = sentenceWords(tokens);
    int i = 0;
    while (i < words.size()) {
      Entry<T> e = longestAt(words, i);
      if (e == null) {
        i++;
      } else {
        out.add(e.value());
        i += e.words().size();
      }
    }
    return out;
  }

  /** Whether any token may start a phrase: most sentences have none, and are done here. */
  private boolean anyFirstWord(List<Token> tokens) {
    for (Token t : tokens) {
      String w = t.word().toLowerCase(Locale.ROOT);
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
      if (byFirstWord.containsKey(w) || byFirstWord.containsKey(lemma)) {
        return true;
      }
      if (!isPlainWord(w)) {
        for (String part : words(w)) {
          if (byFirstWord.containsKey(part)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isPlainWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLetterOrDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private Entry<T> longestAt(List<String[]> words, int start) {
    Entry<T> best = null;
    for (String first : words.get(start)) {
      for (Entry<T> e : byFirstWord.getOrDefault(first, List.of())) {
        if ((best == null || e.words().size() > best.words().size())
            && matchesAt(words, start, e)) {
          best = e;
        }
      }
    }
    return best;
  }

  private static <T> boolean matchesAt(List<String[]> words, int start, Entry<T> e) {
    if (start + e.words().size() > words.size()) {
      return false;
    }
    for (int j = 1; j < e.words().size(); j++) {
      if (!oneOf(words.get(start + j), e.words().get(j))) {
        return false;
      }
    }
    return true;
  }

  private static boolean oneOf(String[] forms, String word) {
    for (String f : forms) {
      if (f.equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** Each word of the sentence with its other form: the lemma of a one-word token. */
  private static List<String[]> sentenceWords(List<Token> tokens) {
    List<String[]> out = new ArrayList<>();
    for (Token t : tokens) {
      List<String> parts = words(t.word());
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
      for (String p : parts) {
        out.add(
            parts.size() == 1 && !lemma.isEmpty() && !lemma.equals(p)
                ? new String[] {p, lemma}
                : new String[] {p});
      }
    }
    return out;
  }

  /** The lower-case runs of letters and digits in {@code text}. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>(1);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }
}
