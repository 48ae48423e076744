package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;

/**
 * The mentions a document has made so far, and the choice of antecedent for a pronoun or a
 * description: the subject of the same sentence when it precedes, else the subject of the nearest
 * earlier sentence, else the nearest mention.
 *
 * <p>Thread safety: not thread-safe; one instance per document.
 */
final class Antecedents {
  private static final int LOOKBACK_SENTENCES = 3;

  private final List<List<ActorMention>> bySentence = new ArrayList<>();
  private final List<Boolean[]> subjectFlags = new ArrayList<>();

  void addSentence(List<ActorMention> mentions, DependencyTree tree) {
    bySentence.add(List.copyOf(mentions));
    Boolean[] flags = new Boolean[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      flags[i] = isSubject(tree, mentions.get(i).headToken());
    }
    subjectFlags.add(flags);
  }

  static boolean isSubject(DependencyTree tree, int token) {
    String r = tree.baseRelation(token);
    return r.equals("nsubj") || r.equals("csubj");
  }

  static boolean isPersonLike(ActorMention m) {
    return m.actor().kind() == ActorKind.PERSON;
  }

  /**
   * Finds an antecedent for the token {@code at} of the current sentence.
   *
   * @param current mentions already resolved in the current sentence
   * @param tree the current sentence's tree
   * @param at the pronoun or description token
   * @param fits which mentions agree with the pronoun
   */
  ActorMention find(
      List<ActorMention> current, DependencyTree tree, int at, Predicate<ActorMention> fits) {
    return find(current, tree, at, fits, true);
  }

  /**
   * The nearest earlier mention that fits: descriptions ("the country", "the Gulf state") point
   * back to the last one named, not to the subject.
   */
  ActorMention nearest(
      List<ActorMention> current, DependencyTree tree, int at, Predicate<ActorMention> fits) {
    return find(current, tree, at, fits, false);
  }

  private ActorMention find(
      List<ActorMention> current,
      DependencyTree tree,
      int at,
      Predicate<ActorMention> fits,
      boolean preferSubject) {
    ActorMention sameSentence = null;
    for (ActorMention m : current) {
      if (m.endToken() > at || !fits.test(m) || coArgument(tree, m.headToken(), at)) {
        continue;
      }
      if (preferSubject && isSubject(tree, m.headToken())) {
        return m;
      }
      sameSentence = sameSentence == null || !preferSubject ? m : sameSentence;
    }
    if (sameSentence != null) {
      return sameSentence;
    }
    int last = bySentence.size() - 1;
    for (int s = last; s >= 0 && s > last - LOOKBACK_SENTENCES; s--) {
      List<ActorMention> ms = bySentence.get(s);
      ActorMention nearest = null;
      for (int i = 0; i < ms.size(); i++) {
        ActorMention m = ms.get(i);
        if (!fits.test(m)) {
          continue;
        }
        if (preferSubject && subjectFlags.get(s)[i]) {
          return m;
        }
        nearest = m;
      }
      if (nearest != null) {
        return nearest;
      }
    }
    return null;
  }

  /** A pronoun cannot refer to another argument of its own verb ("Tehran fired at it"). */
  private static boolean coArgument(DependencyTree tree, int mentionHead, int pronoun) {
    int h = tree.head(pronoun);
    return h >= 0 && tree.head(mentionHead) == h && !tree.relation(pronoun).equals("nmod:poss");
  }

  /** Every mention so far, most recent last. */
  List<ActorMention> all() {
    List<ActorMention> out = new ArrayList<>();
    bySentence.forEach(out::addAll);
    return out;
  }
}
