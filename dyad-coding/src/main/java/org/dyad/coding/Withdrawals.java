package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.Token;

/**
 * Armed forces that leave a country withdraw from it: "French troops will leave Niger" (166, as
 * "withdraw troops" is). "Leave" alone is no event (a leader leaving a capital ends a visit), so
 * the subject decides.
 *
 * <p>Thread safety: stateless.
 */
final class Withdrawals {
  static final Pattern TROOPS_LEAVING =
      Pattern.bare(
          "dyad:troops-leave", "leave", "166", "rule: armed forces leaving a country withdraw");

  private static final Set<String> LEAVING = Set.of("leave", "quit", "exit");

  /** Nouns for armed forces, whoever's they are: "UN peacekeepers", "the troops". */
  private static final Set<String> FORCES =
      Set.of(
          "troop", "force", "soldier", "peacekeeper", "army", "military", "marine", "contingent");

  private Withdrawals() {}

  /** Whether the noun names armed forces; the tagger leaves "troops" as its own lemma. */
  private static boolean forces(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return FORCES.contains(t.lemma().toLowerCase(Locale.ROOT))
        || FORCES.contains(w)
        || (w.endsWith("s") && FORCES.contains(w.substring(0, w.length() - 1)));
  }

  private static boolean isPlace(ActorMention m) {
    ActorKind k = m.actor().kind();
    return k == ActorKind.STATE || k == ActorKind.CAPITAL || k == ActorKind.PLACE;
  }

  /** Whether the sentence may hold forces leaving: a leaving verb and a forces noun. */
  static boolean mayCode(List<Token> tokens) {
    boolean leaving = false;
    boolean forces = false;
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      leaving |= t.isVerb() && LEAVING.contains(lemma);
      forces |= t.isNoun() && forces(t);
    }
    return leaving && forces;
  }

  /** The withdrawal pattern where armed forces are the subject of "leave"; else empty. */
  static List<Pattern> ofForcesLeaving(DependencyTree tree, Arguments args, int v) {
    if (!LEAVING.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    int subj = args.subject(v);
    if (subj < 0) {
      return List.of();
    }
    boolean forces = forces(tree.token(subj));
    for (ActorMention a : args.actorsOf(subj)) {
      forces |= a.actor().code().role().equals("MIL");
    }
    for (int o : args.objects(v)) {
      List<ActorMention> left = args.actorsOf(o);
      if (left.isEmpty() || !left.stream().allMatch(Withdrawals::isPlace)) {
        return List.of(); // "leaving security in the hands of Iraqi forces": no country left
      }
    }
    return forces ? List.of(TROOPS_LEAVING) : List.of();
  }
}
