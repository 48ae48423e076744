package org.dyad.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.actor.Actor;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.actor.UnresolvedMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * The people of one sentence, after names, adjectives and role nouns are resolved: the role a title
 * gives a person known only by country, surnames of people named before, and office-holders named
 * with a title alone. Lives for one sentence; the people it remembers serve the later ones.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class PeopleInSentence {
  private final ActorDictionary dictionary;
  private final ParsedSentence s;
  private final DependencyTree tree;
  private final List<Token> tokens;
  private final MentionTable table;
  private final Antecedents history;
  private final Map<String, Actor> peopleByWord;
  private final java.util.Set<String> strangers;
  private final List<UnresolvedMention> unresolved;
  private final LocalDate day;

  PeopleInSentence(
      ActorDictionary dictionary,
      LocalDate day,
      ParsedSentence s,
      DependencyTree tree,
      MentionTable table,
      Antecedents history,
      Map<String, Actor> peopleByWord,
      java.util.Set<String> strangers,
      List<UnresolvedMention> unresolved) {
    this.dictionary = dictionary;
    this.strangers = strangers;
    this.day = day;
    this.s = s;
    this.tree = tree; // the resolver's: s.tree() builds a new one on every call
    this.tokens = s.tokens();
    this.table = table;
    this.history = history;
    this.peopleByWord = peopleByWord;
    this.unresolved = unresolved;
  }

  /**
   * Runs of proper nouns left unresolved: a surname of a person named earlier, an office-holder
   * titled without a country, a person titled by a role mention; else recorded as unresolved.
   */
  void resolve() {
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      if (table.at(i) != null || !tokens.get(i).isProperNoun()) {
        continue;
      }
      int j = i;
      while (j < n && table.at(j) == null && tokens.get(j).isProperNoun()) {
        j++;
      }
      String lastWord = Normalizer.fold(tokens.get(j - 1).word());
      Actor known = peopleByWord.get(Normalizer.fold(s.textOf(i, j)));
      if (known == null) {
        known = peopleByWord.get(lastWord);
      }
      int named = firstPersonToken(i, j);
      if (known == null && named == j - 1 && named > i && titles(named - 1)) {
        known = officeHolder(lastWord); // "President Bush", "Chancellor Merkel"
        if (known != null && Strangers.another(strangers, lastWord, known.name())) {
          known = null; // "Mr Bashir" after "Abu Bakar Bashir"
        }
        if (known != null) {
          remember(known);
        }
      }
      ActorMention home = named > i ? titledWithoutCountry(i, named) : null;
      if (known != null) {
        table.put(i, j, known, MentionKind.SURNAME, known.name());
      } else if (home != null) {
        Actor a = new Actor(home.actor().code(), s.textOf(named, j), ActorKind.PERSON);
        table.put(i, j, a, MentionKind.DESCRIPTION, home.text());
        remember(a);
      } else if (tokens.get(i).ner().equals("PERSON")) {
        ActorMention title = titleOf(i, j);
        if (title != null) {
          Actor a = new Actor(title.actor().code(), s.textOf(i, j), ActorKind.PERSON);
          table.clear(title);
          table.put(
              Math.min(title.startToken(), i),
              Math.max(j, title.endToken()),
              a,
              MentionKind.AGENT,
              title.text());
          remember(a);
        } else {
          unresolved.add(new UnresolvedMention(s.index(), s.textOf(i, j), "PERSON", s.text()));
        }
      } else if (tokens.get(i).ner().equals("ORGANIZATION")) {
        unresolved.add(new UnresolvedMention(s.index(), s.textOf(i, j), "ORGANIZATION", s.text()));
      }
      i = j - 1;
    }
  }

  /**
   * A titled surname of the one person in office on the article's day: before the title alone can
   * lend the name the country the story named first.
   */
  private Actor officeHolder(String surname) {
    return dictionary
        .officeHolder(surname, day)
        .map(e -> new Actor(e.code(), e.name(), ActorKind.PERSON))
        .orElse(null);
  }

  private static final java.util.Set<String> HONORIFICS =
      java.util.Set.of("mr", "mrs", "ms", "dr", "sir", "madam");

  /** Whether the word is a title for a person: "President", "Chancellor", "Mr". */
  private boolean titles(int k) {
    String w = Normalizer.fold(tokens.get(k).word()).replace(".", "");
    return HONORIFICS.contains(w)
        || dictionary
            .agent(Normalizer.fold(tokens.get(k).lemma()))
            .map(ActorDictionary.Agent::person)
            .orElse(false);
  }

  private int firstPersonToken(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).ner().equals("PERSON")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "Defence Minister Yassin Ibrahim" with no country in sight: an office-holder the story names
   * without nationality belongs to the state the story is about, the first one it named.
   */
  private ActorMention titledWithoutCountry(int from, int named) {
    String last = tokens.get(named - 1).lemma().toLowerCase(Locale.ROOT);
    String two =
        named - 2 >= from
            ? tokens.get(named - 2).lemma().toLowerCase(Locale.ROOT) + " " + last
            : last;
    Optional<ActorDictionary.Agent> agent = dictionary.agent(Normalizer.fold(two));
    if (agent.isEmpty()) {
      agent = dictionary.agent(Normalizer.fold(last));
    }
    if (agent.isEmpty() || !agent.get().person()) {
      return null;
    }
    for (ActorMention m : history.all()) {
      if (!m.actor().code().isInternational()
          && (DictionaryActorResolver.isState(m) || m.kind() == MentionKind.AGENT)) {
        ActorCode code = ActorCode.of(m.actor().country()).withRole(agent.get().role());
        return DictionaryActorResolver.asDescription(
            m, new Actor(code, m.actor().name(), ActorKind.AGENT));
      }
    }
    return null;
  }

  /**
   * "Bree Prime Minister Romendacil": a person whom the dictionary gives only a country takes the
   * role of the title before the name, when the title is of the same country. The text says what
   * office the person holds on the day. A name the dictionary does not type counts as a person when
   * the tagger reads it as one (PETRARCH-format dictionaries give people and states alike a bare
   * code).
   */
  void giveTitlesTheirRole() {
    for (ActorMention m : table.current()) {
      ActorCode code = m.actor().code();
      boolean person =
          m.actor().kind() == ActorKind.PERSON || tokens.get(m.headToken()).ner().equals("PERSON");
      if (!person
          || m.kind() != MentionKind.NAME
          || code.isInternational()
          || !code.role().isEmpty()) {
        continue;
      }
      ActorMention title = titleOf(m.startToken(), m.endToken());
      if (title == null
          || title.actor().code().role().isEmpty()
          || !title.actor().code().country().equals(code.country())) {
        continue;
      }
      table.clear(title);
      table.clear(m);
      table.put(
          Math.min(title.startToken(), m.startToken()),
          Math.max(title.endToken(), m.endToken()),
          new Actor(title.actor().code(), m.actor().name(), ActorKind.PERSON),
          MentionKind.NAME,
          "");
    }
  }

  /** An agent mention that titles the name at {@code [from, to)}: "Russian Foreign Minister". */
  private ActorMention titleOf(int from, int to) {
    for (int k = from; k < to; k++) {
      for (int c : tree.children(k)) {
        if (c < from && table.at(c) != null && table.at(c).kind() == MentionKind.AGENT) {
          return table.at(c);
        }
      }
    }
    return from > 0 && table.at(from - 1) != null && table.at(from - 1).kind() == MentionKind.AGENT
        ? table.at(from - 1)
        : null;
  }

  /** Keeps a person by full name, surname and first word, for later mentions. */
  void remember(Actor person) {
    String[] words = Normalizer.fold(person.name()).split(" ", -1);
    peopleByWord.put(Normalizer.fold(person.name()), person);
    if (words.length > 1) {
      peopleByWord.put(words[words.length - 1], person);
      peopleByWord.put(words[0], person); // East Asian names put the family name first: Xi, Kim
    }
  }
}
