package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * Matches a sentence's predicates against verb patterns (particle, object phrase, prepositional
 * argument) and tells reports from descriptions.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class ClauseMatcher {
  /** The head of "$10 million" and the like: a sum of money ("gave $5 million to Haiti"). */
  private static final Set<String> CURRENCY_SIGNS = Set.of("$", "US$", "€", "£", "¥");

  /**
   * Nouns of time: "attacking Lebanon for three weeks" says how long, it is no argument that
   * "attack for" (criticise for) wants.
   */
  private static final Set<String> DURATIONS =
      Set.of(
          "second", "minute", "hour", "day", "week", "month", "year", "decade", "night", "weekend",
          "time", "while", "period");

  private final ParsedSentence s;
  private final DependencyTree tree;
  private final Arguments args;
  private final VerbDictionary verbs;

  /** Whether a decision turned on the sentence's dates, so that its time expressions matter. */
  boolean datesConsulted;

  ClauseMatcher(ParsedSentence s, DependencyTree tree, Arguments args, VerbDictionary verbs) {
    this.s = s;
    this.tree = tree;
    this.args = args;
    this.verbs = verbs;
  }

  /**
   * Descriptions, not reports: a participle modifying a noun ("troops deployed in Niger") and an
   * unanchored relative clause ("troops it had sent"). A relative clause with its own date
   * ("missiles that Tehran fired on October 1") is a report.
   */
  boolean background(int v) {
    String pos = tree.token(v).pos();
    if (tree.relation(v).equals("acl") && pos.equals("VBN")) {
      return true; // "troops deployed in Niger": a description
    }
    if (pos.equals("VBN")
        && !tree.hasChild(v, "aux")
        && !tree.hasChild(v, "aux:pass")
        && Set.of("root", "csubj", "ccomp", "dep", "parataxis").contains(tree.relation(v))
        && args.objects(v).isEmpty()
        && hasAnotherMainVerb(v)) {
      return true; // a participle with no auxiliary is no finite verb: "the troops deployed in
      // Niger ... will leave", misparsed as a clause of its own; but one with an object, or in a
      // sentence with no other finite verb but a report's, is a past tense the tagger missed:
      // "the army lifted Friday a blockade", "Chinese dissidents called for elections"
    }
    if (tree.relation(v).equals("acl")
        && pos.equals("VBG")
        && args.actorOf(tree.head(v)) == null
        && args.issuer(tree.head(v)) < 0) {
      return true; // "a report analysing statements"; but "with Congo's president accusing
      // Rwanda" reports, and so does "the UN adopted a resolution condemning North Korea"
    }
    if (inAnUnmadeText(v)) {
      return true; // "would support a new UN resolution threatening sanctions": none adopted yet
    }
    for (int k = v, steps = 0; k >= 0 && steps < 8; k = tree.head(k), steps++) {
      if (tree.hungOnARelative(k)) {
        break; // the main verb, misparsed: "Sarkozy, whose country ..., offered to mediate"
      }
      if (tree.relation(k).startsWith("acl:relcl") && !narrativeRelative(k)) {
        final int clause = k;
        datesConsulted = true; // a date in the clause would make it an event of its own
        return s.timeExpressions().stream()
            .filter(t -> t.type().equals("DATE"))
            .noneMatch(t -> tree.dominates(clause, t.startToken()));
      }
    }
    return false;
  }

  /**
   * Whether a participle says what a text says that a verb does not assert: a resolution that would
   * be supported, is planned, or was not adopted says nothing yet; nor do the nouns under it.
   */
  boolean inAnUnmadeText(int participle) {
    int noun = tree.head(participle);
    if (!tree.relation(participle).equals("acl")
        || !tree.token(participle).pos().equals("VBG")
        || noun < 0) {
      return false;
    }
    int g = tree.head(noun);
    return g >= 0
        && tree.relation(noun).equals("obj")
        && tree.token(g).isVerb()
        && (Modality.future(tree, g)
            || Modality.speculative(tree, g)
            || Modality.negated(tree, g)
            || Intents.intended(tree, g));
  }

  /** Whether the token is in a time expression: "on March 4" fills no "call on" slot. */
  private boolean isTime(int token) {
    return s.timeExpressions().stream()
        .anyMatch(t -> t.startToken() <= token && token < t.endToken());
  }

  /** Whether the sentence has a finite verb, other than v and a report's, to be its main verb. */
  private boolean hasAnotherMainVerb(int v) {
    for (int i = 0; i < s.tokens().size(); i++) {
      String pos = tree.token(i).pos();
      boolean finite =
          pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
      if (i != v && finite && !verbs.isReporting(tree.token(i).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** "Budapest, where he and Orban signed an agreement": a relative adverb tells a new event. */
  private boolean narrativeRelative(int clause) {
    for (int c : tree.children(clause, "advmod")) {
      String w = tree.token(c).word().toLowerCase(Locale.ROOT);
      if (w.equals("where") || w.equals("when")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a pattern matches the verb: null if not; else the token of its prepositional argument,
   * or empty when it has none.
   */
  Optional<Integer> matches(Pattern p, int v) {
    if (!p.particle().isEmpty() && !hasParticle(v, p.particle())) {
      return null;
    }
    int matchedObject = -1;
    if (!p.object().isEmpty()) {
      List<Integer> objs = new ArrayList<>(args.objects(v));
      objs.addAll(predicates(v));
      if (args.passive(v) && args.passiveSubject(v) >= 0) {
        objs.add(args.passiveSubject(v));
      }
      objs.addAll(whatAmountsAreOf(objs));
      for (int o : objs) {
        if (phraseMatches(p.object(), o)) {
          matchedObject = o;
          break;
        }
      }
      if (matchedObject < 0) {
        return null;
      }
    }
    if (p.ppPrep().isEmpty()) {
      return Optional.empty();
    }
    for (int[] ob : args.obliques(v)) {
      int c = ob[0];
      if (args.preposition(c).equals(p.ppPrep())
          && (p.ppWords().isEmpty()
              ? !DURATIONS.contains(tree.token(c).lemma().toLowerCase(Locale.ROOT)) && !isTime(c)
              : phraseMatches(p.ppWords(), c))) {
        return Optional.of(c);
      }
    }
    if (matchedObject >= 0 && matchedObject == args.passiveSubject(v)) {
      // "Evidence against Russia was presented by the US": the pattern's object is the passive
      // subject, and its phrase hangs on that noun
      for (int c : tree.children(matchedObject)) {
        if (tree.relation(c).startsWith("nmod")
            && tree.caseMarker(c).equals(p.ppPrep())
            && (p.ppWords().isEmpty() || phraseMatches(p.ppWords(), c))) {
          return Optional.of(c);
        }
      }
    }
    if (p.object().isEmpty() && hasParticleChild(v, p.ppPrep())) {
      // "called on Israel to move forward": the parser reads the preposition as a particle and its
      // noun as the object
      for (int o : args.objects(v)) {
        if (p.ppWords().isEmpty() || phraseMatches(p.ppWords(), o)) {
          return Optional.of(o);
        }
      }
    }
    if (p.ppPrep().equals("to") && !p.ppWords().isEmpty()) {
      for (int x : tree.children(v, "xcomp")) {
        if (verbs.matches(
            p.ppWords().get(p.ppWords().size() - 1), tree.token(x).lemma(), tree.token(x).word())) {
          return Optional.empty();
        }
      }
    }
    return null;
  }

  private boolean hasParticleChild(int v, String particle) {
    for (int c : tree.children(v, "compound:prt")) {
      if (tree.token(c).word().toLowerCase(Locale.ROOT).equals(particle)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasParticle(int v, String particle) {
    for (int c : tree.children(v)) {
      String w = tree.token(c).word().toLowerCase(Locale.ROOT);
      if (w.equals(particle)
          && (tree.relation(c).equals("compound:prt") || tree.relation(c).equals("advmod"))) {
        return true;
      }
      if (tree.relation(c).startsWith("obl") && tree.caseMarker(c).equals(particle)) {
        return true;
      }
    }
    // "set free six workers": the parser reads the particle as an adjective of the object
    int next = v + 1;
    return next < s.tokens().size()
        && tree.relation(next).equals("amod")
        && args.objects(v).contains(tree.head(next))
        && tree.token(next).word().toLowerCase(Locale.ROOT).equals(particle);
  }

  /** "aid" in "pledged $10 million in aid": what a sum of money given is given as. */
  private List<Integer> whatAmountsAreOf(List<Integer> objects) {
    List<Integer> out = new ArrayList<>();
    for (int o : objects) {
      if (CURRENCY_SIGNS.contains(tree.token(o).word())) {
        for (int c : tree.children(o, "nmod")) {
          if (tree.caseMarker(c).equals("in")) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  /** The phrase's last word is the head's lemma; the others modify it. */
  private boolean phraseMatches(List<String> words, int head) {
    Token h = tree.token(head);
    String last = words.get(words.size() - 1);
    if (words.size() == 1 && last.equals(VerbDictionary.ANY_PERSON)) {
      ActorMention m = args.at(head); // "released Mahendra Chaudhry", "freed the prime minister"
      return m != null
          && (m.actor().kind() == ActorKind.PERSON
              // "released six Americans": a people's name is persons of that people
              || (m.kind() == MentionKind.ADJECTIVE && h.pos().startsWith("NN")));
    }
    boolean sum = CURRENCY_SIGNS.contains(h.word()) && verbs.matches(last, "money", "money");
    if (!sum && !verbs.matches(last, h.lemma(), h.word())) {
      return false;
    }
    for (int i = 0; i < words.size() - 1; i++) {
      boolean any = false;
      for (int c : tree.children(head)) {
        List<Integer> alternatives = new ArrayList<>(tree.children(c, "conj"));
        alternatives.add(c); // "diplomatic and military engagement"
        for (int a : alternatives) {
          any |= verbs.matches(words.get(i), tree.token(a).lemma(), tree.token(a).word());
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /**
   * The noun a secondary predicate puts on the object: "declaring the Gulf state an aggressor",
   * "called the declaration a victory". Patterns match it like an object.
   */
  private List<Integer> predicates(int verb) {
    List<Integer> out = new ArrayList<>();
    for (int x : tree.children(verb, "xcomp")) {
      if (tree.token(x).isNoun()
          && (!tree.children(verb, "obj").isEmpty() || !tree.children(x, "nsubj").isEmpty())) {
        out.add(x);
      } else if (tree.token(x).isNoun() && args.secondNoun(x) >= 0) {
        out.add(args.secondNoun(x));
      }
    }
    return out;
  }
}
