package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Material help its giver promises, victims of an attack named by its doer, and aid given as a sum
 * of money, through the real pipeline. The sentences are adapted from the PETR-2 validation records
 * and Wikinews politics articles (CC BY 2.5) that the coder had missed or coded wrongly.
 */
class PromisesAttacksAndSumsIT {
  @Test
  void material_help_the_giver_says_it_will_give_is_an_intent_and_a_report_of_it_the_act() {
    // "said it would release" was coded as a release done (0841).
    assertThat(
            code(
                "2008-08-06",
                "Israel announced it would free over 150 Palestinian prisoners by the end of"
                    + " August."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(SharedPipeline.dyad(e)).isEqualTo("ISR->PSE 0353");
              assertThat(e.modality()).isEqualTo("intent");
            });
    // An official's report of what a country will do states the act, as the PETRARCH unit tests
    // code it; words of support are given when spoken; a sanction announced is no intent.
    assertThat(
            code("2014-07-20", "Ethiopia will send food aid to Somalia, a senior official said."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("ETH->SOM 070");
    assertThat(code("2005-02-01", "Cuba said it will give total support to China."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("CUB->CHN 051");
    assertThat(code("2018-03-14", "Russia said it would expel two British diplomats."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->GBR 161");
  }
}
