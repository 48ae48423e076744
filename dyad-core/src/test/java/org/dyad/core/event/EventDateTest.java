package org.dyad.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDateTest {
  @Test
  void iso_form_shows_only_the_precision_the_text_gives() {
    LocalDate d = LocalDate.of(2024, 6, 19);
    assertThat(new EventDate(d, DatePrecision.DAY, "on June 19", "timex").iso())
        .isEqualTo("2024-06-19");
    assertThat(new EventDate(d, DatePrecision.MONTH, "in June", "timex").iso())
        .isEqualTo("2024-06");
    assertThat(new EventDate(d, DatePrecision.YEAR, "in 2024", "timex").iso()).isEqualTo("2024");
  }

  @Test
  void month_precision_is_stored_as_the_first_of_the_month() {
    assertThat(new EventDate(LocalDate.of(2024, 6, 19), DatePrecision.MONTH, "", "").date())
        .isEqualTo(LocalDate.of(2024, 6, 1));
  }

  @Test
  void publication_date_is_marked_as_such() {
    EventDate d = EventDate.published(LocalDate.of(2024, 9, 10));
    assertThat(d.method()).isEqualTo("publication");
    assertThat(d.expression()).isEmpty();
  }
}
