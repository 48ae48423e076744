package org.dyad.pipeline;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap test of whether a text is English: the share of its words that are common English
 * function words, against the share of function words of other languages and of letters outside the
 * Latin script. Dyad codes English only; other languages are skipped with this reason rather than
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

  /**
   * Frequent function words of French, German, Spanish, Portuguese, Italian, Dutch and Indonesian
   * that are not English words, so that a Latin-script text is only called foreign on evidence.
   */
  private static final Set<String> FOREIGN_FUNCTION_WORDS =
      Set.of(
          "le", "les", "des", "du", "et", "est", "une", "pour", "dans", "sur", "que", "qui", "avec",
          "pas", "sont", "aux", "der", "das", "und", "ist", "nicht", "mit", "von", "dem", "ein",
          "eine", "sich", "auch", "wurde", "für", "zum", "zur", "bei", "los", "las", "y", "por",
          "con", "para", "una", "del", "se", "su", "fue", "como", "más", "pero", "os", "em", "um",
          "uma", "não", "com", "foi", "pelo", "pela", "dos", "il", "di", "che", "della", "sono",
          "gli", "nel", "anche", "het", "een", "van", "en", "niet", "zijn", "voor", "werd", "yang",
          "dan", "dengan", "untuk", "ini", "itu", "dari", "tidak", "akan");

  private static final int MIN_WORDS = 12;

  private static final double MIN_SHARE = 0.08;
  private static final int MIN_DISTINCT = 15;

  private LanguageCheck() {}

  /**
   * Whether the text looks English. Short texts, and Latin-script texts with few function words of
   * any language (wire sentences of names and verbs: "Serbian armed forces Tuesday let free six
   * French medical workers"), are given the benefit of the doubt.
   */
  static boolean looksEnglish(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+", -1);
    int n = 0;
    int hits = 0;
    int foreignHits = 0;
    int nonLatinWords = 0;
    Set<String> distinct = new HashSet<>();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      n++;
      if (FUNCTION_WORDS.contains(w)) {
        hits++;
        distinct.add(w);
      } else if (FOREIGN_FUNCTION_WORDS.contains(w)) {
        foreignHits++;
      }
      if (Character.UnicodeScript.of(w.codePointAt(0)) != Character.UnicodeScript.LATIN) {
        nonLatinWords++;
      }
    }
    // Tables of names and results dilute the share in long English articles, but they still use
    // most of the function words; German or French text shares only one or two ("in", "a").
    if (n < MIN_WORDS || (double) hits / n >= MIN_SHARE || distinct.size() >= MIN_DISTINCT) {
      return true;
    }
    boolean foreignWords = foreignHits > hits && (double) foreignHits / n >= MIN_SHARE;
    boolean foreignScript = nonLatinWords * 2 > n;
    return !foreignWords && !foreignScript;
  }
}
