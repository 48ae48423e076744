package org.dyad.core.actor;

import java.util.Objects;
import org.dyad.core.text.Span;

/**
 * A stretch of a sentence that refers to an actor.
 *
 * @param sentence 0-based sentence index
 * @param startToken first token
 * @param endToken token after the last
 * @param headToken the token of the span whose head lies outside it (for tree lookups)
 * @param chars character offsets in the article text
 * @param text surface text
 * @param actor the actor referred to
 * @param kind how it was resolved
 * @param antecedent for pronouns, descriptions and surnames: the text it was resolved through
 */
public record ActorMention(
    int sentence,
    int startToken,
    int endToken,
    int headToken,
    Span chars,
    String text,
    Actor actor,
    MentionKind kind,
    String antecedent) {
  public ActorMention {
    if (sentence < 0 || startToken < 0 || endToken <= startToken) {
      throw new IllegalArgumentException(
          "bad mention sentence=" + sentence + " tokens=" + startToken + ".." + endToken);
    }
    if (headToken < startToken || headToken >= endToken) {
      throw new IllegalArgumentException(
          "head " + headToken + " outside mention " + startToken + ".." + endToken);
    }
    Objects.requireNonNull(chars, "chars");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(kind, "kind");
    antecedent = Objects.requireNonNullElse(antecedent, "");
  }

  public boolean covers(int token) {
    return token >= startToken && token < endToken;
  }

  /** The same words standing for another actor. */
  public ActorMention withActor(Actor other) {
    return new ActorMention(
        sentence, startToken, endToken, headToken, chars, text, other, kind, antecedent);
  }
}
