package org.dyad.pipeline;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap test of whether a text is English: the share of its words that are common English
 * function words. Dyad codes English only; other languages are skipped with this reason rather than
 * coded into noise.
 *
 * <p>Thread safety: stateless.
 */
final class LanguageCheck {
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "of", "to", "in", "and", "or", "on", "at", "for", "with", "by", "from",
          "is", "was", "were", "are", "be", "has", "have", "had", "it", "its", "he", "his", "she",
          "her", "they", "their", "that", "this", "which", "who", "as", "not", "after", "said",
          "says", "will", "would", "against", "but", "been", "also", "into", "over", "about",
          "than", "we", "our", "more", "can", "could", "should", "if", "when", "while");

  private static final int MIN_WORDS = 12;

  private static final double MIN_SHARE = 0.08;
  private static final int MIN_DISTINCT = 15;

  private LanguageCheck() {}

  /** Whether the text looks English; short texts are given the benefit of the doubt. */
  static boolean looksEnglish(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+", -1);
    int n = 0;
    int hits = 0;
    Set<String> distinct = new HashSet<>();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      n++;
      if (FUNCTION_WORDS.contains(w)) {
        hits++;
        distinct.add(w);
      }
    }
    // Tables of names and results dilute the share in long English articles, but they still use
    // most of the function words; German or French text shares only one or two ("in", "a").
    return n < MIN_WORDS || (double) hits / n >= MIN_SHARE || distinct.size() >= MIN_DISTINCT;
  }
}
