package org.dyad.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.event.EventActor;
import org.dyad.core.nlp.DependencyTree;

/**
 * Folds the dyadic events one trigger yielded into one event with actor lists: "Russia and China
 * held drills near Japan" is coded pair by pair (RUS→JPN, CHN→JPN) and kept as one event with the
 * sources [RUS, CHN]. Pairs fold only when the lists expand back to exactly those pairs, so nothing
 * is gained or lost by folding.
 */
final class CompoundEvents {
  /**
   * Codes of joint actions a compound subject does to each other: intend together, meet, sign,
   * cooperate, clash.
   */
  private static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06", "19");

  /** Verbs and nouns whose compound subject acts on itself: "Kenya and Haiti signed a deal". */
  private static final Set<String> RECIPROCAL_WORDS =
      Set.of(
          "meet",
          "talk",
          "sign",
          "initial",
          "agree",
          "negotiate",
          "discuss",
          "confer",
          "consult",
          "cooperate",
          "clash",
          "fight",
          "hold",
          "exchange",
          "establish",
          "restore",
          "reopen",
          "normalize",
          "normalise",
          "conclude",
          "reach",
          "trade",
          "talks",
          "meeting",
          "summit",
          "negotiation");

  /** Nouns of a standing relation, always between the parties: "a partnership", "ties". */
  private static final Set<String> RELATION_NOUNS =
      Set.of(
          "ties",
          "tie",
          "relations",
          "relation",
          "relationship",
          "cooperation",
          "partnership",
          "alliance",
          "dialogue");

  /** Nouns of an occasion or pact, theirs when they say so: "their meeting", "their truce". */
  private static final Set<String> OCCASION_NOUNS =
      Set.of(
          "meeting",
          "talks",
          "talk",
          "summit",
          "negotiation",
          // "Israel and Hamas extended their truce"
          "truce",
          "ceasefire",
          "cease-fire",
          "armistice");

  private CompoundEvents() {}

  /**
   * Whether the verb's object is the parties' own relation, so that a compound subject acting on it
   * acts on each other: "Japan and China postponed their summit". A relation needs no "their":
   * "Brazil and the United States seek to deepen a partnership" (with no other party named, or the
   * verb would have a target).
   */
  private static boolean actsOnTheirJointThing(DependencyTree tree, Arguments args, int verb) {
    for (int o : args.objects(verb)) {
      String lemma = tree.token(o).lemma().toLowerCase(Locale.ROOT);
      if (RELATION_NOUNS.contains(lemma)) {
        return true;
      }

      if (!OCCASION_NOUNS.contains(lemma)) {
        continue;
      }
      for (int c : tree.children(o, "nmod:poss")) {
        if (tree.token(c).word().equalsIgnoreCase("their")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a compound subject with no other party does the act to each other: a reciprocal verb or
   * noun, their own relation or occasion, or a joint cooperative act. "A, B and C pledged troops"
   * is not something they did to each other; "A and B held a meeting with the national security
   * advisor" met someone the dictionary does not know.
   */
  static boolean toEachOther(String code, DependencyTree tree, Arguments args, int trigger) {
    String lemma = tree.token(trigger).lemma().toLowerCase(Locale.ROOT);
    boolean mutual =
        reciprocal(code, lemma)
            || actsOnTheirJointThing(tree, args, trigger)
            || jointCooperation(code, tree, args, trigger);
    return mutual
        && args.obliques(trigger).stream().noneMatch(ob -> args.preposition(ob[0]).equals("with"));
  }

  /**
   * Whether a cooperative act of a compound subject is done "jointly" on its object: "Russia and
   * Belarus began joint exercises" with each other (062); joint drills staged as a show of force
   * (150) are aimed at no one named.
   */
  private static boolean jointCooperation(
      String code, DependencyTree tree, Arguments args, int verb) {
    if (!RECIPROCAL_ROOTS.contains(code.substring(0, 2))) {
      return false;
    }
    for (int o : args.objects(verb)) {
      for (int a : tree.children(o, "amod")) {
        if (tree.token(a).word().equalsIgnoreCase("joint")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a compound subject does the event to each other: "Kenya and Haiti signed a deal", but
   * not "A, B and C pledged troops".
   */
  private static boolean reciprocal(String code, String lemma) {
    return (RECIPROCAL_ROOTS.contains(code.substring(0, 2)) && RECIPROCAL_WORDS.contains(lemma))
        || EXCHANGES.contains(lemma);
  }

  /** Whether the verb is mutual whatever is exchanged: {@link #EXCHANGES}. */
  static boolean exchange(String lemma) {
    return EXCHANGES.contains(lemma);
  }

  /** Verbs that are mutual whatever is exchanged: "traded accusations", "exchanged threats". */
  private static final Set<String> EXCHANGES = Set.of("exchange", "trade", "swap");

  static List<CodedEvent> fold(List<CodedEvent> dyadic) {
    Map<String, List<CodedEvent>> byTrigger = new LinkedHashMap<>();
    for (CodedEvent e : dyadic) {
      byTrigger.computeIfAbsent(triggerKey(e), k -> new ArrayList<>()).add(e);
    }
    List<CodedEvent> out = new ArrayList<>();
    for (List<CodedEvent> group : byTrigger.values()) {
      if (group.size() == 1) {
        out.add(group.get(0));
        continue;
      }
      CodedEvent compound = compound(group);
      if (ids(compound.dyads()).equals(ids(group))) {
        out.add(compound);
      } else {
        out.addAll(group);
      }
    }
    return out;
  }

  /** Events of one reading of one trigger: same sentence, word, rule, code, date and notes. */
  private static String triggerKey(CodedEvent e) {
    return e.provenance().sentence()
        + "|"
        + e.provenance().fromTitle()
        + "|"
        + e.provenance().trigger()
        + "|"
        + e.provenance().patternId()
        + "|"
        + e.code().value()
        + "|"
        + e.modality()
        + "|"
        + e.date()
        + "|"
        + e.notes();
  }

  private static CodedEvent compound(List<CodedEvent> group) {
    Set<EventActor> sources = new LinkedHashSet<>();
    Set<EventActor> targets = new LinkedHashSet<>();
    for (CodedEvent e : group) {
      sources.add(e.source());
      targets.add(e.target());
    }
    return group
        .get(0)
        .withActors(
            CodedEvent.hash("compound|" + String.join("|", ids(group))),
            List.copyOf(sources),
            List.copyOf(targets),
            "");
  }

  private static Set<String> ids(List<CodedEvent> events) {
    Set<String> ids = new TreeSet<>();
    for (CodedEvent e : events) {
      ids.add(e.id());
    }
    return ids;
  }
}
