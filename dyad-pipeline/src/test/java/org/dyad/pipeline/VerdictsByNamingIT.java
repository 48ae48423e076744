package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Verdicts passed by naming another party's doings ("called the remarks unacceptable", "branded the
 * sanctions illegal", "described the claims as baseless"), through the real pipeline. The sentences
 * were written to probe the coder; none had coded anything.
 */
class VerdictsByNamingIT {
  @Test
  void naming_a_doing_with_a_word_of_reproach_criticises_its_doer() {
    assertThat(
            code(
                "2020-01-01",
                "Chile called the remarks by Bolivia's president unacceptable. China branded the"
                    + " US sanctions illegal. India described Pakistan's claims as baseless."
                    + " France called Iran's missile test a violation of UN resolutions."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly(
            "0 CHL->BOLGOV 111", "1 CHN->USA 111", "2 IND->PAK 111", "3 FRA->IRNMIL 111");
  }

  @Test
  void the_verdict_may_be_the_adjective_of_the_word_applied() {
    assertThat(
            code(
                "2017-07-05",
                "Japan termed North Korea's missile launch an outrageous act. Beijing described"
                    + " the US arms sale to Taiwan as a gross interference in China's internal"
                    + " affairs."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("0 JPN->PRK 111", "1 CHN->USA 111");
  }

  @Test
  void no_verdict_word_or_a_denied_verdict_is_no_event() {
    assertThat(
            code(
                "2023-11-16",
                "The minister described the situation in Gaza as catastrophic. Obama said he did"
                    + " not consider Iran's offer unacceptable. Russia considers NATO expansion a"
                    + " threat."))
        .isEmpty();
  }

  @Test
  void blocking_a_bid_or_a_text_in_a_body_is_a_veto() {
    assertThat(
            code(
                "2022-06-01",
                "Turkey blocked Sweden's bid to join NATO. Hungary blocked an EU statement"
                    + " criticising China. Protesters blocked the road to the airport."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 TUR->SWE 129", "1 HUN->IGOEUREEC 129");
  }
}
