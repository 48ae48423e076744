package org.dyad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.core.actor.Actor;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.text.Span;

/**
 * The mentions found so far in one sentence, token by token. A new mention replaces any mention it
 * overlaps, so the final list never overlaps, but for the two mentions of a pair's one span.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class MentionTable {
  private final ParsedSentence s;
  private final DependencyTree tree;
  private final ActorMention[] at;
  private final List<ActorMention> partners = new ArrayList<>();

  MentionTable(ParsedSentence s, DependencyTree tree) {
    this.s = s;
    this.tree = tree;
    this.at = new ActorMention[s.tokens().size()];
  }

  /** The mention covering a token, or null. */
  ActorMention at(int token) {
    return at[token];
  }

  boolean covered(int from, int to) {
    for (int k = from; k < to; k++) {
      if (at[k] != null) {
        return true;
      }
    }
    return false;
  }

  /** Mentions in token order, each once. */
  List<ActorMention> current() {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : at) {
      if (m != null && (out.isEmpty() || !out.get(out.size() - 1).equals(m))) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The final mentions, sorted by start token. A pair ("the two leaders") is two mentions of one
   * span, the second only while the first still stands.
   */
  List<ActorMention> mentions() {
    List<ActorMention> out = current();
    for (ActorMention partner : partners) {
      ActorMention first = at[partner.startToken()];
      if (first != null
          && first.startToken() == partner.startToken()
          && first.endToken() == partner.endToken()) {
        out.add(partner);
      }
    }
    out.sort(Comparator.comparingInt(ActorMention::startToken));
    return out;
  }

  /** Records a pair over tokens {@code [from, to)}: "the two leaders" are both of them. */
  void putPair(int from, int to, Actor first, Actor second, MentionKind kind, String antecedents) {
    put(from, to, first, kind, antecedents);
    partners.add(at[from].withActor(second));
  }

  void clear(ActorMention m) {
    for (int k = m.startToken(); k < m.endToken(); k++) {
      if (m.equals(at[k])) {
        at[k] = null;
      }
    }
  }

  /** Records a mention over tokens {@code [from, to)}, replacing what it overlaps. */
  void put(int from, int to, Actor actor, MentionKind kind, String antecedent) {
    for (int k = from; k < to; k++) {
      if (at[k] != null) {
        clear(at[k]);
      }
    }
    int head = headOf(from, to);
    Span chars = new Span(s.tokens().get(from).span().start(), s.tokens().get(to - 1).span().end());
    ActorMention m =
        new ActorMention(
            s.index(), from, to, head, chars, s.textOf(from, to), actor, kind, antecedent);
    for (int k = from; k < to; k++) {
      at[k] = m;
    }
  }

  /** The leftmost unclaimed dependent of a head, or the head: "the" in "the country". */
  int firstDependent(int head) {
    int first = head;
    for (int c : tree.children(head)) {
      if (c < first && at[c] == null) {
        first = c;
      }
    }
    return first;
  }

  private int headOf(int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      int h = tree.head(k);
      if (h < from || h >= to) {
        return k;
      }
    }
    return to - 1;
  }
}
