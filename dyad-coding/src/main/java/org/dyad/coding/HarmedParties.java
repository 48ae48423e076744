package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;

/**
 * The harmed of an act named as a noun ("the arrest of 15 British citizens", "the attack on
 * Israel", "the war in Iraq"): whom words condemning the act are not aimed at. Those words condemn
 * the doer, named after "by" or known from the document.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class HarmedParties {
  /** Acts whose "of", "on" or "against" names whom they harm. */
  private static final Set<String> HARM_NOUNS =
      Set.of(
          "arrest",
          "detention",
          "imprisonment",
          "jailing",
          "capture",
          "abduction",
          "kidnapping",
          "killing",
          "murder",
          "assassination",
          "execution",
          "death",
          "torture",
          "attack",
          "bombing",
          "shooting",
          "shelling",
          "invasion",
          "massacre",
          "persecution",
          "expulsion",
          "war",
          "occupation",
          "crackdown",
          "bombardment",
          "blockade",
          "intervention");

  private static final Set<String> HARMED_CASES = Set.of("of", "on", "against", "in");

  private final DependencyTree tree;
  private final Arguments args;

  HarmedParties(DependencyTree tree, Arguments args) {
    this.tree = tree;
    this.args = args;
  }

  /**
   * Whether a disapproval (11), rejection (12), investigation (09), praise (05) or protest (14) is
   * of harm done to the actors found: they are the harmed of "the killing of", "the attack on",
   * "the war in", not whom the words, the inquiry or the protest are aimed at.
   */
  boolean condemnsHarmDoneTo(int object, List<ActorMention> found, String code) {
    return found.stream()
        .allMatch(
            m ->
                tree.children(object).stream()
                    .anyMatch(c -> harmedPhrase(c, code) && tree.dominates(c, m.headToken())));
  }

  /** The doer named after "by" on an act: "the killing of two soldiers by Hamas". */
  List<ActorMention> byAgentOf(int act, Set<ActorCode> sources) {
    for (int c : tree.children(act)) {
      if (tree.relation(c).startsWith("nmod") && tree.caseMarker(c).equals("by")) {
        return args.actorsOf(c, sources);
      }
    }
    return List.of();
  }

  /** "of 15 British citizens" in "deplored the arrest of 15 British citizens". */
  boolean harmedPhrase(int phrase, String code) {
    int act = tree.head(phrase);
    return (code.startsWith("11")
            || code.startsWith("12")
            || code.startsWith("09")
            || code.startsWith("05") // "hailed the killing of Maskhadov" praises no Maskhadov
            || code.startsWith("14")) // "protested the arrest of Imran Khan" is not against him
        && act >= 0
        && HARM_NOUNS.contains(tree.token(act).lemma().toLowerCase(Locale.ROOT))
        && tree.relation(phrase).startsWith("nmod")
        && HARMED_CASES.contains(tree.caseMarker(phrase));
  }
}
