package org.dyad.coding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * directions. Titles are not coded: sentence indices count the body only. Sentences and articles
 * with a {@link Discards discard phrase} (sport, entertainment) yield nothing.
 *
 * <p>Thread safety: immutable; may be shared.
 */
public final class DependencyEventCoder implements EventCoder {
  public static final String VERSION = "dyad-coder-0.1";

  private final VerbDictionary verbs;
  private final Codebook codebook;
  private final Clock clock;
  private final PhraseRules phrases;

  public DependencyEventCoder(VerbDictionary verbs, Codebook codebook, Clock clock) {
    this.verbs = verbs;
    this.codebook = codebook;
    this.clock = clock;
    this.phrases = new PhraseRules(verbs.discards(), verbs.issues());
  }

  /** The coder with the bundled dictionaries and the system clock. */
  public static DependencyEventCoder bundled() {
    return new DependencyEventCoder(
        VerbDictionary.bundled(), Codebook.bundled(), Clock.systemUTC());
  }

  @Override
  public String version() {
    return verbs.version();
  }

  /** Every event this coder finds hangs on a trigger ({@link Triggers}). */
  @Override
  public boolean mayYieldEvent(ParsedSentence sentence) {
    return Triggers.any(sentence, verbs) && !phrases.discards(sentence);
  }

  @Override
  public List<CodedEvent> code(ResolvedDocument doc) {
    return phrases.withIssues(
        doc, CompoundEvents.fold(List.copyOf(codeAll(doc, new HashSet<>()).values())));
  }

  /** The discard phrase that silences the sentence (or the article), and the sentence's issues. */
  @Override
  public List<String> remarks(ResolvedDocument doc, int sentence) {
    return phrases.remarks(doc, sentence);
  }

  /**
   * The sentences whose events a time expression can change: those with events (their dates) and
   * those where an undated event noun or relative clause was passed over as background.
   */
  @Override
  public Set<Integer> sentencesToDate(ResolvedDocument doc) {
    Set<Integer> out = new HashSet<>();
    for (CodedEvent e : codeAll(doc, out).values()) {
      out.add(e.provenance().sentence());
    }
    return out;
  }

  private Map<String, CodedEvent> codeAll(ResolvedDocument doc, Set<Integer> datesConsulted) {
    Map<String, CodedEvent> out = new LinkedHashMap<>();
    EventEmitter events =
        new EventEmitter(doc, codebook, verbs.version(), new HashMap<>(), clock.instant(), out);
    DocumentMemory memory = new DocumentMemory();
    if (phrases.discardsStory(doc)) {
      return out;
    }
    SportsCoverage sports = phrases.sports(doc);
    for (ParsedSentence s : doc.parsed().sentences()) {
      if (phrases.discards(s) || isQuestion(s)) {
        continue;
      }
      SentenceCoder c = new SentenceCoder(doc, s, memory, events, out);
      c.run();
      if (!sports.keepsAll()) {
        out.values()
            .removeIf(
                e ->
                    e.provenance().sentence() == s.index()
                        && !sports.keeps(s.index(), e.code().value()));
      }
      if (c.matcher.datesConsulted || c.nominal.datesConsulted) {
        datesConsulted.add(s.index());
      }
    }
    return out;
  }

  /**
   * A question asserts nothing: "Did the RAF increase the rate they were dropping bombs in Iraq?"
   * reports no bombing, "Will Russia attack?" no attack.
   */
  private static boolean isQuestion(ParsedSentence s) {
    String t = s.text().strip().replaceAll("[\"'\u201d\u2019)\\]]+$", "");
    return t.endsWith("?");
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
    private final TargetFinder targetFinder;
    private final ReportedSpeech reported;
    private final NominalEvents nominal;
    private final Stances stances;
    private final ImplicitRecipients implicit;
    private final StanceAdjectives adjectives;
    private final Appraisals appraisals;
    private final MediatedDeals mediated;

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
      this.targetFinder = new TargetFinder(tree, args, memory);
      this.reported = new ReportedSpeech(tree, args, matcher, verbs);
      this.nominal = new NominalEvents(s, tree, args, verbs, events::reported);
      this.stances = new Stances(tree, args, matcher, verbs);
      this.implicit = new ImplicitRecipients(tree, args);
      this.adjectives = new StanceAdjectives(tree, args);
      this.appraisals = new Appraisals(tree, args);
      this.mediated = new MediatedDeals(tree, args);
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
          int coded = out.size();
          verb(t.index());
          if (out.size() == coded) {
            appraisals.code(t.index(), this::emit); // "called the remarks unacceptable"
          }
          wishForAnother(t.index());
        } else {
          adjectives.code(t.index(), this::emit); // "he was pessimistic about the talks"
        }
      }
      for (Token t : s.tokens()) {
        if (t.isNoun() && !consumed[t.index()]) {
          nominal.code(t.index(), this::emit, this::emitSymmetric);
        }
      }
      for (Token t : s.tokens()) {
        if (t.isVerb()) {
          reported.code(t.index(), this::emit);
        }
      }
      CodedPledges.drop(s, tree, out);
      Deeds.record(s, tree, args, verbs, memory);
    }

    private void verb(int v) {
      String rel = tree.relation(v);
      if (mediated.code(v, this::emit)) {
        return; // "a deal brokered by China", "an Egyptian-brokered truce"
      }
      if (rel.equals("amod")
          || rel.equals("case")
          || rel.equals("compound")
          || rel.equals("aux")
          || rel.equals("cop")) {
        return;
      }
      if (Cessations.stopsACodedAct(tree, v, verbs)) {
        return; // "suspended negotiating with Iran": the gerund's event, reduced (164)
      }
      if (matcher.inAnUnmadeText(v)) {
        args.objects(v).forEach(o -> consumed[o] = true); // its "sanctions" are not imposed
        return;
      }
      List<Pattern> candidates = verbs.patterns(tree.token(v).lemma());
      List<Pattern> withdrawal = Withdrawals.ofForcesLeaving(tree, args, v);
      candidates = withdrawal.isEmpty() ? candidates : withdrawal;
      if (candidates.isEmpty() || matcher.background(v)) {
        return;
      }
      MatchedPatterns matched = MatchedPatterns.of(candidates, v, matcher, args, targetFinder);
      if (matched == null) {
        return;
      }
      Pattern general = matched.general();
      Pattern refusal = stances.refusal(v, general, matched.byPp());
      if (refusal != null) {
        general = refusal; // "would not provide aid"
      } else if (Modality.negated(tree, v)) {
        return;
      }
      Pattern ceased = Cessations.of(tree, v, general);
      if (ceased != null) {
        general = ceased; // "stopped supplying weapons to Ukraine" reduces aid (1622)
        matched = new MatchedPatterns(ceased, Map.of());
      } else if (Modality.speculative(tree, v)
          || Modality.blocked(tree, v)
          || (tree.relation(v).startsWith("csubj") && !tree.hasChild(v, "nsubj"))) {
        // a subjectless clausal subject is a topic: "supporting Kosovo's announcement is not
        // moral"; one with a subject is the parser's misreading of a clause
        return;
      }
      if (stances.intendsACodedAct(v)) {
        return; // "agreed to provide aid to Romania" is one event: the intent to aid (033)
      }
      int subj = args.subject(v);
      List<ActorMention> sources = new ArrayList<>(subj < 0 ? List.of() : args.actorsOf(subj));
      if (sources.isEmpty() && general.reversed()) {
        sources.addAll(targetFinder.hitPlace(v, general.code())); // who "died in a US strike"
      }
      if (sources.isEmpty()) {
        return;
      }
      sources.addAll(args.coActors(v));
      matched =
          new MatchedPatterns(general, matched.byPp())
              .map(
                  p ->
                      nominal.forceOfSubject(
                          subj,
                          VerbalAttacks.ofWords(
                              Deployments.ofPeacekeepers(p, tree, subj, v), tree, v, sources)));
      general = matched.general();
      if (matched.byPhrase()) {
        boolean emitted = false;
        for (Map.Entry<Integer, Pattern> e : matched.byPp().entrySet()) {
          if (targetFinder.harmedPhrase(e.getKey(), e.getValue().code())) {
            continue; // "condemned the killing of two soldiers": who killed them is the target
          }
          List<ActorMention> t = args.actorsOf(e.getKey(), Arguments.codes(sources));
          if (targetFinder.harmDoneTo(e.getKey(), t, e.getValue().code())) {
            continue; // "protest against the detention of a Russian citizen": not at the citizen
          }
          if (!t.isEmpty()) {
            emit(v, e.getValue(), sources, t, "");
            emitted = true;
          }
        }
        if (emitted) {
          return;
        } // else the phrase held only the source's own ("sued the US for damages to his plant")
      }
      TargetFinder.Found found =
          general.reversed()
              ? targetFinder.giver(v, Arguments.codes(sources))
              : targetFinder.of(v, Arguments.codes(sources), general.code());
      if (found.actors().isEmpty()
          && tree.relation(v).startsWith("conj")
          && args.subject(v) == subj
          && args.objects(v).isEmpty()
          && args.obliques(v).isEmpty()
          && !args.passive(tree.head(v))
          && targetFinder.addressesAParty(tree.head(v))) {
        // "Biden met Zelenskiy and vowed that support would not waver": a conjoined verb
        // with neither object nor prepositional argument addresses the party of the verb it
        // is joined to ("and to contribute towards peace in the region" addresses no one).
        found = targetFinder.of(tree.head(v), Arguments.codes(sources), general.code());
      }
      String note = args.passive(v) ? "passive" : found.implicit() ? "implicit target" : "";
      if (found.futureClause() && !general.code().equals(IntentCodes.of(general.code()))) {
        // "NATO agreed that Ukraine would be invited to join": agreeing on a future action is
        // an intent (03x), not the action.
        general = general.withCode(IntentCodes.of(general.code()));
        note = note.isEmpty() ? "future clause: intent" : note + "; future clause: intent";
      }
      general = stances.agreedToAnUncodedAct(v, general);
      general = stances.aimedAgainst(v, general);
      general = stances.promisedNounEvent(v, general);
      general = stances.appealFor(v, general);
      general = ProtestRecipients.asDemonstration(general, tree.token(v), sources.get(0));
      List<ActorMention> targets = found.actors();
      if (implicit.emit(v, general, sources, targets, this::emit)) {
        return;
      }
      if (targets.isEmpty() && sources.size() > 1) {
        emitSymmetric(v, general, sources);
        return;
      }
      if (!general.code().equals(VerbDictionary.NO_EVENT)) {
        for (int o : args.objects(v)) {
          if (!(targets.isEmpty() && speechAct(o))) {
            consumed[o] = true; // "renewed an appeal to Belgium": a verb of no event leaves its
            // noun; so does a verb that found no party for the words it repeats, which the noun
            // may name: "reiterated its demand that Israel withdraw"
          }
        }
      }
      emit(v, general, sources, targets, note);
    }

    /** Whether the noun names words said: "reiterated its demand that Israel ease". */
    private boolean speechAct(int noun) {
      return nominal.eventNoun(noun).map(ne -> codebook.isVerbal(ne.code())).orElse(false);
    }

    private void emitSymmetric(int trigger, Pattern p, List<ActorMention> parties) {
      if (!CompoundEvents.toEachOther(p.code(), tree, args, trigger)) {
        return;
      }
      for (ActorMention a : parties) {
        for (ActorMention b : parties) {
          if (!a.equals(b)) {
            emit(trigger, p, List.of(a), List.of(b), "joint action");
          }
        }
      }
    }

    /**
     * "The US wants China to rein in North Korea": wanting another party to act asks it to (020);
     * the wished act itself is not coded ({@link Modality#blocked}).
     */
    private void wishForAnother(int v) {
      if (!Modality.WISH_HEADS.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))) {
        return;
      }
      int subj = args.subject(v);
      List<ActorMention> sources = subj < 0 ? List.of() : args.actorsOf(subj);
      List<ActorMention> addressees = stances.wishAddressees(v, sources);
      if (!addressees.isEmpty()) {
        Pattern appeal = stances.appealFor(v, Stances.WISH);
        emit(v, appeal, sources, addressees, "wish for another's act: appeal");
      }
    }

    private void emit(
        int trigger,
        Pattern p,
        List<ActorMention> sources,
        List<ActorMention> targets,
        String note) {
      // an implicit target is another sentence's mention, which this tree cannot place
      targets =
          targets.stream()
              .map(t -> t.sentence() == s.index() ? PlacePhrases.capitalAsPlace(tree, t) : t)
              .toList();
      if (!p.code().equals(VerbDictionary.NO_EVENT) && !p.code().equals(VerbDictionary.REPORTING)) {
        boolean hostile =
            codebook.isValid(p.code()) && codebook.require(p.code()).code().quadClass() >= 3;
        for (ActorMention a : sources) {
          for (ActorMention b : targets) {
            memory.acted(p.reversed() ? b : a, p.reversed() ? a : b, hostile);
          }
        }
      }
      if (p.reversed()) {
        // "Georgian protesters received assurances from the government": the government assured.
        events.emit(s, tree, trigger, p, targets, sources, note.isEmpty() ? "reversed" : note);
        return;
      }
      events.emit(s, tree, trigger, p, sources, targets, note);
    }
  }
}
