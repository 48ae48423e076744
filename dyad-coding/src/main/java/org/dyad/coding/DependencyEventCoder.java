package org.dyad.coding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.coding.VerbDictionary.NounEvent;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.ResolvedDocument;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.event.EventCoder;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * Codes events from dependency trees: a verb whose lemma, object and prepositional arguments match
 * a {@link VerbDictionary} pattern, or an event noun ("Putin's visit"), with a subject and a target
 * resolved to actors of different countries.
 *
 * <p>Rules beyond the dictionary: passive verbs take their agent as source and their subject as
 * target; a verb without a subject inherits one through control ("urged Israel to avoid"),
 * coordination and participles; reporting verbs ("said") are not events, the clause they report is
 * coded with its own subject; negated, blocked ("refused to") and speculative ("could", "expected
 * to") actions are not coded; intended actions ("vowed to strengthen", "his intent to") take the
 * intent code (03x, or a threat for conflict); a compound subject without an object acts in both
 * directions. Titles are not coded: sentence indices count the body only.
 *
 * <p>Thread safety: immutable; may be shared.
 */
public final class DependencyEventCoder implements EventCoder {
  public static final String VERSION = "dyad-coder-0.1";

  /**
   * Verbs whose object is a topic, not a party: "discussed efforts to counter Islamic State" does
   * not consult Islamic State. Their target comes from "with" and the like only.
   */
  /** Verbs that report a position like "say" does, though the dictionary codes them apart. */
  private static final java.util.Set<String> DECLARING_VERBS =
      java.util.Set.of("declare", "reiterate", "insist", "stress", "state", "add");

  /** Nouns that name a hostile act whoever commits it. */
  private static final java.util.Set<String> HOSTILE_NOUNS =
      java.util.Set.of(
          "provocation", "aggression", "atrocity", "massacre", "war crime", "terrorism");

  private static final java.util.Set<String> TOPIC_VERBS =
      java.util.Set.of(
          "discuss", "debate", "review", "examine", "consider", "study", "explore", "address");

  private static final List<String> TARGET_PREPS =
      List.of(
          "to", "with", "against", "on", "at", "into", "toward", "towards", "around", "near", "off",
          "from", "in", "over", "for", "of");

  /** Codes of joint actions a compound subject does to each other: meet, sign, cooperate, clash. */
  private static final java.util.Set<String> RECIPROCAL_ROOTS =
      java.util.Set.of("04", "05", "06", "19");

  /** Verbs and nouns whose compound subject acts on itself: "Kenya and Haiti signed a deal". */
  private static final java.util.Set<String> RECIPROCAL_WORDS =
      java.util.Set.of(
          "meet",
          "talk",
          "sign",
          "agree",
          "negotiate",
          "discuss",
          "confer",
          "consult",
          "cooperate",
          "clash",
          "fight",
          "hold",
          "exchange",
          "establish",
          "restore",
          "normalize",
          "normalise",
          "conclude",
          "reach",
          "trade",
          "talks",
          "meeting",
          "summit",
          "negotiation");

  private static final java.util.Set<String> TEMPORAL_MARKERS =
      java.util.Set.of("after", "before", "since", "following", "until", "during", "ahead of");

  private final VerbDictionary verbs;
  private final Codebook codebook;
  private final Clock clock;

  public DependencyEventCoder(VerbDictionary verbs, Codebook codebook, Clock clock) {
    this.verbs = verbs;
    this.codebook = codebook;
    this.clock = clock;
  }

  /** The coder with the bundled dictionaries and the system clock. */
  public static DependencyEventCoder bundled() {
    return new DependencyEventCoder(
        VerbDictionary.bundled(), Codebook.bundled(), Clock.systemUTC());
  }

  public String dictionaryVersion() {
    return verbs.version();
  }

  @Override
  public List<CodedEvent> code(ResolvedDocument doc) {
    Map<String, CodedEvent> out = new LinkedHashMap<>();
    EventEmitter events =
        new EventEmitter(doc, codebook, verbs.version(), new HashMap<>(), clock.instant(), out);
    DocumentMemory memory = new DocumentMemory();
    for (ParsedSentence s : doc.parsed().sentences()) {
      new SentenceCoder(doc, s, memory, events, out).run();
    }
    return List.copyOf(out.values());
  }

  /** The coding of one sentence. */
  private final class SentenceCoder {
    private final ParsedSentence s;
    private final DependencyTree tree;
    private final Arguments args;
    private final Map<String, CodedEvent> out;
    private final boolean[] consumed;
    private final DocumentMemory memory;
    private final EventEmitter events;
    private final ClauseMatcher matcher;
    private boolean implicit;
    private boolean futureClause;

    SentenceCoder(
        ResolvedDocument doc,
        ParsedSentence s,
        DocumentMemory memory,
        EventEmitter events,
        Map<String, CodedEvent> out) {
      this.s = s;
      this.tree = s.tree();
      this.args = new Arguments(tree, doc.mentionsIn(s.index()));
      this.matcher = new ClauseMatcher(s, tree, args, verbs);
      this.memory = memory;
      this.events = events;
      this.out = out;
      this.consumed = new boolean[s.tokens().size()];
    }

    void run() {
      if (s.dependencies().isEmpty()) {
        return;
      }
      for (Token t : s.tokens()) {
        if (t.isVerb()) {
          verb(t.index());
        }
      }
      for (Token t : s.tokens()) {
        if (t.isNoun() && !consumed[t.index()]) {
          noun(t.index());
        }
      }
      for (Token t : s.tokens()) {
        if (t.isVerb()) {
          reportedAccusation(t.index());
        }
      }
      dropPledgesOfCodedActions();
      remember();
    }

    /**
     * "Germany pledged to send Ukraine tanks" is one event, the intent to send tanks (0332): the
     * pledge's own generic code goes when its complement was coded for the same dyad.
     */
    private void dropPledgesOfCodedActions() {
      out.values()
          .removeIf(
              e -> {
                if (e.provenance().sentence() != s.index() || !e.modality().equals("asserted")) {
                  return false;
                }
                int trigger = tokenAt(e.provenance().trigger().start());
                if (trigger < 0 || !e.code().root().equals("03")) {
                  return false;
                }
                for (int x : tree.children(trigger, "xcomp")) {
                  int xs = tree.token(x).span().start();
                  for (CodedEvent other : out.values()) {
                    if (other.provenance().sentence() == s.index()
                        && other.provenance().trigger().start() == xs
                        && other.source().country().equals(e.source().country())
                        && other.target().country().equals(e.target().country())) {
                      return true;
                    }
                  }
                }
                return false;
              });
    }

    private int tokenAt(int charStart) {
      for (Token t : s.tokens()) {
        if (t.span().start() == charStart) {
          return t.index();
        }
      }
      return -1;
    }

    /** Who did what in this sentence, for implicit targets later on. */
    private void remember() {
      for (Token t : s.tokens()) {
        if (!t.isVerb()) {
          continue;
        }
        int subj = args.subject(t.index());
        List<ActorMention> doers = subj < 0 ? List.of() : args.actorsOf(subj);
        if (doers.isEmpty()) {
          continue;
        }
        memory.did(t.lemma(), doers.get(0));
        for (int o : args.objects(t.index())) {
          memory.did(tree.token(o).lemma(), doers.get(0));
        }
      }
    }

    /**
     * "Putin said the Kyiv regime had undertaken another provocation, firing at civilian
     * buildings": a speaker who reports another country's hostile act accuses it (112), besides
     * whatever event the reported clause codes. Reports about one's own side accuse no one.
     */
    private void reportedAccusation(int v) {
      String lemma = tree.token(v).lemma().toLowerCase(Locale.ROOT);
      boolean reporting =
          DECLARING_VERBS.contains(lemma)
              || verbs.patterns(lemma).stream()
                  .anyMatch(
                      p ->
                          p.code().equals(VerbDictionary.REPORTING)
                              && p.object().isEmpty()
                              && p.ppPrep().isEmpty());
      if (!reporting || Modality.negated(tree, v) || matcher.background(v)) {
        return;
      }
      int speaker = args.subject(v);
      List<ActorMention> sources = speaker < 0 ? List.of() : args.actorsOf(speaker);
      if (sources.isEmpty()) {
        return;
      }
      for (int clause : tree.children(v, "ccomp")) {
        int doer = args.subject(clause);
        if (doer < 0 || args.passive(clause) || Modality.negated(tree, clause)) {
          continue;
        }
        List<ActorMention> accused = args.actorsOf(doer, countries(sources));
        if (!accused.isEmpty() && hasAuxiliary(clause, "must")) {
          // "Chirac said Iraq must cooperate fully with the inspectors": a demand (100).
          Pattern p =
              rulePattern(
                  "dyad:reported-must",
                  v,
                  "100",
                  "saying that another country must act demands it");
          emit(v, p, sources, accused, "reported speech: demand");
          continue;
        }
        if (!accused.isEmpty() && hostile(clause)) {
          Pattern p =
              rulePattern(
                  "dyad:reported-hostile-act",
                  v,
                  "112",
                  "a report of another country's hostile act accuses it");
          emit(v, p, sources, accused, "reported speech: accusation");
        }
      }
    }

    /** A pattern that a coding rule, not a dictionary row, stands for; its id names the rule. */
    private Pattern rulePattern(String id, int trigger, String code, String why) {
      return new Pattern(
          id, tree.token(trigger).lemma(), "", List.of(), "", List.of(), code, "rule: " + why);
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
    private boolean hostile(int clause) {
      for (int k : tree.subtree(clause)) {
        String lemma = tree.token(k).lemma().toLowerCase(Locale.ROOT);
        if (HOSTILE_NOUNS.contains(lemma)) {
          return true;
        }
        List<Pattern> ps =
            tree.token(k).isVerb()
                ? verbs.patterns(lemma)
                : verbs.noun(lemma).map(n -> List.of(nounPattern(n, n.code()))).orElse(List.of());
        for (Pattern p : ps) {
          if (p.object().isEmpty()
              && p.ppPrep().isEmpty()
              && p.code().length() >= 2
              && Character.isDigit(p.code().charAt(0))
              && Integer.parseInt(p.code().substring(0, 2)) >= 15) {
            return true;
          }
        }
      }
      return false;
    }

    private void verb(int v) {
      String rel = tree.relation(v);
      if (rel.equals("amod")
          || rel.equals("case")
          || rel.equals("compound")
          || rel.equals("aux")
          || rel.equals("cop")) {
        return;
      }
      List<Pattern> candidates = verbs.patterns(tree.token(v).lemma());
      if (candidates.isEmpty() || matcher.background(v)) {
        return;
      }
      Map<Integer, Pattern> byPp = new LinkedHashMap<>();
      Pattern general = null;
      for (Pattern p : candidates) {
        Optional<Integer> pp = matcher.matches(p, v);
        if (pp == null) {
          continue;
        }
        if (pp.isPresent() && !args.actorsOf(pp.get()).isEmpty()) {
          Pattern prev = byPp.get(pp.get());
          if (prev == null || p.specificity() > prev.specificity()) {
            byPp.put(pp.get(), p);
          }
        }
        if (general == null || p.specificity() > general.specificity()) {
          general = p;
        }
      }
      if (general == null) {
        return;
      }
      if (Modality.negated(tree, v) || Modality.speculative(tree, v) || Modality.blocked(tree, v)) {
        return;
      }
      int subj = args.subject(v);
      List<ActorMention> sources = new ArrayList<>(subj < 0 ? List.of() : args.actorsOf(subj));
      if (sources.isEmpty()) {
        return;
      }
      sources.addAll(args.coActors(v));
      if (!byPp.isEmpty() && (general.ppPrep().isEmpty() || byPp.containsValue(general))) {
        for (Map.Entry<Integer, Pattern> e : byPp.entrySet()) {
          emit(v, e.getValue(), sources, args.actorsOf(e.getKey(), countries(sources)), "");
        }
        return;
      }
      implicit = false;
      futureClause = false;
      List<ActorMention> targets = targets(v, countries(sources));
      if (targets.isEmpty()
          && tree.relation(v).startsWith("conj")
          && args.subject(v) == subj
          && args.objects(v).isEmpty()
          && args.obliques(v).isEmpty()
          && !args.passive(tree.head(v))
          && addressesAParty(tree.head(v))) {
        // "Biden met Zelenskiy and vowed that support would not waver": a conjoined verb
        // with neither object nor prepositional argument addresses the party of the verb it
        // is joined to ("and to contribute towards peace in the region" addresses no one).
        targets = targets(tree.head(v), countries(sources));
      }
      String note = args.passive(v) ? "passive" : implicit ? "implicit target" : "";
      if (futureClause && !general.code().equals(IntentCodes.of(general.code()))) {
        // "NATO agreed that Ukraine would be invited to join": agreeing on a future action is
        // an intent (03x), not the action.
        general =
            new Pattern(
                general.id(),
                general.verb(),
                general.particle(),
                general.object(),
                general.ppPrep(),
                general.ppWords(),
                IntentCodes.of(general.code()),
                general.origin());
        note = note.isEmpty() ? "future clause: intent" : note + "; future clause: intent";
      }
      if (targets.isEmpty() && sources.size() > 1) {
        emitSymmetric(v, general, sources);
        return;
      }
      for (int o : args.objects(v)) {
        consumed[o] = true;
      }
      emit(v, general, sources, targets, note);
    }

    /**
     * Whether a verb's object is itself an actor ("met Zelenskiy"), not a thing near one ("visited
     * towns outside Kyiv"), or it has a "with" party.
     */
    private boolean addressesAParty(int verb) {
      for (int o : args.objects(verb)) {
        if (args.at(o) != null) {
          return true;
        }
      }
      for (int c : tree.children(verb, "obl")) {
        if (tree.caseMarker(c).equals("with") && args.at(c) != null) {
          return true;
        }
      }
      return false;
    }

    /** The sources' codes, whose own side targets pass over (see Arguments#passedOver). */
    private java.util.Set<String> countries(List<ActorMention> ms) {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (ActorMention m : ms) {
        out.add(m.actor().code().value());
      }
      return out;
    }

    private java.util.Set<String> countriesOf(java.util.Set<String> codes) {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (String c : codes) {
        out.add(org.dyad.core.actor.ActorCode.of(c).country());
      }
      return out;
    }

    private List<ActorMention> targets(int v, java.util.Set<String> excluded) {
      if (args.passive(v) && args.passiveSubject(v) >= 0) {
        List<ActorMention> t = args.actorsOf(args.passiveSubject(v), excluded);
        if (!t.isEmpty()) {
          return t;
        }
      }
      if (TOPIC_VERBS.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))) {
        for (int c : tree.children(v, "obl")) {
          String marker = tree.caseMarker(c);
          if (marker.equals("with") || marker.equals("between")) {
            return args.actorsOf(c, excluded);
          }
        }
        return List.of();
      }
      for (int o : args.objects(v)) {
        List<ActorMention> t = args.actorsOf(o, excluded);
        if (!t.isEmpty()) {
          return t;
        }
      }
      for (int x : tree.children(v, "xcomp")) {
        for (int o : args.objects(x)) {
          List<ActorMention> t = args.actorsOf(o, excluded); // "applied to join the alliance"
          if (!t.isEmpty()) {
            return t;
          }
        }
      }
      List<ActorMention> coActors = args.coActors(v);
      List<int[]> obliques = args.obliques(v);
      for (String prep : TARGET_PREPS) {
        for (int[] ob : obliques) {
          if (coActors.contains(args.at(ob[0]))) {
            continue;
          }
          if (tree.caseMarker(ob[0]).equals(prep) && !(args.passive(v) && prep.equals("by"))) {
            List<ActorMention> t = args.actorsOf(ob[0], excluded);
            if (!t.isEmpty()) {
              return t;
            }
          }
        }
      }
      for (int c : tree.children(v, "ccomp")) {
        int subj = args.subject(c); // "demanded that China lift the ban"
        if (subj < 0 && args.passive(c)) {
          subj = args.passiveSubject(c); // "agreed that Ukraine would be invited to join"
        }
        if (subj >= 0 && !args.actorsOf(subj, excluded).isEmpty()) {
          futureClause = Modality.future(tree, c);
          return args.actorsOf(subj, excluded);
        }
      }
      for (int o : args.objects(v)) {
        if (!definite(o)) {
          continue; // only "the drills", "the vote": a thing the story has told of before
        }
        ActorMention doer = memory.doerOf(tree.token(o).lemma(), countriesOf(excluded));
        if (doer != null) {
          implicit = true;
          return List.of(doer); // "condemned the drills": whoever held them
        }
      }
      return List.of();
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

    private void noun(int n) {
      Optional<NounEvent> ne = verbs.noun(tree.token(n).lemma());
      if (ne.isEmpty()
          || tree.relation(n).equals("compound")
          || !tree.token(n).pos().startsWith("NN")) {
        return;
      }
      if (TEMPORAL_MARKERS.contains(tree.caseMarker(n))) {
        return; // "two weeks after Putin's visit": a time anchor, not a new report of the visit
      }
      int governingVerb = governingVerb(n);
      if (governingVerb >= 0
          && (Modality.negated(tree, governingVerb) || Modality.speculative(tree, governingVerb))) {
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
          targets.addAll(args.actorsOf(c));
        }
      }
      boolean implicitTarget = false;
      if (sources.isEmpty() && governingVerb >= 0 && tree.relation(n).equals("obj")) {
        int subj = args.subject(governingVerb);
        if (subj >= 0) {
          sources.addAll(args.actorsOf(subj));
        }
      }
      if (sources.isEmpty()) {
        return;
      }
      if (targets.isEmpty() && sources.size() > 1) {
        Pattern p = nounPattern(ne.get(), ne.get().code());
        emitSymmetric(n, p, sources);
        return;
      }
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
      Pattern p = nounPattern(ne.get(), ne.get().code());
      emit(n, p, sources, targets, "nominal");
      if (implicitTarget && sourceByFrom && ne.get().code().equals("042")) {
        emit(n, nounPattern(ne.get(), "043"), targets, sources, "nominal; host of the visit");
      }
    }

    private Pattern nounPattern(NounEvent ne, String code) {
      return new Pattern(
          "nouns.tsv:" + ne.noun(), ne.noun(), "", List.of(), "", List.of(), code, "noun");
    }

    private int governingVerb(int n) {
      for (int k = tree.head(n), steps = 0; k >= 0 && steps < 6; k = tree.head(k), steps++) {
        if (tree.token(k).isVerb()) {
          return k;
        }
      }
      return -1;
    }

    private void emitSymmetric(int trigger, Pattern p, List<ActorMention> parties) {
      String lemma = tree.token(trigger).lemma().toLowerCase(Locale.ROOT);
      if (!RECIPROCAL_ROOTS.contains(p.code().substring(0, 2))
          || !RECIPROCAL_WORDS.contains(lemma)) {
        return; // "A, B and C pledged troops" is not something they did to each other
      }
      for (ActorMention a : parties) {
        for (ActorMention b : parties) {
          if (!a.equals(b)) {
            emit(trigger, p, List.of(a), List.of(b), "joint action");
          }
        }
      }
    }

    private void emit(
        int trigger,
        Pattern p,
        List<ActorMention> sources,
        List<ActorMention> targets,
        String note) {
      events.emit(s, tree, trigger, p, sources, targets, note);
    }
  }
}
