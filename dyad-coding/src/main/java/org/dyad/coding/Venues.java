package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;

/**
 * Where things happened, which is no party to them: the city talks were held in ("Russia and
 * Ukraine held talks in Istanbul"), the place an agreement was signed at ("at the White House"),
 * the place named in an object ("a deal in Syria").
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class Venues {
  /** Agreements and other texts, where a place phrase says where they were made. */
  private static final Set<String> TEXTS =
      Set.of(
          "agreement",
          "deal",
          "treaty",
          "accord",
          "pact",
          "memorandum",
          "declaration",
          "protocol",
          "communique",
          "statement",
          "contract",
          "charter",
          "convention");

  private final DependencyTree tree;
  private final Arguments args;

  Venues(DependencyTree tree, Arguments args) {
    this.tree = tree;
    this.args = args;
  }

  /** Whether a noun names an agreement or another text, made somewhere rather than with it. */
  static boolean text(String lemma) {
    return TEXTS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Meetings and talks, held or intended, but no visit (042) or hosting (043): those go places. */
  static boolean meeting(String code) {
    return (code.startsWith("04") && !code.startsWith("042") && !code.startsWith("043"))
        || code.equals("036");
  }

  /** Whether a mention is where the verb or its object happened: "in Istanbul", "at the UN". */
  boolean of(int v, ActorMention m) {
    int k = m.headToken();
    for (int step = 0; step < 6 && k >= 0; step++) {
      int h = tree.head(k);
      if (h == v || (h >= 0 && tree.head(h) == v && args.objects(v).contains(h))) {
        return VENUE_MARKERS.contains(tree.caseMarker(k));
      }
      k = h;
    }
    return false;
  }

  private static final Set<String> VENUE_MARKERS = Set.of("in", "at");

  /**
   * Whether the actors found in an object only say where it was: "a deal in Syria", "Iftar at
   * Damascus". A party named with the verb ("with the leaders of Iraq") is then the target.
   */
  boolean onlyPlaces(int object, List<ActorMention> found) {
    if (args.at(object) != null) {
      return false;
    }
    for (ActorMention m : found) {
      int k = m.headToken();
      for (int step = 0; step < 6 && k >= 0 && tree.head(k) != object; step++) {
        k = tree.head(k);
      }
      if (k < 0
          || tree.head(k) != object
          || !NounPhraseActors.PLACE_MARKERS.contains(tree.caseMarker(k))) {
        return false;
      }
    }
    return true;
  }
}
