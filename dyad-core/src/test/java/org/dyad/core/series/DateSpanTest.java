package org.dyad.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateSpanTest {
  private static DateSpan span(String from, String to) {
    return new DateSpan(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void period_names_become_closed_ranges_of_days() {
    assertThat(DateSpan.parse("2008")).isEqualTo(span("2008-01-01", "2008-12-31"));
    assertThat(DateSpan.parse("2008-q3")).isEqualTo(span("2008-07-01", "2008-09-30"));
    assertThat(DateSpan.parse("2008-02")).isEqualTo(span("2008-02-01", "2008-02-29"));
    assertThat(DateSpan.parse(" 2008-08-15 ")).isEqualTo(span("2008-08-15", "2008-08-15"));
    assertThat(DateSpan.parse("2008-08").toString()).isEqualTo("2008-08-01..2008-08-31");
  }

  @Test
  void anything_else_is_refused_with_the_forms_that_work() {
    for (String bad : new String[] {"", "August 2008", "2008-13", "2008-Q5", "2008-02-30"}) {
      assertThatThrownBy(() -> DateSpan.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("YYYY-MM");
    }
    assertThatThrownBy(() -> span("2008-02-02", "2008-02-01"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
