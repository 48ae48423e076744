package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Mediation named by the effort or mission that carries it, mediation and talks ended, a welcome
 * given to a visitor, envoys and inspectors dispatched, investigations opened, and "Serbian",
 * through the real pipeline. The sentences are adapted from the PLOVER validation records that the
 * coder had missed or coded wrongly.
 */
class MediationAndHostingIT {
  @Test
  void a_mediation_effort_or_mission_mediates_between_the_parties() {
    // The verb "launched" took the effort as an appeal with no addressee (020), and nothing was
    // coded.
    assertThat(
            code(
                "1990-05-01",
                "Qatar's emir launched a mediation effort on Saturday between Saudi Arabia and"
                    + " Iran."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("QAT->SAU 045", "QAT->IRN 045");
    // Ending a mediation halts it; it is no mediation (045).
    assertThat(code("2012-11-20", "Egypt ended its mediation between Israel and Hamas."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("EGY->ISR 165", "EGY->PSE 165");
  }

  @Test
  void hosting_talks_between_others_mediates_and_offering_to_is_an_intent_to_mediate() {
    // CAMEO.2.0 coded hosted talks as the intent to mediate (039), and an offer to mediate took
    // the intent of a meeting (036).
    assertThat(code("2024-05-01", "Qatar hosted talks between Israel and Hamas."))
        .extracting(SharedPipeline::dyad)
        .contains("QAT->ISR 045", "QAT->PSE 045");
    assertThat(code("2025-09-01", "The Vatican offered to mediate between Russia and Ukraine."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("VAT->RUS 039", "VAT->UKR 039");
    // The parties of talks another offers to host intend nothing yet: RUS<->UKR 036 was coded.
    assertThat(code("2025-09-01", "Turkey offered to host talks between Russia and Ukraine."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("TUR->RUS 039", "TUR->UKR 039");
    // The pope and the Vatican were no actors.
    assertThat(
            code(
                "2025-09-01",
                "Ukraine's president Volodymyr Zelensky met Pope Leo at the Vatican on"
                    + " Wednesday."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 UKRGOV->VATGOV 040");
  }

  @Test
  void talks_stopped_or_broken_off_are_halted_negotiations() {
    // "broke off talks with" took the bare "break with" row (130) and talks held (040).
    assertThat(code("2013-03-11", "North Korea broke off talks with South Korea."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("PRK->KOR 164");
    assertThat(code("1983-11-23", "The Soviet Union stopped negotiations with the United States."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->USA 164");
  }

  @Test
  void envoys_and_inspectors_dispatched_and_investigations_launched() {
    // "dispatch" had no pattern: CAMEO.2.0 lists it with "send" but binds none to it.
    assertThat(code("2005-05-01", "The US dispatched an envoy to Pakistan."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("USA->PAK 042");
    assertThat(code("2005-05-01", "The IAEA has dispatched inspectors to Iran."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("IGOUNOIAE->IRN 090");
    assertThat(code("2014-07-20", "Russia launched an investigation into the Ukrainian attack."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->UKR 090");
  }

  @Test
  void a_welcome_given_to_a_visitor_hosts_the_visit() {
    assertThat(
            code(
                "1990-05-01",
                "President Francois Mitterrand gave a warm welcome on Thursday to South African"
                    + " leader F.W. de Klerk."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("FRA->ZAF 043");
  }

  @Test
  void serbian_is_serbia_not_montenegro() {
    // The actor dictionary's first owner of the adjective was Montenegro (their union of
    // 1992-2006): "Serbian forces" were MNEMIL.
    assertThat(code("1999-06-12", "Serbian forces withdrew from Kosovo."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 SRBMIL->KSV 166");
  }

  @Test
  void hosting_weapons_or_troops_is_military_cooperation_and_arriving_to_join_a_force_deploys() {
    // "host" knew only visits (043).
    assertThat(code("2023-06-16", "Belarus hosted Russian nuclear weapons on its territory."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("BLR->RUS 062");
    assertThat(code("2023-05-21", "Japan hosted the G7 summit in Hiroshima."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("JPN->IGOGOS 043");
    // The dev set's Kenyan police, who came to lead the force in Haiti, were coded as visitors.
    assertThat(
            code(
                "2024-06-26",
                "The first Kenyan police officers landed in Port-au-Prince on Tuesday to spearhead"
                    + " a UN-backed multinational force against the gangs."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 KENCOP->HTI 074");
    assertThat(code("2024-06-26", "Kenya's president arrived in Haiti to meet officials."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("KEN->HTI 042");
    // A mission's mandate extended demands nothing (CAMEO.2.0 coded it 100).
    assertThat(
            code(
                "2023-06-30",
                "The UN Security Council extended the mandate of its peacekeeping mission in"
                    + " Mali."))
        .isEmpty();
  }

  @Test
  void joint_exercises_are_with_each_other_and_a_border_they_are_near_is_no_party() {
    // The exercises were coded against Poland, whose border they were near.
    assertThat(
            code(
                "2023-09-25",
                "Russia and Belarus began joint military exercises near the Polish border."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("RUS->BLR 062", "BLR->RUS 062");
    // Force near a border is aimed across it.
    assertThat(code("2021-11-10", "Russia massed troops near the Ukrainian border."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->UKR 154");
    // The parser made "drawing" a modifier of "criticism", a second object of "met", and the
    // meeting was lost.
    assertThat(
            code(
                "2023-10-18",
                "Hungary's Orban met Putin in Beijing, drawing criticism from EU leaders."))
        .extracting(SharedPipeline::withRoles)
        .contains("0 HUNGOV->RUSGOV 040");
  }
}
