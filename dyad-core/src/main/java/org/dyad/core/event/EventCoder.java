package org.dyad.core.event;

import java.util.List;
import org.dyad.core.actor.ResolvedDocument;

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

  /** The version (content hash) of the dictionaries it codes with; empty if it has none. */
  default String version() {
    return "";
  }
}
