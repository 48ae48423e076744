package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.actor.Actor;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * Role nouns with their country in one sentence: "Russian troops", "Taiwan's defence ministry",
 * "the government of Niger", "US and British activists", "the junta" of the state named before;
 * society roles with no country may be the police's own ({@link HomePolice}).
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class AgentsInSentence {

  /** Role nouns that name a state's rulers without naming the state ("the junta"). */
  private static final Set<String> CONTEXT_NOUNS =
      Set.of(
          "junta",
          "putschist",
          "regime",
          "government",
          "authorities",
          "administration",
          "leadership");

  /**
   * A state's own institutions, which a story names without their state: "Congress", "the army".
   * Unlike "the government", one is not set against a state the sentence named before it: "US
   * lawmakers said Congress would act" is the US Congress.
   */
  private static final Set<String> INSTITUTIONS =
      Set.of(
          "congress",
          "senate",
          "parliament",
          "cabinet",
          "legislature",
          "army",
          "military",
          "police",
          "navy");

  /**
   * Nouns for a body of people that a role qualifies, whose country may follow: "opposition groups
   * in Zimbabwe", "human rights organisations in Egypt".
   */
  private static final Set<String> COLLECTIVES =
      Set.of("group", "organisation", "organization", "movement", "faction", "coalition");

  /** Places within a state, whose modifier names the state of an official of the place. */
  private static final Set<String> PLACE_NOUNS =
      Set.of(
          "city",
          "town",
          "village",
          "province",
          "region",
          "district",
          "county",
          "municipality",
          "capital",
          "port");

  /**
   * Roles that take the group they speak for or lead: "gang leaders", "union officials", "army
   * chief", "student leader" are of the gang, the union, the army, the students.
   */
  private static final Set<String> SPOKESROLES =
      Set.of(
          "leader",
          "chief",
          "boss",
          "official",
          "member",
          "spokesman",
          "spokeswoman",
          "spokesperson");

  private static final Set<String> MODIFIER_RELATIONS =
      Set.of("amod", "compound", "nmod:poss", "nmod", "nmod:of");

  private final ActorDictionary dictionary;
  private final ParsedSentence s;
  private final DependencyTree tree;
  private final List<Token> tokens;
  private final MentionTable table;
  private final Antecedents history;

  AgentsInSentence(
      ActorDictionary dictionary,
      ParsedSentence s,
      DependencyTree tree,
      MentionTable table,
      Antecedents history) {
    this.dictionary = dictionary;
    this.s = s;
    this.tree = tree;
    this.tokens = s.tokens();
    this.table = table;
    this.history = history;
  }

  void resolve() {
    List<int[]> policed = new ArrayList<>();
    List<int[]> police = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean nominal =
          t.isNoun() || (t.pos().startsWith("JJ") && !tree.relation(i).equals("amod"));
      if (table.at(i) != null || !nominal) {
        continue; // "China's military": the adjective used as a noun counts too
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      Optional<ActorDictionary.Agent> agent = Optional.empty();
      int start = i;
      // "attorney-general", split at its hyphen, is one role noun: no general of the army
      int prior = i > 1 && tokens.get(i - 1).word().equals("-") ? i - 2 : i - 1;
      if (prior >= 0 && table.at(prior) == null) {
        String two = tokens.get(prior).lemma().toLowerCase(Locale.ROOT) + " " + lemma;
        agent = dictionary.agent(two);
        start = agent.isPresent() ? prior : i;
      }
      if (agent.isEmpty()) {
        agent = dictionary.agent(lemma);
      }
      if (agent.isEmpty()) {
        continue;
      }
      if (SPOKESROLES.contains(lemma) && start == i && prior >= 0 && table.at(prior) == null) {
        Optional<ActorDictionary.Agent> group = groupModifier(prior, i);
        if (group.isPresent()) {
          agent = group; // "gang leaders" lead gangs, not the state: the group's role
          start = prior;
        }
      }
      ActorMention country = countryModifier(i, agent.get());
      if (country == null
          && tree.relation(i).equals("compound")
          && tree.head(i) > i
          && dictionary
              .agent(tokens.get(tree.head(i)).lemma().toLowerCase(Locale.ROOT))
              .isEmpty()) {
        // "Ugandan opposition candidates": the country modifies the noun the role qualifies,
        // unless that noun names a role itself ("Brazilian Senate President")
        ActorMention m = countryModifier(tree.head(i), agent.get());
        boolean collective =
            COLLECTIVES.contains(tokens.get(tree.head(i)).lemma().toLowerCase(Locale.ROOT));
        country = m != null && (m.endToken() <= start || collective) ? m : null;
      }
      if (country == null) {
        country = NearbyStates.crowdPlace(i, tree, tokens, table);
      }
      boolean venue = false; // a place named elsewhere in the clause: the mention stays the noun's
      if (country == null && HomePolice.SOCIETY_ROLES.contains(agent.get().role())) {
        country = NearbyStates.actPlace(i, tree, table);
        venue = country != null;
      }
      if (country == null) {
        country = NearbyStates.rightAfter(i, agent.get(), tree, tokens, table);
      }
      if (country == null && start > 0 && tree.relation(start - 1).equals("compound")) {
        // "Bree Prime Minister Romendacil": in a run of names the parser hangs every word on
        // the last one, so the country sits just before the title, not under it.
        ActorMention before = table.at(start - 1);
        if (before != null
            && before.endToken() == start
            && DictionaryActorResolver.isState(before)) {
          country = before;
        }
      }
      if (partOfPersonName(i) && country == null) {
        continue; // "President Xi": the name says who; "Bree President Romendacil" keeps Bree
      }
      if (country == null) {
        country = contextCountry(i);
      }
      if (country == null) {
        if (HomePolice.SOCIETY_ROLES.contains(agent.get().role())) {
          policed.add(new int[] {start, i}); // perhaps the police's own: see below
        } else if (HomePolice.POLICE_ROLES.contains(agent.get().role())) {
          police.add(new int[] {start, i}); // perhaps the protesters' own
        }
        continue;
      }
      // "Fijian rebels" are no one person for "his" to stand for, whatever "rebel" is alone
      String pos = s.tokens().get(i).pos();
      boolean plural = pos.equals("NNS") || pos.equals("NNPS");
      ActorKind kind = agent.get().person() && !plural ? ActorKind.PERSON : ActorKind.AGENT;
      country = conjoinedCountries(country, i, s.textOf(start, i + 1), agent.get().role(), kind);
      ActorCode code = country.actor().code().withRole(agent.get().role());
      boolean inSentence =
          !venue
              && country.sentence() == s.index()
              && country.equals(table.at(country.headToken()));
      int from = inSentence ? Math.min(start, country.startToken()) : start;
      int to = inSentence ? Math.max(i + 1, country.endToken()) : i + 1;
      if (inSentence) {
        table.clear(country);
      }
      String name = country.actor().name() + " " + s.textOf(start, i + 1);
      table.put(from, to, new Actor(code, name, kind), MentionKind.AGENT, country.text());
    }
    HomePolice.claim(policed, HomePolice.POLICE_ROLES, table, s, dictionary);
    HomePolice.claim(police, HomePolice.SOCIETY_ROLES, table, s, dictionary);
  }

  /** The agent a word right before a role names, when it modifies the role: "gang leaders". */
  private Optional<ActorDictionary.Agent> groupModifier(int modifier, int role) {
    String rel = tree.relation(modifier);
    if (tree.head(modifier) != role || !(rel.equals("compound") || rel.equals("amod"))) {
      return Optional.empty();
    }
    return dictionary.agent(tokens.get(modifier).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "US and British activists": each conjoined country modifier is the agent of its own country.
   * The one next to the noun forms the agent mention with it (GBROPP); the others become agent
   * mentions on their own (USAOPP), joined to it by the parse's conjunction. Returns the country
   * that modifies the noun directly.
   */
  private ActorMention conjoinedCountries(
      ActorMention country, int noun, String agentText, String role, ActorKind kind) {
    if (country.sentence() != s.index() || !country.equals(table.at(country.headToken()))) {
      return country;
    }
    ActorMention last = country;
    List<ActorMention> others = new ArrayList<>();
    for (int c : tree.children(country.headToken(), "conj")) {
      ActorMention m = table.at(c);
      if (c > country.endToken()
          && c < noun
          && m != null
          && (DictionaryActorResolver.isState(m) || m.kind() == MentionKind.ADJECTIVE)) {
        others.add(last);
        last = m;
      }
    }
    for (ActorMention m : others) {
      Actor agent =
          new Actor(m.actor().code().withRole(role), m.actor().name() + " " + agentText, kind);
      table.put(m.startToken(), m.endToken(), agent, MentionKind.AGENT, m.text());
    }
    return last;
  }

  /**
   * "The junta", "the putschists": a definite role noun without a country belongs to the state
   * named most recently in earlier sentences, other than those this sentence has named before it;
   * an institution ({@link #INSTITUTIONS}) to the state named most recently, in this sentence too.
   */
  private ActorMention contextCountry(int i) {
    String word = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    boolean modified =
        tree.children(i).stream()
            .anyMatch(
                c ->
                    MODIFIER_RELATIONS.contains(tree.relation(c))
                        || tree.relation(c).startsWith("nmod"));
    boolean institution = INSTITUTIONS.contains(word);
    boolean named =
        DictionaryActorResolver.hasDefiniteArticle(tree, i)
            || (institution && tokens.get(i).pos().equals("NNP")); // "Congress passed the bill"
    if (!(CONTEXT_NOUNS.contains(word) || institution)
        || !named
        || modified
        || tree.relation(i).equals("compound")) {
      return null; // "the government of Viktor Yanukovych" names its own country
    }
    Set<String> here = new java.util.HashSet<>();
    List<ActorMention> earlier = new ArrayList<>(history.all());
    for (int k = 0; k < i; k++) {
      ActorMention m = table.at(k);
      if (m != null) {
        here.add(m.actor().country());
        if (institution && m.startToken() == k) {
          earlier.add(m); // "US lawmakers said Congress would": the sentence's own state too
        }
      }
    }
    for (int k = earlier.size() - 1; k >= 0 && k >= earlier.size() - 12; k--) {
      ActorMention m = earlier.get(k);
      if (!m.actor().code().isInternational()
          && m.actor().kind() != ActorKind.PLACE // a city is often a story's place only
          && (institution
              ? m.actor().kind() != ActorKind.GROUP // "strike Hezbollah. The army..." is no
              // Lebanese army
              : !here.contains(m.actor().country()))) {
        return DictionaryActorResolver.asDescription(
            m, DictionaryActorResolver.stateOf(dictionary, m.actor()));
      }
    }
    return null;
  }

  /** "President" in "President Vladimir Putin" titles a person named next to it. */
  private boolean partOfPersonName(int i) {
    int h = tree.head(i);
    boolean titles = tree.relation(i).equals("compound") || tree.relation(i).equals("appos");
    return titles && h >= 0 && tokens.get(h).ner().equals("PERSON");
  }

  /**
   * The country that modifies a role noun: "Taiwan's defence ministry", "Chinese troops", "the
   * government of Niger", "lawmakers in Ukraine", "soldiers from Gondor". Armed forces "in" a
   * country are often foreign ones, so "in" does not count for them.
   */
  private ActorMention countryModifier(int head, ActorDictionary.Agent agent) {
    for (int c : tree.children(head)) {
      if (!MODIFIER_RELATIONS.contains(tree.relation(c)) && !tree.relation(c).equals("nmod")) {
        continue;
      }
      if (tree.relation(c).startsWith("nmod") && !tree.relation(c).equals("nmod:poss")) {
        String marker = tree.caseMarker(c);
        boolean armed = agent.role().equals("MIL") || agent.role().equals("REB");
        if (!(marker.equals("of") || marker.equals("from") || (marker.equals("in") && !armed))) {
          continue;
        }
      }
      ActorMention m = table.at(c);
      if (m == null && PLACE_NOUNS.contains(tokens.get(c).lemma().toLowerCase(Locale.ROOT))) {
        m = placeCountry(c); // "the mayor of the West Bank city of Nablus"
      }
      if (m == null
          && tree.relation(c).equals("amod")
          && OWNING_PARTICIPLES.contains(tokens.get(c).lemma())) {
        m = leader(c); // "US-led forces" are the leader's, a "British-flagged tanker" Britain's
      }
      if (m != null
          && (DictionaryActorResolver.isState(m)
              || m.kind() == MentionKind.ADJECTIVE
              || m.kind() == MentionKind.DESCRIPTION)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Participles whose modifier owns the noun: "US-led forces", "a British-flagged tanker", a
   * "Chinese-owned firm". Not "Iranian-backed rebels" nor a "London-based group": a backer or a
   * seat is not the actor.
   */
  private static final Set<String> OWNING_PARTICIPLES = Set.of("lead", "flag", "own", "register");

  /** Who leads in "US-led" (or owns, flags), parsed as the participle's modifier. */
  private ActorMention leader(int led) {
    for (int c : tree.children(led)) {
      ActorMention m = table.at(c);
      if (c < led && m != null && DictionaryActorResolver.isState(m)) {
        return m;
      }
    }
    return null;
  }

  /** The state that modifies a place noun: "the Ukrainian city", "Russia's Kursk region". */
  private ActorMention placeCountry(int place) {
    for (int c : tree.children(place)) {
      String r = tree.relation(c);
      ActorMention m = table.at(c);
      if ((r.equals("amod") || r.equals("compound") || r.equals("nmod:poss"))
          && m != null
          && (DictionaryActorResolver.isState(m) || m.kind() == MentionKind.ADJECTIVE)) {
        return m;
      }
    }
    return null;
  }
}
