package org.dyad.core.store;

import java.util.List;
import java.util.Objects;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.nlp.ParsedDocument;

/**
 * A coded document as it is stored: the article (inside its parse), the parse, its events with
 * their actor lists, and its near-duplicate fingerprint.
 *
 * @param parsed the analysed article; its sentences' parses are kept for re-coding
 * @param events the coded events (compound actors as lists)
 * @param fingerprint 64-bit SimHash of the text's shingles
 * @param sourceId the id the input gave the article (JSONL {@code id}, file name), may be empty
 */
public record StoredDocument(
    ParsedDocument parsed, List<CodedEvent> events, long fingerprint, String sourceId) {
  public StoredDocument {
    Objects.requireNonNull(parsed, "parsed");
    events = List.copyOf(events);
    sourceId = Objects.requireNonNullElse(sourceId, "");
  }

  public String articleId() {
    return parsed.article().id();
  }
}
