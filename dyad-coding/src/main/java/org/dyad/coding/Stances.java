package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.Token;

/**
 * What a clause says its subject wants, intends or refuses, where that changes the event: a wish
 * for another's act is an appeal ("The US wants China to rein in North Korea", 020), a declared
 * refusal a rejection ("said it would not provide weapons", 121), an intent verb whose complement
 * codes is one event with it ("agreed to provide aid").
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class Stances {
  static final Pattern WISH =
      Pattern.bare(
          "dyad:wish-for-another",
          "want",
          "020",
          "rule: wanting another party to act appeals to it");

  private final DependencyTree tree;
  private final Arguments args;
  private final ClauseMatcher matcher;
  private final VerbDictionary verbs;

  Stances(DependencyTree tree, Arguments args, ClauseMatcher matcher, VerbDictionary verbs) {
    this.tree = tree;
    this.args = args;
    this.matcher = matcher;
    this.verbs = verbs;
  }

  /** "wants China to rein in": a wish verb, then an object before "to" ("needs to" is not). */
  static boolean mayWishForAnother(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isVerb() && Modality.WISH_HEADS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        for (int j = i + 2; j < Math.min(tokens.size(), i + 7); j++) {
          if (tokens.get(j).word().equalsIgnoreCase("to")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Who is asked to act when the verb wishes another's act; empty if it does not. */
  List<ActorMention> wishAddressees(int v, List<ActorMention> sources) {
    if (sources.isEmpty()
        || !Modality.WISH_HEADS.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))
        || !tree.hasChild(v, "xcomp")
        || Modality.negated(tree, v)
        || Modality.speculative(tree, v)
        || Modality.blocked(tree, v)
        || matcher.background(v)) {
      return List.of();
    }
    List<Integer> pressed =
        args.passive(v) ? tree.children(v, "nsubj:pass") : args.objects(v); // "was pressured"
    for (int o : pressed) {
      List<ActorMention> addressees = args.actorsOf(o, Arguments.codes(sources));
      if (!addressees.isEmpty()) {
        return addressees;
      }
    }
    return List.of();
  }

  /**
   * The verb's patterns as a declared refusal recodes them ("would not provide aid" is 121),
   * dropping the prepositional ones that cannot be refused; null when the verb declares none.
   */
  Pattern refusal(int v, Pattern general, Map<Integer, Pattern> byPp) {
    if (!Modality.refused(tree, v)
        || !declaredStance(v)
        || general.reversed()
        || RefusalCodes.of(general.code()) == null) {
      return null;
    }
    byPp.values().removeIf(p -> p.reversed() || RefusalCodes.of(p.code()) == null);
    byPp.replaceAll((pp, p) -> p.withCode(RefusalCodes.of(p.code())));
    return general.withCode(RefusalCodes.of(general.code()));
  }

  /**
   * Whether the verb states its subject's own stance, the subject an actor itself: a main clause,
   * or one reported ("said it would not"); not a promise to a third party ("assured Washington that
   * it would not provide weapons to Russia" reassures Washington, it refuses Russia nothing).
   */
  private boolean declaredStance(int v) {
    int subj = args.subject(v);
    if (subj < 0 || args.at(subj) == null) {
      return false; // "Israeli collective punishment will not stop the rockets" is a forecast
    }
    int head = tree.head(v);
    return head < 0
        || !tree.relation(v).equals("ccomp")
        || ReportedSpeech.reportingVerb(tree.token(head).lemma().toLowerCase(Locale.ROOT), verbs);
  }

  /**
   * "Jordan and Britain agreed to undertake joint exercises": agreeing (a bare 05x verb) to an act
   * the dictionary does not code is an intent to cooperate (03x), not cooperation itself.
   */
  Pattern agreedToAnUncodedAct(int v, Pattern general) {
    boolean toInfinitive =
        tree.children(v, "xcomp").stream()
            .anyMatch(
                x ->
                    tree.children(x, "mark").stream()
                        .anyMatch(m -> tree.token(m).pos().equals("TO")));
    return general.object().isEmpty()
            && general.ppPrep().isEmpty()
            && general.code().startsWith("05")
            && toInfinitive
        ? general.withCode(IntentCodes.of(general.code()))
        : general;
  }

  /** Aims against another that no dictionary row codes: checking it is no act upon it. */
  private static final Set<String> HOSTILE_AIMS =
      Set.of(
          "counter",
          "contain",
          "deter",
          "confront",
          "isolate",
          "weaken",
          "undermine",
          "thwart",
          "check",
          "offset",
          "counterbalance",
          "rein");

  /**
   * "Both countries seek to counter China's assertiveness": a bare intent (030) to an aim against
   * another is no cooperation with it; the intent verb alone would code 030 toward China.
   */
  Pattern aimedAgainst(int v, Pattern general) {
    if (!general.code().equals("030")
        || !general.object().isEmpty()
        || !general.ppPrep().isEmpty()) {
      return general;
    }
    for (int x : tree.children(v, "xcomp")) {
      if (HOSTILE_AIMS.contains(tree.token(x).lemma().toLowerCase(Locale.ROOT))) {
        return general.withCode(VerbDictionary.NO_EVENT);
      }
    }
    return general;
  }

  /**
   * "promised new sanctions against Iran", "threatened an attack": a bare promise (030) or threat
   * (130) of an event noun intends that event (1312, 138), as "promised to impose sanctions" does.
   */
  Pattern promisedNounEvent(int v, Pattern general) {
    boolean promise = general.code().equals("030");
    if (!general.object().isEmpty()
        || !general.ppPrep().isEmpty()
        || !(promise || general.code().equals("130"))) {
      return general;
    }
    for (int o : args.objects(v)) {
      Optional<VerbDictionary.NounEvent> noun = verbs.noun(tree.token(o).lemma());
      if (noun.isEmpty()) {
        continue;
      }
      String intended = IntentCodes.of(noun.get().code());
      boolean intent = !intended.equals(noun.get().code());
      if (intent && (promise || intended.startsWith("13"))) {
        return general.withCode(intended);
      }
    }
    return general;
  }

  /**
   * A bare appeal (020) or demand (100) as what it asks for: "urged Beijing to hold talks" appeals
   * to meet (026). The asked act is the complement clause's most specific coded pattern.
   */
  Pattern appealFor(int v, Pattern general) {
    boolean demand = general.code().equals("100");
    if (!demand && !general.code().equals("020")) {
      return general;
    }
    Pattern asked = null;
    for (int x : tree.children(v)) {
      String rel = tree.relation(x);
      if (!(rel.equals("xcomp") || rel.equals("ccomp")) || !tree.token(x).pos().equals("VB")) {
        continue; // asked acts are bare: "to hold", "that China lift", "should free"
      }
      Pattern p = codedPattern(x);
      if (p != null && (asked == null || p.specificity() > asked.specificity())) {
        asked = p;
      }
    }
    if (asked != null && !demand && asksForItself(v)) {
      return general.withCode(IntentCodes.of(asked.code())); // "asked to meet them": 036
    }
    return asked == null
        ? general
        : general.withCode(AppealCodes.of(general.code(), asked.code(), demand));
  }

  /**
   * Whether one asks to do the act oneself: "asking to meet them" names no one asked, and the act
   * is the asker's. "Asked Russia to withdraw" and "appealed to Russia to withdraw" ask another.
   */
  private boolean asksForItself(int v) {
    String lemma = tree.token(v).lemma().toLowerCase(Locale.ROOT);
    return (lemma.equals("ask") || lemma.equals("request"))
        && args.objects(v).isEmpty()
        && tree.children(v, "obl").isEmpty()
        && !args.passive(v);
  }

  /**
   * An intent verb without object whose complement the dictionary codes: "agreed to provide". With
   * an object ("sought a meeting with Abbas to discuss") the verb codes the object.
   */
  boolean intendsACodedAct(int v) {
    if (!Intents.HEADS.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))
        || !args.objects(v).isEmpty()) {
      return false;
    }
    for (int x : tree.children(v, "xcomp")) {
      if (codedPattern(x) != null) {
        return true;
      }
    }
    return false;
  }

  /** The verb's most specific pattern that matches and codes an event; null if none does. */
  private Pattern codedPattern(int x) {
    Pattern best = null;
    for (Pattern p : verbs.patterns(tree.token(x).lemma())) {
      if (!p.code().equals(VerbDictionary.NO_EVENT)
          && !p.code().equals(VerbDictionary.REPORTING)
          && matcher.matches(p, x) != null
          && (best == null || p.specificity() > best.specificity())) {
        best = p;
      }
    }
    return best;
  }
}
