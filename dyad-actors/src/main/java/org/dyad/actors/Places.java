package org.dyad.actors;

import java.util.List;
import org.dyad.core.actor.Actor;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.Token;

/**
 * Settles what city and region mentions stand for: a place followed by the state or region it lies
 * in ("Santa Ana, California") is in that one's country, which says where it is better than a
 * gazetteer of one Santa Ana can; a place naming a thing ("the Kyoto targets", "the Munich Security
 * Conference", "the Bali High Court") stands for no state.
 *
 * <p>Thread safety: stateless.
 */
final class Places {
  private Places() {}

  /**
   * A place takes the country of the state or region written after it, before role nouns take
   * countries: "students in Santa Ana, California" are American.
   */
  static void locate(MentionTable table, List<Token> tokens) {
    for (ActorMention m : table.current()) {
      int end = m.endToken();
      ActorMention where =
          end + 1 < tokens.size() && tokens.get(end).word().equals(",") ? table.at(end + 1) : null;
      if (m.actor().kind() == ActorKind.PLACE
          && where != null
          && DictionaryActorResolver.isState(where)
          && !where.actor().country().equals(m.actor().country())) {
        Actor located =
            new Actor(ActorCode.of(where.actor().country()), m.actor().name(), ActorKind.PLACE);
        table.put(m.startToken(), m.endToken(), located, m.kind(), where.text());
      }
    }
  }

  /**
   * After role nouns took their places' countries ("Mosul residents"): a place modifying another
   * noun names a thing, unless the noun is a person ("California State Senator Joseph Dunn").
   */
  static void dropNamesOfThings(MentionTable table, DependencyTree tree, List<Token> tokens) {
    for (ActorMention m : table.current()) {
      int head = tree.head(m.headToken());
      if (m.actor().kind() == ActorKind.PLACE
          && tree.relation(m.headToken()).equals("compound")
          && head >= 0
          && tokens.get(head).isNoun()
          && !tokens.get(head).ner().equals("PERSON")) {
        table.clear(m);
      }
    }
  }
}
