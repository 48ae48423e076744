package org.dyad.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoldScorerTest {
  @Test
  void countries_normalise_like_the_shared_scorer() {
    assertThat(GoldScorer.country("RUSGOV")).isEqualTo("RUS");
    assertThat(GoldScorer.country("IGOUNOIAE")).isEqualTo("IAEA");
    assertThat(GoldScorer.country("IGOUNO")).isEqualTo("UNO");
    assertThat(GoldScorer.country("NATO")).isEqualTo("NATO");
    assertThat(GoldScorer.country("IGOWSTNAT")).isEqualTo("NATO");
    assertThat(GoldScorer.country("prk")).isEqualTo("PRK");
  }

  @Test
  void f1_combines_precision_and_recall() {
    Prf s = new Prf(5, 10, 20);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.25);
    assertThat(s.f1()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(new Prf(0, 0, 3).f1()).isZero();
  }
}
