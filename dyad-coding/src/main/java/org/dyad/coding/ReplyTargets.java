package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.nlp.DependencyTree;

/**
 * The target of a reply that names no addressee: whoever last acted on the replying country, from
 * {@link DocumentMemory}.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class ReplyTargets {
  /**
   * Codes that answer another's act when they name no addressee: deny (016), disapprove (11),
   * reject (12), threaten (13), raise military alert (15).
   */
  private static final Set<String> REPLY_ROOTS = Set.of("11", "12", "13", "15");

  private static final Set<String> REPLY_CODES = Set.of("016");

  /** Objects that name the last party to attack the subject: "destroy the enemy". */
  private static final Set<String> ADVERSARY_NOUNS =
      Set.of("enemy", "adversary", "aggressor", "attacker", "invader", "occupier");

  private final DependencyTree tree;
  private final Arguments args;
  private final DocumentMemory memory;

  ReplyTargets(DependencyTree tree, Arguments args, DocumentMemory memory) {
    this.tree = tree;
    this.args = args;
    this.memory = memory;
  }

  /**
   * A reply without a named addressee answers whoever last acted on the replying country: "The UAE
   * denied arming the RSF" after Sudan's accusation, "put its forces on alert" after China's
   * drills; "continued to destroy the enemy" names the last to attack it.
   */
  TargetFinder.Found target(int v, Set<ActorCode> sources, String code) {
    Set<String> countries = Arguments.countries(sources);
    int subj = args.subject(v);
    if (countries.size() != 1
        || args.passive(v)
        || subj < 0
        || (tree.head(v) >= 0 && tree.token(tree.head(v)).isNoun())
        || tree.hasChild(v, "ccomp")
        || namesAnActor(v)) {
      // A reply is a clause of its own, its replier the subject; "warned that delays could lead
      // to unrest" says what it is about.
      return TargetFinder.Found.NONE;
    }
    String country = countries.iterator().next();
    boolean returnsFire =
        tree.token(v).lemma().equalsIgnoreCase("return")
            && args.objects(v).stream()
                .anyMatch(o -> tree.token(o).lemma().equalsIgnoreCase("fire"));
    boolean againstEnemy =
        returnsFire // "South Korea returned fire": at whoever last attacked it
            || args.objects(v).stream()
                .anyMatch(
                    o -> ADVERSARY_NOUNS.contains(tree.token(o).lemma().toLowerCase(Locale.ROOT)));
    if (!againstEnemy
        && !REPLY_CODES.contains(code)
        && !REPLY_ROOTS.contains(code.substring(0, 2))) {
      return TargetFinder.Found.NONE;
    }
    int now = args.actorsOf(subj).isEmpty() ? -1 : args.actorsOf(subj).get(0).sentence();
    ActorMention other = now < 0 ? null : memory.lastActorOn(country, againstEnemy, now);
    return other == null
        ? TargetFinder.Found.NONE
        : new TargetFinder.Found(List.of(other), true, false);
  }

  /**
   * Whether an object or prepositional argument of the verb names an actor, even of the source's
   * own side: "the government accused Ethiopia" addresses Ethiopia, whoever the government is. A
   * pronoun does not: "put its forces on alert".
   */
  private boolean namesAnActor(int v) {
    List<Integer> arguments = new ArrayList<>(args.objects(v));
    args.obliques(v).forEach(ob -> arguments.add(ob[0]));
    for (int a : arguments) {
      if (args.actorsOf(a).stream().anyMatch(m -> m.kind() != MentionKind.PRONOUN)) {
        return true;
      }
    }
    return false;
  }
}
