package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Words of force used for words, meetings that are no meetings, what rumours say, and where a
 * subject "was", through the real pipeline. The errors were found coding 1,714 non-sport BBC
 * reports of 2005 (research-only, not shipped); the sentences here are written after them.
 */
class WordsOfForceAndDoubtIT {
  @Test
  void a_person_attacking_with_a_saying_or_attacking_a_way_or_failure_criticises() {
    // Both were coded as armed attacks (190).
    assertThat(
            code(
                "2006-09-21",
                "Hugo Chavez attacked American imperialists, saying they treated Latin America"
                    + " like a backyard."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("VEN->USA 111");
    assertThat(
            code(
                "2007-03-01",
                "Nicolas Sarkozy attacked the German government's failure to act on the"
                    + " crisis."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("FRA->DEU 111");
    // A state attacking while it says something still attacks.
    assertThat(code("2024-04-14", "Iran attacked Israel, saying it would defend itself."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("IRN->ISR 190");
  }

  @Test
  void meeting_a_reception_or_a_deadline_being_fired_up_or_spying_for_someone_is_no_event() {
    assertThat(
            code("2004-05-01", "The Polish proposal met a cool reception from Gerhard Schroeder."))
        .isEmpty();
    assertThat(code("2004-05-01", "Iran met the deadline set by the IAEA.")).isEmpty();
    assertThat(code("2005-01-15", "The delegates were fired up by Jacques Chirac's speech."))
        .isEmpty();
    // The agency spied for is the spy's employer; the state spied on is the target.
    assertThat(code("2005-01-15", "The diplomat spied for the CIA for ten years.")).isEmpty();
    assertThat(code("2005-01-15", "China spied on Taiwan for years."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("CHN->TWN 090");
  }

  @Test
  void a_blow_to_sales_or_by_troubles_is_no_force_and_one_by_sanctions_is_a_sanction() {
    // All three were armed attacks (190).
    assertThat(code("2005-01-15", "Chinese efforts to cool its economy hit Japanese car sales."))
        .isEmpty();
    assertThat(
            code(
                "2005-01-15",
                "The Russian oil firm Yukos was hit by troubles at its US refining business."))
        .isEmpty();
    assertThat(code("2005-01-15", "Syria was hit by new US sanctions."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("USA->SYR 163");
    // Permission to fly somewhere is no flight there (it was a visit, 042).
    assertThat(
            code(
                "2005-01-15",
                "Pakistan International Airlines won Indian permission to fly to New Delhi."))
        .isEmpty();
  }

  @Test
  void what_a_rumour_speculation_or_suggestion_says_is_not_asserted() {
    assertThat(code("2012-02-01", "There is speculation that Israel will strike Iran.")).isEmpty();
    assertThat(
            code(
                "2005-01-15",
                "Jack Straw dismissed suggestions the US was preparing for strikes against Iran."))
        .extracting(SharedPipeline::dyad)
        .doesNotContain("USA->IRN 138");
    // A noun's own act, with no subject of its own, is still coded.
    assertThat(
            code(
                "2005-01-15",
                "A US government lawsuit accusing Mexico of dumping steel was thrown out."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("USA->MEX 112");
  }

  @Test
  void what_a_demanded_admission_says_is_demanded_not_asserted() {
    // The clause of the noun demanded was coded as a killing done (RUS->POL 18x) once "Soviet"
    // named Russia.
    assertThat(
            code(
                "1990-04-01",
                "Poland's parliament has demanded an admission by Moscow that Soviet security"
                    + " forces murdered thousands of Polish officers."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("POL->RUS 100");
    // The Soviet Union is coded as Russia, its successor, as GDELT and the PLOVER gold code it.
    assertThat(code("1980-01-05", "Soviet troops invaded Afghanistan."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->AFG 192");
  }

  @Test
  void one_who_was_in_a_place_before_travelling_is_the_traveller_not_the_place() {
    // The place the parser made the clause's head was the traveller (KEN->SDN 042).
    assertThat(
            code(
                "2005-01-15",
                "The minister was in Kenya before travelling to Sudan with the committee."))
        .isEmpty();
    assertThat(code("2007-01-15", "Vladimir Putin was in Berlin to meet Angela Merkel."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->DEU 040");
  }

  @Test
  void force_threatened_by_its_name_is_a_threat_of_military_force() {
    // "threaten" alone is 130, and "use force" had no row: the threat to use it was lost.
    assertThat(
            code(
                "2023-08-10",
                "ECOWAS threatened military intervention in Niger if the junta did not reinstate"
                    + " Bazoum."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("IGOWAFWAS->NER 138");
    assertThat(code("2022-02-01", "China threatened Taiwan with war."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("CHN->TWN 138");
    assertThat(code("2022-02-01", "Russia threatened to use force against Ukraine."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->UKR 138");
    assertThat(code("2022-02-01", "The US threatened sanctions against Turkey."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("USA->TUR 1312");
  }
}
