package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * "Germany pledged to send Ukraine tanks" is one event, the intent to send tanks (0332): a pledge's
 * own generic intent code (03) goes when what it intends was coded for the same dyad, in its
 * complement ("promised to continue aid") or in the event noun it is for ("was preparing for an
 * invasion of Iraq").
 *
 * <p>Thread safety: stateless.
 */
final class CodedPledges {
  private CodedPledges() {}

  /** Removes from {@code out} the sentence's pledges whose intended act was coded too. */
  static void drop(ParsedSentence s, DependencyTree tree, Map<String, CodedEvent> out) {
    out.values()
        .removeIf(
            e ->
                e.provenance().sentence() == s.index()
                    && e.modality().equals("asserted")
                    && e.code().root().equals("03")
                    && codedWithin(s, tree, e, out));
  }

  private static boolean codedWithin(
      ParsedSentence s, DependencyTree tree, CodedEvent pledge, Map<String, CodedEvent> out) {
    int trigger = tokenAt(s, pledge.provenance().trigger().start());
    if (trigger < 0) {
      return false;
    }
    for (int phrase : intended(tree, trigger)) {
      for (CodedEvent other : out.values()) {
        int otherTrigger = tokenAt(s, other.provenance().trigger().start());
        if (other.provenance().sentence() == s.index()
            && otherTrigger >= 0
            && tree.dominates(phrase, otherTrigger)
            && other.source().country().equals(pledge.source().country())
            && other.target().country().equals(pledge.target().country())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The phrases a pledge intends: its complement, and a "for" or "to" phrase. */
  private static List<Integer> intended(DependencyTree tree, int trigger) {
    List<Integer> out = new ArrayList<>(tree.children(trigger, "xcomp"));
    for (int c : tree.children(trigger, "obl")) {
      String marker = tree.caseMarker(c);
      if (marker.equals("for") || marker.equals("to")) {
        out.add(c);
      }
    }
    return out;
  }

  private static int tokenAt(ParsedSentence s, int charStart) {
    for (Token t : s.tokens()) {
      if (t.span().start() == charStart) {
        return t.index();
      }
    }
    return -1;
  }
}
