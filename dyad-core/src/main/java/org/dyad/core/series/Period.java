package org.dyad.core.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The width of a series' bins; each bin is named by its first day (weeks start on Monday). */
public enum Period {
  DAY,
  WEEK,
  MONTH,
  QUARTER;

  /** The first day of the bin that holds {@code d}. */
  public LocalDate start(LocalDate d) {
    return switch (this) {
      case DAY -> d;
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> d.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
    };
  }

  /** The first day of the next bin. */
  public LocalDate next(LocalDate start) {
    return switch (this) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
    };
  }
}
