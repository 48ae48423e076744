package org.dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.Token;

/**
 * Owners a possessive pronoun names by the sentence's structure, before the antecedent search: the
 * actor it is joined to ("NATO and its allies") or the one urged to act ("the US urged Russia to
 * withdraw its forces").
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class Owners {
  private static final Set<String> OWNER_PRONOUNS = Set.of("its", "their", "his", "her");

  /** Verbs whose object is made to act: "urged Russia to withdraw its forces". */
  private static final Set<String> URGING_VERBS =
      Set.of(
          "urge",
          "ask",
          "tell",
          "press",
          "pressure",
          "push",
          "force",
          "order",
          "encourage",
          "persuade",
          "call",
          "allow",
          "invite",
          "warn",
          "advise",
          "compel",
          "demand");

  private final DependencyTree tree;
  private final List<Token> tokens;
  private final MentionTable table;

  Owners(DependencyTree tree, List<Token> tokens, MentionTable table) {
    this.tree = tree;
    this.tokens = tokens;
    this.table = table;
  }

  /**
   * The owner "its" or "their" names in a conjunct: the actor of the noun the conjunct is joined to
   * ("the US government and its policies", "NATO and its allies"), or null.
   */
  ActorMention conjoined(int pronoun, String word) {
    int noun = tree.head(pronoun);
    if (!(word.equals("its") || word.equals("their"))
        || noun < 0
        || !tree.relation(pronoun).equals("nmod:poss")
        || !tree.relation(noun).startsWith("conj")) {
      return null;
    }
    int partner = tree.head(noun);
    ActorMention m = partner >= 0 && partner < pronoun ? table.at(partner) : null;
    return m != null && !m.actor().kind().isPerson() ? m : null;
  }

  /**
   * The owner "its", "their", "his" or "her" names in a clause another was urged or forced to act
   * in: the one urged ("the US urged Russia to withdraw its forces"), or null.
   */
  ActorMention urged(int pronoun, String word) {
    if (!OWNER_PRONOUNS.contains(word) || !tree.relation(pronoun).equals("nmod:poss")) {
      return null;
    }
    for (int k = tree.head(pronoun), steps = 0; k >= 0 && steps < 4; k = tree.head(k), steps++) {
      if (!tree.relation(k).equals("xcomp")) {
        continue;
      }
      int verb = tree.head(k);
      if (verb < 0 || !URGING_VERBS.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))) {
        return null;
      }
      for (int o : tree.children(verb, "obj")) {
        ActorMention m = table.at(o);
        boolean person = word.equals("his") || word.equals("her");
        return m != null && o < pronoun && m.actor().kind().isPerson() == person ? m : null;
      }
      return null;
    }
    return null;
  }
}
