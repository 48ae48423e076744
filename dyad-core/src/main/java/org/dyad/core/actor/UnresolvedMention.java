package org.dyad.core.actor;

import java.util.Objects;

/**
 * A named person or organisation that no dictionary entry resolved; collected so that users can
 * keep their dictionaries fresh.
 *
 * @param sentence 0-based sentence index
 * @param text the name as written
 * @param entityType the analyzer's entity type ({@code PERSON}, {@code ORGANIZATION})
 */
public record UnresolvedMention(int sentence, String text, String entityType) {
  public UnresolvedMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entityType, "entityType");
  }
}
