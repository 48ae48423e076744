package org.dyad.core.event;

import java.time.Instant;
import java.util.Objects;
import org.dyad.core.text.Span;

/**
 * Where an event came from, so that any row can be checked against its sentence and rule.
 *
 * @param articleId id of the article
 * @param sentence 0-based sentence index in the article text (in the title when {@code fromTitle})
 * @param sentenceText the sentence
 * @param fromTitle whether the sentence is the title
 * @param trigger character offsets of the word(s) that triggered the event
 * @param triggerText those words
 * @param patternId id of the dictionary pattern that fired
 * @param dictionaryVersion versions (hashes) of the actor and verb dictionaries used
 * @param coderVersion version of the coder
 * @param codedAt when the event was coded
 */
public record Provenance(
    String articleId,
    int sentence,
    String sentenceText,
    boolean fromTitle,
    Span trigger,
    String triggerText,
    String patternId,
    String dictionaryVersion,
    String coderVersion,
    Instant codedAt) {
  public Provenance {
    Objects.requireNonNull(articleId, "articleId");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must be >= 0, got " + sentence);
    }
    Objects.requireNonNull(sentenceText, "sentenceText");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(triggerText, "triggerText");
    Objects.requireNonNull(patternId, "patternId");
    dictionaryVersion = Objects.requireNonNullElse(dictionaryVersion, "");
    coderVersion = Objects.requireNonNullElse(coderVersion, "");
    Objects.requireNonNull(codedAt, "codedAt");
  }
}
