package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.pipeline.SharedPipeline.code;

import org.junit.jupiter.api.Test;

/**
 * Envoys summoned and arrests protested, which complain to a state, and regional blocs that the
 * Phoenix lists lack, through the real pipeline. The summons are adapted from the ConfliBERT
 * training split (verbal conflict); the rest are wire-style sentences written to probe the coder.
 */
class SummonsAndBlocsIT {
  @Test
  void summoning_another_states_envoy_is_a_formal_complaint() {
    // CAMEO.2.0 codes "summon" as a meeting (040), a cooperative act.
    assertThat(code("2020-04-14", "France on Tuesday summoned the Chinese ambassador to complain."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("FRA->CHN 114");
    assertThat(code("2024-01-01", "Germany summoned the Russian ambassador over the cyberattack."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("DEU->RUS 114");
    // one's own cabinet summoned is no complaint to anyone
    assertThat(code("2024-01-01", "The Polish president summoned his cabinet on Monday."))
        .isEmpty();
  }

  @Test
  void protesting_an_arrest_complains_to_who_made_it() {
    // CAMEO.2.0 codes it as rallying support for the detained (053).
    assertThat(code("2005-01-01", "The Vatican protested China's arrest of Catholic bishops."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("VAT->CHN 114");
  }

  @Test
  void blocs_missing_from_the_phoenix_lists_are_actors() {
    assertThat(
            code("2024-12-07", "The European Union and Mercosur reached a trade deal on Friday."))
        .extracting(SharedPipeline::dyad)
        .containsExactlyInAnyOrder("IGOEUREEC->IGOSAMMRC 0311", "IGOSAMMRC->IGOEUREEC 0311");
    assertThat(code("2024-11-04", "Israel banned UNRWA from operating on its territory."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("ISR->IGOUNOREF 163");
    assertThat(code("2023-12-05", "Qatar hosted a summit of the Gulf Cooperation Council."))
        .extracting(SharedPipeline::dyad)
        .containsExactly("QAT->IGOGCC 043");
  }
}
