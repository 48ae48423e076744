package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.Token;

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

  /** Per sentence, whether its subject is a person named but unknown to the dictionary. */
  private final List<Boolean> strangerSubjects = new ArrayList<>();

  /** Per sentence, the last two mentions joined by "and" ("Saudi Arabia and Iran"), or none. */
  private final List<List<ActorMention>> joinedPairs = new ArrayList<>();

  void addSentence(List<ActorMention> mentions, DependencyTree tree, List<Token> tokens) {
    bySentence.add(List.copyOf(mentions));
    List<ActorMention> joined = List.of();
    for (int k = 1; k < mentions.size(); k++) {
      if (joined(mentions.get(k - 1), mentions.get(k), tokens)) {
        joined = List.of(mentions.get(k - 1), mentions.get(k));
      }
    }
    joinedPairs.add(joined);
    strangerSubjects.add(strangerSubject(mentions, tree, tokens, tokens.size()) >= 0);
    Boolean[] flags = new Boolean[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      flags[i] = isSubject(tree, mentions.get(i).headToken());
    }
    subjectFlags.add(flags);
  }

  /** The last two mentions the previous sentence joined by "and", oldest first, or none. */
  List<ActorMention> lastJoinedPair() {
    return joinedPairs.isEmpty() ? List.of() : joinedPairs.get(joinedPairs.size() - 1);
  }

  /** Whether only "and" or a comma stands between two mentions: "Egypt and Israel". */
  static boolean joined(ActorMention a, ActorMention b, List<Token> tokens) {
    if (b.startToken() <= a.endToken()) {
      return false;
    }
    for (int k = a.endToken(); k < b.startToken(); k++) {
      String w = tokens.get(k).word();
      if (!w.equalsIgnoreCase("and") && !w.equals(",")) {
        return false;
      }
    }
    return true;
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
   * The antecedent of "he", "she", "his" or "her": as {@link #find}, but a person the dictionary
   * does not know, standing as a subject nearer than any known one, takes the pronoun and leaves it
   * unresolved ("Abu Bakar Bashir was freed. He dismissed claims ..." is not the last leader
   * named).
   */
  ActorMention person(List<ActorMention> current, DependencyTree tree, List<Token> tokens, int at) {
    ActorMention ahead = cataphoric(current, tree, at);
    if (ahead != null) {
      return ahead;
    }
    int stranger = strangerSubject(current, tree, tokens, at);
    ActorMention found = find(current, tree, at, Antecedents::isPersonLike, true);
    if (stranger >= 0 && !coArgument(tree, stranger, at)) {
      boolean knownLater = found != null && current.contains(found) && found.headToken() > stranger;
      return knownLater ? found : null;
    }
    if (found == null || current.contains(found)) {
      return found;
    }
    int last = bySentence.size() - 1;
    for (int s = last; s >= 0 && s > last - LOOKBACK_SENTENCES; s--) {
      if (bySentence.get(s).contains(found)) {
        return found;
      }
      if (strangerSubjects.get(s)) {
        return null;
      }
    }
    return found;
  }

  /**
   * The person a pronoun looks ahead to: "while speaking during her visit to the UK, Rice said" is
   * Rice's visit. A pronoun in a phrase or clause put before its verb's subject stands for that
   * subject, when the subject is a person; null otherwise.
   */
  private static ActorMention cataphoric(List<ActorMention> current, DependencyTree tree, int at) {
    if (isSubject(tree, at)) {
      return null; // "when he was in Tokyo, Machimura told the British minister": he may be anyone
    }
    for (int k = at, steps = 0; tree.head(k) >= 0 && steps < 8; k = tree.head(k), steps++) {
      int verb = tree.head(k);
      String r = tree.relation(k);
      boolean fronted = r.startsWith("advcl") || r.startsWith("obl") || r.equals("dep");
      if (!tree.token(verb).isVerb()) {
        continue;
      }
      if (!fronted) {
        if (tree.hasChild(verb, "nsubj")) {
          return null; // "while they were in London, his ...": a clause with a subject of its
          // own
        }
        continue;
      }
      List<Integer> subjects = tree.children(verb, "nsubj");
      for (int subj : subjects) {
        for (ActorMention m : current) {
          boolean covers = m.startToken() <= subj && subj < m.endToken();
          if (covers && subj > at && k < subj && isPersonLike(m)) {
            return m;
          }
        }
      }
      if (!subjects.isEmpty()) {
        return null; // the phrase's own verb has a subject: "while she was in London, ..."
      }
    }
    return null;
  }

  /**
   * The last subject before token {@code before} that the analyzer tags as a person and no mention
   * covers, or -1. In a sentence left unparsed (no event in sight), a person named before its first
   * verb stands as the subject.
   */
  private static int strangerSubject(
      List<ActorMention> mentions, DependencyTree tree, List<Token> tokens, int before) {
    boolean parsed = false;
    int firstVerb = tokens.size();
    for (int k = 0; k < tokens.size(); k++) {
      parsed |= !tree.relation(k).isEmpty();
      if (firstVerb == tokens.size() && tokens.get(k).isVerb()) {
        firstVerb = k;
      }
    }
    int out = -1;
    for (int k = 0; k < before && k < tokens.size(); k++) {
      boolean subject = parsed ? isSubject(tree, k) : k < firstVerb;
      if (!subject || !tokens.get(k).ner().equals("PERSON")) {
        continue;
      }
      final int token = k;
      if (mentions.stream().noneMatch(m -> m.startToken() <= token && token < m.endToken())) {
        out = k;
      }
    }
    return out;
  }

  /**
   * The nearest earlier mention that fits: descriptions ("the country", "the Gulf state") point
   * back to the last one named, not to the subject.
   */
  ActorMention nearest(
      List<ActorMention> current, DependencyTree tree, int at, Predicate<ActorMention> fits) {
    return find(current, tree, at, fits, false);
  }

  /** As {@link #nearest}, but the subject of a sentence before others in it. */
  ActorMention subjectOrNearest(
      List<ActorMention> current, DependencyTree tree, int at, Predicate<ActorMention> fits) {
    return find(current, tree, at, fits, true);
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

  /** The mentions of the last few sentences, most recent first. */
  List<ActorMention> recentFirst() {
    List<ActorMention> out = new ArrayList<>();
    int last = bySentence.size() - 1;
    for (int s = last; s >= 0 && s > last - LOOKBACK_SENTENCES; s--) {
      List<ActorMention> ms = bySentence.get(s);
      for (int i = ms.size() - 1; i >= 0; i--) {
        out.add(ms.get(i));
      }
    }
    return out;
  }

  /** Every mention so far, most recent last. */
  List<ActorMention> all() {
    List<ActorMention> out = new ArrayList<>();
    bySentence.forEach(out::addAll);
    return out;
  }
}
