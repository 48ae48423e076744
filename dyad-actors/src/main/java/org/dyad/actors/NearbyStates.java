package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.Token;

/**
 * States the parser did not hang on a role noun but that are its country by where they stand: the
 * place a crowd is counted in, an "in" phrase right after the noun.
 *
 * <p>Thread safety: stateless.
 */
final class NearbyStates {
  /** Counts of people: "thousands of students", "dozens of activists". */
  private static final Set<String> CROWD_COUNTS =
      Set.of("ten", "dozen", "hundred", "thousand", "million", "score", "crowd", "group");

  private static final Set<String> CROWD_PLACES = Set.of("in", "throughout", "across", "from");

  private NearbyStates() {}

  /**
   * "urged Congress in the Philippines to change": a state in an "in" phrase right after an unarmed
   * role noun, where the parser hung the phrase on the verb. Armed forces "in" a country are often
   * foreign ones.
   */
  static ActorMention rightAfter(
      int noun,
      ActorDictionary.Agent agent,
      DependencyTree tree,
      List<Token> tokens,
      MentionTable table) {
    boolean owned =
        tree.children(noun).stream()
            .map(tree::relation)
            .anyMatch(r -> r.equals("nmod:poss") || r.equals("amod") || r.equals("compound"));
    if (owned || agent.role().equals("MIL") || agent.role().equals("REB")) {
      return null; // "its citizens in China", "coalition authorities in Iraq" are no one's there
    }
    int k = noun + 1;
    if (k >= tokens.size() || !tokens.get(k).word().equals("in")) {
      return null;
    }
    k++;
    if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("the")) {
      k++;
    }
    ActorMention m = k < tokens.size() ? table.at(k) : null;
    return m != null && m.startToken() == k && DictionaryActorResolver.isState(m) ? m : null;
  }

  /**
   * The state a crowd is counted in: "tens of thousands of university students throughout
   * Indonesia", where the parser hangs the place on the count, not on the students.
   */
  static ActorMention crowdPlace(
      int noun, DependencyTree tree, List<Token> tokens, MentionTable table) {
    int k = noun;
    while (tree.head(k) >= 0
        && tree.relation(k).startsWith("nmod")
        && tree.caseMarker(k).equals("of")
        && CROWD_COUNTS.contains(tokens.get(tree.head(k)).lemma().toLowerCase(Locale.ROOT))) {
      k = tree.head(k);
    }
    if (k == noun) {
      return null;
    }
    for (int c : tree.children(k)) {
      ActorMention m = table.at(c);
      if (tree.relation(c).startsWith("nmod")
          && CROWD_PLACES.contains(tree.caseMarker(c))
          && m != null
          && DictionaryActorResolver.isState(m)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The state where a crowd acts, as the subject of a verb with a place: "thousands of protesters
   * marched on the US embassy in Baghdad" (the place hung on the verb or on one of its arguments).
   * Crowds protest where they live.
   */
  static ActorMention actPlace(int noun, DependencyTree tree, MentionTable table) {
    int crowd = noun;
    while (tree.head(crowd) >= 0
        && tree.relation(crowd).startsWith("nmod")
        && tree.caseMarker(crowd).equals("of")) {
      crowd = tree.head(crowd); // "thousands of protesters"
    }
    int verb = tree.head(crowd);
    if (verb < 0 || !tree.relation(crowd).equals("nsubj") || !tree.token(verb).isVerb()) {
      return null;
    }
    List<Integer> hosts = new ArrayList<>(List.of(verb));
    for (int c : tree.children(verb)) {
      if (tree.relation(c).startsWith("obl") || tree.relation(c).equals("obj")) {
        hosts.add(c);
      }
    }
    for (int h : hosts) {
      for (int c : tree.children(h)) {
        ActorMention m = table.at(c);
        String r = tree.relation(c);
        if ((r.startsWith("nmod") || r.startsWith("obl"))
            && tree.caseMarker(c).equals("in")
            && m != null
            && m.actor().kind() != ActorKind.STATE // a city: "the war in Iraq" is no venue
            && DictionaryActorResolver.isState(m)) {
          return m;
        }
      }
    }
    return null;
  }
}
