package org.dyad.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.actor.Actor;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.nlp.ParsedSentence;

/**
 * "Liberian riot police used tear gas to disperse demonstrators": protesters, students or workers
 * of no named country, in a sentence whose police are all one country's, are that country's; police
 * act at home. So police of no named country facing one country's protesters are that country's.
 *
 * <p>Thread safety: stateless.
 */
final class HomePolice {
  /** Roles of a society, as opposed to its state's: the people police face. */
  static final Set<String> SOCIETY_ROLES = Set.of("CVL", "OPP", "EDU", "LAB");

  private HomePolice() {}

  /** The police's role. */
  static final Set<String> POLICE_ROLES = Set.of("COP");

  /**
   * Gives the role nouns at {@code spans} ({start, noun} token pairs that found no country) the
   * country of the sentence's actors in the other roles, when there is exactly one: protesters take
   * the police's ({@code POLICE_ROLES}), police the protesters' ({@code SOCIETY_ROLES}:
   * "demonstrators in Tbilisi clashed with police").
   */
  static void claim(
      List<int[]> spans,
      Set<String> otherRoles,
      MentionTable table,
      ParsedSentence s,
      ActorDictionary dictionary) {
    Set<String> policeCountries = new HashSet<>();
    for (ActorMention m : table.current()) {
      if (otherRoles.contains(m.actor().code().role())) {
        policeCountries.add(m.actor().country());
      }
    }
    if (policeCountries.size() != 1) {
      return;
    }
    String country = policeCountries.iterator().next();
    for (int[] span : spans) {
      int start = span[0];
      int noun = span[1];
      Optional<ActorDictionary.Agent> agent =
          dictionary.agent(s.tokens().get(noun).lemma().toLowerCase(Locale.ROOT));
      if (table.at(noun) != null || agent.isEmpty()) {
        continue;
      }
      ActorKind kind = agent.get().person() ? ActorKind.PERSON : ActorKind.AGENT;
      Actor a =
          new Actor(
              ActorCode.of(country).withRole(agent.get().role()),
              dictionary.stateName(country, country) + " " + s.textOf(start, noun + 1),
              kind);
      table.put(start, noun + 1, a, MentionKind.AGENT, "");
    }
  }
}
