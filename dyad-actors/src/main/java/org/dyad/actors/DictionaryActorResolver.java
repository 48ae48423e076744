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

  /**
   * Capitalised words that make a following nationality, or "America", a region's: "Latin
   * American", "South America".
   */
  static final Set<String> REGION_WORDS =
      Set.of("North", "South", "East", "West", "Central", "Latin");

  private static final Set<String> STATE_NOUNS =
      Set.of("country", "nation", "state", "island", "kingdom", "republic");
  private static final Set<String> COUNTERPART_NOUNS =
      Set.of("neighbour", "neighbor", "rival", "ally", "foe", "adversary", "enemy", "archrival");
  private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "militia", "faction");
  private static final Set<String> IGO_NOUNS =
      Set.of("alliance", "bloc", "organisation", "organization", "union");

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
    Map<String, String> acronyms = DefinedAcronyms.in(doc.sentences());
    List<ActorMention> body = resolveAll(doc.sentences(), day, unresolved, acronyms);
    List<ActorMention> title = resolveAll(doc.title(), day, new ArrayList<>(), acronyms);
    return new ResolvedDocument(doc, body, title, unresolved, dictionary.version());
  }

  private List<ActorMention> resolveAll(
      List<ParsedSentence> sentences,
      LocalDate day,
      List<UnresolvedMention> unresolved,
      Map<String, String> acronyms) {
    Antecedents history = new Antecedents();
    Map<String, Actor> peopleByWord = new LinkedHashMap<>();
    Set<String> strangers = new HashSet<>();
    List<ActorMention> out = new ArrayList<>();
    for (ParsedSentence s : sentences) {
      SentenceWork work =
          new SentenceWork(s, day, history, peopleByWord, strangers, unresolved, acronyms);
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

  /** The state an actor belongs to: its country as a state; an IGO stays itself. */
  static Actor stateOf(ActorDictionary dictionary, Actor a) {
    if (a.code().isInternational()) {
      return a;
    }
    String c = a.code().country();
    return new Actor(ActorCode.of(c), dictionary.stateName(c, a.name()), ActorKind.STATE);
  }

  /** Whether the noun at {@code i} has "the": "the country", "the junta". */
  static boolean hasDefiniteArticle(DependencyTree tree, int i) {
    for (int c : tree.children(i, "det")) {
      if (tree.token(c).word().equalsIgnoreCase("the")) {
        return true;
      }
    }
    return false;
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
        List<UnresolvedMention> unresolved,
        Map<String, String> acronyms) {
      this.s = s;
      this.tree = s.tree();
      this.tokens = s.tokens();
      this.history = history;
      this.table = new MentionTable(s, tree);
      this.names =
          new NameLookup(
              dictionary, s, day, peopleByWord.keySet(), strangers, unresolved, acronyms);
      this.people =
          new PeopleInSentence(
              dictionary, day, s, tree, table, history, peopleByWord, strangers, unresolved);
    }

    List<ActorMention> run() {
      names();
      adjectives();
      nationalBranches();
      descriptions();
      Places.locate(table, tokens);
      new AgentsInSentence(dictionary, s, tree, table, history).resolve();
      Places.dropNamesOfThings(table, tree, tokens);
      people.giveTitlesTheirRole();
      people.resolve();
      new Pairs(dictionary, tokens, tree, table, history).resolve();
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
              || NameLookup.namesNoActor(tokens, i, i + len)
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

    /**
     * A group named with another country's adjective is that country's branch: "the Pakistani
     * Taliban" fight in Pakistan (PAKREB), not with the Afghan movement the name alone gives
     * (AFGREB). Groups without a country of their own (al-Qaeda, IMG...) stay as they are.
     */
    private void nationalBranches() {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        ActorMention adjective = table.at(i);
        if (adjective == null
            || adjective.kind() != MentionKind.ADJECTIVE
            || adjective.endToken() >= tokens.size()) {
          continue; // an adjective ending the sentence modifies no group after it
        }
        ActorMention group = table.at(adjective.endToken());
        if (group == null || group.actor().kind() != ActorKind.GROUP) {
          continue;
        }
        String groupCountry = group.actor().code().country();
        String country = adjective.actor().code().country();
        if (groupCountry.equals(country)
            || dictionary.stateName(groupCountry, "").isEmpty()
            || !modifies(adjective.headToken(), group.headToken())) {
          continue;
        }
        ActorCode branch = ActorCode.of(country + group.actor().code().value().substring(3));
        Actor a = new Actor(branch, adjective.text() + " " + group.actor().name(), ActorKind.GROUP);
        table.clear(adjective);
        table.clear(group);
        table.put(adjective.startToken(), group.endToken(), a, group.kind(), "");
      }
    }

    /** "Pakistani Taliban", or "Pakistani Taliban fighters" where both modify the fighters. */
    private boolean modifies(int adjective, int group) {
      int h = tree.head(adjective);
      return h == group || (h == tree.head(group) && tree.relation(group).equals("compound"));
    }

    private void descriptions() {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (table.at(i) == null && t.pos().equals("NN") && ownedCounterpart(i)) {
          counterpart(i);
          continue;
        }
        if (table.at(i) != null || !t.pos().equals("NN") || !hasDefiniteArticle(tree, i)) {
          continue;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        ActorMention ante = null;
        if (STATE_NOUNS.contains(lemma)) {
          ante = history.nearest(table.current(), tree, i, m -> namesState(m));
        } else if (IGO_NOUNS.contains(lemma)) {
          ante = history.nearest(table.current(), tree, i, m -> m.actor().kind() == ActorKind.IGO);
        } else if (GROUP_NOUNS.contains(lemma)
            && tree.children(i, "nmod").isEmpty()
            && tree.children(i, "compound").isEmpty()) {
          // "the group" is the last group named; "the group of protesters" and "the
          // independence movement" say which they are
          ante = history.nearest(table.current(), tree, i, m -> namesGroup(m));
          if (ante != null) {
            table.put(
                table.firstDependent(i), i + 1, ante.actor(), MentionKind.DESCRIPTION, ante.text());
          }
          continue;
        }
        if (ante != null) {
          int start = table.firstDependent(i);
          table.put(
              start,
              i + 1,
              stateOf(dictionary, ante.actor()),
              MentionKind.DESCRIPTION,
              ante.text());
        }
      }
    }

    /** "Its neighbour", "its rival": a state's counterpart, owned by a possessive pronoun. */
    private boolean ownedCounterpart(int i) {
      if (!COUNTERPART_NOUNS.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
      for (int c : tree.children(i, "nmod:poss")) {
        String w = tokens.get(c).word().toLowerCase(Locale.ROOT);
        if (w.equals("its") || w.equals("their")) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Algeria cut ties with Morocco, accusing its neighbour of hostile acts": the counterpart is
     * the nearest state other than the owner, which is the nearest state, a subject preferred.
     */
    private void counterpart(int i) {
      ActorMention owner = history.subjectOrNearest(table.current(), tree, i, m -> isState(m));
      if (owner == null) {
        return;
      }
      String own = owner.actor().code().country();
      ActorMention other =
          history.nearest(
              table.current(), tree, i, m -> isState(m) && !m.actor().code().country().equals(own));
      if (other != null) {
        table.put(
            table.firstDependent(i),
            i + 1,
            stateOf(dictionary, other.actor()),
            MentionKind.DESCRIPTION,
            other.text());
      }
    }

    /** A mention that names a group of no state: Hamas, Hezbollah, Amnesty International. */
    private static boolean namesGroup(ActorMention m) {
      ActorKind k = m.actor().kind();
      return k == ActorKind.GROUP || k == ActorKind.ORGANISATION;
    }

    /** A mention that names a state or one of its organs ("Taiwan's defence ministry"). */
    private boolean namesState(ActorMention m) {
      return isState(m) || (m.kind() == MentionKind.AGENT && !m.actor().code().isInternational());
    }

    private void pronouns() {
      Owners owners = new Owners(tree, tokens, table);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (table.at(i) != null || !t.pos().startsWith("PRP")) {
          continue;
        }
        String w = t.word().toLowerCase(Locale.ROOT);
        ActorMention ante = owners.conjoined(i, w);
        if (ante == null) {
          ante = owners.urged(i, w);
        }
        if (ante == null && PERSON_PRONOUNS.contains(w)) {
          ante = history.person(table.current(), tree, tokens, i);
        } else if (ante == null
            && THING_PRONOUNS.contains(w)
            && !Expletives.standsForAClause(tree, tokens, i)) {
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
