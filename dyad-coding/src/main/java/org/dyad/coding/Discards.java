package org.dyad.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.nlp.Token;

/**
 * Phrases that mark text as something other than political events: sport ("Brazil beat Germany" in
 * a World Cup match), weather, disease, entertainment. A sentence with a sentence-scope phrase
 * yields no event; an article with a story-scope phrase anywhere, title included, yields none.
 *
 * <p>Phrases match whole words, in any case, with punctuation ignored: "semi-final" matches "semi
 * final" and "Semi-Final".
 *
 * <p>Thread safety: immutable after building; share one instance.
 */
public final class Discards {
  /** How much text a phrase discards. */
  public enum Scope {
    SENTENCE,
    STORY
  }

  /**
   * A discard phrase and the dictionary row it comes from.
   *
   * @param where file and line of the row, for users tracing why nothing was coded
   */
  public record Discard(String phrase, Scope scope, String where) {}

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

  private record Entry(List<String> words, Discard discard) {}

  private Discards(Iterable<Discard> discards) {
    for (Discard d : discards) {
      String[] words = words(d.phrase());
      if (words.length > 0) {
        byFirstWord
            .computeIfAbsent(words[0], k -> new ArrayList<>())
            .add(new Entry(List.of(words), d));
      }
    }
  }

  /** Collects rows in reading order; a later row for the same phrase replaces an earlier one. */
  static final class Builder {
    private final Map<String, Discard> rows = new LinkedHashMap<>();

    void add(Discard d) {
      rows.put(key(d.phrase()), d);
    }

    /** Switches a phrase off, as a user's {@code off} row does to a bundled one. */
    void remove(String phrase) {
      rows.remove(key(phrase));
    }

    Discards build() {
      return new Discards(rows.values());
    }

    private static String key(String phrase) {
      return String.join(" ", words(phrase));
    }
  }

  /** The first phrase found in {@code tokens}, if any. */
  public Optional<Discard> find(List<Token> tokens) {
    if (byFirstWord.isEmpty()) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    for (Token t : tokens) {
      words.addAll(Arrays.asList(words(t.word())));
    }
    for (int i = 0; i < words.size(); i++) {
      for (Entry e : byFirstWord.getOrDefault(words.get(i), List.of())) {
        if (matchesAt(words, i, e.words())) {
          return Optional.of(e.discard());
        }
      }
    }
    return Optional.empty();
  }

  int size() {
    int n = 0;
    for (List<Entry> entries : byFirstWord.values()) {
      n += entries.size();
    }
    return n;
  }

  private static boolean matchesAt(List<String> words, int start, List<String> phrase) {
    if (start + phrase.size() > words.size()) {
      return false;
    }
    for (int j = 1; j < phrase.size(); j++) {
      if (!words.get(start + j).equals(phrase.get(j))) {
        return false;
      }
    }
    return true;
  }

  /** The lower-case runs of letters and digits in {@code text}. */
  private static String[] words(String text) {
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
    return out.toArray(new String[0]);
  }
}
