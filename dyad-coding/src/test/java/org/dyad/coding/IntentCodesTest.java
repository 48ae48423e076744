package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentCodesTest {
  @ParameterizedTest(name = "intending {0} is {1}")
  @CsvSource({
    "042,036",
    "040,036",
    "045,039",
    "050,030",
    "051,030",
    "062,0312",
    "061,0311",
    "072,0332",
    "074,0334",
    "163,1312",
    "161,1313",
    "195,138",
    "111,111",
    "030,030"
  })
  void intent_maps_actions_to_03x_or_threats(String action, String intent) {
    assertThat(IntentCodes.of(action)).isEqualTo(intent);
    assertThat(Codebook.bundled().isValid(IntentCodes.of(action))).isTrue();
  }
}
