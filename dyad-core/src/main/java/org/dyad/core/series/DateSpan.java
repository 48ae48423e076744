package org.dyad.core.series;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed range of days, as users name periods: {@code 2008}, {@code 2008-Q3}, {@code 2008-08} or
 * {@code 2008-08-15}.
 *
 * @param from first day
 * @param to last day, not before {@code from}
 */
public record DateSpan(LocalDate from, LocalDate to) {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  public DateSpan {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("span ends " + to + " before it starts " + from);
    }
  }

  /** The span a period name stands for; a clear error for anything else. */
  public static DateSpan parse(String text) {
    String s = text == null ? "" : text.strip();
    try {
      Matcher year = YEAR.matcher(s);
      if (year.matches()) {
        int y = Integer.parseInt(year.group(1));
        return new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
      Matcher quarter = QUARTER.matcher(s);
      if (quarter.matches()) {
        LocalDate first =
            LocalDate.of(
                Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)) * 3 - 2, 1);
        return new DateSpan(first, first.plusMonths(3).minusDays(1));
      }
      if (MONTH.matcher(s).matches()) {
        YearMonth ym = YearMonth.parse(s);
        return new DateSpan(ym.atDay(1), ym.atEndOfMonth());
      }
      LocalDate day = LocalDate.parse(s);
      return new DateSpan(day, day);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + s + "' is not a period: use YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD", e);
    }
  }

  @Override
  public String toString() {
    return from.equals(to) ? from.toString() : from + ".." + to;
  }
}
