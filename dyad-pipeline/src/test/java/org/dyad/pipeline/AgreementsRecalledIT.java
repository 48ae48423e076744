package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * An agreement recalled by any of its names ("the pact", "the agreement") is all its signatories',
 * and an aim against another ("seek to counter China") is no cooperation with it, through the real
 * pipeline. Wire-style sentences about 2024 diplomacy written to probe the coder.
 */
class AgreementsRecalledIT {
  @Test
  void a_pact_recalled_later_is_all_its_signatories() {
    // "the pact" took the first signatory only, and "the agreement" none: the signing was
    // remembered by its verb and object, and the object "pact" by the critic who named it last.
    assertThat(
            code(
                "2024-07-08",
                "Japan and the Philippines signed a defence pact on Monday. Beijing criticised the"
                    + " pact. The United States welcomed the agreement."))
        .extracting(SharedPipeline::withRoles)
        .contains("1 CHNGOV->JPN 111", "1 CHNGOV->PHL 111", "2 USA->JPN 051", "2 USA->PHL 051");
  }

  @Test
  void seeking_to_counter_another_is_no_cooperation_with_it() {
    // the bare intent "seek" (030) coded cooperation with China
    assertThat(code("2024-07-08", "Japan seeks to counter China's growing assertiveness."))
        .isEmpty();
    assertThat(code("2024-07-08", "Japan seeks to deepen ties with China."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("JPN->CHN 030");
  }
}
