package org.dyad.coding;

import java.util.List;
import java.util.Set;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;

/**
 * The party a verb acts with or for, named in a "with" phrase or in the phrase of the verb a
 * purpose serves: "signed a deal with Iraq", "spoke to the Security Council to discuss a border
 * dispute". Part of {@link TargetFinder}.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class PartiesOfPurpose {
  /** Prepositions that name the party of a purpose's main verb: "spoke to", "met with". */
  static final Set<String> PURPOSE_PARTY_PREPS = Set.of("to", "with");

  private static final Set<String> WITH_PREPS = Set.of("with", "between");

  private final DependencyTree tree;
  private final Arguments args;
  private final PlacePhrases places;

  PartiesOfPurpose(DependencyTree tree, Arguments args, PlacePhrases places) {
    this.tree = tree;
    this.args = args;
    this.places = places;
  }

  /**
   * "would consult with the putschists to ensure the withdrawal": the parser may read "with the
   * putschists to ensure" as a clause of its own (mark "with", subject "putschists"); its subject
   * is then the verb's "with" party.
   */
  List<ActorMention> withPartyOfAPurpose(int v, Set<ActorCode> sources) {
    for (int c : tree.children(v, "advcl")) {
      boolean markedWith =
          tree.children(c, "mark").stream()
              .anyMatch(m -> tree.token(m).word().equalsIgnoreCase("with"));
      int subj = markedWith ? args.subject(c) : -1;
      if (subj >= 0 && tree.head(subj) == c) {
        List<ActorMention> t = args.actorsOf(subj, sources);
        if (!t.isEmpty()) {
          return t;
        }
      }
    }
    return List.of();
  }

  /**
   * A purpose with no party of its own is addressed to whom its main verb is: "Djibouti and Eritrea
   * spoke to the Security Council to discuss a border dispute" discussed it with the Council, not
   * with each other.
   */
  List<ActorMention> addresseeOfTheMainVerb(int v, Set<ActorCode> sources) {
    int main = tree.head(v);
    boolean purpose =
        (tree.relation(v).equals("advcl") || tree.relation(v).equals("xcomp"))
            && tree.children(v, "mark").stream().anyMatch(m -> tree.token(m).pos().equals("TO"));
    if (!purpose || main < 0 || places.motion(main)) {
      return List.of(); // "flew to Moscow to discuss the crisis": a place, not whom it was with
    }
    return partyMarkedBy(main, sources, PURPOSE_PARTY_PREPS);
  }

  /** The actors of the verb's "with" or "between" argument: "signed a deal ... with Iraq". */
  List<ActorMention> withParty(int v, Set<ActorCode> sources) {
    return partyMarkedBy(v, sources, WITH_PREPS);
  }

  /** The actors of the verb's first prepositional argument marked by one of {@code markers}. */
  private List<ActorMention> partyMarkedBy(int v, Set<ActorCode> sources, Set<String> markers) {
    for (int c : tree.children(v, "obl")) {
      if (markers.contains(tree.caseMarker(c))) {
        List<ActorMention> t = args.actorsOf(c, sources);
        if (!t.isEmpty()) {
          return t;
        }
      }
    }
    return List.of();
  }
}
