package org.dyad.coding;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.DependencyTree;

/**
 * Who did what a passive verb says was done "in" an attack: "Israeli" in "killed in an Israeli air
 * strike", "Turkish troops" in "wounded in an attack by Turkish troops".
 *
 * <p>Thread safety: stateless.
 */
final class AttackDoers {
  /** Nouns for an armed attack, whose doer is the doer of a passive verb done "in" it. */
  private static final Set<String> ATTACK_NOUNS =
      Set.of(
          "attack",
          "strike",
          "airstrike",
          "raid",
          "shelling",
          "bombing",
          "bombardment",
          "ambush",
          "offensive",
          "assault",
          "fire",
          "barrage");

  private AttackDoers() {}

  /** Whether the noun names an armed attack: "strike", "shelling", "ambush". */
  static boolean isAttack(String lemma) {
    return ATTACK_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * The doer named on the attack that the nominal (a verb's "in" phrase) is, or -1. Only the
   * attack's own modifiers count: the place in "a bombing in Baghdad" did not bomb.
   */
  static int named(DependencyTree tree, NounPhraseActors actors, int nominal) {
    if (!tree.caseMarker(nominal).equals("in")
        || !ATTACK_NOUNS.contains(tree.token(nominal).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int k : tree.children(nominal)) {
      String rel = tree.relation(k);
      if ((rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss"))
          && actors.at(k) != null) {
        return k;
      }
      if (rel.equals("nmod") && tree.caseMarker(k).equals("by")) {
        return k;
      }
    }
    return -1;
  }
}
