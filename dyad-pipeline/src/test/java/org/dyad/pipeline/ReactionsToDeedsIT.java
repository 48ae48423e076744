package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Reactions to a deed told in an earlier sentence that yields no event of its own ("conducted a
 * nuclear test"), opposition, protest "against" a deed, and "neither ... nor", through the real
 * pipeline. Wire-style sentences about North Korea's 2006 test, written to probe the coder, and one
 * from Wikinews (2005).
 */
class ReactionsToDeedsIT {
  @Test
  void a_deed_told_in_a_sentence_of_no_event_is_still_whose_it_was() {
    // The first sentence was left unparsed (no word in it can trigger an event), so the coder
    // never learnt whose the test was, and the condemnation had no target.
    assertThat(
            code(
                "2006-10-10",
                "North Korea conducted a nuclear test on Monday. China condemned the test."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("1 CHN->PRK 111");
  }

  @Test
  void opposing_or_protesting_against_a_deed_disapproves_of_its_doer() {
    assertThat(
            code(
                "2006-10-10",
                "North Korea conducted a nuclear test on Monday. China said it firmly opposed the"
                    + " test."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("1 CHN->PRK 110");
    assertThat(
            code(
                "2006-10-10",
                "North Korea launched a missile on Monday. Japan protested against the launch."))
        .extracting(SharedPipeline::inSentence)
        .containsExactly("1 JPN->PRK 114");
  }

  @Test
  void neither_and_nor_deny_what_they_join() {
    assertThat(code("2005-05-01", "China neither condemned nor praised Russia.")).isEmpty();
    // Wikinews, May 2005: the second clause had been coded as opposition (110)
    assertThat(
            code(
                "2005-05-03",
                "Lien neither voiced opposition against China's missiles targeting at Taiwan, nor"
                    + " did he oppose against China's military threat against Taiwan."))
        .extracting(SharedPipeline::dyad)
        .doesNotContain("TWN->CHN 110");
    assertThat(code("2005-05-01", "China condemned Japan and praised Russia."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("CHN->JPN 111", "CHN->RUS 051");
  }
}
