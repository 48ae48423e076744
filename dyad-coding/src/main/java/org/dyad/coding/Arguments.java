package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;

/**
 * Finds the actors that fill a predicate's roles in a dependency tree: the subject (inherited
 * through control, coordination and participles when the verb has none: {@link Subjects}), the
 * object, and prepositional arguments, each expanded over coordination ("Russia and China").
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class Arguments {
  /** Heads that only measure their "of" noun: "two days of drills", "three hours of talks". */
  private static final Set<String> QUANTITY_HEADS =
      Set.of(
          "hour",
          "day",
          "week",
          "month",
          "year",
          "round",
          "series",
          "number",
          "lot",
          "couple",
          "wave",
          "set",
          "dollar",
          "euro",
          "pound",
          "yen",
          "yuan",
          "$",
          "rouble",
          "ruble",
          "ton",
          "tonne",
          "kg",
          "kilogram",
          "package",
          "shipment",
          "batch",
          "consignment",
          "worth",
          "amount",
          "million",
          "billion",
          "dozen",
          "score",
          "hundred",
          "thousand");

  private final DependencyTree tree;
  private final NounPhraseActors actors;

  private final Subjects subjects;
  private final ShiftedObjects shiftedObjects;

  Arguments(DependencyTree tree, List<ActorMention> mentions) {
    this.tree = tree;
    this.actors = new NounPhraseActors(tree, mentions);
    this.subjects = new Subjects(tree, this);
    this.shiftedObjects = new ShiftedObjects(tree);
  }

  ActorMention at(int token) {
    return actors.at(token);
  }

  /** The actor a nominal stands for: itself, or one inside its noun phrase. */
  ActorMention actorOf(int nominal) {
    return actors.actorOf(nominal);
  }

  /** The nominal and its conjuncts: "Russia and China" gives both. */
  List<ActorMention> actorsOf(int nominal) {
    return actors.actorsOf(nominal, Set.of());
  }

  /** As {@link #actorsOf(int)}, passing over the excluded sources' own side. */
  List<ActorMention> actorsOf(int nominal, Set<ActorCode> excluded) {
    return actors.actorsOf(nominal, excluded);
  }

  /** The actors' codes: the sources whose own side targets pass over. */
  static Set<ActorCode> codes(List<ActorMention> mentions) {
    return NounPhraseActors.codes(mentions);
  }

  /** The countries of codes. */
  static Set<String> countries(Set<ActorCode> codes) {
    return NounPhraseActors.countries(codes);
  }

  /** Whether the verb is passive: "sanctions were imposed on Iran by the EU". */
  boolean passive(int verb) {
    return tree.hasChild(verb, "nsubj:pass")
        || tree.hasChild(verb, "aux:pass")
        || reducedPassive(verb);
  }

  /**
   * A past participle modifying a noun is passive, the noun its subject: "a Brazilian man shot dead
   * in London" was shot, by someone unnamed; "a deal signed by Kenya".
   */
  private boolean reducedPassive(int verb) {
    int h = tree.head(verb);
    return h >= 0
        && tree.relation(verb).startsWith("acl")
        && (tree.token(verb).pos().equals("VBN") || tree.token(verb).pos().equals("VBD"))
        && tree.token(h).isNoun()
        && !tree.hasChild(verb, "nsubj");
  }

  /** The doer named on the attack a verb's "in" phrase is ("an Israeli air strike"), or -1. */
  int attackDoer(int nominal) {
    return AttackDoers.named(tree, actors, nominal);
  }

  /** The token standing as the verb's subject, inherited where the verb has none; -1 if none. */
  int subject(int verb) {
    return subjects.of(verb);
  }

  /** Who issued a text that names no author: "the UN" of "the UN adopted a resolution". */
  int issuer(int text) {
    return subjects.issuerOf(text);
  }

  /** The passive subject, which is the target of a passive verb. */
  int passiveSubject(int verb) {
    List<Integer> c = tree.children(verb, "nsubj:pass");
    if (c.isEmpty() && reducedPassive(verb)) {
      return tree.head(verb);
    }
    return c.isEmpty() ? -1 : c.get(0);
  }

  /**
   * Direct and indirect objects; a measuring head gives way to what it measures ("began two days of
   * drills", even when the parser made "days" a temporal modifier).
   */
  List<Integer> objects(int verb) {
    List<Integer> out = new ArrayList<>();
    List<Integer> raw = new ArrayList<>(tree.children(verb, "obj"));
    raw.addAll(tree.children(verb, "iobj"));
    if (raw.isEmpty()) {
      List<Integer> complements = new ArrayList<>(tree.children(verb, "xcomp"));
      for (int d : tree.children(verb, "dep")) {
        if (tree.token(d).pos().equals("VBN")) {
          complements.add(d); // "released two French nationals held for years", hung as "dep"
        }
      }
      for (int x : complements) {
        if (tree.token(x).isNoun()) {
          raw.addAll(tree.children(x, "nsubj")); // "called the declaration a victory"
          if (secondNoun(x) >= 0) {
            raw.add(x); // "declaring the Gulf state an aggressor", parsed as xcomp + dep
          }
        } else if (tree.token(x).pos().equals("VBN")) {
          for (int s : tree.children(x, "nsubj")) {
            if (verb < s && s < x) {
              raw.add(s); // "released the mayor, a Hamas member jailed a year ago": a small clause
            }
          }
        }
      }
    }
    if (raw.isEmpty()) {
      for (int t : tree.children(verb, "obl:tmod")) {
        if (measured(t) != t) {
          raw.add(t);
        }
        for (int d : tree.children(t, "dep")) {
          if (tree.token(d).isNoun()) {
            raw.add(d); // wire style "rejected Thursday a UN appeal", parsed as Thursday's dep
          }
        }
      }
    }
    if (raw.isEmpty()) {
      raw.addAll(shiftedObjects.of(verb));
    }
    for (int o : raw) {
      out.add(measured(o));
    }
    return out;
  }

  /** A noun hung on a noun by "dep": the parser's reading of "[the Gulf state] [an aggressor]". */
  int secondNoun(int noun) {
    for (int c : tree.children(noun, "dep")) {
      if (tree.token(c).isNoun() && c > noun) {
        return c;
      }
    }
    return -1;
  }

  /** Actors acting together with the subject: "Sweden applied together with Finland". */
  List<ActorMention> coActors(int verb) {
    List<ActorMention> out = new ArrayList<>(coActorsOf(verb));
    for (int x : tree.children(verb, "xcomp")) {
      out.addAll(coActorsOf(x)); // "Sweden applied to join the alliance together with Finland"
    }
    return out;
  }

  private List<ActorMention> coActorsOf(int verb) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : tree.children(verb, "obl")) {
      if (!tree.caseMarker(c).equals("with")) {
        continue;
      }
      for (int a : tree.children(c, "advmod")) {
        if (tree.token(a).lemma().toLowerCase(Locale.ROOT).equals("together")) {
          out.addAll(actorsOf(c));
        }
      }
      for (int a : tree.children(verb, "advmod")) {
        if (tree.token(a).lemma().toLowerCase(Locale.ROOT).equals("together")
            && a + 1 < tree.size()
            && tree.token(a + 1).lemma().equals("with")) {
          out.addAll(actorsOf(c));
        }
      }
    }
    return out;
  }

  private int measured(int o) {
    String lemma = tree.token(o).lemma().toLowerCase(Locale.ROOT);
    if (QUANTITY_HEADS.contains(lemma)) {
      for (int c : tree.children(o)) {
        if (tree.relation(c).startsWith("nmod") && tree.caseMarker(c).equals("of")) {
          return c;
        }
        if (CONTAINERS.contains(lemma) && c == o - 1 && tree.relation(c).equals("compound")) {
          return c; // "a military aid package": the aid
        }
        if (SUMS.contains(lemma)
            && tree.relation(c).startsWith("nmod")
            && tree.caseMarker(c).equals("in")
            && (tree.hasChild(c, "amod") || tree.hasChild(c, "compound"))) {
          return c; // "500 million euros in military aid": the aid; money "in aid" is money
        }
      }
    }
    return o;
  }

  /** Sums of money, which carry what they buy after "in": "$2 billion in humanitarian aid". */
  private static final Set<String> SUMS =
      Set.of(
          "$", "dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "million", "billion");

  /** Quantity heads that may carry what they hold before them: "an aid package". */
  private static final Set<String> CONTAINERS =
      Set.of("package", "shipment", "batch", "consignment");

  /** Prepositional arguments of the verb and of its object, with their preposition. */
  List<int[]> obliques(int verb) {
    List<int[]> out = new ArrayList<>();
    for (int c : tree.children(verb)) {
      String r = tree.relation(c);
      if ((r.startsWith("obl") && !r.equals("obl:tmod") && !r.equals("obl:npmod"))
          || r.startsWith("nmod")) {
        out.add(new int[] {c, 0});
      }
      int s = markedSubject(c);
      if (s >= 0) {
        out.add(new int[] {s, 0});
      }
    }
    List<Integer> heads = new ArrayList<>(objects(verb));
    for (int o : objects(verb)) {
      if (tree.head(o) >= 0 && tree.head(o) != verb) {
        heads.add(tree.head(o)); // the measuring head: "two days of drills around Taiwan"
      }
    }
    for (int o : heads) {
      for (int c : tree.children(o)) {
        if (tree.relation(c).startsWith("nmod")
            && !tree.relation(c).equals("nmod:poss")
            && !heads.contains(c)
            && !NounPhraseActors.placeLeft(tree, c)) { // "welcomed the withdrawal from Gaza"
          out.add(new int[] {c, 1});
          for (int g : boughtPhrases(o, c)) {
            out.add(new int[] {g, 1}); // "pledged $5 million in aid to Ukraine"
          }
        }
      }
    }
    return out;
  }

  /** The phrases of what a sum buys, in "$5 million in aid to Ukraine"; none for other heads. */
  private List<Integer> boughtPhrases(int sum, int phrase) {
    if (!SUMS.contains(tree.token(sum).lemma().toLowerCase(Locale.ROOT))
        || !tree.caseMarker(phrase).equals("in")) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (int g : tree.children(phrase)) {
      if (tree.relation(g).startsWith("nmod") && !tree.relation(g).equals("nmod:poss")) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * The preposition that introduces a prepositional argument: its case marker, or for the subject
   * of a for-to clause the clause's leading mark ("appealed to the U.N. to bring an end", "called
   * for Burma to institute reforms").
   */
  String preposition(int argument) {
    String marker = tree.caseMarker(argument);
    if (!marker.isEmpty() || tree.head(argument) < 0) {
      return marker;
    }
    int clause = tree.head(argument);
    return markedSubject(clause) == argument ? tree.token(leadingMark(clause)).word() : "";
  }

  /**
   * The subject of an infinitive clause the parser opened with a preposition: in "appealed to the
   * U.N. to bring an end" it reads "to the U.N. to bring" as a clause marked "to ... to" whose
   * subject is the U.N.; that subject is the verb's prepositional argument. -1 if none.
   */
  private int markedSubject(int clause) {
    String r = tree.relation(clause);
    if (!(r.equals("advcl") || r.equals("acl") || r.equals("ccomp") || r.equals("xcomp"))) {
      return -1;
    }
    int mark = leadingMark(clause);
    if (mark < 0) {
      return -1;
    }
    for (int n : tree.children(clause, "nsubj")) {
      if (n > mark && n < clause) {
        for (int m : tree.children(clause, "mark")) {
          if (m > n && tree.token(m).pos().equals("TO")) {
            return n;
          }
        }
      }
    }
    return -1;
  }

  /** A clause's first mark when it is a preposition (IN), or -1. */
  private int leadingMark(int clause) {
    List<Integer> marks = tree.children(clause, "mark");
    if (marks.isEmpty()) {
      return -1;
    }
    int first = marks.get(0);
    return tree.token(first).pos().equals("IN") && first < clause ? first : -1;
  }
}
