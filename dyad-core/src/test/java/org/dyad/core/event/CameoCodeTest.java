package org.dyad.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameoCodeTest {
  @ParameterizedTest
  @CsvSource({"010,1", "057,1", "061,2", "0874,2", "112,3", "1312,3", "160,4", "195,4", "20,4"})
  void quad_class_follows_gdelt_2_root_ranges(String code, int quad) {
    assertThat(CameoCode.of(code).quadClass()).isEqualTo(quad);
  }

  @Test
  void root_keeps_its_leading_zero() {
    assertThat(CameoCode.of("042").root()).isEqualTo("04");
  }

  @Test
  void codes_that_lost_their_leading_zero_are_refused() {
    assertThatThrownBy(() -> CameoCode.of("42")).hasMessageContaining("'42'");
    assertThatThrownBy(() -> CameoCode.of("x12")).hasMessageContaining("x12");
    assertThatThrownBy(() -> CameoCode.of("2101")).hasMessageContaining("root");
  }
}
