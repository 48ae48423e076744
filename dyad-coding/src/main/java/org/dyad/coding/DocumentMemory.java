package org.dyad.coding;

import java.util.HashMap;
import java.util.List;
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

  /** Texts agreed between parties, one thing by any of their names: "the pact", "the deal". */
  private static final Set<String> AGREED_TEXTS =
      Set.of("agreement", "pact", "deal", "treaty", "accord");

  private final Map<String, List<ActorMention>> doers = new HashMap<>();
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

  /** Remembers who did {@code lemma}: all of a compound subject ("Japan and Manila signed"). */
  void did(String lemma, List<ActorMention> doers) {
    this.doers.put(stem(lemma), List.copyOf(doers));
    recent.addFirst(doers.get(0));
    if (recent.size() > 8) {
      recent.removeLast();
    }
  }

  /** The last actors that did {@code lemma}, but those of excluded countries; maybe none. */
  List<ActorMention> doersOf(String lemma, Set<String> excludedCountries) {
    List<ActorMention> m = doers.get(stem(lemma));
    if (m == null && GENERIC.contains(lemma.toLowerCase(Locale.ROOT))) {
      for (ActorMention r : recent) {
        if (!excludedCountries.contains(r.actor().country())) {
          return List.of(r); // the latest doer of another country
        }
      }
    }
    return m == null
        ? List.of()
        : m.stream().filter(d -> !excludedCountries.contains(d.actor().country())).toList();
  }

  static String stem(String lemma) {
    String w = lemma.toLowerCase(Locale.ROOT);
    if (AGREED_TEXTS.contains(w)) {
      return "agreement";
    }
    for (String suffix : new String[] {"ation", "ition", "ment", "ion", "s", "e"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        w = w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }
}
