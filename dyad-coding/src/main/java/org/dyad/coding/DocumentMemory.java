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

  /** A coded event, as far as a later reply needs it: who acted on which country. */
  private record Act(ActorMention source, String targetCountry, boolean hostile) {}

  private final java.util.ArrayDeque<Act> acts = new java.util.ArrayDeque<>();

  /** Remembers that {@code source} acted on {@code target}; hostile for quad classes 3 and 4. */
  void acted(ActorMention source, ActorMention target, boolean hostile) {
    String country = target.actor().country();
    if (!country.equals(source.actor().country())) {
      acts.addFirst(new Act(source, country, hostile));
    }
  }

  /**
   * The actor that last acted on {@code country}, only hostile acts if {@code hostileOnly}: whom a
   * reply of that country answers ("The UAE denied arming the RSF" answers Sudan's accusation); or
   * null.
   */
  ActorMention lastActorOn(String country, boolean hostileOnly, int sentence) {
    for (Act a : acts) {
      if (a.source().sentence() < sentence - REPLY_WINDOW) {
        return null; // too far back for a reply to be read as answering it
      }
      if (a.targetCountry().equals(country) && (a.hostile() || !hostileOnly)) {
        return a.source();
      }
    }
    return null;
  }

  /** How many sentences back a reply may answer an act. */
  private static final int REPLY_WINDOW = 3;

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
