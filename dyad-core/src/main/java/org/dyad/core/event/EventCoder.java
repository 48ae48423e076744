package org.dyad.core.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.core.actor.ResolvedDocument;
import org.dyad.core.nlp.ParsedSentence;

/**
 * Codes the events of a document whose actors are resolved.
 *
 * <p>Contract: never returns null; events are in sentence order; a sentence without a recognised
 * trigger and two actors of different countries yields no event (never a default code); the
 * document is not modified. Each (sentence, source country, target country, code) appears at most
 * once.
 *
 * <p>Thread safety: implementations are immutable after construction and may be shared.
 */
public interface EventCoder {
  List<CodedEvent> code(ResolvedDocument doc);

  /**
   * Whether coding could find an event in {@code sentence} given its words alone (tokens and
   * lemmas; no parse): false only when no word of it can trigger one, so the sentence need not be
   * parsed. The default is true.
   */
  default boolean mayYieldEvent(ParsedSentence sentence) {
    return true;
  }

  /**
   * The body sentences of {@code doc} (analysed without time expressions) whose events time
   * expressions can change: their dates, or whether they are events at all. The analyzer finds time
   * expressions in these only. The default is every sentence.
   */
  default Set<Integer> sentencesToDate(ResolvedDocument doc) {
    Set<Integer> all = new HashSet<>();
    for (ParsedSentence s : doc.parsed().sentences()) {
      all.add(s.index());
    }
    return all;
  }

  /**
   * Remarks on one body sentence for people inspecting the coding: why it yields nothing whatever
   * its verbs ("discard phrase 'world cup'"), the topics its events carry. The default has none.
   */
  default List<String> remarks(ResolvedDocument doc, int sentence) {
    return List.of();
  }

  /** The version (content hash) of the dictionaries it codes with; empty if it has none. */
  default String version() {
    return "";
  }
}
