package org.dyad.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorDictionary.Entry;
import org.dyad.core.actor.Actor;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.actor.UnresolvedMention;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * Looks a stretch of a sentence up in the actor dictionary: acronyms only in capitals, other names
 * only when capitalised, never inside a longer name ("China" in "South China Morning Post"), with
 * the entry valid on the publication day.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class NameLookup {
  private final ActorDictionary dictionary;
  private final ParsedSentence s;
  private final List<Token> tokens;
  private final LocalDate day;
  private final Set<String> knownPeople;
  private final Set<String> strangers;
  private final List<UnresolvedMention> unresolved;
  private final Map<String, String> acronyms;

  NameLookup(
      ActorDictionary dictionary,
      ParsedSentence s,
      LocalDate day,
      Set<String> knownPeople,
      Set<String> strangers,
      List<UnresolvedMention> unresolved,
      Map<String, String> acronyms) {
    this.dictionary = dictionary;
    this.acronyms = acronyms;
    this.s = s;
    this.tokens = s.tokens();
    this.day = day;
    this.knownPeople = knownPeople;
    this.strangers = strangers;
    this.unresolved = unresolved;
  }

  /** A dictionary name found in the text, and how it names its actor. */
  record Match(Actor actor, MentionKind kind) {}

  /**
   * The actor named by tokens {@code [from, to)}, if the dictionary knows the name and it is
   * written like a name; an ambiguous name is recorded as unresolved.
   */
  Optional<Match> lookup(int from, int to) {
    String surface = s.textOf(from, to);
    Token last = tokens.get(to - 1);
    List<Entry> entries = List.of();
    String letters = surface.replaceFirst("^(?i)the ", "").replace(".", "");
    String definedAs = acronyms.get(letters);
    if (definedAs != null) {
      entries = dictionary.lookup(Normalizer.fold(definedAs));
      if (entries.isEmpty()) {
        // An unknown name spelled out for a state's letters names something else ("the Popular
        // Resistance Committees, or PRC," are not China); for an organisation's, the text
        // more likely misspells its name ("Cooperationin Europe (OSCE)").
        List<Entry> bearers = dictionary.lookupAcronym(letters);
        entries =
            (bearers.isEmpty() ? dictionary.lookup(Normalizer.fold(surface)) : bearers)
                .stream()
                    .filter(e -> e.kind() != ActorKind.STATE && e.kind() != ActorKind.CAPITAL)
                    .toList();
      }
      if (entries.isEmpty()) {
        return Optional.empty();
      }
    } else if (to - from == 1 && Normalizer.isAcronym(surface)) {
      entries = dictionary.lookupAcronym(surface.replace(".", ""));
    }
    if (entries.isEmpty()) {
      Token first = tokens.get(from);
      if (!capitalised(last) && !(capitalised(first) && to - from > 1)) {
        return Optional.empty(); // names are capitalised: "Lai Ching-te", "the Kremlin"
      }
      entries = dictionary.lookup(Normalizer.fold(surface));
      if (to - from == 1
          && surface.length() <= 3
          && !surface.equals(surface.toUpperCase(Locale.ROOT))
          && !(first.pos().equals("NNP") && sittingPerson(entries))) {
        return Optional.empty(); // "Us", "Is": short capitalised words are not names, but "Xi"
        // is the one in office on the day
      }
    }
    if (entries.isEmpty() || insideLongerName(from, to) || namesNoActor(tokens, from, to)) {
      return Optional.empty();
    }
    Entry e = EntrySelection.choose(entries, day, knownPeople);
    List<Entry> spelt = entries.stream().filter(x -> x.name().equals(surface)).toList();
    if (e == null && !spelt.isEmpty() && spelt.size() < entries.size()) {
      e = EntrySelection.choose(spelt, day, knownPeople); // "ECOWAS" as written, not "Ecowas"
    }
    if (e == null) {
      unresolved.add(new UnresolvedMention(s.index(), surface, "AMBIGUOUS", s.text()));
      return Optional.empty();
    }
    if (e.kind() == ActorKind.PERSON && to - from == 1 && someoneElse(surface, e)) {
      return Optional.empty(); // "Mr Bashir" after "Abu Bakar Bashir" is not Omar al-Bashir
    }
    if (e.kind() == ActorKind.PERSON && to - from == 1 && !inOffice(e)) {
      Entry holder = dictionary.officeHolder(Normalizer.fold(surface), day).orElse(null);
      if (holder != null
          && !holder.name().equals(e.name())
          && !knownPeople.contains(Normalizer.fold(e.name()))) {
        e = holder; // "Clinton" in 2012 is the Secretary of State, not the former president
      }
    }
    ActorCode code = e.code();
    if (e.kind() == ActorKind.PERSON && !e.validOn(day) && !titledInOffice(from)) {
      code = code.withRole("ELI"); // a former office-holder: an elite, not the government
    }
    MentionKind how = e.kind() == ActorKind.CAPITAL ? MentionKind.METONYM : MentionKind.NAME;
    return Optional.of(new Match(new Actor(code, e.name(), e.kind()), how));
  }

  /** Titles of office that, written before a name, say that its bearer holds it now. */
  private static final Set<String> OFFICE_TITLES =
      Set.of(
          "minister",
          "president",
          "premier",
          "chancellor",
          "secretary",
          "king",
          "queen",
          "emir",
          "sultan");

  /** Words that make a title one held before: "former President", "the late King". */
  private static final Set<String> BYGONE_TITLE_MARKERS = Set.of("former", "ex", "late", "then");

  /**
   * Whether the text titles the name with an office held now ("Israeli Defence Minister Benny
   * Gantz"): the text knows better than a dictionary whose dates may be stale or wrong, so its
   * bearer is no former office-holder.
   */
  private boolean titledInOffice(int from) {
    boolean titled = false;
    for (int k = from - 1; k >= 0 && k >= from - 5; k--) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ") && !t.pos().equals("HYPH")) {
        if (BYGONE_TITLE_MARKERS.contains(w)) {
          return false;
        }
        break;
      }
      if (BYGONE_TITLE_MARKERS.contains(w) || w.startsWith("ex-") || w.startsWith("then-")) {
        return false;
      }
      titled |= OFFICE_TITLES.contains(t.lemma().toLowerCase(Locale.ROOT));
    }
    return titled;
  }

  /** Whether the entry is a dated office held on the day (an undated row holds none). */
  private boolean inOffice(Entry e) {
    return (e.start() != null || e.end() != null) && e.validOn(day);
  }

  /**
   * Whether a one-word name is the surname of another person the document named in full: one the
   * dictionary does not know, or knows by another full name.
   */
  private boolean someoneElse(String surface, Entry e) {
    String word = Normalizer.fold(surface);
    boolean namedBefore =
        Strangers.another(strangers, word, e.name()) || knownPeople.contains(word);
    return namedBefore && !knownPeople.contains(Normalizer.fold(e.name()));
  }

  private boolean sittingPerson(List<Entry> entries) {
    return entries.stream().anyMatch(e -> e.kind() == ActorKind.PERSON && e.validOn(day));
  }

  private boolean capitalised(Token t) {
    int c = t.word().codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  /** Words that, capitalised next to a state's name, make it the name of a place. */
  private static final Set<String> PLACE_WORDS =
      Set.of(
          "sea",
          "ocean",
          "gulf",
          "strait",
          "straits",
          "bay",
          "river",
          "lake",
          "mountains",
          "peninsula",
          "canal",
          "desert",
          "basin",
          "valley",
          "channel",
          "archipelago",
          "delta",
          "plateau");

  /**
   * Capitalised nouns that make a place's name a war's or a treaty's: "the Iraq War", "a Vietnam
   * War veteran", "the Kyoto Protocol", "the Geneva Conventions".
   */
  private static final Set<String> WARS =
      Set.of(
          "War",
          "Wars",
          "Crisis",
          "Revolution",
          "Protocol",
          "Accord",
          "Accords",
          "Convention",
          "Conventions");

  /** Nouns after a hyphen that make a name a manner: "a US-style wages system". */
  private static final Set<String> MANNERS =
      Set.of("style", "like", "type", "esque", "inspired", "era");

  /** Names of states gone, which "former" or "post-" make a time, not an actor. */
  private static final Set<String> BYGONE =
      Set.of(
          "soviet",
          "ussr",
          "yugoslav",
          "yugoslavian",
          "yugoslavia",
          "czechoslovak",
          "czechoslovakian",
          "czechoslovakia");

  /** Words that make a bygone state's name a time: "a former Soviet republic", "post-Soviet". */
  private static final Set<String> BYGONE_MARKERS = Set.of("former", "ex", "post");

  /** Whether the name is a bygone state's after "former" or "post-": "the former Soviet Union". */
  private static boolean formerState(List<Token> tokens, int from) {
    if (!BYGONE.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int before = from > 0 && tokens.get(from - 1).word().equals("-") ? from - 2 : from - 1;
    if (before < 0) {
      return false;
    }
    String w = tokens.get(before).word().toLowerCase(Locale.ROOT);
    return BYGONE_MARKERS.contains(w.endsWith("-") ? w.substring(0, w.length() - 1) : w);
  }

  /**
   * Whether the name at {@code [from, to)} names no actor here: part of a place's name ({@link
   * #namesPlace}), of a war's or treaty's ("the Kyoto Protocol"), of a manner or a time ("a
   * US-style system", "Soviet-era policies"), or a state gone ("a former Soviet republic").
   */
  static boolean namesNoActor(List<Token> tokens, int from, int to) {
    int after = to < tokens.size() && tokens.get(to).word().equals("-") ? to + 1 : to;
    boolean hyphen = after > to || tokens.get(to - 1).word().endsWith("-");
    boolean war = to < tokens.size() && WARS.contains(tokens.get(to).word());
    return namesPlace(tokens, from, to)
        || war
        || formerState(tokens, from)
        || (hyphen
            && after < tokens.size()
            && MANNERS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether the state name or adjective at {@code [from, to)} is part of a place's name: "China" in
   * "the South China Sea", "Taiwan" in "the Taiwan Strait", "Korean" in "the Korean Peninsula",
   * "Japan" in "the Sea of Japan", "America" in "Latin America". The place is where something
   * happens, not who does it.
   */
  static boolean namesPlace(List<Token> tokens, int from, int to) {
    if (to < tokens.size() && isPlaceWord(tokens.get(to))) {
      return true;
    }
    if (from >= 1
        && DictionaryActorResolver.REGION_WORDS.contains(tokens.get(from - 1).word())
        && tokens.get(from).word().startsWith("America")) {
      return true; // "America" is the United States, but "Latin America" a continent's part
    }
    return from >= 2
        && tokens.get(from - 1).word().equals("of")
        && isPlaceWord(tokens.get(from - 2));
  }

  private static boolean isPlaceWord(Token t) {
    return Character.isUpperCase(t.word().codePointAt(0))
        && PLACE_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /**
   * "China" inside "South China Morning Post" is part of another name, not a state; nor is the
   * alias "Senator Kerry", a title and a name, inside "Senator Kerry Nettle".
   */
  private boolean insideLongerName(int from, int to) {
    String tag = tokens.get(from).ner();
    if (!tag.equals("ORGANIZATION") && !tag.equals("PERSON")) {
      return isPerson(to - 1) && isPerson(to);
    }
    // a lower-case common noun the tagger took into the name is no part of one: "the Philippine
    // navy"; "of" in "the New University of Ulster" is
    boolean before = from > 0 && partOfName(tokens.get(from - 1), tag);
    boolean after = to < tokens.size() && partOfName(tokens.get(to), tag);
    return before || after;
  }

  private static boolean partOfName(Token t, String tag) {
    boolean commonNoun = t.pos().startsWith("NN") && !t.pos().startsWith("NNP");
    return t.ner().equals(tag) && !(commonNoun && Character.isLowerCase(t.word().codePointAt(0)));
  }

  private boolean isPerson(int token) {
    return token < tokens.size() && tokens.get(token).ner().equals("PERSON");
  }
}
