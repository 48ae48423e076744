package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Verbs that CAMEO.2.0 lists in another verb's block without a row of their own, so that they coded
 * nothing ("The United States recognized Kosovo"), through the real pipeline.
 */
class BlockMemberVerbsIT {
  @Test
  void recognising_a_state_grants_recognition_but_recognising_a_need_does_not() {
    assertThat(code("2008-02-18", "The United States recognized Kosovo."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("USA->KSV 054");
    assertThat(code("2011-07-15", "The UN recognized the efforts of Ghana."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("IGOUNO->GHA 051");
    assertThat(code("2011-07-15", "Germany recognized the need for talks with Iran.")).isEmpty();
    // A fact recognised in a clause grants its subject no recognition.
    assertThat(
            code(
                "2005-01-15",
                "The European Union recognised that Germany's fiscal policy was on the right"
                    + " track."))
        .isEmpty();
    assertThat(code("2005-01-15", "The European Union recognised Germany's fiscal policy."))
        .isEmpty();
  }

  @Test
  void rebukes_reprimands_and_downgraded_relations() {
    assertThat(code("2014-05-01", "The US rebuked China over its human rights record."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("USA->CHN 111");
    assertThat(code("2014-05-01", "Russia lambasted NATO."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->IGOWSTNAT 111");
    assertThat(code("2014-05-01", "The US downgraded relations with Cuba."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("USA->CUB 161");
    assertThat(code("2006-09-20", "Hugo Chavez insulted George Bush at the UN."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("VEN->USA 111");
    // Concessions made yield (080); none made refuse (124, CAMEO.2.0's own row).
    assertThat(code("2012-12-01", "Guinea-Bissau made concessions to Indonesia."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("GNB->IDN 080");
    assertThat(code("2012-12-01", "Israel made no concessions to the Palestinians."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("ISR->PSE 124");
    assertThat(code("1995-02-01", "The US loaned Mexico $20 billion."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("USA->MEX 071");
  }
}
