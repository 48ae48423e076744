package org.dyad.core.event;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, as precisely as the text says.
 *
 * @param date a representative day: the day itself, or the first day of the month or year
 * @param precision how much of {@code date} is meant
 * @param expression the text that fixed it ("in June"), or empty when the publication date was used
 * @param method how it was resolved: {@code publication}, {@code timex}, {@code relative}, ...
 */
public record EventDate(LocalDate date, DatePrecision precision, String expression, String method) {
  public EventDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    expression = Objects.requireNonNullElse(expression, "");
    method = Objects.requireNonNullElse(method, "");
    if (precision == DatePrecision.MONTH) {
      date = date.withDayOfMonth(1);
    } else if (precision == DatePrecision.YEAR) {
      date = date.withDayOfYear(1);
    }
  }

  /** {@code 2024-06-19}, {@code 2024-06} or {@code 2024}, by precision. */
  public String iso() {
    return switch (precision) {
      case DAY -> date.toString();
      case MONTH -> date.toString().substring(0, 7);
      case YEAR -> date.toString().substring(0, 4);
    };
  }

  /** The publication date used when the text gives no time. */
  public static EventDate published(LocalDate day) {
    return new EventDate(day, DatePrecision.DAY, "", "publication");
  }
}
