package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Claims of responsibility aimed where the attack was, acts only asked for, and groups named after
 * a description of them, through the real pipeline. The sentences are adapted from the PETR-2
 * validation records that the coder had missed or coded wrongly.
 */
class ClaimsAndRequestsIT {
  @Test
  void a_claim_of_responsibility_is_aimed_at_where_the_claimed_attack_was() {
    // The claim had no target: the attack's place was read as a place only.
    assertThat(code("2013-09-22", "Al-Shabab claimed responsibility for the attack in Nairobi."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("SOM->KEN 015");
    assertThat(code("2004-03-15", "Hamas claimed the bombing at a bus station in Tel Aviv."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 PSEREBHMS->ISR 015");
    // The place can sit under what the attack did: "targeting non-Muslims at a mall in ...".
    assertThat(
            code(
                "2013-09-22",
                "The Somali militant group al-Shabab is claiming responsibility for a deadly"
                    + " attack targeting non-Muslims at an upscale mall in Kenya's capital."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("SOM->KEN 015");
    // A claim with no attack in it keeps to its own target rules.
    assertThat(code("2013-09-22", "Al-Shabab claimed victory in Mogadishu.")).isEmpty();
  }

  @Test
  void an_act_pressure_or_calls_ask_for_is_not_done() {
    // "faces pressure ... to help Iran" was coded as help given (070).
    assertThat(code("2014-06-01", "Obama faces pressure from Congress to help Iran.")).isEmpty();
    assertThat(
            code(
                "2012-10-01",
                "The Kenyan government faces growing calls to withdraw its troops from Somalia."))
        .isEmpty();
    // The visit an invitation asks for is not made.
    assertThat(code("2010-05-03", "Japan received an invitation to visit China.")).isEmpty();
  }

  @Test
  void in_the_passive_the_one_pressed_is_asked_to_act_by_the_one_pressing() {
    // The by-agent was read as the one to help Iran: Congress gave help (070).
    assertThat(code("2014-06-01", "Obama was pressured by the US Congress to help Iran."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 USALEG->USAGOV 023");
    assertThat(code("2014-06-01", "The US Congress pressured Obama to help Iran."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 USALEG->USAGOV 023");
    // An obligation is not its act: read as the patient's act, this was help given (070).
    assertThat(code("2005-03-14", "The US is bound by law to help Taiwan defend itself."))
        .isEmpty();
    // The one made to act still does it when the act is coded: "was forced to accept".
    assertThat(code("2014-06-01", "Lavrov is scheduled to visit China next week."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->CHN 036");
  }

  @Test
  void a_group_named_after_its_description_is_the_named_group() {
    // The parser hangs "al-Shabab" on "group" as "dep": the adjective "Somali" made it Somalia.
    assertThat(code("2011-10-20", "The Somali militant group al-Shabab attacked Kenyan troops."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 SOMREB->KENMIL 190");
  }

  @Test
  void a_text_says_what_its_issuer_says_unless_it_was_blocked() {
    // A participle on a text with no author named was background: the resolution condemned no
    // one.
    assertThat(code("2023-09-25", "The UN adopted a resolution condemning North Korea."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("IGOUNO->PRK 111");
    assertThat(
            code(
                "2000-07-10",
                "The rebel Kurdistan Workers' Party issued a declaration demanding that the Turkish"
                    + " government provide information."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 TURREB->TURGOV 100");
    // A text blocked or vetoed says nothing; one voted for is not the voter's own.
    assertThat(code("2023-09-25", "China blocked a UN statement criticising North Korea."))
        .extracting(SharedPipeline::dyad)
        .doesNotContain("IGOUNO->PRK 111");
    assertThat(code("2023-09-25", "Brazil voted for a motion condemning North Korea.")).isEmpty();
  }

  @Test
  void a_common_noun_the_tagger_took_into_a_name_leaves_the_country_adjective_its_country() {
    // NER tagged "Philippine navy" one organisation, so "Philippine" was inside a longer name.
    assertThat(
            code(
                "2023-08-07",
                "The Chinese embassy in Manila lodged a protest over the Philippine navy's"
                    + " actions."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 CHNGOV->PHLMIL 110");
  }
}
