package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Sports coverage, where countries stand for teams, through the real pipeline. Coding 511 sports
 * reports of 2005 yielded 33 events, all of them matches read as assaults ("England beat France
 * 30-20" as 182), fixtures as visits and a try as a concession; the sentences here are written
 * after them.
 */
class SportsCoverageIT {
  private static final String MATCH_REPORT =
      "England beat France 30-20 in Paris on Saturday to stay top of the Six Nations table."
          + " The visitors led 13-6 at half-time after a try from their fly-half."
          + " France conceded a penalty in the last minute, and England kicked it into touch."
          + " Their coach praised the referee after the match."
          + " Ireland will host Wales in Dublin next week."
          + " Wales have beaten Ireland in their last three meetings.";

  @Test
  void a_match_report_yields_no_assault_visit_or_concession() {
    assertThat(code("2005-02-14", MATCH_REPORT)).isEmpty();
  }

  @Test
  void an_attack_in_a_sports_story_is_still_coded_where_it_speaks_of_killing() {
    String attack =
        MATCH_REPORT
            + " On Sunday, Israeli troops killed two Palestinian gunmen in Gaza, the army said.";
    assertThat(code("2005-02-14", attack))
        .extracting(SharedPipeline::dyad)
        .containsExactly("ISR->PSE 180");
  }

  @Test
  void a_political_story_that_mentions_a_match_is_coded() {
    assertThat(
            code(
                "2005-02-14",
                "Japan and South Korea signed a fisheries agreement in Seoul on Monday. The leaders"
                    + " later watched a match between their national teams at the city's new"
                    + " stadium. Japan's coach praised the referee."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("JPN->KOR 057", "KOR->JPN 057");
  }
}
