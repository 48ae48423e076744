package org.dyad.core.event;

import java.util.List;
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

  /** The version (content hash) of the dictionaries it codes with; empty if it has none. */
  default String version() {
    return "";
  }
}
