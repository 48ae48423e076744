package org.dyad.core.store;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An ingest or recode run.
 *
 * @param id run id, increasing
 * @param command what ran ({@code ingest}, {@code recode})
 * @param inputs the inputs as given
 * @param dictionaryVersion dictionary hashes the run coded with
 * @param started when it started
 * @param finished when it finished; null while running or when it was killed
 * @param counts documents per status, as recorded so far
 * @param events dyadic events stored by the run
 */
public record RunSummary(
    long id,
    String command,
    String inputs,
    String dictionaryVersion,
    Instant started,
    Instant finished,
    Map<DocumentStatus, Integer> counts,
    long events) {
  public RunSummary {
    Objects.requireNonNull(command, "command");
    inputs = Objects.requireNonNullElse(inputs, "");
    dictionaryVersion = Objects.requireNonNullElse(dictionaryVersion, "");
    Objects.requireNonNull(started, "started");
    counts = Map.copyOf(counts);
  }

  /** Documents recorded in the run, whatever their status. */
  public int documents() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
