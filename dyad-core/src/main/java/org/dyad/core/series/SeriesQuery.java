package org.dyad.core.series;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which relation to aggregate.
 *
 * @param a an actor code or country ({@code PRK}, {@code RUSGOV})
 * @param b the other actor
 * @param directed true: only events from {@code a} to {@code b}; false: both directions
 * @param period bin width
 * @param from first day, inclusive, or null
 * @param to last day, inclusive, or null
 */
public record SeriesQuery(
    String a, String b, boolean directed, Period period, LocalDate from, LocalDate to) {
  public SeriesQuery {
    if (a == null || a.isBlank() || b == null || b.isBlank()) {
      throw new IllegalArgumentException(
          "a series needs two actors, got '" + a + "' and '" + b + "'");
    }
    org.dyad.core.actor.ActorCode.of(a);
    org.dyad.core.actor.ActorCode.of(b);
    Objects.requireNonNull(period, "period");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
    }
  }
}
