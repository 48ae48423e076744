package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyad.core.event.DatePrecision;
import org.dyad.core.event.EventDate;
import org.junit.jupiter.api.Test;

class EventDaterTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 9, 10);

  @Test
  void month_expression_gives_month_precision() {
    EventDate d = EventDater.parse("2024-06", "June", PUBLISHED, true).orElseThrow();
    assertThat(d.iso()).isEqualTo("2024-06");
    assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void past_event_on_a_weekday_resolved_after_publication_moves_back_a_week() {
    assertThat(EventDater.parse("2024-09-12", "Thursday", PUBLISHED, true).orElseThrow().iso())
        .isEqualTo("2024-09-05");
    assertThat(EventDater.parse("2024-09-12", "Thursday", PUBLISHED, false).orElseThrow().iso())
        .isEqualTo("2024-09-12");
  }

  @Test
  void week_and_year_values_are_understood() {
    assertThat(EventDater.parse("2024-W23", "last week", PUBLISHED, true).orElseThrow().iso())
        .isEqualTo("2024-06");
    assertThat(EventDater.parse("2022", "in 2022", PUBLISHED, true).orElseThrow().iso())
        .isEqualTo("2022");
  }

  @Test
  void vague_references_are_not_dates() {
    assertThat(EventDater.parse("PAST_REF", "recently", PUBLISHED, true)).isEmpty();
    assertThat(EventDater.parse("", "", PUBLISHED, true)).isEmpty();
  }
}
