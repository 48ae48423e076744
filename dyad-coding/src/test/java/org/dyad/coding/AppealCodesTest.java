package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppealCodesTest {
  @ParameterizedTest(name = "appealing for {0} is {1}, demanding it {2}")
  @CsvSource({
    "040,026,106",
    "046,026,106",
    "057,022,102",
    "061,0211,1011",
    "060,021,101",
    "073,0233,1033",
    "070,023,103",
    "0832,0242,1042",
    "083,024,104",
    "0841,0253,1053",
    "085,0254,1054",
    "0871,0256,1056",
    "080,025,105",
    "190,020,100",
    "111,020,100"
  })
  void an_appeal_or_demand_takes_the_code_of_what_it_asks_for(
      String asked, String appeal, String demand) {
    assertThat(AppealCodes.of("020", asked, false)).isEqualTo(appeal);
    assertThat(AppealCodes.of("100", asked, true)).isEqualTo(demand);
    assertThat(Codebook.bundled().isValid(appeal)).isTrue();
    assertThat(Codebook.bundled().isValid(demand)).isTrue();
  }
}
