package org.dyad.core.nlp;

import java.util.HashSet;
import java.util.Set;

/**
 * Chooses the body sentences of an analysed document (parsed, without time expressions yet) in
 * which to find time expressions.
 *
 * <p>Design decision: SUTime costs about as much per sentence as the dependency parse, and only a
 * few sentences of an article carry events whose dates or existence depend on one. The coder knows
 * which: it codes the document without times and says. The analyzer asks again after adding them,
 * until no new sentence is named.
 *
 * <p>Thread safety: implementations may be shared.
 */
@FunctionalInterface
public interface TimeSelector {
  /** Every body sentence. */
  TimeSelector ALL =
      doc -> {
        Set<Integer> all = new HashSet<>();
        for (ParsedSentence s : doc.sentences()) {
          all.add(s.index());
        }
        return all;
      };

  /** Indices into {@link ParsedDocument#sentences()}. */
  Set<Integer> sentencesToDate(ParsedDocument parsed);
}
