package org.dyad.core.nlp;

import java.util.Objects;

/**
 * A time expression found by the analyzer, normalised as a TIMEX3 value.
 *
 * @param text surface text ("in June" gives "June")
 * @param startToken first token index in the sentence
 * @param endToken token index after the last token
 * @param type TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value TIMEX3 value resolved against the publication date ({@code 2024-06}, {@code P2W},
 *     {@code PAST_REF}); empty when the analyzer gave none
 */
public record TimeExpression(String text, int startToken, int endToken, String type, String value) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    if (startToken < 0 || endToken <= startToken) {
      throw new IllegalArgumentException(
          "need 0 <= startToken < endToken, got " + startToken + ".." + endToken);
    }
    type = Objects.requireNonNullElse(type, "");
    value = Objects.requireNonNullElse(value, "");
  }

  public boolean contains(int tokenIndex) {
    return tokenIndex >= startToken && tokenIndex < endToken;
  }
}
