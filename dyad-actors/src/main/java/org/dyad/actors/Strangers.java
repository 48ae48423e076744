package org.dyad.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.Token;

/**
 * People a document names in full whom no dictionary entry resolved: "Indonesian cleric Abu Bakar
 * Bashir". Their names, folded, keep a later "Mr Bashir" from being read as a dictionary person of
 * that surname (Omar al-Bashir).
 *
 * <p>Thread safety: stateless.
 */
final class Strangers {
  private Strangers() {}

  /** The unresolved full names of people in a sentence, folded. */
  static Set<String> fullNames(List<Token> tokens, List<ActorMention> mentions) {
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
        StringBuilder name = new StringBuilder();
        for (int k = i; k < j; k++) {
          name.append(k > i ? " " : "").append(tokens.get(k).word());
        }
        out.add(Normalizer.fold(name.toString()));
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /**
   * Whether one of the strangers has this surname and is not the dictionary person {@code fullName}
   * spelt another way: "Abu Bakar Bashir" is not Omar al-Bashir, but "Phillip Ruddock" is Philip
   * Ruddock.
   */
  static boolean another(Set<String> strangers, String surname, String fullName) {
    String[] known = Normalizer.fold(fullName).split(" ", -1);
    for (String stranger : strangers) {
      String[] words = stranger.split(" ", -1);
      if (words[words.length - 1].equals(surname) && !sameStart(words[0], known[0])) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameStart(String a, String b) {
    int n = Math.min(3, Math.min(a.length(), b.length()));
    return n > 0 && a.regionMatches(0, b, 0, n);
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
