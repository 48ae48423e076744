package org.dyad.pipeline.ingest;

import java.time.Duration;

/**
 * Where an ingest stands, after each document.
 *
 * @param documents documents accounted for so far
 * @param total documents in the inputs, or -1 when not known in advance
 * @param coded documents coded and stored so far
 * @param events dyadic events stored so far
 * @param elapsed time since the run started
 */
public record IngestProgress(int documents, int total, int coded, long events, Duration elapsed) {
  /** Documents per second so far. */
  public double rate() {
    double s = elapsed.toMillis() / 1000.0;
    return s <= 0 ? 0 : documents / s;
  }

  /** Estimated time left, or null when the total is unknown or nothing is done yet. */
  public Duration eta() {
    if (total < 0 || documents == 0) {
      return null;
    }
    return Duration.ofMillis(
        (long) (elapsed.toMillis() * (double) (total - documents) / documents));
  }
}
