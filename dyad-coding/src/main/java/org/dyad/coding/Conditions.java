package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;

/**
 * Whom a conditional act is aimed at: the one whose act the "if" or "unless" clause names.
 *
 * <p>Thread safety: stateless.
 */
final class Conditions {
  private Conditions() {}

  /**
   * The party whose act is the condition: "threatened to stop negotiations if the United States
   * goes ahead", "will lift sanctions if Iran stops enrichment" address the United States and Iran.
   */
  static List<ActorMention> party(
      DependencyTree tree, Arguments args, int v, Set<ActorCode> sources) {
    List<Integer> clauses = new ArrayList<>(List.of(v));
    if (tree.relation(v).equals("xcomp") && tree.head(v) >= 0) {
      clauses.add(tree.head(v)); // the condition may hang on "threatened" or on "to stop"
    }
    clauses.addAll(
        tree.children(v, "xcomp")); // "threatened to resume the war unless Colombo yields"
    for (int k : clauses) {
      for (int c : tree.children(k, "advcl")) {
        boolean condition =
            tree.children(c, "mark").stream()
                .map(m -> tree.token(m).word().toLowerCase(Locale.ROOT))
                .anyMatch(w -> w.equals("if") || w.equals("unless"));
        int subj = args.passive(c) ? args.passiveSubject(c) : args.subject(c);
        if (condition && subj >= 0) {
          List<ActorMention> t = args.actorsOf(subj, sources);
          if (!t.isEmpty()) {
            return t;
          }
        }
      }
    }
    return List.of();
  }
}
