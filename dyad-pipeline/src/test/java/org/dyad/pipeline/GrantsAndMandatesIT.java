package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Aid approved or sent in packages, criticism drawn from others, and acts one has no mandate or
 * plan for, through the real pipeline. Wire-style sentences about 2024 diplomacy written to probe
 * the coder.
 */
class GrantsAndMandatesIT {
  @Test
  void aid_approved_is_committed_and_aid_sent_in_a_package_is_aid() {
    // "approve" endorsed (051), and an "aid package" was no aid to "send" or "provide". Aid
    // approved is committed (033x, as CAMEO.2.0 codes approved credit), not yet given.
    assertThat(
            code(
                "2024-07-10",
                "The United States approved a new $1 billion military aid package for Ukraine."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("USA->UKR 0332");
    assertThat(code("2024-07-10", "Germany sent a military aid package to Ukraine."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("DEU->UKR 070");
    // a package delivered is aid given
    assertThat(code("2015-10-01", "Russia delivered a weapons shipment to Syria."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("RUS->SYR 072");
  }

  @Test
  void what_draws_protests_from_others_is_protested_by_them() {
    assertThat(code("2023-08-24", "Japan's decision drew protests from China and South Korea."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("CHN->JPN 114", "KOR->JPN 114");
  }

  @Test
  void acts_one_has_no_mandate_or_plan_for_are_not_coded() {
    // "negotiate on behalf of the bloc" negotiated with the bloc (046), though it had no mandate.
    assertThat(
            code(
                "2024-07-10",
                "The EU's foreign policy chief said Orban had no mandate to negotiate on behalf"
                    + " of the bloc."))
        .isEmpty();
    assertThat(
            code(
                "2025-05-14", "The Kremlin said it had no plans to send a delegation to Istanbul."))
        .isEmpty();
    // whom one acts for is no party: the talks are with Putin
    assertThat(code("2024-07-05", "Orban negotiated with Putin on behalf of the EU."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("HUN->RUS 050");
  }
}
