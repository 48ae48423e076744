package org.dyad.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.Token;

/**
 * People a document names in full whom no dictionary entry resolved: "Indonesian cleric Abu Bakar
 * Bashir". Their surnames, folded, keep a later "Mr Bashir" from being read as a dictionary person
 * of that surname (Omar al-Bashir).
 *
 * <p>Thread safety: stateless.
 */
final class Strangers {
  private Strangers() {}

  /** The surnames of the unresolved full names of people in a sentence. */
  static Set<String> surnames(List<Token> tokens, List<ActorMention> mentions) {
    boolean[] resolved = new boolean[tokens.size()];
    for (ActorMention m : mentions) {
      for (int k = m.startToken(); k < m.endToken() && k < resolved.length; k++) {
        resolved[k] = true;
      }
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i < tokens.size(); ) {
      int j = i;
      while (j < tokens.size() && tokens.get(j).ner().equals("PERSON")) {
        j++;
      }
      if (j - i >= 2 && !anyResolved(resolved, i, j)) {
        out.add(Normalizer.fold(tokens.get(j - 1).word()));
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  private static boolean anyResolved(boolean[] resolved, int from, int to) {
    for (int k = from; k < to; k++) {
      if (resolved[k]) {
        return true;
      }
    }
    return false;
  }
}
