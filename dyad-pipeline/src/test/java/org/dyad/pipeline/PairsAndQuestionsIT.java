package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * "The two leaders", "both sides", "both presidents" and the "them" that follows, acts asked for
 * oneself, and acts one only decides how to do, through the real pipeline. The Guterres sentences
 * follow the dev set's article on his 2022 visit to Moscow and Kyiv; the rest are wire-style
 * sentences written to probe the coder.
 */
class PairsAndQuestionsIT {
  @Test
  void the_two_leaders_are_the_two_named_before() {
    // "the two leaders" resolved to no one, and the signing was lost.
    assertThat(
            code(
                "2024-11-10",
                "Prabowo held talks with Xi Jinping on Saturday. The two leaders signed agreements"
                    + " on food security."))
        .extracting(SharedPipeline::withRoles)
        .contains("1 IDNGOV->CHNGOV 057", "1 CHNGOV->IDNGOV 057");
    // two states joined earlier in the sentence are the pair, and a third party stays a target
    assertThat(
            code(
                "2004-12-15",
                "In a sign of a thaw in relations between Egypt and Israel, the two countries"
                    + " signed a trade protocol with the US."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("EGY->USA 057", "ISR->USA 057");
  }

  @Test
  void both_presidents_are_not_the_one_who_writes_to_them_and_them_is_the_pair() {
    // The dev set's d007: asking to meet both presidents is the UN's intent to meet each (036).
    assertThat(
            code(
                "2022-04-29",
                "Guterres held talks with President Volodymyr Zelenskiy in Kyiv on Thursday. Two"
                    + " days earlier in Moscow, he met President Vladimir Putin. Guterres had"
                    + " written to both presidents last week asking to meet them."))
        .extracting(SharedPipeline::withRoles)
        .contains("2 IGOUNO->UKRGOV 036", "2 IGOUNO->RUSGOV 036");
  }

  @Test
  void asking_to_do_something_oneself_is_an_intent_and_asking_another_an_appeal() {
    assertThat(code("2024-01-01", "Iran asked to meet the IAEA chief."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("IRN->IGOUNOIAE 036");
    assertThat(code("2024-01-01", "The US asked Russia to withdraw its troops."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("USA->RUS 0256"); // an appeal to de-escalate
  }

  @Test
  void an_act_one_only_decides_how_to_do_is_not_coded() {
    // The dev set's d004: the pair now resolves, and implementing the treaty was coded (030).
    assertThat(
            code(
                "2024-11-01",
                "Lavrov said it was up to North Korea to decide how to implement the two"
                    + " countries' partnership treaty."))
        .isEmpty();
  }
}
