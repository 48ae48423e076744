package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;

/**
 * An attack made in words: "Mbeki has attacked British imperialists, saying they treated Africans
 * like savages" criticises (111); it is no armed attack (190). What tells it is a person attacking
 * with a saying: "Iran attacked Israel, saying it would defend itself" is still force.
 *
 * <p>Thread safety: stateless.
 */
final class VerbalAttacks {
  private static final String CRITICISE = "111";

  /** Verbs of force that politicians use for words: "attacked", "hit out", "blasted". */
  private static final Set<String> FORCE_VERBS =
      Set.of("attack", "hit", "blast", "slam", "lash", "assail", "strike", "savage");

  /** Verbs of the saying that makes the attack one of words. */
  private static final Set<String> SAYINGS =
      Set.of(
          "say",
          "call",
          "describe",
          "brand",
          "accuse",
          "claim",
          "argue",
          "warn",
          "tell",
          "insist",
          "charge",
          "label",
          "dismiss");

  private VerbalAttacks() {}

  /**
   * The pattern to code: criticism where a person's force goes with a saying, else the pattern
   * given.
   */
  static Pattern ofWords(Pattern p, DependencyTree tree, int verb, List<ActorMention> sources) {
    if (p.reversed()
        || sources.isEmpty()
        || !sources.stream().allMatch(m -> m.actor().kind() == ActorKind.PERSON)
        || !(p.code().startsWith("18") || p.code().startsWith("19"))
        || !FORCE_VERBS.contains(tree.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return p;
    }
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if ((rel.startsWith("advcl") || rel.equals("xcomp") || rel.equals("dep"))
          && (saying(tree, c)
              || tree.children(c, "mark").stream().anyMatch(m -> saying(tree, m)))) {
        return p.withCode(CRITICISE); // the parser may make "saying" the mark of what is said
      }
    }
    return p;
  }

  private static boolean saying(DependencyTree tree, int token) {
    return tree.token(token).pos().equals("VBG")
        && SAYINGS.contains(tree.token(token).lemma().toLowerCase(Locale.ROOT));
  }
}
