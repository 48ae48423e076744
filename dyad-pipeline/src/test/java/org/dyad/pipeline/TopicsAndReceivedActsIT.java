package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Clauses that talk about an act without reporting one, and acts received from another, through the
 * real pipeline. The sentences are adapted from Wikinews politics articles of 2008 (CC BY 2.5) that
 * the coder had coded wrongly.
 */
class TopicsAndReceivedActsIT {
  @Test
  void a_report_about_a_strategy_in_a_country_or_of_planned_operations_accuses_no_one() {
    // Coded USA->IRQ 112 and ISR->PSE 112, as if hostile acts had been reported.
    assertThat(code("2008-01-16", "Bush says the surge strategy in Iraq is working.")).isEmpty();
    assertThat(
            code(
                "2008-01-16",
                "Israel's army chief says Israeli forces will carry out limited operations against"
                    + " Hamas."))
        .extracting(SharedPipeline::dyad)
        .doesNotContain("ISR->PSE 112");
    assertThat(
            code(
                "2008-08-12",
                "Georgia's president said Russian troops attacked Georgian villages on Monday."))
        .extracting(SharedPipeline::dyad)
        .contains("GEO->RUS 112");
  }

  @Test
  void an_act_that_is_the_subject_of_a_judgement_is_a_topic() {
    // Coded RUS->KSV 051: supporting the announcement was read as done.
    assertThat(
            code(
                "2008-02-20",
                "Putin has said that supporting Kosovo's announcement is not moral or legal."))
        .extracting(SharedPipeline::dyad)
        .doesNotContain("RUS->KSV 051");
  }

  @Test
  void support_or_aid_received_is_the_givers_act() {
    // Coded SRB->KSV 043: receiving was read as hosting a visit.
    assertThat(
            code(
                "2008-02-20",
                "Serbia has received diplomatic support in its opposition to Kosovo recognition"
                    + " from Russia."))
        .extracting(SharedPipeline::dyad)
        .noneMatch(d -> d.startsWith("SRB->"));
    assertThat(code("2010-01-20", "Haiti received aid from Canada on Monday."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("CAN->HTI 070");
  }

  @Test
  void a_visa_ban_is_an_administrative_sanction_and_a_planned_one_its_threat() {
    // Coded BLR->IGOEUREEC 016 and IGOEUREEC->BLR 016, denials of responsibility.
    assertThat(code("2006-03-20", "Belarus denied entry to EU election observers on Sunday."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("BLR->IGOEUREEC 172");
    assertThat(code("2006-03-20", "The EU is planning to deny visas to Belarusian officials."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("IGOEUREEC->BLR 132");
  }

  @Test
  void information_received_hosts_no_one() {
    // Coded IRQ->RUS 043, hosting a visit.
    assertThat(
            code(
                "2006-03-20",
                "Saddam Hussein received intelligence from a Russian ambassador about United"
                    + " States plans."))
        .isEmpty();
  }

  @Test
  void a_visit_made_is_a_visit_and_a_recommendation_is_no_act() {
    // Coded CAN->AFG 036 (CAMEO.2.0 "make visit") and USA->JOR 071.
    assertThat(
            code(
                "2007-06-01",
                "On Tuesday, Canadian Prime Minister Stephen Harper made a surprise visit to"
                    + " Afghanistan."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("CAN->AFG 042");
    assertThat(
            code(
                "2007-06-01",
                "The United States ought to be pumping money into Jordan, Bacon suggests."))
        .isEmpty();
  }

  @Test
  void preparing_for_an_invasion_is_its_threat_alone() {
    // Also coded TUR->IRQ 030 from CAMEO.2.0's bare "prepare".
    assertThat(
            code(
                "2007-06-01",
                "Reports began to circulate that Turkey was preparing for an invasion of Iraq."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("TUR->IRQ 138");
  }

  @Test
  void saying_another_should_act_appeals_to_it_and_a_suggestion_of_fact_does_not() {
    // Was nothing: only "must" (a demand) and "should not" (criticism) were read.
    assertThat(
            code(
                "2005-02-02",
                "The President of Algeria said during his speech that Israel should leave the"
                    + " Palestinian territories."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("DZA->ISR 020");
    // Coded ITA->ITA 020 for the journalists' suggestion (CAMEO.2.0's bare "suggest").
    assertThat(
            code(
                "2005-02-02",
                "Chinese journalists have suggested that the Japanese government paid a ransom."))
        .extracting(SharedPipeline::dyad)
        .noneMatch(d -> d.endsWith(" 020"));
  }

  @Test
  void condemning_harm_done_to_someone_condemns_whoever_did_it() {
    // Coded IGOEUREEC->GBR 111: the European Union deplored the British, whom Iran had arrested.
    assertThat(
            code(
                "2007-03-30",
                "Iran arrested 15 British sailors on Friday. The European Union deplored the"
                    + " arrest of the British sailors."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 IRN->GBR 173", "1 IGOEUREEC->IRN 111");
    assertThat(code("2007-03-30", "France condemned the killing of two Israeli soldiers by Hamas."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 FRA->PSEREBHMS 111");
    assertThat(code("1999-03-30", "Russia condemned the NATO bombing of Serbia."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->IGOWSTNAT 111");
    assertThat(code("2007-03-30", "France condemned the killing of two Israeli soldiers."))
        .isEmpty();
    // A war's place is not whom criticism of it is aimed at (coded NZLGOV->IRQ 111).
    assertThat(code("2005-09-01", "Helen Clark's criticism of the war in Iraq hurt the talks."))
        .isEmpty();
  }

  @Test
  void who_leads_is_the_party_a_led_force_stands_for_and_a_style_names_no_one() {
    assertThat(code("2005-08-10", "The US-led coalition bombed Iraqi positions near Baghdad."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("USA->IRQ 195");
    assertThat(code("2005-08-10", "US-led forces attacked the Iraqi town."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 USAMIL->IRQ 190");
    // "US-style" was the United States, the target of the protest (AUSCVL->USA 127)
    assertThat(
            code(
                "2005-08-10",
                "Protesters in Sydney oppose the government's plan for a US-style wages system."))
        .extracting(SharedPipeline::dyad)
        .doesNotContain("AUS->USA 127");
    // America alone is the United States; the one urged is whom the appeal addresses
    assertThat(code("2005-08-10", "Netanyahu repeatedly urged America to invade Iraq."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("ISR->USA 020");
  }

  @Test
  void the_one_prompted_or_warned_to_act_is_the_subject_of_the_act() {
    // "request" was the court's, which had prompted the minister to make it
    assertThat(
            code(
                "2005-09-01",
                "A US court froze the assets of the Palestinian Authority, prompting the"
                    + " Palestinian finance minister to request the aid of the US Secretary of"
                    + " State."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 USAJUD->PSEGOV 163", "0 PSEGOV->USAGOV 023");
    // "applied duties" was an appeal (020)
    assertThat(
            code(
                "2005-09-01",
                "A WTO panel concluded that the U.S. wrongly applied harsh duties on Canadian"
                    + " softwood exports."))
        .extracting(SharedPipeline::dyad)
        .doesNotContain("USA->CAN 020");
  }

  @Test
  void acknowledging_or_informing_of_a_fact_reports_it() {
    // Coded IRQMIL->IRQCVL 015 and IRQCOP->IRQCVL 040 (Wikinews, 2007).
    assertThat(
            code(
                "2007-03-30",
                "The Iraqi general did acknowledge that reduced violence in Baghdad's Sadr City"
                    + " neighborhood may be linked to the absence of Muqtada al-Sadr."))
        .isEmpty();
    assertThat(
            code(
                "2007-03-30",
                "In a statement the Iraqi police informed The Associated Press that one civilian"
                    + " was killed."))
        .isEmpty();
    // Informing a partner of plans briefs it; acknowledging responsibility claims it.
    assertThat(code("2006-07-13", "Israel had informed Washington of its plans in advance."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("ISR->USA 040");
    assertThat(code("2006-07-13", "Hamas acknowledged responsibility for the attack on Israel."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("PSE->ISR 015");
  }

  @Test
  void how_long_is_no_argument_and_a_reported_arrest_accuses_no_one() {
    // Coded ISR->LBN 111 ("attack for": criticise for) and USAMIL->IRQMIL 112 (Wikinews, 2006).
    assertThat(code("2006-08-01", "Israel has been attacking Lebanon for three weeks."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("ISR->LBN 190");
    assertThat(code("2006-08-01", "China attacked Japan for its textbooks."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("CHN->JPN 111");
    assertThat(
            code(
                "2006-07-20",
                "The US military has said Iraqi troops have arrested two and have found a cache"
                    + " of arms believed to be connected to the bloody attack."))
        .isEmpty();
    assertThat(code("2006-07-20", "Iran said Iraqi troops had attacked its border posts."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("IRQ->IRN 190", "IRN->IRQ 112");
  }

  @Test
  void a_time_anchor_or_a_report_within_a_report_is_no_hostile_act_told() {
    // Both were coded as accusations (112) by the outer speaker.
    assertThat(
            code(
                "2005-07-30",
                "Pakistani sources claim that after the London attacks, British investigators have"
                    + " travelled to Pakistan to interview the suspect."))
        .extracting(SharedPipeline::dyad)
        .doesNotContain("PAK->GBR 112");
    assertThat(
            code(
                "2005-10-07",
                "Mr. Shaath says that President Bush told a Palestinian delegation: \"God would tell"
                    + " me, George, go and fight those terrorists in Afghanistan.\""))
        .extracting(SharedPipeline::dyad)
        .doesNotContain("PSE->USA 112");
  }

  @Test
  void an_inquiry_into_a_killing_is_aimed_at_the_killers_not_the_victim() {
    // Coded IGOUNO->LBN 090: the victim, a former Lebanese prime minister, was investigated.
    assertThat(
            code(
                "2005-10-20",
                "A United Nations team is probing the assassination of former Lebanese Prime"
                    + " Minister Rafik al-Hariri."))
        .isEmpty();
    assertThat(
            code(
                "2005-10-20",
                "The UN will investigate the killing of Syrian civilians by Turkish troops."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 IGOUNO->TURMIL 090");
  }

  @Test
  void a_war_named_after_a_state_a_place_left_and_a_hoped_for_act_are_no_parties() {
    // "Vietnam War veteran" was Vietnam (VNM->USAMIL 020 for a US congressman's call).
    assertThat(
            code(
                "2005-11-18",
                "Murtha, a decorated Vietnam War veteran, had called for a withdrawal of US forces"
                    + " from Iraq."))
        .extracting(SharedPipeline::dyad)
        .noneMatch(d -> d.startsWith("VNM"));
    assertThat(code("2005-11-18", "Bush accused critics of the Iraq War of rewriting history."))
        .extracting(SharedPipeline::dyad)
        .doesNotContain("USA->IRQ 112");
    // Welcoming a withdrawal from Gaza welcomes who withdrew, not Gaza.
    assertThat(code("2005-09-14", "Egypt welcomed the Israeli withdrawal from Gaza."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("EGY->ISR 051");
    assertThat(code("2005-09-14", "Egypt welcomed the withdrawal from Gaza.")).isEmpty();
    // Hoping another will act reports no act of theirs; one's own hope is an intent.
    assertThat(code("2005-06-01", "Sharon hopes that Egypt will help Israel.")).isEmpty();
    assertThat(code("2005-06-01", "Sharon hopes to visit Egypt next month."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("ISR->EGY 036");
  }

  @Test
  void an_institution_named_alone_is_the_states_the_story_is_about() {
    // "Congress" was unresolved: the event was lost.
    assertThat(code("2005-06-01", "US lawmakers said Congress would impose sanctions on Iran."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 USALEG->IRN 163");
    assertThat(
            code(
                "2006-07-14",
                "Israel said on Friday that it would strike Hezbollah. The army attacked Hezbollah"
                    + " positions in Lebanon."))
        .extracting(SharedPipeline::withRoles)
        .contains("1 ISRMIL->LBNREB 190");
  }

  @Test
  void a_date_fills_no_prepositional_slot_and_the_one_led_to_act_does_it() {
    // "on March 4" made "calls" a "call on" appeal (020).
    assertThat(
            code(
                "2005-03-10",
                "U.S. forces killed a Bulgarian soldier in what the army calls a friendly fire"
                    + " incident in Iraq on March 4."))
        .extracting(SharedPipeline::dyad)
        .noneMatch(d -> d.endsWith(" 020"));
    assertThat(code("2005-03-10", "Russia called on Ukraine on Monday to withdraw its troops."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->UKR 020");
  }

  @Test
  void its_in_a_conjunct_is_the_thing_joined_and_partners_meeting_someone_unknown_meet_no_one() {
    // "its" was the UN, named in the address's setting (VENGOV->IGOUNO 111)
    assertThat(
            code(
                "2006-09-22",
                "In an address to the UN General Assembly in New York on September 20, 2006 Hugo"
                    + " Chavez, President of Venezuela, sharply criticized the US government and"
                    + " its policies."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 VENGOV->USAGOV 111");
    // the two met the adviser, not each other (USAELI<->USASPY 040)
    assertThat(
            code(
                "2006-09-30",
                "Tenet and CIA counterterrorism chief J. Cofer Black had held a meeting with the"
                    + " national security advisor."))
        .isEmpty();
    assertThat(code("2006-09-30", "Russia and China held talks on Monday."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->CHN 040", "CHN->RUS 040");
  }

  @Test
  void a_treaty_named_after_a_city_and_a_hyphenated_role_are_read_whole() {
    // "the Kyoto Protocol" was Japan (AUSGOV->JPN 120)
    assertThat(
            code(
                "2007-12-01",
                "Australia's former government refused to ratify the Kyoto" + " Protocol."))
        .extracting(SharedPipeline::dyad)
        .noneMatch(d -> d.contains("JPN"));
    // "attorney-general" was a general of the army (NGAMIL)
    assertThat(
            code(
                "2007-12-01",
                "Law enforcement officials in the UK have complained that the Nigerian"
                    + " attorney-general was interfering with investigations."))
        .extracting(SharedPipeline::withRoles)
        .containsExactly("0 GBRGOV->NGAJUD 111");
  }
}
