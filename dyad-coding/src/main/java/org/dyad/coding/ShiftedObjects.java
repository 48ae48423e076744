package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.DependencyTree;

/**
 * The object a writer moved behind its "as" predicate: "rejected as baseless claims by Israel that
 * ...", "denounced as a provocation the arrest of its diplomat". The parser reads the object into
 * the "as" phrase ("as baseless claims") or hangs it on the predicate by "dep"; only verbs that
 * take "X as Y" are read this way, and only active ones with no object of their own.
 *
 * <p>Thread safety: stateless apart from the tree it reads.
 */
final class ShiftedObjects {
  private static final Set<String> PREDICATIVE_VERBS =
      Set.of(
          "reject",
          "dismiss",
          "denounce",
          "condemn",
          "brand",
          "label",
          "describe",
          "decry",
          "criticize",
          "criticise",
          "welcome",
          "hail",
          "praise",
          "characterize",
          "characterise",
          "call",
          "term",
          "slam",
          "blast",
          "deride");

  private final DependencyTree tree;

  ShiftedObjects(DependencyTree tree) {
    this.tree = tree;
  }

  /** The shifted objects of an active predicative verb with no object of its own; empty if none. */
  List<Integer> of(int verb) {
    List<Integer> out = new ArrayList<>();
    if (!PREDICATIVE_VERBS.contains(tree.token(verb).lemma().toLowerCase(Locale.ROOT))
        || tree.hasChild(verb, "nsubj:pass")
        || tree.hasChild(verb, "aux:pass")) {
      return out;
    }
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if (c < verb
          || !(rel.startsWith("obl") || rel.equals("advcl"))
          || !tree.caseMarker(c).equals("as")) {
        continue;
      }
      for (int d : tree.children(c, "dep")) {
        if (d > c && tree.token(d).isNoun()) {
          out.add(d); // "as a provocation the arrest", "as 'baseless' accusations" (adjective head)
        }
      }
      if (out.isEmpty() && tree.token(c).isNoun() && predicateAdjectiveBefore(c)) {
        out.add(c); // "as baseless claims by Israel": the adjective is the predicate
      }
    }
    return out;
  }

  /** Whether an adjective, not an article, opens the "as" phrase before the noun. */
  private boolean predicateAdjectiveBefore(int noun) {
    for (int a : tree.children(noun, "amod")) {
      if (a < noun && tree.token(a).pos().startsWith("JJ")) {
        for (int i = a - 1; i >= 0; i--) {
          String w = tree.token(i).word();
          if (w.equals("as")) {
            return true;
          }
          if (!tree.token(i).pos().equals("RB") && !w.matches("[\"'`]+")) {
            return false;
          }
        }
      }
    }
    return false;
  }
}
