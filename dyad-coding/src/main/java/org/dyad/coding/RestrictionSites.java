package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.Actor;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;

/**
 * The people a curfew, a state of emergency or martial law is imposed on or lifted from, when the
 * sentence names no recipient: those of the state named as where it applies ("Israel imposed a
 * curfew in Hebron"), else those of the imposer's own state ("Sudan's government lifted a state of
 * emergency"). CAMEO codes these administrative sanctions (172) and their easing (081) against the
 * population that lives under them; without a recipient they would be no event at all. A state's
 * own population is its civilians (CVL), so that the event is a domestic dyad.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class RestrictionSites {
  private static final Set<String> ON_A_POPULATION =
      Set.of("1721", "1723", "1724", "0811", "0813", "0814");

  private final DependencyTree tree;
  private final Arguments args;

  RestrictionSites(DependencyTree tree, Arguments args) {
    this.tree = tree;
    this.args = args;
  }

  /**
   * Restrictions on a whole population, imposed or eased: on political freedoms, curfews, states of
   * emergency and martial law (1721, 1723, 1724; 0811, 0813, 0814). A ban on parties (1722) and the
   * general codes name whom they are aimed at, or no one.
   */
  static boolean isOnAPopulation(String code) {
    return ON_A_POPULATION.contains(code);
  }

  /**
   * Whether the targets found are only the place the restriction applies to: "declared a state of
   * emergency in Quito" restricts the people of Quito, not Ecuador's government.
   */
  boolean onlySites(int verb, List<ActorMention> targets) {
    List<Integer> sites = new ArrayList<>(PlacePhrases.inPhrases(tree, verb));
    for (int o : args.objects(verb)) {
      sites.addAll(PlacePhrases.inPhrases(tree, o));
    }
    return !targets.isEmpty()
        && targets.stream()
            .allMatch(t -> sites.stream().anyMatch(p -> tree.dominates(p, t.headToken())));
  }

  /** Emits each imposer's restriction to the people {@link #of} gives it, if any. */
  void addressToThePeople(
      int verb, Pattern restriction, List<ActorMention> imposers, ReportedSpeech.Sink sink) {
    for (ActorMention imposer : imposers) {
      of(verb, imposer)
          .ifPresent(
              r ->
                  sink.emit(verb, restriction, List.of(imposer), List.of(r), "implicit recipient"));
    }
  }

  /**
   * The people the restriction applies to: another state named as the place, or the imposer's own
   * civilians; empty when neither can be told ("Thailand imposed martial law": no domestic dyad).
   */
  Optional<ActorMention> of(int verb, ActorMention imposer) {
    ActorMention site = site(verb);
    for (int o : args.objects(verb)) {
      if (site == null) {
        site = site(o);
      }
      for (int modifier : tree.children(o, "acl")) {
        if (site == null) {
          site = site(modifier); // "the curfew imposed in Sudan"
        }
      }
    }
    ActorCode code = imposer.actor().code();
    if (site != null && !site.actor().country().equals(code.country())) {
      String country = site.actor().country();
      return Optional.of(
          site.withActor(new Actor(ActorCode.of(country), site.actor().name(), ActorKind.STATE)));
    }
    if (code.isInternational() || code.role().isEmpty()) {
      return Optional.empty(); // "Thailand imposed martial law": no domestic dyad to code
    }
    if (site == null && !code.role().equals("GOV")) {
      return Optional.empty(); // only a government restricts its own people unnamed
    }
    ActorMention where = site != null ? site : imposer;
    return Optional.of(
        where.withActor(
            new Actor(code.withRole("CVL"), code.country() + " population", ActorKind.AGENT)));
  }

  /** A state named as where it applies: "in Sudan", "in Kathmandu". */
  private ActorMention site(int head) {
    for (int c : PlacePhrases.inPhrases(tree, head)) {
      ActorMention m = args.at(c);
      if (m != null && !m.actor().code().isInternational()) {
        return m;
      }
    }
    return null;
  }
}
