package org.dyad.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleTest {
  @Test
  void missing_optional_fields_become_empty() {
    Article a = new Article("a1", LocalDate.of(2024, 1, 1), null, null, null, null, null);
    assertThat(a.text()).isEmpty();
    assertThat(a.title()).isEmpty();
  }

  @Test
  void blank_id_and_missing_date_are_refused() {
    assertThatThrownBy(() -> Article.of(" ", LocalDate.of(2024, 1, 1), "", ""))
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Article.of("a2", null, "", "")).hasMessageContaining("a2");
  }

  @Test
  void span_refuses_negative_or_reversed_offsets() {
    assertThatThrownBy(() -> new Span(5, 2)).hasMessageContaining("start=5, end=2");
    assertThat(new Span(2, 5).union(new Span(7, 9))).isEqualTo(new Span(2, 9));
  }
}
