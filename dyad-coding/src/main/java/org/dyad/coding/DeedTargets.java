package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;

/**
 * The target of words about a deed the story told of before: "condemned the drills" is aimed at who
 * held them, "protested against the launch" at who launched, as {@link DocumentMemory} recalls.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class DeedTargets {
  /** Prepositions that name what a reproach is about: "protested against the launch". */
  private static final Set<String> REPROACH_MARKERS = Set.of("against", "over", "about", "at");

  private final DependencyTree tree;
  private final Arguments args;
  private final DocumentMemory memory;

  DeedTargets(DependencyTree tree, Arguments args, DocumentMemory memory) {
    this.tree = tree;
    this.args = args;
    this.memory = memory;
  }

  /** The doers of the deed verb {@code v}, coded {@code code}, speaks of; empty if none. */
  List<ActorMention> doersOf(int v, Set<ActorCode> sources, String code) {
    if (code.startsWith("08")) {
      return List.of(); // easing "the embargo" yields to whom it hit, not to whoever imposed it
    }
    List<Integer> things = new ArrayList<>(args.objects(v));
    if (reproach(code)) {
      for (int[] ob : args.obliques(v)) {
        if (ob[1] == 0 && REPROACH_MARKERS.contains(tree.caseMarker(ob[0]))) {
          things.add(ob[0]); // "protested against the launch", "expressed concern over the test"
        }
      }
    }
    for (int o : things) {
      if (!definite(o)) {
        continue; // only "the drills", "the vote": a thing the story has told of before
      }
      List<ActorMention> doers =
          memory.doersOf(tree.token(o).lemma(), Arguments.countries(sources));
      if (!doers.isEmpty()) {
        return doers;
      }
    }
    return List.of();
  }

  /** Codes of demands, disapproval, rejection, threats and protest (roots 10-14). */
  private static boolean reproach(String code) {
    return code.compareTo("10") >= 0 && code.compareTo("15") < 0;
  }

  private boolean definite(int nominal) {
    for (int c : tree.children(nominal, "det")) {
      String w = tree.token(c).word().toLowerCase(Locale.ROOT);
      if (w.equals("the") || w.equals("this") || w.equals("these") || w.equals("that")) {
        return true;
      }
    }
    return false;
  }
}
