package org.dyad.coding;

import java.util.Locale;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.nlp.DependencyTree;

/**
 * Peacekeepers who arrive somewhere are deployed there: "Bangladeshi peacekeeping troops arrived in
 * Sierra Leone" provides peacekeeping (074), it is no visit (042).
 *
 * <p>Thread safety: stateless.
 */
final class Deployments {
  private static final String VISIT = "042";
  private static final String PEACEKEEPING = "074";

  /** Nouns for a body of troops, which are what they are "of". */
  private static final Set<String> GROUPS =
      Set.of("batch", "contingent", "deployment", "group", "unit", "team", "detachment", "wave");

  private Deployments() {}

  /** The pattern to code: peacekeeping where peacekeepers "visit", else the pattern given. */
  static Pattern ofPeacekeepers(Pattern p, DependencyTree tree, int subject) {
    if (subject < 0 || !p.code().equals(VISIT) || p.reversed()) {
      return p;
    }
    if (GROUPS.contains(tree.token(subject).lemma().toLowerCase(Locale.ROOT))) {
      for (int k : tree.children(subject, "nmod")) {
        if (tree.caseMarker(k).equals("of")) {
          return ofPeacekeepers(p, tree, k); // "a first batch of peacekeeping troops"
        }
      }
    }
    if (peacekeeping(tree, subject)) {
      return p.withCode(PEACEKEEPING);
    }
    for (int k : tree.children(subject)) {
      String rel = tree.relation(k);
      if ((rel.equals("amod") || rel.equals("compound")) && peacekeeping(tree, k)) {
        return p.withCode(PEACEKEEPING); // "peacekeeping troops"; not "the head of peacekeeping"
      }
    }
    return p;
  }

  private static boolean peacekeeping(DependencyTree tree, int token) {
    String w = tree.token(token).word().toLowerCase(Locale.ROOT);
    return w.startsWith("peacekeep") || w.startsWith("peace-keep");
  }
}
