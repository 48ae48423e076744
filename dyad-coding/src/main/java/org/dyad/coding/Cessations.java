package org.dyad.coding;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.nlp.DependencyTree;

/**
 * Stopping aid or talks reduces relations: "Poland stopped supplying weapons to Ukraine" is 1622,
 * "suspended negotiating with" 164. Other acts a verb of stopping governs are not done, and stay
 * blocked ({@link Modality#blocked}).
 *
 * <p>Thread safety: stateless.
 */
final class Cessations {
  private static final Set<String> STOPPING =
      Set.of("stop", "halt", "suspend", "cease", "end", "discontinue", "quit", "freeze");

  /** Aid codes to the codes of reducing or stopping that aid (CAMEO 162x). */
  private static final Map<String, String> AID_STOPPED =
      Map.of("070", "162", "071", "1621", "072", "1622", "073", "1623", "074", "1622");

  private static final Set<String> TALKING = Set.of("negotiate", "talk", "meet", "discuss");

  private Cessations() {}

  /** The reduction a stopped act codes as, or null where the verb is no stopped aid or talks. */
  static Pattern of(DependencyTree tree, int verb, Pattern act) {
    int head = tree.head(verb);
    if (head < 0
        || !tree.relation(verb).equals("xcomp")
        || !tree.token(verb).pos().equals("VBG")
        || !STOPPING.contains(tree.token(head).lemma().toLowerCase(Locale.ROOT))
        || act.reversed()) {
      return null;
    }
    String code = act.code();
    if (AID_STOPPED.containsKey(code)) {
      return act.withCode(AID_STOPPED.get(code));
    }
    if (code.startsWith("07")) {
      return act.withCode("162");
    }
    boolean talks =
        code.startsWith("04")
            || TALKING.contains(tree.token(verb).lemma().toLowerCase(Locale.ROOT));
    return talks ? act.withCode("164") : null;
  }

  /**
   * Whether the verb stops an act its gerund codes ("suspended negotiating with Iran"): the gerund
   * carries the event, so the verb of stopping codes none of its own.
   */
  static boolean stopsACodedAct(DependencyTree tree, int verb, VerbDictionary verbs) {
    if (!STOPPING.contains(tree.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int x : tree.children(verb, "xcomp")) {
      if (tree.token(x).pos().equals("VBG") && !verbs.patterns(tree.token(x).lemma()).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
