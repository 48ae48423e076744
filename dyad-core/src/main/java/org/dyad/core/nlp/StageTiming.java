package org.dyad.core.nlp;

import java.util.Locale;
import java.util.Objects;

/**
 * How long one stage of the pipeline has worked in total, and on how much text: the figures behind
 * a stage's sentences per second.
 *
 * @param stage the stage's name, e.g. "depparse" or "event coding"
 * @param nanos time spent in the stage, summed over threads
 * @param sentences sentences the stage processed
 * @param tokens tokens of those sentences
 */
public record StageTiming(String stage, long nanos, long sentences, long tokens) {
  public StageTiming {
    Objects.requireNonNull(stage, "stage");
    if (nanos < 0 || sentences < 0 || tokens < 0) {
      throw new IllegalArgumentException("negative figures for stage " + stage);
    }
  }

  /** Sentences per second of stage time (one thread's speed). */
  public double sentencesPerSecond() {
    return nanos == 0 ? 0 : sentences / (nanos / 1e9);
  }

  /** Tokens per second of stage time. */
  public double tokensPerSecond() {
    return nanos == 0 ? 0 : tokens / (nanos / 1e9);
  }

  /** This stage's figures less those of an earlier reading of it. */
  public StageTiming minus(StageTiming earlier) {
    if (!earlier.stage.equals(stage)) {
      throw new IllegalArgumentException(earlier.stage + " is not " + stage);
    }
    return new StageTiming(
        stage, nanos - earlier.nanos, sentences - earlier.sentences, tokens - earlier.tokens);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: %d sentences in %.1f s (%.0f sentences/s)",
        stage,
        sentences,
        nanos / 1e9,
        sentencesPerSecond());
  }
}
