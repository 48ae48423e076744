package org.dyad.coding;

import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.DependencyTree;

/**
 * Whether a clause is what another word says, asks for or doubts rather than a deed: the content of
 * an accusation or appeal ("demanded that the US cancel plans to sell weapons"), of a request noun
 * ("faces pressure to help Iran") or of a noun of doubt ("speculation that Israel will strike").
 * {@link Modality} reads these as acts not done.
 *
 * <p>Thread safety: stateless.
 */
final class Contents {
  /** Nouns whose clause is talked of, not asserted: "rumours that Syria had attacked Lebanon". */
  private static final Set<String> DOUBT_NOUNS =
      Set.of(
          "speculation",
          "suggestion",
          "rumour",
          "rumor",
          "fear",
          "possibility",
          "prospect",
          "hypothesis",
          "theory",
          "notion",
          "idea",
          "allegation",
          "claim",
          "assertion",
          "belief",
          "concern",
          "worry",
          "doubt",
          "question",
          "scenario");

  /**
   * Whether the clause is what a noun of doubt says: "speculation that Israel will strike". A
   * clause with no subject of its own is the noun's act: "a US claim accusing tobacco companies".
   */
  static boolean ofADoubt(DependencyTree tree, int clause) {
    String rel = tree.relation(clause);
    int noun = tree.head(clause);
    return noun >= 0
        && (rel.equals("acl") || rel.equals("ccomp") || rel.equals("dep"))
        && (tree.hasChild(clause, "nsubj") || tree.hasChild(clause, "nsubj:pass"))
        && tree.token(noun).isNoun()
        && DOUBT_NOUNS.contains(tree.token(noun).lemma().toLowerCase(Locale.ROOT));
  }

  /** Verbs whose clause is what is said, asked for or thanked for: "accused B of arming C". */
  private static final Set<String> CONTENT_HEADS =
      Set.of(
          "accuse",
          "blame",
          "charge",
          "suspect",
          "allege",
          "thank",
          "praise",
          "criticize",
          "criticise",
          "condemn",
          "congratulate",
          "commend",
          "urge",
          "ask",
          "call",
          "demand",
          "press",
          "request",
          "appeal",
          "encourage",
          "warn",
          "implore",
          "beg");

  /**
   * Nouns that ask for or allow an act not yet done: "faces pressure to help Iran", "received an
   * invitation to visit", "won permission to fly to London".
   */
  private static final Set<String> REQUEST_NOUNS =
      Set.of(
          "pressure",
          "call",
          "demand",
          "request",
          "appeal",
          "plea",
          "ultimatum",
          "invitation",
          "order",
          "permission",
          "approval",
          "authorisation",
          "authorization",
          "clearance",
          "licence",
          "license",
          "mandate",
          "go-ahead");

  /**
   * Whether the verb's object asks for or allows an act, so an infinitive the parser hangs on the
   * verb is what is asked, not done: "faces growing calls to withdraw its troops".
   */
  static boolean asked(DependencyTree tree, int verb) {
    return tree.children(verb, "obj").stream()
        .anyMatch(o -> REQUEST_NOUNS.contains(tree.token(o).lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the verb lies in what an accusation, appeal or demand says, at any depth: "demanded
   * that the US cancel plans to sell weapons to Taiwan" asserts no sale.
   */
  static boolean ofAnAppeal(DependencyTree tree, int verb) {
    for (int k = verb, steps = 0; k >= 0 && steps < 4; k = tree.head(k), steps++) {
      String rel = tree.relation(k);
      int g = tree.head(k);
      // "demanded an admission by Moscow that Soviet forces murdered": the clause of the noun
      // demanded is demanded too
      boolean complement =
          rel.equals("xcomp") || rel.equals("ccomp") || (steps > 0 && rel.equals("obj"));
      // The verb's own clause may hang on the appeal in any way ("thanked B for helping"); a
      // deeper one only as what is said: "called the revolution illegal, although Russia
      // offered to cooperate" still asserts the offer.
      boolean clause =
          complement || (steps == 0 && (rel.startsWith("advcl") || rel.startsWith("acl")));
      if (g >= 0
          && clause
          && CONTENT_HEADS.contains(tree.token(g).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("parataxis")) {
        return false; // a clause of its own
      }
    }
    return false;
  }

  private Contents() {}
}
