package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.actor.Actor;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.nlp.DependencyTree;

/**
 * The actors a noun phrase stands for in a dependency tree: the actor mention at the nominal or
 * inside its phrase ("the ties of Russia"), and its conjuncts ("Russia and China", "the ministers
 * of France, Germany and Britain"), passing over the sources' own side where asked.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class NounPhraseActors {
  /** Relations inside a noun phrase that may hold its actor, most telling first. */
  private static final List<String> NP_ORDER =
      List.of("nmod:poss", "appos", "compound", "amod", "flat", "nmod:of", "nmod");

  static final Set<String> PLACE_MARKERS =
      Set.of("at", "in", "near", "along", "across", "inside", "outside", "within", "around", "off");

  /** Money named after a country, which is no party to what is done with it. */
  /** Nouns of a time set by another event: its parties are not the actor's. */
  private static final Set<String> TIME_FRAMES = Set.of("anniversary", "eve", "wake", "aftermath");

  private static final Set<String> CURRENCIES =
      Set.of(
          "dollar",
          "euro",
          "pound",
          "yen",
          "yuan",
          "renminbi",
          "ruble",
          "rouble",
          "rupee",
          "peso",
          "franc",
          "won",
          "lira",
          "shekel",
          "dinar",
          "riyal",
          "rand",
          "real",
          "currency");

  /**
   * Shares of a population, which speak for no state: "44 per cent of Canadians say they support
   * the war" is a poll. A majority of an institution still acts for it: "a majority of the Italian
   * Parliament called for".
   */
  private static final Set<String> PROPORTIONS =
      Set.of("percent", "cent", "%", "majority", "minority", "proportion");

  /** People who stand against whoever their phrase names: "critics of Putin" are not Russia. */
  private static final Set<String> OPPONENTS =
      Set.of("critic", "opponent", "detractor", "foe", "enemy", "adversary");

  /** Acts of leaving, whose "from" phrase is the place left. */
  private static final Set<String> LEAVINGS =
      Set.of("withdrawal", "pullout", "pull-out", "retreat", "disengagement", "evacuation");

  /** Whether the phrase is the place an act of leaving left: "the withdrawal from Gaza". */
  static boolean placeLeft(DependencyTree tree, int phrase) {
    int act = tree.head(phrase);
    return act >= 0
        && tree.relation(phrase).startsWith("nmod")
        && tree.caseMarker(phrase).equals("from")
        && LEAVINGS.contains(tree.token(act).lemma().toLowerCase(Locale.ROOT));
  }

  /** Lines between states: where a thing is, whoever lies on the other side. */
  static final Set<String> BOUNDARIES = Set.of("border", "frontier", "boundary");

  private final DependencyTree tree;
  private final ActorMention[] mentionAt;

  NounPhraseActors(DependencyTree tree, List<ActorMention> mentions) {
    this.tree = tree;
    this.mentionAt = new ActorMention[tree.size()];
    for (ActorMention m : mentions) {
      ActorMention twin = mentionAt[m.startToken()];
      if (twin != null && twin.startToken() == m.startToken() && twin.endToken() == m.endToken()) {
        partners.put(twin, m); // "the two leaders": the pair's second
        continue;
      }
      for (int k = m.startToken(); k < m.endToken(); k++) {
        mentionAt[k] = m;
      }
    }
  }

  /** The second of a pair, by its first: "the two leaders" stand for both. */
  private final Map<ActorMention, ActorMention> partners = new HashMap<>();

  ActorMention at(int token) {
    return mentionAt[token];
  }

  /** The actor a nominal stands for: itself, or one inside its noun phrase. */
  ActorMention actorOf(int nominal) {
    return actorOf(nominal, 0, Set.of());
  }

  /**
   * The actor a nominal stands for, passing over the excluded sources' own side (see {@link
   * #passedOver}): in "A strengthened its ties with B", "its" is A, and the target is B.
   */
  private ActorMention actorOf(int nominal, int depth, Set<ActorCode> excluded) {
    ActorMention self = mentionAt[nominal];
    if (self != null && !passedOver(self, excluded)) {
      return self;
    }
    String lemma = tree.token(nominal).lemma().toLowerCase(Locale.ROOT);
    if (depth > 3
        || CURRENCIES.contains(lemma)
        || OPPONENTS.contains(lemma)
        || lemma.equals("behalf")
        || TIME_FRAMES.contains(lemma)) {
      return null; // "2 billion U.S. dollars" are not the United States; "on behalf of the bloc"
      // names whom one acts for, not whom one acts on; "on the anniversary of the fall of
      // Saddam" and "in the wake of the attack" name a time
    }
    if ((lemma.equals("lead") || lemma.equals("own") || lemma.equals("flag"))
        && tree.relation(nominal).equals("amod")) {
      for (int c : tree.children(nominal)) {
        String r = tree.relation(c);
        ActorMention leader =
            c < nominal && (r.equals("obl") || r.equals("dep") || r.equals("compound"))
                ? actorOf(c, depth + 1, excluded)
                : null;
        if (leader != null) {
          return leader; // "the US-led coalition", "the Saudi-led coalition", "a Greek-owned ship"
        }
      }
    }
    if (PROPORTIONS.contains(lemma)) {
      ActorMention whole = inPhrase(nominal, depth, excluded);
      return whole == null || population(whole.actor().code()) ? null : whole;
    }
    return inPhrase(nominal, depth, excluded);
  }

  /** A people rather than an institution: "Canadians" ({@code CAN}), "the population" (CVL). */
  private static boolean population(ActorCode code) {
    return !code.isInternational() && (code.role().isEmpty() || code.role().equals("CVL"));
  }

  /** The actor inside a nominal's phrase, by {@link #NP_ORDER}. */
  private ActorMention inPhrase(int nominal, int depth, Set<ActorCode> excluded) {
    for (String rel : NP_ORDER) {
      for (int c : partiesFirst(tree.children(nominal))) {
        String r = tree.relation(c);
        if (!(r.equals(rel)
            || (rel.equals("appos") && properDep(c)) // "the militant group al-Shabab"
            || (rel.equals("nmod")
                && r.startsWith("nmod")
                && !r.equals("nmod:poss")
                && !r.equals("nmod:tmod")))) {
          continue;
        }
        if (placeLeft(tree, c)
            || (((r.startsWith("nmod") && PLACE_MARKERS.contains(tree.caseMarker(c)))
                    || r.equals("appos"))
                && AttackDoers.isAttack(tree.token(nominal).lemma()))) {
          continue; // "a bomb attack near Basra killed two soldiers": Basra did not attack
        }
        if (r.equals("appos") && objectOfAParticiple(c)) {
          continue; // "granted asylum to Assange, angering Britain": the parser's apposition
        }
        if (depth > 0
            && r.startsWith("nmod")
            && !r.equals("nmod:poss")
            && PLACE_MARKERS.contains(tree.caseMarker(c))) {
          // "a treaty with rebel groups at the border with Eritrea": the place of a party is not a
          // party; but "visited towns outside Kyiv" names where the visit went.
          continue;
        }
        ActorMention m = actorOf(c, depth + 1, excluded);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * Whether an "apposition" is the object of a participle the parser read as its adjective: a
   * clause of effect ("angering Britain", "prompting protests from Seoul"), not another name.
   */
  private boolean objectOfAParticiple(int appos) {
    for (int a : tree.children(appos, "amod")) {
      // right after the comma: "Algeria's leading activist" has its participle inside the phrase
      if (a < appos
          && tree.token(a).pos().equals("VBG")
          && a > 0
          && tree.token(a - 1).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** A name the parser hangs on a noun as "dep" where it is the noun's apposition. */
  private boolean properDep(int child) {
    return tree.relation(child).equals("dep") && tree.token(child).pos().startsWith("NNP");
  }

  /**
   * The children with the places last: in "talks in Syria with the leaders of Iraq" the party is
   * Iraq's leaders, and Syria is where the talks were.
   */
  private List<Integer> partiesFirst(List<Integer> children) {
    List<Integer> out = new ArrayList<>(children.size());
    List<Integer> places = new ArrayList<>();
    for (int c : children) {
      (PLACE_MARKERS.contains(tree.caseMarker(c)) ? places : out).add(c);
    }
    out.addAll(places);
    return out;
  }

  /**
   * Whether an actor is one of the excluded sources' own side: same country, and not a domestic
   * counterpart of them ("its ties" is the source's own; the opposition facing a government is
   * not).
   */
  static boolean passedOver(ActorMention m, Set<ActorCode> sources) {
    ActorCode code = m.actor().code();
    for (ActorCode source : sources) {
      if (source.country().equals(code.country()) && !source.isDomesticCounterpart(code)) {
        return true;
      }
    }
    return false;
  }

  /** The actors' codes: the sources whose own side targets pass over. */
  static Set<ActorCode> codes(List<ActorMention> mentions) {
    Set<ActorCode> out = new HashSet<>();
    for (ActorMention m : mentions) {
      out.add(m.actor().code());
    }
    return out;
  }

  /** The countries of codes. */
  static Set<String> countries(Set<ActorCode> codes) {
    Set<String> out = new HashSet<>();
    for (ActorCode c : codes) {
      out.add(c.country());
    }
    return out;
  }

  /** The nominal and its conjuncts: "Russia and China" gives both. */
  List<ActorMention> actorsOf(int nominal) {
    return actorsOf(nominal, Set.of());
  }

  /**
   * As {@link #actorsOf(int)}, passing over the excluded sources' own side (see {@link
   * #passedOver}).
   */
  List<ActorMention> actorsOf(int nominal, Set<ActorCode> excluded) {
    List<ActorMention> out = new ArrayList<>();
    ActorMention first = actorOf(nominal, 0, excluded);
    if (first != null) {
      out.add(first);
      ActorMention second = partners.get(first);
      if (second != null && !passedOver(second, excluded)) {
        out.add(second);
      }
    }
    addConjuncts(nominal, excluded, out);
    if (first != null) {
      // The actor may sit deeper than the nominal: "ties with Mordor, Rohan and Bree", "ties
      // between Gondor and Osgiliath" give every conjunct of the actor's own head.
      int head = headOf(first);
      if (head != nominal) {
        addConjuncts(head, excluded, out);
      }
      if (first.kind() == MentionKind.AGENT) {
        addAgentConjuncts(first, excluded, out);
      }
    }
    return out;
  }

  /**
   * "The foreign ministers of France, Germany and Britain": the agent's country has conjuncts
   * outside the mention, and each stands for the same agent of its own country (DEUGOV, GBRGOV).
   */
  private void addAgentConjuncts(
      ActorMention agent, Set<ActorCode> excluded, List<ActorMention> out) {
    String role = agent.actor().code().role();
    for (int k = agent.startToken(); k < agent.endToken(); k++) {
      int h = tree.head(k);
      if (tree.relation(k).equals("conj")
          && h >= 0
          && (h < agent.startToken() || h >= agent.endToken())) {
        // "US and British activists": "British" is joined to "US", itself an agent mention.
        ActorMention m = actorOf(h, 0, excluded);
        if (m != null && !out.contains(m)) {
          out.add(m);
        }
        addConjuncts(h, excluded, out);
      }
      for (int c : tree.children(k, "conj")) {
        if (c >= agent.startToken() && c < agent.endToken()) {
          continue;
        }
        ActorMention m = actorOf(c, 0, excluded);
        if (m == null || out.contains(m)) {
          continue;
        }
        ActorCode code = m.actor().code();
        if (!role.isEmpty() && code.role().isEmpty() && !code.isInternational()) {
          m = m.withActor(new Actor(code.withRole(role), m.actor().name(), m.actor().kind()));
        }
        out.add(m);
      }
    }
  }

  private void addConjuncts(int token, Set<ActorCode> excluded, List<ActorMention> out) {
    for (int c : tree.children(token, "conj")) {
      ActorMention m = actorOf(c, 0, excluded);
      if (m != null && !out.contains(m)) {
        out.add(m);
      }
    }
  }

  /** The token of a mention whose head lies outside it: the head of the phrase. */
  private int headOf(ActorMention m) {
    for (int k = m.startToken(); k < m.endToken(); k++) {
      int h = tree.head(k);
      if (h < m.startToken() || h >= m.endToken()) {
        return k;
      }
    }
    return m.endToken() - 1;
  }
}
