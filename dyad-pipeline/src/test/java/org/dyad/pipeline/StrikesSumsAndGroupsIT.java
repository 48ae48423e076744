package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Strikes carried out on sites in a country, sums of money "in" aid of a kind, leaders of groups,
 * "the group", participles hung on a venue or joined to a word inside a clause, deployments to a
 * border, and Belgrade, through the real pipeline. The sentences are wire-style sentences about
 * 2024 diplomacy and war written to probe the coder, and one from Wikinews (2005).
 */
class StrikesSumsAndGroupsIT {
  @Test
  void strikes_carried_out_on_sites_in_a_country_hit_that_country_not_the_strikers_own() {
    // "carried out" has no row for bare "strikes", and the sites are no actor: nothing was coded.
    assertThat(
            code(
                "2025-05-07",
                "India carried out missile strikes on nine sites in Pakistan early on Wednesday."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("IND->PAK 195");
    assertThat(
            code(
                "2024-06-01",
                "Pakistan carried out strikes on militant hideouts in its northwest."))
        .isEmpty();
  }

  @Test
  void a_sum_in_aid_of_a_kind_is_that_aid_and_a_sum_in_plain_aid_is_money() {
    // The euros were the object, and "to Ukraine" hung on the aid under them: no event.
    assertThat(code("2024-06-01", "Germany pledged 500 million euros in military aid to Ukraine."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("DEU->UKR 0332");
    assertThat(code("2024-06-01", "Germany pledged 500 million euros in aid to Ukraine."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("DEU->UKR 0331");
    // Wikinews, January 2005
    assertThat(
            code(
                "2005-01-25",
                "Australia also pledges $150 million in aid for the reconstruction of"
                    + " Afghanistan."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("AUS->AFG 0331");
  }

  @Test
  void leaders_of_a_group_are_the_group_and_the_group_is_the_last_group_named() {
    // "leaders" alone is a government role: the gang leaders were coded HTIGOV.
    assertThat(code("2024-06-01", "Haitian gang leaders threatened to attack the Kenyan police."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 HTICRM->KENCOP 138");
    assertThat(
            code(
                "2024-06-01",
                "A senior Hamas official said the group rejected the Israeli proposal."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 PSEREBHMS->ISR 120");
  }

  @Test
  void a_participle_hung_on_the_venue_or_on_a_word_in_the_clause_has_the_clause_subject() {
    // The parser hangs "accusing" on the court, which became the accuser.
    assertThat(
            code(
                "2024-01-01",
                "South Africa filed a case at the International Court of Justice accusing Israel"
                    + " of genocide."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("ZAF->ISR 1124");
    // "expelled" hangs on "absurd", and had no subject.
    assertThat(
            code(
                "2024-10-15",
                "India rejected the allegations as absurd and expelled six Canadian diplomats in"
                    + " response."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("IND->CAN 161");
  }

  @Test
  void troops_deployed_to_a_border_are_a_force_posture_not_peacekeeping_for_the_neighbour() {
    // forces deployed are mobilised (154), by the CAMEO dictionary's row for "deploy" troops
    assertThat(code("2024-06-01", "Belarus deployed troops to its border with Ukraine."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("BLR->UKR 154");
    assertThat(code("2024-06-01", "Kenya deployed 400 police officers to Haiti."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("KEN->HTI 074");
  }

  @Test
  void tariffs_lifted_sieges_and_embargoes_imposed_and_weapons_announced_have_their_codes() {
    assertThat(code("2024-06-01", "China lifted tariffs on Australian barley."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("CHN->AUS 085");
    assertThat(code("2024-06-01", "Israel imposed a siege on Gaza."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("ISR->PSE 191");
    assertThat(
            code("2024-06-01", "The UN Security Council imposed an arms embargo on South Sudan."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 IGOUNO->SSD 163");
    assertThat(
            code(
                "2024-06-01",
                "The Pentagon announced a new $250 million weapons package for Ukraine."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 USAMIL->UKR 0332");
  }

  @Test
  void the_two_countries_are_the_pair_the_sentence_before_joined() {
    // The last two states named were Iran and China, the broker: the talks were coded IRN-CHN.
    assertThat(
            code(
                "2023-03-11",
                "Saudi Arabia and Iran agreed on Friday to re-establish diplomatic relations, in a"
                    + " deal brokered by China. The announcement followed four days of talks in"
                    + " Beijing between the two countries' top security officials."))
        .extracting(SharedPipeline::inSentence)
        .contains("1 SAU->IRN 040", "1 IRN->SAU 040")
        .doesNotContain("1 IRN->CHN 040", "1 CHN->IRN 040");
  }

  @Test
  void development_aid_suspended_is_economic_aid_reduced() {
    assertThat(code("2023-07-29", "France suspended all development aid to Niger."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("FRA->NER 1621");
  }

  @Test
  void belgrade_is_serbia_and_who_is_trained_to_attack_attacks() {
    // CountryInfo listed Belgrade as Montenegro's capital too, which won.
    assertThat(code("2024-06-01", "Belgrade recalled its ambassador from Podgorica."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 SRBGOV->MNEGOV 161");
    assertThat(code("2024-06-01", "Iran trained Houthi fighters to attack Israel."))
        .extracting(SharedPipeline::withRoles)
        .contains("0 YEMREB->ISR 190")
        .doesNotContain("0 IRN->ISR 190");
  }
}
