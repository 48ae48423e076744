package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * What a report says of its speaker, beyond the event of the reported clause (which the coder codes
 * from the clause itself): a speaker who tells of another country's hostile act accuses it (112),
 * one who says another country "must" act demands it (100), "should not" act criticises it (111).
 * Reports about one's own side accuse no one.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class ReportedSpeech {
  /** Receives the events found. */
  interface Sink {
    void emit(
        int trigger,
        Pattern p,
        List<ActorMention> sources,
        List<ActorMention> targets,
        String note);
  }

  /** Verbs that report a position like "say" does, though the dictionary codes them apart. */
  private static final Set<String> DECLARING_VERBS =
      Set.of("declare", "reiterate", "insist", "stress", "state", "add");

  /** Nouns that name a hostile act whoever commits it. */
  private static final Set<String> HOSTILE_NOUNS =
      Set.of("provocation", "aggression", "atrocity", "massacre", "war crime", "terrorism");

  /**
   * Whether the rules here could code a report in {@code s} from its words alone: a reporting verb,
   * with "must" (a demand) or a word of force (an accusation) somewhere in the sentence.
   */
  static boolean mayCode(ParsedSentence s, VerbDictionary verbs) {
    boolean reporting = false;
    boolean must = false;
    boolean force = false;
    for (Token t : s.tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      reporting |= t.isVerb() && reportingVerb(lemma, verbs);
      must |=
          t.word().equalsIgnoreCase("must")
              || t.word().equalsIgnoreCase("should")
              || lemma.equals("pay");
      force |= forceful(t, lemma, verbs);
    }
    return reporting && (must || force);
  }

  static boolean reportingVerb(String lemma, VerbDictionary verbs) {
    return DECLARING_VERBS.contains(lemma)
        || verbs.patterns(lemma).stream()
            .anyMatch(
                p ->
                    p.code().equals(VerbDictionary.REPORTING)
                        && p.object().isEmpty()
                        && p.ppPrep().isEmpty());
  }

  /** A word that makes a clause hostile, as {@link #hostile} tests it. */
  private static boolean forceful(Token t, String lemma, VerbDictionary verbs) {
    if (HOSTILE_NOUNS.contains(lemma)) {
      return true;
    }
    if (t.isVerb()) {
      for (Pattern p : verbs.patterns(lemma)) {
        if (p.object().isEmpty() && p.ppPrep().isEmpty() && forceful(p.code())) {
          return true;
        }
      }
      return false;
    }
    Optional<VerbDictionary.NounEvent> n = verbs.noun(lemma);
    return n.isPresent() && forceful(n.get().code());
  }

  private final DependencyTree tree;
  private final Arguments args;
  private final ClauseMatcher matcher;
  private final VerbDictionary verbs;

  ReportedSpeech(DependencyTree tree, Arguments args, ClauseMatcher matcher, VerbDictionary verbs) {
    this.tree = tree;
    this.args = args;
    this.matcher = matcher;
    this.verbs = verbs;
  }

  /** Codes what the verb at {@code v}, if it reports, says of its speaker. */
  void code(int v, Sink sink) {
    if (!reporting(v) || Modality.negated(tree, v) || matcher.background(v)) {
      return;
    }
    int speaker = args.subject(v);
    List<ActorMention> sources = speaker < 0 ? List.of() : args.actorsOf(speaker);
    if (sources.isEmpty()) {
      return;
    }
    for (int clause : tree.children(v, "ccomp")) {
      int doer = args.subject(clause);
      if (doer < 0 || args.passive(clause)) {
        continue;
      }
      // Another country: "Baku said Azerbaijani forces destroyed the enemy" accuses no one.
      Set<String> speakers = Arguments.countries(Arguments.codes(sources));
      List<ActorMention> other =
          args.actorsOf(doer, Arguments.codes(sources)).stream()
              .filter(m -> !speakers.contains(m.actor().country()))
              // "he believed it should occur at conception": a reported "it" is mostly a thing
              .filter(m -> !m.text().equalsIgnoreCase("it"))
              .toList();
      if (other.isEmpty()) {
        continue;
      }
      String lemma = tree.token(v).lemma();
      if (Modality.negated(tree, clause)) {
        if (hasAuxiliary(clause, "should")) {
          // "Beijing said Japan should not harm people around the world": a reproach
          Pattern p =
              Pattern.bare(
                  "dyad:reported-should-not",
                  lemma,
                  "111",
                  "rule: saying that another country should not act criticises it");
          sink.emit(v, p, sources, other, "reported speech: criticism");
        }
        continue;
      }
      if (willPay(clause)) {
        // "Netanyahu said Iran had made a big mistake and would pay for it"
        Pattern p =
            Pattern.bare(
                "dyad:reported-will-pay",
                lemma,
                "130",
                "rule: saying that another country will pay for its act threatens it");
        sink.emit(v, p, sources, other, "reported speech: threat");
      } else if (hasAuxiliary(clause, "should") && !Modality.negated(tree, clause)) {
        // "Bacon suggested that the United States should send money to Jordan"
        Pattern p =
            Pattern.bare(
                "dyad:reported-should",
                lemma,
                "020",
                "rule: saying that another country should act appeals to it");
        sink.emit(v, p, sources, other, "reported speech: appeal");
      } else if (hasAuxiliary(clause, "must")) {
        // "Chirac said Iraq must cooperate fully with the inspectors"
        Pattern p =
            Pattern.bare(
                "dyad:reported-must",
                lemma,
                "100",
                "rule: saying that another country must act demands it");
        sink.emit(v, p, sources, other, "reported speech: demand");
      } else if (hostile(clause)
          && !Modality.future(tree, clause)
          && !Modality.speculative(tree, clause)
          && other.stream().anyMatch(m -> !placeOf(m, doer))) {
        // "Bush says the surge strategy in Iraq is working" accuses no one; "his forces will
        // carry out operations" tells of a plan, not a deed
        Pattern p =
            Pattern.bare(
                "dyad:reported-hostile-act",
                lemma,
                "112",
                "rule: a report of another country's hostile act accuses it");
        sink.emit(v, p, sources, other, "reported speech: accusation");
      }
    }
  }

  /** Whether the actor only says where the doer is: "the strategy in Iraq". */
  private boolean placeOf(ActorMention m, int doer) {
    for (int k = m.headToken(), steps = 0; k >= 0 && k != doer && steps < 6; steps++) {
      if (NounPhraseActors.PLACE_MARKERS.contains(tree.caseMarker(k))) {
        return true;
      }
      k = tree.head(k);
    }
    return false;
  }

  /** "would pay for it", "will pay a heavy price": the clause's verb or one joined to it. */
  private boolean willPay(int clause) {
    List<Integer> verbsOfClause = new ArrayList<>(List.of(clause));
    verbsOfClause.addAll(tree.children(clause, "conj"));
    for (int k : verbsOfClause) {
      if (!tree.token(k).lemma().equalsIgnoreCase("pay")
          || !Modality.future(tree, k)
          || Modality.negated(tree, k)) {
        continue;
      }
      boolean forIt =
          tree.children(k, "obl").stream()
              .anyMatch(
                  c ->
                      tree.caseMarker(c).equals("for")
                          && (tree.token(c).pos().startsWith("PRP")
                              || tree.token(c).pos().equals("DT")
                              || MISDEEDS.contains(
                                  tree.token(c).lemma().toLowerCase(Locale.ROOT))));
      boolean price =
          args.objects(k).stream()
              .anyMatch(o -> PRICES.contains(tree.token(o).lemma().toLowerCase(Locale.ROOT)));
      if (forIt || price) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PRICES = Set.of("price", "cost");

  /** What a country "will pay for" when the payment is a threat: "for it", "for its crimes". */
  private static final Set<String> MISDEEDS =
      Set.of("crime", "mistake", "attack", "aggression", "action", "act", "provocation");

  private boolean reporting(int v) {
    return reportingVerb(tree.token(v).lemma().toLowerCase(Locale.ROOT), verbs);
  }

  private boolean hasAuxiliary(int verb, String word) {
    for (int c : tree.children(verb, "aux")) {
      if (tree.token(c).word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause tells of force or provocation: a verb or noun coded in roots 15-20. */
  /** Prepositions that make a phrase the time of the reported act, not part of it. */
  private static final Set<String> TIME_ANCHORS =
      Set.of("after", "before", "since", "following", "until", "amid", "ahead of");

  private boolean hostile(int clause) {
    for (int k : tree.subtree(clause)) {
      if (describedBy(k, clause)) {
        continue; // "a cache of arms believed to be connected to the bloody attack"
      }
      String lemma = tree.token(k).lemma().toLowerCase(Locale.ROOT);
      if (HOSTILE_NOUNS.contains(lemma)) {
        return true;
      }
      if (tree.token(k).isVerb()) {
        for (Pattern p : verbs.patterns(lemma)) {
          if (p.object().isEmpty() && p.ppPrep().isEmpty() && forceful(p.code())) {
            return true;
          }
        }
      } else {
        Optional<VerbDictionary.NounEvent> n = verbs.noun(lemma);
        if (n.isPresent() && forceful(n.get().code())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether token k sits in a clause that describes a noun of the reported clause, in a time anchor
   * ("claim that after the London attacks, British investigators travelled to Pakistan") or in
   * speech the reported clause reports in turn ("says Bush told them: go and fight").
   */
  private boolean describedBy(int k, int clause) {
    for (int a = k; a >= 0 && a != clause; a = tree.head(a)) {
      String rel = tree.relation(a);
      if (rel.startsWith("acl")
          || (rel.startsWith("obl") && TIME_ANCHORS.contains(tree.caseMarker(a)))
          || ((rel.equals("ccomp") || rel.equals("parataxis"))
              && reportingVerb(tree.token(tree.head(a)).lemma(), verbs))) {
        return true; // a report within the report is the inner speaker's, not a deed told
      }
    }
    return false;
  }

  /**
   * CAMEO roots 15-20: force, from demonstrations of it to mass violence; but not the state's
   * ordinary powers of arrest, expulsion and administrative sanctions (172-174): "said Iraqi troops
   * have arrested two" accuses no one.
   */
  private static boolean forceful(String code) {
    return code.length() >= 2
        && Character.isDigit(code.charAt(0))
        && Character.isDigit(code.charAt(1))
        && Integer.parseInt(code.substring(0, 2)) >= 15
        && !(code.startsWith("172") || code.startsWith("173") || code.startsWith("174"));
  }
}
