package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.actor.Actor;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.ActorResolver;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.actor.ResolvedDocument;
import org.dyad.core.actor.UnresolvedMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * Resolves actor mentions with an {@link ActorDictionary}, sentence by sentence, in this order:
 * dictionary names and metonyms (longest match, codes valid on the publication date); nationality
 * adjectives; descriptions ("the country", "the alliance"); role nouns with their country ("Russian
 * troops", "Taiwan's defence ministry"); surnames of people named earlier in the document; personal
 * and possessive pronouns.
 *
 * <p>Thread safety: immutable; {@link #resolve} keeps its state on the stack and may be called from
 * several threads.
 */
public final class DictionaryActorResolver implements ActorResolver {
  private static final Set<String> PERSON_PRONOUNS =
      Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
  private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "itself");

  /** Capitalised words that make a following nationality a region's: "Latin American". */
  private static final Set<String> REGION_WORDS =
      Set.of("North", "South", "East", "West", "Central", "Latin");

  private static final Set<String> STATE_NOUNS =
      Set.of("country", "nation", "state", "island", "kingdom", "republic");
  private static final Set<String> IGO_NOUNS =
      Set.of("alliance", "bloc", "organisation", "organization", "union");

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

  private static final Set<String> MODIFIER_RELATIONS =
      Set.of("amod", "compound", "nmod:poss", "nmod", "nmod:of");

  private final ActorDictionary dictionary;

  public DictionaryActorResolver(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  @Override
  public String version() {
    return dictionary.version();
  }

  @Override
  public ResolvedDocument resolve(ParsedDocument doc) {
    LocalDate day = doc.article().published();
    List<UnresolvedMention> unresolved = new ArrayList<>();
    List<ActorMention> body = resolveAll(doc.sentences(), day, unresolved);
    List<ActorMention> title = resolveAll(doc.title(), day, new ArrayList<>());
    return new ResolvedDocument(doc, body, title, unresolved, dictionary.version());
  }

  private List<ActorMention> resolveAll(
      List<ParsedSentence> sentences, LocalDate day, List<UnresolvedMention> unresolved) {
    Antecedents history = new Antecedents();
    Map<String, Actor> peopleByWord = new LinkedHashMap<>();
    Set<String> strangers = new HashSet<>();
    List<ActorMention> out = new ArrayList<>();
    for (ParsedSentence s : sentences) {
      SentenceWork work = new SentenceWork(s, day, history, peopleByWord, strangers, unresolved);
      List<ActorMention> ms = work.run();
      strangers.addAll(Strangers.fullNames(s.tokens(), ms));
      history.addSentence(ms, work.tree, s.tokens());
      out.addAll(ms);
    }
    return out;
  }

  /** A state, its capital or one of its places, not an international organisation. */
  static boolean isState(ActorMention m) {
    ActorKind k = m.actor().kind();
    return (k == ActorKind.STATE || k == ActorKind.CAPITAL || k == ActorKind.PLACE)
        && !m.actor().code().isInternational();
  }

  /** An earlier mention standing, as a description, for another actor of its country. */
  static ActorMention asDescription(ActorMention m, Actor actor) {
    return new ActorMention(
        m.sentence(),
        m.startToken(),
        m.endToken(),
        m.headToken(),
        m.chars(),
        m.text(),
        actor,
        MentionKind.DESCRIPTION,
        m.text());
  }

  /** The resolution of one sentence; lives for one call. */
  private final class SentenceWork {
    private final ParsedSentence s;
    private final DependencyTree tree;
    private final List<Token> tokens;
    private final Antecedents history;
    private final MentionTable table;
    private final NameLookup names;
    private final PeopleInSentence people;

    SentenceWork(
        ParsedSentence s,
        LocalDate day,
        Antecedents history,
        Map<String, Actor> peopleByWord,
        Set<String> strangers,
        List<UnresolvedMention> unresolved) {
      this.s = s;
      this.tree = s.tree();
      this.tokens = s.tokens();
      this.history = history;
      this.table = new MentionTable(s, tree);
      this.names = new NameLookup(dictionary, s, day, peopleByWord.keySet(), strangers, unresolved);
      this.people =
          new PeopleInSentence(
              dictionary, day, s, table, history, peopleByWord, strangers, unresolved);
    }

    List<ActorMention> run() {
      names();
      adjectives();
      descriptions();
      Places.locate(table, tokens);
      agents();
      Places.dropNamesOfThings(table, tree, tokens);
      people.giveTitlesTheirRole();
      people.resolve();
      pronouns();
      return table.mentions();
    }

    private void names() {
      int n = tokens.size();
      for (int i = 0; i < n; i++) {
        // Only names that start with this token's first word can match here: most tokens start
        // none, and the longest that does bounds the span to try.
        String word = tokens.get(i).word();
        int longest = dictionary.longestNameStartingWith(Normalizer.firstWord(word));
        if (longest == 0 && !Normalizer.isAcronym(word)) {
          continue;
        }
        for (int len = Math.min(Math.max(longest, 1), n - i); len >= 1; len--) {
          Optional<NameLookup.Match> m = names.lookup(i, i + len);
          if (m.isPresent()) {
            table.put(i, i + len, m.get().actor(), m.get().kind(), "");
            if (m.get().actor().kind() == ActorKind.PERSON) {
              people.remember(m.get().actor());
            }
            i += len - 1;
            break;
          }
        }
      }
    }

    private void adjectives() {
      for (int i = 0; i < tokens.size(); i++) {
        if (table.at(i) != null || !Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
          continue;
        }
        for (int len = Math.min(3, tokens.size() - i); len >= 1; len--) {
          if (table.covered(i, i + len)
              || NameLookup.namesPlace(tokens, i, i + len)
              || (i > 0 && REGION_WORDS.contains(tokens.get(i - 1).word()))) {
            continue; // "South American" is no American; "South Korean" is one entry of its own
          }
          Optional<String> country =
              dictionary.adjectiveCountry(Normalizer.fold(s.textOf(i, i + len)));
          if (country.isPresent()) {
            String code = country.get();
            Actor a =
                new Actor(ActorCode.of(code), dictionary.stateName(code, code), ActorKind.STATE);
            table.put(i, i + len, a, MentionKind.ADJECTIVE, "");
            i += len - 1;
            break;
          }
        }
      }
    }

    private void descriptions() {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (table.at(i) != null || !t.pos().equals("NN") || !hasDefiniteArticle(i)) {
          continue;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        ActorMention ante = null;
        if (STATE_NOUNS.contains(lemma)) {
          ante = history.nearest(table.current(), tree, i, m -> namesState(m));
        } else if (IGO_NOUNS.contains(lemma)) {
          ante = history.nearest(table.current(), tree, i, m -> m.actor().kind() == ActorKind.IGO);
        }
        if (ante != null) {
          int start = table.firstDependent(i);
          table.put(start, i + 1, stateOf(ante.actor()), MentionKind.DESCRIPTION, ante.text());
        }
      }
    }

    /** A mention that names a state or one of its organs ("Taiwan's defence ministry"). */
    private boolean namesState(ActorMention m) {
      return isState(m) || (m.kind() == MentionKind.AGENT && !m.actor().code().isInternational());
    }

    private Actor stateOf(Actor a) {
      if (a.code().isInternational()) {
        return a;
      }
      String c = a.code().country();
      return new Actor(ActorCode.of(c), dictionary.stateName(c, a.name()), ActorKind.STATE);
    }

    private boolean hasDefiniteArticle(int i) {
      for (int c : tree.children(i, "det")) {
        String w = tokens.get(c).word().toLowerCase(Locale.ROOT);
        if (w.equals("the")) {
          return true;
        }
      }
      return false;
    }

    private void agents() {
      List<int[]> policed = new ArrayList<>();
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
        if (i > 0 && table.at(i - 1) == null) {
          String two = tokens.get(i - 1).lemma().toLowerCase(Locale.ROOT) + " " + lemma;
          agent = dictionary.agent(two);
          start = agent.isPresent() ? i - 1 : i;
        }
        if (agent.isEmpty()) {
          agent = dictionary.agent(lemma);
        }
        if (agent.isEmpty()) {
          continue;
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
          country = m != null && m.endToken() <= start ? m : null;
        }
        if (country == null) {
          country = NearbyStates.crowdPlace(i, tree, tokens, table);
        }
        if (country == null) {
          country = NearbyStates.rightAfter(i, agent.get(), tree, tokens, table);
        }
        if (country == null && start > 0 && tree.relation(start - 1).equals("compound")) {
          // "Bree Prime Minister Romendacil": in a run of names the parser hangs every word on
          // the last one, so the country sits just before the title, not under it.
          ActorMention before = table.at(start - 1);
          if (before != null && before.endToken() == start && isState(before)) {
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
          }
          continue;
        }
        ActorKind kind = agent.get().person() ? ActorKind.PERSON : ActorKind.AGENT;
        country = conjoinedCountries(country, i, s.textOf(start, i + 1), agent.get().role(), kind);
        ActorCode code = country.actor().code().withRole(agent.get().role());
        boolean inSentence =
            country.sentence() == s.index() && country.equals(table.at(country.headToken()));
        int from = inSentence ? Math.min(start, country.startToken()) : start;
        int to = inSentence ? Math.max(i + 1, country.endToken()) : i + 1;
        if (inSentence) {
          table.clear(country);
        }
        String name = country.actor().name() + " " + s.textOf(start, i + 1);
        table.put(from, to, new Actor(code, name, kind), MentionKind.AGENT, country.text());
      }
      HomePolice.claim(policed, table, s, dictionary);
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
            && (isState(m) || m.kind() == MentionKind.ADJECTIVE)) {
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
     * named most recently in earlier sentences, other than those this sentence has named before it.
     */
    private ActorMention contextCountry(int i) {
      String word = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      boolean modified =
          tree.children(i).stream()
              .anyMatch(
                  c ->
                      MODIFIER_RELATIONS.contains(tree.relation(c))
                          || tree.relation(c).startsWith("nmod"));
      if (!CONTEXT_NOUNS.contains(word)
          || !hasDefiniteArticle(i)
          || modified
          || tree.relation(i).equals("compound")) {
        return null; // "the government of Viktor Yanukovych" names its own country
      }
      Set<String> here = new java.util.HashSet<>();
      for (int k = 0; k < i; k++) {
        if (table.at(k) != null) {
          here.add(table.at(k).actor().country());
        }
      }
      List<ActorMention> earlier = history.all();
      for (int k = earlier.size() - 1; k >= 0 && k >= earlier.size() - 12; k--) {
        ActorMention m = earlier.get(k);
        if (!m.actor().code().isInternational()
            && m.actor().kind() != ActorKind.PLACE // a city is often a story's place only
            && !here.contains(m.actor().country())) {
          return asDescription(m, stateOf(m.actor()));
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
        if (m != null
            && (isState(m)
                || m.kind() == MentionKind.ADJECTIVE
                || m.kind() == MentionKind.DESCRIPTION)) {
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
            && (isState(m) || m.kind() == MentionKind.ADJECTIVE)) {
          return m;
        }
      }
      return null;
    }

    private void pronouns() {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (table.at(i) != null || !t.pos().startsWith("PRP")) {
          continue;
        }
        String w = t.word().toLowerCase(Locale.ROOT);
        ActorMention ante = null;
        if (PERSON_PRONOUNS.contains(w)) {
          ante = history.person(table.current(), tree, tokens, i);
        } else if (THING_PRONOUNS.contains(w) && !Expletives.standsForAClause(tree, tokens, i)) {
          // "it" is rarely a city: "Russia shelled Kharkiv. It said ..." is Russia
          ante =
              history.find(
                  table.current(),
                  tree,
                  i,
                  m -> !Antecedents.isPersonLike(m) && m.actor().kind() != ActorKind.PLACE);
        }
        if (ante != null) {
          table.put(i, i + 1, ante.actor(), MentionKind.PRONOUN, ante.text());
        }
      }
    }
  }
}
