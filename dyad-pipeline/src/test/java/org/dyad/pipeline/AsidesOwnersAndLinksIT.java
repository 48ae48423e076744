package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * A main verb the parser hangs on a relative clause, the actors of that aside, the owner of "its"
 * in a clause another was urged to act in, the side of whoever acts on a pair, and the rows for
 * high commissioners, links cut and artillery fire, through the real pipeline. Wire-style sentences
 * about the 2008 Georgia war and the 2001-02 India-Pakistan crisis, written to probe the coder.
 */
class AsidesOwnersAndLinksIT {
  @Test
  void who_offers_to_mediate_after_a_relative_clause_mediates_between_the_two_named_before() {
    // The parser made "offered" depend on "holds": the offer was background and had no subject;
    // the aside's EU and the urged Russia's "its" (read as the US's) made the two sides EU+USA.
    assertThat(
            code(
                "2008-08-09",
                "The United States urged Russia to withdraw its forces and respect Georgia's"
                    + " territorial integrity. French President Nicolas Sarkozy, whose country"
                    + " holds the rotating EU presidency, offered to mediate between the two"
                    + " sides."))
        .extracting(SharedPipeline::inSentence)
        .containsExactlyInAnyOrder("0 USA->RUS 020", "1 FRA->RUS 039", "1 FRA->GEO 039");
  }

  @Test
  void a_title_before_the_visitor_is_the_visitors_side_not_one_of_both_countries() {
    assertThat(
            code(
                "2002-01-02",
                "New Delhi has demanded that Islamabad hand over 20 suspects. Pakistani President"
                    + " Pervez Musharraf said his country would not be intimidated. British Prime"
                    + " Minister Tony Blair will visit both countries next week to try to defuse"
                    + " the crisis."))
        .extracting(SharedPipeline::inSentence)
        .contains("2 GBR->IND 036", "2 GBR->PAK 036")
        .doesNotContain("2 GBR->GBR 036");
  }

  @Test
  void high_commissioners_recalled_links_cut_and_artillery_fire_exchanged_are_coded() {
    // None of the three had a row; the first sentence was not even parsed.
    assertThat(
            code(
                "2002-01-02",
                "India has recalled its high commissioner from Islamabad and cut road and rail"
                    + " links with Pakistan. India and Pakistan exchanged artillery fire across the"
                    + " Line of Control in Kashmir on Tuesday."))
        .extracting(SharedPipeline::inSentence)
        .containsExactlyInAnyOrder(
            "0 IND->PAK 161", "0 IND->PAK 160", "1 IND->PAK 194", "1 PAK->IND 194");
  }
}
