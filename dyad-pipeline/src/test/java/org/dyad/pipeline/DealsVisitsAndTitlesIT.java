package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Mediators named on the deals they brokered, visits first told in a time phrase, owners written
 * before a participle ("Saudi-led", "British-flagged"), titles that outrank a dictionary's dates,
 * and pronouns that look ahead to the subject, through the real pipeline. The sentences were
 * written to probe the coder; each had coded the wrong event or none.
 */
class DealsVisitsAndTitlesIT {
  @Test
  void a_deal_brokered_by_a_third_party_is_its_mediation_between_the_parties() {
    assertThat(
            code(
                "2023-06-01",
                "Saudi Arabia and Iran agreed to restore relations under a deal brokered by China."
                    + " Israel and Hamas agreed to an Egyptian-brokered ceasefire."))
        .extracting(SharedPipeline::inSentence)
        .contains("0 CHN->SAU 045", "0 CHN->IRN 045", "1 EGY->ISR 045", "1 EGY->PSE 045");
  }

  @Test
  void talks_between_others_hosted_by_a_third_party_are_its_mediation() {
    assertThat(
            code(
                "2023-06-01",
                "The negotiations between Armenia and Azerbaijan hosted by the United States made"
                    + " progress. Leaders attended a summit hosted by Egypt."))
        .extracting(SharedPipeline::inSentence)
        .contains("0 USA->ARM 045", "0 USA->AZE 045")
        .noneMatch(e -> e.startsWith("1 ") && e.endsWith(" 045"));
  }

  @Test
  void leaving_talks_another_brokered_is_no_mediation_between_the_leaver_and_the_broker() {
    assertThat(
            code(
                "2006-04-20",
                "Chad withdrew its delegation from African Union-brokered peace talks on Darfur."))
        .extracting(SharedPipeline::withRoles)
        .noneMatch(e -> e.endsWith(" 045"));
  }

  @Test
  void a_visit_first_told_in_a_time_phrase_is_coded_but_one_pointed_back_to_is_not() {
    assertThat(
            code(
                "2023-06-01",
                "The agreement was signed during a visit by President Biden to Hanoi. Venezuela"
                    + " freed six Americans after a visit by a US envoy to Caracas."))
        .extracting(SharedPipeline::withRoles)
        .contains("0 USAGOV->VNMGOV 042", "1 USAGOV->VENGOV 042", "1 VEN->USA 0841");
    assertThat(
            code(
                "2024-09-10",
                "Putin visited Pyongyang in June. Two weeks after the visit, North Korea praised"
                    + " Russia."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("0 RUS->PRK 042", "1 PRK->RUS 051");
  }

  @Test
  void a_meeting_during_which_one_pledges_is_held_not_intended() {
    assertThat(
            code(
                "2005-04-01",
                "Taiwan's President Chen Shui-bian pledged to develop cross-Straits relations"
                    + " during his meeting with Chinese President Hu Jintao."))
        .extracting(SharedPipeline::inSentence)
        .contains("0 TWN->CHN 040")
        .noneMatch(e -> e.endsWith(" 036"));
  }

  @Test
  void a_participle_after_the_object_does_not_take_it_as_its_subject() {
    assertThat(
            code(
                "2023-06-01",
                "Venezuela released six Americans jailed in Caracas. Israel released 39"
                    + " Palestinians on Friday."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("0 VEN->USA 0841", "1 ISR->PSE 0841");
  }

  @Test
  void the_leader_or_flag_state_before_a_participle_owns_the_noun_but_a_backer_does_not() {
    assertThat(
            code(
                "2019-07-20",
                "Iranian forces seized a British-flagged oil tanker in the Strait of Hormuz. The"
                    + " Saudi-led coalition carried out air strikes on Houthi positions in Yemen."
                    + " Iranian-backed Houthi rebels attacked a Greek-owned ship in the Red Sea."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("0 IRN->GBR 171", "1 SAU->YEM 195", "2 YEM->GRC 190");
  }

  @Test
  void a_title_of_office_in_the_text_outranks_a_dictionary_term_that_has_ended() {
    assertThat(
            code(
                "2023-06-01",
                "Israeli Defence Minister Benny Gantz visited Rabat. Former Israeli Defence Minister"
                    + " Benny Gantz visited Rabat."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 ISRMIL->MARGOV 042", "1 ISRELI->MARGOV 042");
  }

  @Test
  void a_pronoun_in_a_fronted_phrase_stands_for_the_subject_that_follows() {
    assertThat(
            code(
                "2006-04-02",
                "CIA Director Porter Goss resigned on Friday. While speaking on British television"
                    + " during her visit to the UK, US Secretary of State Condoleezza Rice said Iran"
                    + " must stop enrichment."))
        .extracting(SharedPipeline::withRoles)
        .contains("1 USAGOV->GBR 042");
  }
}
