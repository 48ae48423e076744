package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodebookTest {
  private final Codebook book = Codebook.bundled();

  @Test
  void has_every_cameo_code_with_gdelt_goldstein_and_plover() {
    assertThat(book.size()).isEqualTo(312);
    Codebook.Entry visit = book.require("042");
    assertThat(visit.goldstein()).isEqualTo(1.9);
    assertThat(visit.plover().event()).isEqualTo("CONSULT");
    assertThat(visit.plover().mode()).isEqualTo("visit");
    assertThat(book.require("190").goldstein()).isEqualTo(-10.0);
  }

  @Test
  void gdelt_and_icews_scales_differ_where_documented() {
    assertThat(book.require("016").goldstein()).isNotEqualTo(book.require("016").goldsteinIcews());
  }

  @Test
  void scale_is_named_and_icews_fills_the_gap_in_gdelt() {
    assertThat(book.require("042").goldsteinScale()).isEqualTo("GDELT");
    assertThat(book.require("1213").goldsteinScale()).isEqualTo("ICEWS");
  }

  @Test
  void unknown_code_is_refused_with_its_value() {
    assertThat(book.isValid("0999")).isFalse();
    assertThatThrownBy(() -> book.require("0999")).hasMessageContaining("'0999'");
  }
}
