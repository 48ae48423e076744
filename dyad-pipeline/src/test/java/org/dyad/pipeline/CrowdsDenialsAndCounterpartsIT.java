package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Crowds and police of no named country, a state's counterpart named by "its neighbour", diplomatic
 * protests, denials made for one's own side, the accused in court and times named by another event,
 * through the real pipeline. The sentences were written to probe the coder; each had coded the
 * wrong event or none.
 */
class CrowdsDenialsAndCounterpartsIT {
  @Test
  void a_crowd_of_no_named_country_protests_where_it_marches_and_police_face_their_own() {
    assertThat(
            code(
                "2006-02-04",
                "Thousands of protesters marched on the US embassy in Baghdad. Demonstrators in"
                    + " Tbilisi clashed with police."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 IRQCVL->USAGOV 140", "1 GEOCVL->GEOCOP 190");
  }

  @Test
  void a_crowd_whose_place_is_a_country_in_its_words_takes_no_country_from_it() {
    assertThat(code("2006-02-04", "Protesters in London rallied against the war in Iraq."))
        .extracting(SharedPipeline::inSentence)
        .noneMatch(e -> e.startsWith("0 IRQ"));
  }

  @Test
  void its_neighbour_is_the_nearest_other_state() {
    assertThat(
            code(
                "2021-08-24",
                "Algeria cut diplomatic ties with Morocco, accusing its neighbour of hostile"
                    + " actions."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("0 DZA->MAR 161", "0 DZA->MAR 112");
    assertThat(code("2021-08-24", "India accused its neighbour of sponsoring terrorism."))
        .isEmpty();
  }

  @Test
  void a_protest_a_state_files_or_sends_is_diplomatic_not_a_demonstration() {
    assertThat(
            code(
                "2023-06-01",
                "The Philippines filed a diplomatic protest against China over the harassment of"
                    + " its vessels. Japan sent a protest to South Korea."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("0 PHL->CHN 110", "1 JPN->KOR 110");
  }

  @Test
  void denying_what_ones_own_forces_did_is_no_event_with_them_but_denying_anothers_deed_is() {
    assertThat(
            code(
                "2023-06-01",
                "The Kremlin denied that Russian forces had targeted civilians. Russia denied that"
                    + " Ukraine had recaptured the town."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("1 RUS->UKR 016");
  }

  @Test
  void who_appears_in_court_is_the_accused() {
    assertThat(
            code(
                "2023-06-01",
                "Two Iranian diplomats appeared in court in Berlin on spying charges."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 DEUJUD->IRNGOV 173");
  }

  @Test
  void the_parties_of_an_event_that_sets_the_time_are_not_the_target() {
    assertThat(
            code(
                "2005-04-10",
                "Iraqi protesters marched in Baghdad on the anniversary of the fall of Saddam"
                    + " Hussein."))
        .isEmpty();
  }

  @Test
  void protesting_a_detention_is_aimed_at_the_detainer_not_the_detained() {
    assertThat(
            code(
                "2023-06-01",
                "Russia's foreign ministry summoned the US ambassador to protest against the"
                    + " detention of a Russian citizen. China protested against the arrest of its"
                    + " citizens by Indian police."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 RUSGOV->USAGOV 114", "1 CHN->INDCOP 114");
    assertThat(
            code(
                "2023-06-01",
                "British protesters demonstrated against the killing of protesters by Iranian"
                    + " police. Pakistani protesters demonstrated against the arrest of Imran"
                    + " Khan."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 GBRCVL->IRNCOP 141");
  }

  @Test
  void an_attack_noun_that_kills_names_the_force_used() {
    assertThat(
            code(
                "2023-06-01",
                "Israeli airstrikes killed at least 30 people in the Gaza Strip overnight."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("0 ISR->PSE 195");
  }

  @Test
  void people_counted_in_hundreds_or_sent_back_are_the_object_of_the_act() {
    assertThat(
            code(
                "2023-06-01",
                "Israel released hundreds of Palestinian prisoners. Bangladesh sent back hundreds"
                    + " of Rohingya refugees to Myanmar."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("0 ISR->PSE 0841", "1 BGD->MMR 174");
  }

  @Test
  void fighters_named_by_a_regions_people_are_that_states_rebels() {
    assertThat(
            code(
                "2021-06-01",
                "Ethiopian forces and Tigrayan rebels exchanged fire near Mekelle. Chechen rebels"
                    + " attacked Russian troops in Grozny."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 ETHMIL->ETHREB 193", "0 ETHREB->ETHMIL 193", "1 RUSREB->RUSMIL 190");
  }

  @Test
  void hailing_a_killing_praises_the_killers_not_the_killed() {
    assertThat(
            code(
                "2011-06-01",
                "The US welcomed the arrest of Ratko Mladic by Serbian police. Russian media hailed"
                    + " the killing of Chechen rebel leader Aslan Maskhadov."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 USA->SRBCOP 051");
  }

  @Test
  void war_games_held_near_another_are_a_show_of_force_and_joint_exercises_cooperation() {
    assertThat(
            code(
                "2022-08-01",
                "China held 10 days of war games around Taiwan. The United States and South Korea"
                    + " held joint military exercises."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("0 CHN->TWN 150", "1 USA->KOR 062", "1 KOR->USA 062");
  }
}
