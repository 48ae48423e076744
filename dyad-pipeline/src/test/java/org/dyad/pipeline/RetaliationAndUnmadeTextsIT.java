package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Troops ordered to a border, fire returned, retaliation vowed, "both Koreas", and what a text not
 * yet adopted would say, through the real pipeline. Wire-style sentences about the 2008 Andean
 * crisis, the 2010 Yeonpyeong shelling and Darfur in 2004, written to probe the coder.
 */
class RetaliationAndUnmadeTextsIT {
  @Test
  void troops_ordered_to_a_border_are_a_show_of_force_not_an_order_to_the_neighbour() {
    // "order" alone is a demand (100), which made Colombia the one ordered.
    assertThat(
            code(
                "2008-03-03",
                "Venezuelan President Hugo Chavez ordered ten battalions to the Colombian border on"
                    + " Sunday."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("VEN->COL 150");
  }

  @Test
  void fire_returned_answers_the_attacker_and_vowed_retaliation_threatens() {
    assertThat(
            code(
                "2010-11-24",
                "North Korea shelled the South Korean island of Yeonpyeong on Tuesday, killing two"
                    + " marines. South Korea returned fire and scrambled fighter jets. President"
                    + " Lee Myung-bak vowed enormous retaliation if the North staged further"
                    + " provocations. China called for calm and urged both Koreas to exercise"
                    + " restraint."))
        .extracting(SharedPipeline::inSentence)
        .contains(
            "0 PRK->KOR 194",
            "1 KOR->PRK 190",
            "2 KOR->PRK 138",
            "3 CHN->PRK 020",
            "3 CHN->KOR 020");
  }

  @Test
  void what_a_resolution_only_supported_would_say_is_not_coded() {
    assertThat(
            code(
                "2004-09-10",
                "Britain said it would support a new UN resolution threatening oil sanctions"
                    + " against Khartoum."))
        .extracting(SharedPipeline::dyad)
        .doesNotContain("IGOUNO->SDN 1312", "UNO->SDN 1312", "UNO->SDN 163")
        .allSatisfy(e -> assertThat(e).startsWith("GBR->"));
    assertThat(
            code(
                "2004-09-20",
                "The Security Council adopted a resolution threatening oil sanctions against"
                    + " Khartoum."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 IGOUNO->SDNGOV 1312");
  }
}
