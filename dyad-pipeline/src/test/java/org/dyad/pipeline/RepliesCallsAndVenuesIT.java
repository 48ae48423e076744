package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Replies in force or sanctions, conversations "spoken" with another leader, talks a compound
 * subject agrees to hold, and the place an agreement was signed, through the real pipeline. The
 * sentences are wire-style reports of 2020s diplomacy written to probe the coder, not taken from a
 * gold set.
 */
class RepliesCallsAndVenuesIT {
  @Test
  void a_reply_in_force_or_sanctions_is_the_force_or_sanction_it_names() {
    // "retaliate" and "respond" had no pattern with what they reply with.
    assertThat(code("2024-10-27", "Israel retaliated with air strikes on Lebanon."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("ISR->LBN 195");
    assertThat(
            code(
                "2024-09-20",
                "Hezbollah launched rockets at northern Israel, and the Israeli army responded"
                    + " with air strikes on southern Lebanon."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("LBN->ISR 194", "ISR->LBN 195");
    assertThat(code("2025-02-01", "Canada retaliated with tariffs on US steel."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("CAN->USA 163");
    // a reply in words is no force
    assertThat(code("2025-02-01", "France responded with a letter to the UN.")).isEmpty();
  }

  @Test
  void a_vow_to_respond_or_retaliate_threatens() {
    // The vow alone coded cooperation (030), and "against" named no target of a vowed act.
    assertThat(
            code(
                "2024-01-20",
                "The Taliban accused Pakistan of violating Afghan airspace and vowed to respond."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("AFG->PAK 112", "AFG->PAK 130");
    assertThat(code("2024-04-02", "Iran vowed to retaliate against Israel."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("IRN->ISR 138");
  }

  @Test
  void speaking_with_a_leader_is_a_conversation_and_by_phone_a_call() {
    // "speak" was only a reporting verb: these calls were lost.
    assertThat(
            code(
                "2025-09-01",
                "Indian Prime Minister Narendra Modi spoke by phone with US President Donald"
                    + " Trump on Tuesday."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 INDGOV->USAGOV 041");
    assertThat(code("2024-03-01", "Macron spoke to Zelensky by telephone."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("FRA->UKR 041");
    assertThat(code("2025-09-01", "Modi spoke with Trump on Tuesday about trade."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("IND->USA 040");
    // the press is no party: only the meeting with Egyptian officials is coded
    assertThat(
            code(
                "2024-03-01",
                "Blinken spoke with reporters in Cairo after meeting Egyptian officials."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("USA->EGY 040");
  }

  @Test
  void talks_a_compound_subject_agrees_to_hold_are_intended() {
    // The noun "talks" was coded as talks held (040) next to the intent.
    assertThat(code("2025-03-22", "Japan and South Korea agreed to resume regular summit talks."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("JPN->KOR 036", "KOR->JPN 036");
    assertThat(code("2025-03-22", "Japan and South Korea agreed to hold talks next month."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("JPN->KOR 036", "KOR->JPN 036");
  }

  @Test
  void where_an_agreement_was_signed_is_no_party_to_it() {
    // "at the White House" was taken as the other party (ARM->USA, AZE->USA).
    assertThat(
            code(
                "2025-09-01",
                "Armenia and Azerbaijan signed a peace agreement at the White House in August."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("ARM->AZE 057", "AZE->ARM 057");
    assertThat(
            code(
                "2025-09-01",
                "Armenia and Azerbaijan initialled a peace agreement at the White House in"
                    + " August."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("ARM->AZE 057", "AZE->ARM 057");
    // nor where talks were held: Turkey was coded as the partner of both
    assertThat(code("2025-05-16", "Russia and Ukraine held direct talks in Istanbul on Friday."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("RUS->UKR 040", "UKR->RUS 040");
    assertThat(code("2025-05-12", "Russia and Ukraine agreed to hold talks in Istanbul."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("RUS->UKR 036", "UKR->RUS 036");
    // but where visitors arrive is whom they visit
    assertThat(code("2022-06-16", "Macron and Scholz arrived in Kyiv on Thursday."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("FRA->UKR 042", "DEU->UKR 042");
    // two states that reopen their embassies restore relations with each other
    assertThat(
            code(
                "2023-06-07",
                "Saudi Arabia and Iran reopened their embassies after a seven-year rift."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("SAU->IRN 054", "IRN->SAU 054");
    // where an embassy opens is the state it is opened to
    assertThat(code("2018-12-28", "The UAE reopened its embassy in Damascus."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("ARE->SYR 054");
  }
}
