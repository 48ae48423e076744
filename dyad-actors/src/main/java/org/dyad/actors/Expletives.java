package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.Token;

/**
 * An "it" that stands for the clause after it, not for a party: "It's unreasonable to link China
 * ...", "it became known that ...", "It remains to be seen how ...". Such an "it" takes no
 * antecedent.
 */
final class Expletives {
  /** Verbs whose "it" is a placeholder for a clause: "it became known that", "it remains to". */
  private static final Set<String> RAISING_VERBS =
      Set.of("become", "seem", "appear", "remain", "emerge", "turn", "happen", "take");

  private Expletives() {}

  /**
   * Whether token {@code i} is such an "it": an {@code expl}, or the subject of a copula or of a
   * raising verb that has a clause after it.
   */
  static boolean standsForAClause(DependencyTree tree, List<Token> tokens, int i) {
    if (!tokens.get(i).word().equalsIgnoreCase("it")) {
      return false;
    }
    if (tree.relation(i).equals("expl")) {
      return true;
    }
    int h = tree.head(i);
    if (h < 0 || !tree.relation(i).startsWith("nsubj")) {
      return false;
    }
    boolean predicate =
        tree.hasChild(h, "cop")
            || RAISING_VERBS.contains(tokens.get(h).lemma().toLowerCase(Locale.ROOT));
    boolean clauseAfter =
        tree.children(h).stream()
            .anyMatch(
                c ->
                    c > h
                        && (tree.relation(c).equals("ccomp")
                            || tree.relation(c).equals("xcomp")
                            || tree.relation(c).startsWith("csubj")));
    return predicate && clauseAfter;
  }
}
