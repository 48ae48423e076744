package org.dyad.pipeline.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A gold record of a sentence-level set: the text, its date and the expected events (empty when the
 * sentence carries none).
 */
public record GoldSentence(String id, String text, LocalDate date, List<Triple> events) {
  public GoldSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    events = List.copyOf(events);
  }
}
