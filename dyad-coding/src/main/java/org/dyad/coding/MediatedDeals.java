package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;

/**
 * Mediation told by the deal it produced: "agreed to restore relations under a deal brokered by
 * China", "an Egyptian-brokered truce between Israel and Hamas", "talks between Serbia and Kosovo,
 * hosted by the EU" (045, mediator to each party). The mediator is the participle's "by" phrase or
 * the adjective before it; the parties are the deal's "between" phrase or, failing that, whoever
 * the clause says agreed to or signed the deal.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class MediatedDeals {
  private static final Set<String> MEDIATING = Set.of("broker", "mediate");
  private static final String MEDIATE = "045";

  /** Verbs whose subjects are parties to the deal they take: not "withdrew from the talks". */
  private static final Set<String> AGREEING =
      Set.of(
          "agree",
          "sign",
          "reach",
          "accept",
          "conclude",
          "strike",
          "seal",
          "ink",
          "negotiate",
          "observe",
          "respect",
          "hold",
          "approve",
          "endorse");

  private final DependencyTree tree;
  private final Arguments args;

  MediatedDeals(DependencyTree tree, Arguments args) {
    this.tree = tree;
    this.args = args;
  }

  /**
   * Codes a participle of mediation that modifies a deal ("a deal brokered by China", "an
   * Egyptian-brokered truce"); whether it was one, coded or not.
   */
  boolean code(int v, ReportedSpeech.Sink sink) {
    String rel = tree.relation(v);
    boolean adjective = rel.equals("amod");
    if (!mediating(v) || !(adjective || rel.startsWith("acl"))) {
      return false;
    }
    List<ActorMention> mediators = new ArrayList<>();
    for (int c : tree.children(v)) {
      boolean by = tree.relation(c).startsWith("obl") && tree.caseMarker(c).equals("by");
      if (adjective ? c < v && args.at(c) != null : by) {
        mediators.addAll(args.actorsOf(c));
      }
    }
    List<ActorMention> parties = parties(tree.head(v), Arguments.codes(mediators));
    if (!mediators.isEmpty() && !parties.isEmpty()) {
      String lemma = tree.token(v).lemma().toLowerCase(Locale.ROOT);
      Pattern p = Pattern.bare("mediated:" + lemma, lemma, MEDIATE, "dyad");
      sink.emit(v, p, mediators, parties, "mediated deal");
    }
    return true;
  }

  /**
   * The parties to a deal other than its mediators: its "between" phrase, or whoever agreed to,
   * signed or reached it.
   */
  private List<ActorMention> parties(int deal, Set<ActorCode> mediators) {
    int between = between(deal);
    if (between >= 0) {
      return args.actorsOf(between, mediators); // "the truce between Israel and Hamas, brokered by"
    }
    // "Saudi Arabia and Iran agreed to restore relations under a deal brokered by China"
    for (int k = deal, steps = 0; tree.head(k) >= 0 && steps < 3; k = tree.head(k), steps++) {
      int h = tree.head(k);
      if (tree.token(h).isVerb()) {
        int subj = args.subject(h);
        if (subj < 0 || !agreeing(h)) {
          return List.of();
        }
        List<ActorMention> out = new ArrayList<>(args.actorsOf(subj, mediators));
        out.addAll(args.coActors(h));
        return out;
      }
    }
    return List.of();
  }

  /** Whether the verb takes a deal: "signed", or the "agreed" of "agreed to restore ... under". */
  private boolean agreeing(int verb) {
    int v = tree.relation(verb).equals("xcomp") ? tree.head(verb) : verb;
    return AGREEING.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))
        || AGREEING.contains(tree.token(verb).lemma().toLowerCase(Locale.ROOT));
  }

  /** "Brokered", "mediated", or "hosted" talks between others (not "a summit hosted by Egypt"). */
  private boolean mediating(int v) {
    String lemma = tree.token(v).lemma().toLowerCase(Locale.ROOT);
    return MEDIATING.contains(lemma) || (lemma.equals("host") && between(tree.head(v)) >= 0);
  }

  /** The "between" phrase of a noun, or -1. */
  private int between(int noun) {
    for (int c : noun < 0 ? List.<Integer>of() : tree.children(noun)) {
      if (tree.relation(c).startsWith("nmod") && tree.caseMarker(c).equals("between")) {
        return c;
      }
    }
    return -1;
  }
}
