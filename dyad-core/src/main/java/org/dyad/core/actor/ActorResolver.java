package org.dyad.core.actor;

import org.dyad.core.nlp.ParsedDocument;

/**
 * Resolves actor mentions in a parsed document.
 *
 * <p>Contract: never returns null; mentions are in text order and do not overlap; {@code doc} is
 * not modified; names that cannot be resolved are listed in {@link ResolvedDocument#unresolved()},
 * not thrown. Codes are those valid at the article's publication date.
 *
 * <p>Thread safety: implementations are immutable after construction and may be shared.
 */
public interface ActorResolver {
  ResolvedDocument resolve(ParsedDocument doc);

  /** The version (content hash) of the dictionaries it resolves with; empty if it has none. */
  default String version() {
    return "";
  }
}
