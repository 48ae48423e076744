package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.coding.VerbDictionary.NounEvent;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedSentence;

/**
 * Events named by nouns: "Putin's visit to Pyongyang", "talks between Kenya and Haiti", "the drills
 * of Russian and Chinese troops". The noun's possessor or "by"/"from" phrase is the source and its
 * "to"/"with" phrase the target, as {@code nouns.tsv} lists per noun. A time anchor ("two weeks
 * after the visit", or one the document coded already) and a noun under a negated, speculative or
 * called-off verb are not events; a time phrase that tells news ("during a visit by Biden to
 * Hanoi") is.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class NominalEvents {
  private static final Set<String> TEMPORAL_MARKERS =
      Set.of("after", "before", "since", "following", "until", "during", "ahead of");

  /** Verbs whose object or "to" phrase is an event intended, not done. */
  private static final Set<String> INTENDING_VERBS =
      Set.of(
          "pledge", "vow", "promise", "plan", "intend", "want", "seek", "offer", "commit", "agree",
          "hope", "wish", "propose", "prepare");

  /** What the document has coded so far: {@link EventEmitter#reported}. */
  interface EarlierReports {
    boolean report(String lemma, Set<String> doerCountries, Set<String> targetCountries);
  }

  /** Receives an event of several parties that acted together, to code among themselves. */
  interface JointSink {
    void emit(int trigger, Pattern p, List<ActorMention> parties);
  }

  private final ParsedSentence s;
  private final DependencyTree tree;
  private final Arguments args;
  private final VerbDictionary verbs;
  private final HarmedParties harmed;
  private final EarlierReports reported;

  /** Whether a decision turned on the sentence's dates, so that its time expressions matter. */
  boolean datesConsulted;

  NominalEvents(
      ParsedSentence s,
      DependencyTree tree,
      Arguments args,
      VerbDictionary verbs,
      EarlierReports reported) {
    this.s = s;
    this.reported = reported;
    this.tree = tree;
    this.args = args;
    this.verbs = verbs;
    this.harmed = new HarmedParties(tree, args);
  }

  void code(int n, ReportedSpeech.Sink sink, JointSink joint) {
    Optional<NounEvent> ne = eventNoun(n);
    if (ne.isEmpty()
        || tree.relation(n).equals("compound")
        || !tree.token(n).pos().startsWith("NN")) {
      return;
    }
    if (Modality.saysNo(tree, n)) {
      return; // "had no contact with US intelligence officers"
    }
    if (tree.head(n) >= 0 && tree.token(tree.head(n)).lemma().equalsIgnoreCase("eve")) {
      return; // "on the eve of his meeting with Blair": not yet held
    }
    boolean anchor = TEMPORAL_MARKERS.contains(tree.caseMarker(n));
    if (anchor && !toldAsNews(n)) {
      return; // "two weeks after Putin's visit": a time anchor, not a new report of the visit
    }
    int h = tree.head(n);
    if (h >= 0 && args.attackDoer(n) >= 0 && !verbs.patterns(tree.token(h).lemma()).isEmpty()) {
      return; // "were killed in a Russian attack on a town": the verb's event, coded by the verb
    }
    int governingVerb = governingVerb(n);
    if (governingVerb >= 0
        && (Modality.negated(tree, governingVerb)
            || Modality.speculative(tree, governingVerb)
            || Modality.blocked(tree, governingVerb) // "refused to impose sanctions"
            || Modality.callsOff(tree, governingVerb)
            || (Modality.opposes(tree, governingVerb) && !tree.relation(n).startsWith("nsubj")))) {
      return;
    }
    List<ActorMention> sources = new ArrayList<>();
    List<ActorMention> targets = new ArrayList<>();
    boolean sourceByFrom = false;
    for (int c : tree.children(n)) {
      String r = tree.relation(c);
      String marker = r.equals("nmod:poss") ? "poss" : tree.caseMarker(c);
      if (!r.startsWith("nmod") && !r.equals("amod")) {
        continue;
      }
      if (r.equals("amod") && args.at(c) == null) {
        continue;
      }
      if (ne.get().sourcePreps().contains(marker) || (r.equals("amod") && sources.isEmpty())) {
        if (marker.equals("between")) {
          sources.addAll(args.actorsOf(c));
          continue;
        }
        sources.addAll(args.actorsOf(c));
        sourceByFrom |= marker.equals("from") || marker.equals("by");
      } else if (ne.get().targetPreps().contains(marker)) {
        List<ActorMention> t = args.actorsOf(c);
        // "criticism of the war in Iraq" is aimed at who waged it, if the text says
        targets.addAll(
            harmed.condemnsHarmDoneTo(c, t, ne.get().code()) ? harmed.byAgentOf(c, Set.of()) : t);
      }
    }
    if (targets.isEmpty()) {
      targets.addAll(lightVerbTargets(n, governingVerb, ne.get()));
    }
    boolean implicitTarget = false;
    // "looked forward to talks with Biden", "agreed to talks": what an intent word is directed to
    // is intended, by the intent's subject
    boolean intended =
        governingVerb >= 0
            && tree.head(n) == governingVerb
            && intends(governingVerb)
            && !TEMPORAL_MARKERS.contains(tree.caseMarker(n)); // "pledged during his visit"
    boolean intendedTo =
        intended && (tree.caseMarker(n).equals("to") || tree.caseMarker(n).equals("for"));
    boolean ownPhrase = !sources.isEmpty();
    if (sources.isEmpty() && governingVerb >= 0 && (tree.relation(n).equals("obj") || intendedTo)) {
      int subj = args.subject(governingVerb);
      if (subj >= 0) {
        sources.addAll(args.actorsOf(subj));
      }
    }
    if (sources.isEmpty()) {
      return;
    }
    if (targets.isEmpty() && !ownPhrase && EventEmitter.isForce(ne.get().code())) {
      targets.addAll(placeStruck(n, governingVerb, sources)); // done by the verb's subject
    }
    if (anchor
        && reported.report(
            tree.token(n).lemma().toLowerCase(Locale.ROOT),
            Arguments.countries(Arguments.codes(sources)),
            Arguments.countries(Arguments.codes(targets)))) {
      return; // "... during the visit": the visit these parties made, coded already
    }
    String code = ne.get().code();
    boolean future = governingVerb >= 0 && Modality.future(tree, governingVerb);
    // "promised to continue aid" is an intent to aid; "would tighten the blockade" a threat;
    // "agreed to resume talks" an intent to meet
    // "pledged to develop relations during his meeting with Soong": the time phrase tells when
    // the pledge was made, whatever verb the parser hung it on
    boolean notYet =
        !anchor
            && (intended
                || (governingVerb >= 0 && Intents.intended(tree, governingVerb))
                || (governingVerb >= 0 && expectedSubject(n, governingVerb))
                || (future && (code.startsWith("04") || EventEmitter.isForce(code))));
    if (notYet && ownPhrase && intendedByAnother(n, governingVerb, sources)) {
      return; // "Turkey offered to host talks between Russia and Ukraine": Turkey's intent alone
    }
    if (notYet) {
      code = IntentCodes.of(code);
    }
    if (targets.isEmpty() && sources.size() > 1) {
      joint.emit(n, nounPattern(ne.get(), code), sources);
      return;
    }
    datesConsulted = true;
    boolean dated =
        s.timeExpressions().stream()
            .anyMatch(t -> t.type().equals("DATE") && tree.dominates(n, t.startToken()));
    if (targets.isEmpty() && !dated) {
      return; // "resent the Japanese invasion": an undated event noun without its target is
      // background
    }
    if (targets.isEmpty() && governingVerb >= 0) {
      int subj = args.subject(governingVerb);
      List<ActorMention> context = subj >= 0 ? args.actorsOf(subj) : List.of();
      for (ActorMention m : context) {
        if (!m.actor().country().equals(sources.get(0).actor().country())) {
          targets.add(m);
          implicitTarget = true;
          break;
        }
      }
    }
    Pattern p = nounPattern(ne.get(), code);
    sink.emit(n, p, sources, targets, notYet ? "nominal; intended" : "nominal");
    if (implicitTarget && sourceByFrom && ne.get().code().equals("042")) {
      sink.emit(n, nounPattern(ne.get(), "043"), targets, sources, "nominal; host of the visit");
    }
  }

  /**
   * Whether a noun in a time phrase may tell its event as news: "signed a pact during a visit by
   * Gantz to Rabat", "freed six Americans after a visit by a US envoy". Only an indefinite noun, or
   * one "during" which the main event happened, does; "after the invasion" or "since the 2011
   * uprising" point back to what the reader knows.
   */
  private boolean toldAsNews(int n) {
    String marker = tree.caseMarker(n);
    boolean indefinite = false;
    for (int c : tree.children(n, "det")) {
      String d = tree.token(c).lemma().toLowerCase(Locale.ROOT);
      indefinite |= d.equals("a") || d.equals("an");
    }
    return marker.equals("during") || (indefinite && !marker.equals("since"));
  }

  /**
   * The force an attack noun names when it is the subject of a verb of harm: "Israeli airstrikes
   * killed 30 people" is an air strike (195), "Russian shelling killed five civilians" shelling
   * (194), as "killed in an air strike" already is.
   */
  Pattern forceOfSubject(int subj, Pattern p) {
    if (subj < 0 || !EventEmitter.isForce(p.code()) || !tree.token(subj).isNoun()) {
      return p;
    }
    return eventNoun(subj)
        .filter(ne -> ne.code().startsWith("19") && !ne.code().equals("190"))
        .map(ne -> p.withCode(ne.code()))
        .orElse(p);
  }

  /**
   * The event a noun names, read with the word before it where the dictionary has the pair: a
   * "hunger strike" or a "general strike" is no air strike.
   */
  Optional<NounEvent> eventNoun(int n) {
    for (int c : tree.children(n)) {
      if (c == n - 1 && (tree.relation(c).equals("compound") || tree.relation(c).equals("amod"))) {
        Optional<NounEvent> pair = verbs.noun(tree.token(c).lemma() + " " + tree.token(n).lemma());
        if (pair.isPresent()) {
          return pair;
        }
        if (tree.relation(c).equals("compound")
            && CARRIERS.contains(tree.token(n).lemma().toLowerCase(Locale.ROOT))) {
          return verbs.noun(tree.token(c).lemma()); // "a mediation mission between Syria and"
        }
      }
    }
    return verbs.noun(tree.token(n).lemma());
  }

  /** Nouns that carry the event of the noun before them: "a mediation effort". */
  private static final Set<String> CARRIERS =
      Set.of("effort", "mission", "bid", "initiative", "drive", "push");

  /**
   * The target the parser hung elsewhere: on the verb whose object the noun is ("made a demand to
   * Japan", "repeated its demand on Japan"), or as the subject of a for-to clause on the noun
   * ("renewed an appeal to Belgium to extradite").
   */
  /**
   * Where force named by a noun fell when no party is named: "carried out strikes on militant camps
   * in Pakistan" hits Pakistan, as "struck targets in northern Iraq" does. The place may hang on
   * the noun, on what the noun is aimed at, or on the verb whose object the noun is; the sources'
   * own country is where they act, not whom ("strikes on militants in its northwest").
   */
  private List<ActorMention> placeStruck(int n, int verb, List<ActorMention> sources) {
    List<Integer> heads = new ArrayList<>(List.of(n));
    for (int c : tree.children(n)) {
      String marker = tree.caseMarker(c);
      if (tree.relation(c).startsWith("nmod")
          && (marker.equals("on") || marker.equals("against"))) {
        heads.add(c);
      }
    }
    if (verb >= 0 && tree.head(n) == verb && tree.relation(n).equals("obj")) {
      heads.add(verb);
    }
    Set<String> own = NounPhraseActors.countries(Arguments.codes(sources));
    List<ActorMention> out = new ArrayList<>();
    for (int h : heads) {
      for (int c : PlacePhrases.inPhrases(tree, h)) {
        for (ActorMention m : args.actorsOf(c)) {
          if (!own.contains(m.actor().country())) {
            out.add(m);
          }
        }
      }
    }
    return out;
  }

  private List<ActorMention> lightVerbTargets(int n, int verb, NounEvent ne) {
    List<ActorMention> out = new ArrayList<>();
    if (verb >= 0 && tree.head(n) == verb && tree.relation(n).equals("obj")) {
      for (int c : tree.children(verb, "obl")) {
        if (ne.targetPreps().contains(tree.caseMarker(c))) {
          out.addAll(args.actorsOf(c));
        }
      }
    }
    for (int clause : tree.children(n, "acl")) {
      for (int subj : tree.children(clause, "nsubj")) {
        boolean marked =
            tree.children(clause, "mark").stream()
                .anyMatch(
                    m ->
                        m < subj
                            && ne.targetPreps()
                                .contains(tree.token(m).word().toLowerCase(Locale.ROOT)));
        if (marked) {
          out.addAll(args.actorsOf(subj));
        }
      }
    }
    if (ne.code().startsWith("02") || ne.code().startsWith("10")) {
      for (int clause : tree.children(n, "ccomp")) {
        for (int subj : tree.children(clause, "nsubj")) {
          out.addAll(args.actorsOf(subj)); // "reiterated its demand that Israel ease restrictions"
        }
      }
    }
    return out;
  }

  /**
   * Whether the verb intends the event its noun names: "plans talks", "looked forward to talks";
   * "set up a blockade" sets it up.
   */
  private boolean intends(int verb) {
    String lemma = tree.token(verb).lemma().toLowerCase(Locale.ROOT);
    if (lemma.equals("look")) {
      return tree.children(verb).stream()
          .anyMatch(c -> tree.token(c).word().equalsIgnoreCase("forward"));
    }
    return INTENDING_VERBS.contains(lemma);
  }

  /**
   * Whether an event still to come, whose parties the noun's own phrase names, is intended by
   * someone else: the subject of the verb that governs it, when that is none of the parties.
   */
  private boolean intendedByAnother(int n, int verb, List<ActorMention> parties) {
    if (verb < 0 || tree.relation(n).startsWith("nsubj")) {
      return false;
    }
    int subj = args.subject(verb);
    if (subj < 0) {
      return false;
    }
    Set<ActorCode> own = NounPhraseActors.codes(parties);
    return args.actorsOf(subj).stream().noneMatch(m -> own.contains(m.actor().code()));
  }

  /**
   * Whether the noun is the subject of an event still to come: "talks are set to resume", "the
   * summit is due to open", "talks are expected to begin".
   */
  private boolean expectedSubject(int n, int verb) {
    String lemma = tree.token(verb).lemma().toLowerCase(Locale.ROOT);
    return tree.relation(n).startsWith("nsubj")
        && tree.hasChild(verb, "xcomp")
        && (Intents.HEADS.contains(lemma) || lemma.equals("expect"));
  }

  private static Pattern nounPattern(NounEvent ne, String code) {
    return Pattern.bare("nouns.tsv:" + ne.noun(), ne.noun(), code, "noun");
  }

  private int governingVerb(int n) {
    for (int k = tree.head(n), steps = 0; k >= 0 && steps < 6; k = tree.head(k), steps++) {
      if (tree.token(k).isVerb()) {
        return k;
      }
    }
    return -1;
  }
}
