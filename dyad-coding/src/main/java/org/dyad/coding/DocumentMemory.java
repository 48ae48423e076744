package org.dyad.coding;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.actor.ActorMention;

/**
 * Who did what earlier in a document, so that "Taiwan condemned the drills" can find who held the
 * drills. Keys are rough stems, so that the verb "vote" answers for the noun "the vote" and
 * "announce" for "the announcement".
 *
 * <p>Thread safety: not thread-safe; one instance per document.
 */
final class DocumentMemory {
  /**
   * Nouns that refer back to whatever was last done or said: "the junta welcomed the announcement",
   * "the IAEA approved the plan".
   */
  private static final Set<String> GENERIC =
      Set.of(
          "announcement",
          "decision",
          "move",
          "step",
          "statement",
          "remark",
          "proposal",
          "plan",
          "offer",
          "initiative",
          "measure");

  private final Map<String, ActorMention> doers = new HashMap<>();
  private final java.util.ArrayDeque<ActorMention> recent = new java.util.ArrayDeque<>();

  void did(String lemma, ActorMention doer) {
    doers.put(stem(lemma), doer);
    recent.addFirst(doer);
    if (recent.size() > 8) {
      recent.removeLast();
    }
  }

  /** The last actor that did {@code lemma}, unless of an excluded country; or null. */
  ActorMention doerOf(String lemma, Set<String> excludedCountries) {
    ActorMention m = doers.get(stem(lemma));
    if (m == null && GENERIC.contains(lemma.toLowerCase(Locale.ROOT))) {
      for (ActorMention r : recent) {
        if (!excludedCountries.contains(r.actor().country())) {
          return r; // the latest doer of another country
        }
      }
    }
    return m == null || excludedCountries.contains(m.actor().country()) ? null : m;
  }

  static String stem(String lemma) {
    String w = lemma.toLowerCase(Locale.ROOT);
    for (String suffix : new String[] {"ation", "ition", "ment", "ion", "s", "e"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        w = w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }
}
