package org.dyad.core.actor;

import java.util.Objects;

/**
 * A named person or organisation that no dictionary entry resolved; collected so that users can
 * keep their dictionaries fresh.
 *
 * @param sentence 0-based sentence index
 * @param text the name as written
 * @param entityType the analyzer's entity type ({@code PERSON}, {@code ORGANIZATION}), or {@code
 *     AMBIGUOUS} for a name with several entries and nothing to choose between them
 * @param sentenceText the sentence it was read in
 */
public record UnresolvedMention(int sentence, String text, String entityType, String sentenceText) {
  public UnresolvedMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(sentenceText, "sentenceText");
  }
}
