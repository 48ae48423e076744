package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.Actor;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.Token;

/**
 * "The two leaders", "both sides", "both presidents", "the two countries": a pair that stands for
 * the two actors joined before it in its sentence or the one before ("Egypt and Israel"), else the
 * last two actors of different countries named before it, in its sentence or the few before.
 * Leaders are the people named where there are two (else their states' governments); sides and
 * countries are the states. Read from the tokens, so that it works in a sentence left unparsed.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class Pairs {
  private static final Set<String> PEOPLE =
      Set.of("leader", "president", "minister", "premier", "counterpart", "head", "chief");

  private static final Set<String> STATES =
      Set.of(
          "side",
          "country",
          "nation",
          "government",
          "state",
          "neighbour",
          "neighbor",
          "korea",
          "koreas");

  private final ActorDictionary dictionary;
  private final List<Token> tokens;
  private final DependencyTree tree;
  private final MentionTable table;
  private final Antecedents history;

  Pairs(
      ActorDictionary dictionary,
      List<Token> tokens,
      DependencyTree tree,
      MentionTable table,
      Antecedents history) {
    this.dictionary = dictionary;
    this.tokens = tokens;
    this.tree = tree;
    this.table = table;
    this.history = history;
  }

  void resolve() {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      int start = i;
      int first = opening(i);
      if (first < 0) {
        continue;
      }
      // one modifier may stand between: "the two foreign ministers"
      for (int noun = first; noun < tokens.size() && noun <= first + 1; noun++) {
        String lemma = tokens.get(noun).lemma().toLowerCase(Locale.ROOT);
        boolean people = PEOPLE.contains(lemma);
        String pos = tokens.get(noun).pos();
        boolean plural = pos.equals("NNS") || pos.equals("NNPS"); // "both Koreas"
        if (!plural || !(people || STATES.contains(lemma))) {
          continue;
        }
        boolean placeOf = noun + 1 < tokens.size() && tokens.get(noun + 1).word().equals("of");
        if (!table.covered(start, noun + 1) && !placeOf) { // "both sides of the border"
          List<Actor> pair = pairBefore(start, noun, people);
          if (pair.size() == 2) {
            table.putPair(
                start,
                noun + 1,
                pair.get(0),
                pair.get(1),
                MentionKind.DESCRIPTION,
                pair.get(0).name() + " and " + pair.get(1).name());
          }
        }
        if (table.at(start) != null && pairAt(start)) {
          themAfter(noun + 1, start);
        }
        i = noun;
        break;
      }
    }
  }

  private boolean pairAt(int start) {
    return table.mentions().stream().filter(m -> m.startToken() == start).count() == 2;
  }

  /** "wrote to both presidents asking to meet them": "them" later in the sentence is the pair. */
  private void themAfter(int from, int pairStart) {
    List<ActorMention> pair =
        table.mentions().stream().filter(m -> m.startToken() == pairStart).toList();
    for (int k = from; k < tokens.size(); k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if ((w.equals("them") || w.equals("they")) && table.at(k) == null) {
        table.putPair(
            k,
            k + 1,
            pair.get(0).actor(),
            pair.get(1).actor(),
            MentionKind.PRONOUN,
            pair.get(0).antecedent());
        return;
      }
    }
  }

  /** The token after "both" or "the two", or -1. */
  private int opening(int i) {
    String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
    if (w.equals("both")) {
      return i + 1;
    }
    if (w.equals("the") && i + 2 < tokens.size()) {
      String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
      return next.equals("two") ? i + 2 : -1;
    }
    return -1;
  }

  /**
   * The pair a phrase at {@code start} stands for, oldest first: two actors joined earlier in its
   * sentence ("relations between Egypt and Israel, the two countries"), else the last two of
   * different countries in the sentences before, other than those its own sentence names, who act
   * on the pair ("Guterres had written to both presidents").
   */
  private List<Actor> pairBefore(int start, int noun, boolean people) {
    List<ActorMention> here = new ArrayList<>();
    for (ActorMention m : table.current()) {
      if (m.endToken() <= start) {
        here.add(m);
      }
    }
    for (int k = here.size() - 1; k > 0; k--) {
      ActorMention a = here.get(k - 1);
      ActorMention b = here.get(k);
      if (Antecedents.joined(a, b, tokens)) {
        return distinct(List.of(b, a), false);
      }
    }
    Set<String> actingOnIt = new HashSet<>();
    List<ActorMention> candidates = new ArrayList<>();
    for (int k = here.size() - 1; k >= 0; k--) {
      if (actsOnIt(here.get(k), noun)) {
        actingOnIt.add(here.get(k).actor().code().country());
      } else if (!inAsideClause(here.get(k), noun)) {
        candidates.add(here.get(k));
      }
    }
    // "British Prime Minister Tony Blair will visit both countries": the title is Blair's side too
    candidates.removeIf(m -> actingOnIt.contains(m.actor().code().country()));
    List<ActorMention> joinedBefore = history.lastJoinedPair();
    if (!people
        && joinedBefore.size() == 2
        && joinedBefore.stream().noneMatch(m -> actingOnIt.contains(m.actor().code().country()))) {
      // "Saudi Arabia and Iran agreed ..., in a deal brokered by China. ... the two countries"
      List<Actor> pair = distinct(List.of(joinedBefore.get(1), joinedBefore.get(0)), false);
      if (pair.size() == 2) {
        return pair;
      }
    }
    for (ActorMention m : history.recentFirst()) {
      if (!actingOnIt.contains(m.actor().code().country())) {
        candidates.add(m);
      }
    }
    List<Actor> pair = people ? distinct(candidates, true) : List.of();
    return pair.size() == 2 ? pair : distinct(candidates, false);
  }

  /**
   * Whether a mention is an argument of the pair's verb or of a verb that governs it ("Sarkozy
   * offered to mediate between the two sides"), or the one a relative clause on the way is about
   * (never, in an unparsed sentence). A verb the pair's clause is joined to is followed only when
   * the two share the subject: in "Putin met Xi, and the two leaders signed", Putin is one of them.
   */
  private boolean actsOnIt(ActorMention m, int noun) {
    int head = tree.head(m.headToken());
    for (int k = tree.head(noun), steps = 0; k >= 0 && steps < 4; k = tree.head(k), steps++) {
      if (head == k || (tree.relation(k).equals("acl:relcl") && tree.head(k) == m.headToken())) {
        return true;
      }
      boolean sharesSubject = tree.relation(k).startsWith("conj") && !tree.hasChild(k, "nsubj");
      if (!GOVERNING.contains(tree.relation(k)) && !sharesSubject) {
        return false; // "China called for calm and urged both Koreas": China urged them
      }
    }
    return false;
  }

  /** Relations through which a clause is governed by the verb above it. */
  private static final Set<String> GOVERNING = Set.of("xcomp", "dep", "acl:relcl", "advcl");

  /**
   * Whether a mention is inside a relative clause that does not hold the pair: an aside. The parser
   * may hang the main verb after the clause on it ("Sarkozy, whose country holds the EU presidency,
   * offered to mediate between the two sides"); what follows the comma is not in it.
   */
  private boolean inAsideClause(ActorMention m, int noun) {
    for (int k = m.headToken(), steps = 0; k >= 0 && steps < 6; k = tree.head(k), steps++) {
      if (!tree.relation(k).equals("acl:relcl")) {
        continue;
      }
      if (!tree.dominates(k, noun)) {
        return true;
      }
      int c = noun;
      while (tree.head(c) != k) {
        c = tree.head(c);
      }
      return tree.hungOnARelative(c) && !tree.dominates(c, m.headToken());
    }
    return false;
  }

  private List<Actor> distinct(List<ActorMention> candidates, boolean peopleOnly) {
    List<Actor> out = new ArrayList<>();
    for (ActorMention m : candidates) {
      if (peopleOnly && m.actor().kind() != ActorKind.PERSON) {
        continue;
      }
      Actor a = peopleOnly ? m.actor() : DictionaryActorResolver.stateOf(dictionary, m.actor());
      if (out.isEmpty() || !out.get(0).code().country().equals(a.code().country())) {
        out.add(a);
      }
      if (out.size() == 2) {
        return List.of(out.get(1), out.get(0));
      }
    }
    return out;
  }
}
