package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.nlp.DependencyTree;

/**
 * Peacekeepers who arrive somewhere are deployed there: "Bangladeshi peacekeeping troops arrived in
 * Sierra Leone" provides peacekeeping (074), it is no visit (042); so are those who arrive to lead
 * or join a force.
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

  /**
   * The pattern to code: peacekeeping where peacekeepers "visit", or where those who arrive come to
   * lead or join a force ("landed in Port-au-Prince to spearhead a multinational force"), else the
   * pattern given.
   */
  static Pattern ofPeacekeepers(Pattern p, DependencyTree tree, int subject, int verb) {
    if (subject < 0 || !p.code().equals(VISIT) || p.reversed()) {
      return p;
    }
    if (toServeInAForce(tree, verb)) {
      return p.withCode(PEACEKEEPING);
    }
    return ofPeacekeepers(p, tree, subject);
  }

  private static Pattern ofPeacekeepers(Pattern p, DependencyTree tree, int subject) {
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

  /** Verbs of a purpose served in a force: "to spearhead", "to join", "to lead". */
  private static final Set<String> SERVING =
      Set.of("spearhead", "lead", "join", "form", "reinforce", "bolster", "staff");

  /** Bodies deployed to keep order somewhere: "a multinational force", "the security mission". */
  private static final Set<String> FORCES = Set.of("force", "mission", "contingent", "operation");

  private static boolean toServeInAForce(DependencyTree tree, int verb) {
    for (int x : tree.children(verb)) {
      String rel = tree.relation(x);
      // the tagger may take "to spearhead a force" for a noun with its "dep"
      boolean purpose =
          rel.startsWith("advcl") || rel.equals("xcomp") || tree.caseMarker(x).equals("to");
      if (purpose && SERVING.contains(tree.token(x).lemma().toLowerCase(Locale.ROOT))) {
        List<Integer> objects = new ArrayList<>(tree.children(x, "obj"));
        objects.addAll(tree.children(x, "dep"));
        for (int o : objects) {
          if (FORCES.contains(tree.token(o).lemma().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean peacekeeping(DependencyTree tree, int token) {
    String w = tree.token(token).word().toLowerCase(Locale.ROOT);
    return w.startsWith("peacekeep") || w.startsWith("peace-keep");
  }
}
