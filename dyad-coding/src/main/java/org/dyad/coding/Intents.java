package org.dyad.coding;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.DependencyTree;

/**
 * Whether a verb is only intended: the complement of an intent word ("vowed to strengthen ties",
 * "announced its intention to visit", "a plan to attack"), which codes as the 03x intent or 13x
 * threat, not as the act.
 */
final class Intents {
  /** Words whose complement is intended, not done. */
  static final Set<String> HEADS =
      Set.of(
          "pledge",
          "vow",
          "promise",
          "plan",
          "intend",
          "want",
          "seek",
          "aim",
          "agree",
          "offer",
          "decide",
          "decision",
          "agreement",
          "prepare",
          "commit",
          "intent",
          "intention",
          "desire",
          "commitment",
          "willingness",
          "readiness",
          "determination",
          "determine",
          "due",
          "schedule",
          "set",
          "ready",
          "willing",
          "eager",
          "hope",
          "wish",
          "look",
          "assure",
          "invite",
          "threaten");

  private Intents() {}

  static boolean intended(DependencyTree tree, int verb) {
    return !head(tree, verb).isEmpty();
  }

  /**
   * The lemma of the intent word that governs the verb ("threaten" in "threatened to strike",
   * "intention" in "announced its intention to visit"), or empty.
   */
  static String head(DependencyTree tree, int verb) {
    for (int v = verb, steps = 0; v >= 0 && steps < 4; steps++) {
      int g = Modality.governor(tree, v);
      if (g < 0) {
        return "";
      }
      if (tree.relation(v).equals("ccomp")) {
        return ""; // reported clause: "said that A had agreed" is not A's intent
      }
      if (tree.relation(v).startsWith("conj")) {
        // Its complement, not a verb joined to it: "set up a blockade and attacked the airport"
        // did attack, "reached an agreement and released 50 prisoners" did release; but "vowed
        // to visit China and meet Xi" intends both, through the first verb.
        v = g;
        continue;
      }
      String head = tree.token(g).lemma().toLowerCase(Locale.ROOT);
      if (HEADS.contains(head)) {
        return head;
      }
      for (int o : tree.children(g, "obj")) {
        String object = tree.token(o).lemma().toLowerCase(Locale.ROOT);
        if (HEADS.contains(object)) {
          return object;
        }
      }
      v = g;
    }
    return "";
  }
}
