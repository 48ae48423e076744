package org.dyad.core.nlp;

import java.util.Set;

/**
 * Chooses the sentences of a document that get the expensive analysis (time expressions and a
 * dependency parse), from a cheap first pass that gives tokens, lemmas, part-of-speech and
 * person/organisation tags for every sentence.
 *
 * <p>Design decision: parsing is most of the cost of coding news, and most news sentences cannot
 * yield a dyadic event (no trigger word, or no actor). The stages that know what an event needs
 * decide, so the analyzer stays ignorant of dictionaries.
 *
 * <p>Thread safety: implementations may be shared.
 */
@FunctionalInterface
public interface SentenceSelector {
  /** Every sentence: the analysis of a document that skips nothing. */
  SentenceSelector ALL = shallow -> Selection.all(shallow);

  /**
   * The sentences of {@code shallow} (a document of first-pass sentences without parses or time
   * expressions) to analyse in full.
   */
  Selection select(ParsedDocument shallow);

  /**
   * Indices of the chosen sentences.
   *
   * @param body indices into {@link ParsedDocument#sentences()}
   * @param title indices into {@link ParsedDocument#title()}
   */
  record Selection(Set<Integer> body, Set<Integer> title) {
    public Selection {
      body = Set.copyOf(body);
      title = Set.copyOf(title);
    }

    static Selection all(ParsedDocument doc) {
      return new Selection(indices(doc.sentences().size()), indices(doc.title().size()));
    }

    private static Set<Integer> indices(int n) {
      java.util.Set<Integer> s = new java.util.HashSet<>();
      for (int i = 0; i < n; i++) {
        s.add(i);
      }
      return s;
    }
  }
}
