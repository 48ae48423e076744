package org.dyad.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.dyad.core.text.Article;
import org.junit.jupiter.api.Test;

class SimHashTest {
  static final String WIRE =
      "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for his first visit to"
          + " North Korea in 24 years, and was greeted by leader Kim Jong Un at the airport. The two"
          + " leaders are expected to sign an agreement on a comprehensive strategic partnership,"
          + " officials in Moscow said, as both countries face growing isolation over the war in"
          + " Ukraine and the North's weapons programmes.";

  @Test
  void a_reposted_wire_copy_is_within_the_threshold_and_another_story_is_far() {
    String repost = "PYONGYANG (Reuters) - " + WIRE.replace("Wednesday", "Wednesday morning");
    String other =
        "The European Union agreed on Monday to extend sanctions on Iran for another year, citing"
            + " the country's support for armed groups and its nuclear programme, diplomats in"
            + " Brussels said after a meeting of foreign ministers.";
    int near = SimHash.distance(SimHash.of(WIRE), SimHash.of(repost));
    int far = SimHash.distance(SimHash.of(WIRE), SimHash.of(other));
    assertThat(near).isLessThanOrEqualTo(SimHash.THRESHOLD);
    assertThat(far).isGreaterThan(SimHash.THRESHOLD);
    assertThat(
            SimHash.candidates(
                SimHash.of(repost), Map.of("w", SimHash.of(WIRE), "o", SimHash.of(other))))
        .containsExactly("w");
    assertThat(SimHash.jaccard(WIRE, repost)).isGreaterThanOrEqualTo(SimHash.MIN_OVERLAP);
    assertThat(SimHash.jaccard(WIRE, other)).isLessThan(0.1);
  }

  @Test
  void fingerprints_are_stable_and_case_and_punctuation_blind() {
    assertThat(SimHash.of(WIRE))
        .isEqualTo(SimHash.of(WIRE.toUpperCase(java.util.Locale.ROOT).replace(",", "")));
    assertThat(SimHash.of("")).isZero();
  }

  @Test
  void content_id_ignores_layout_and_case_but_not_the_date() {
    Article a = Article.of("x", LocalDate.of(2024, 6, 19), "Visit", WIRE);
    Article rewrapped =
        Article.of("y", LocalDate.of(2024, 6, 19), "visit ", WIRE.replace(" ", "\n  "));
    Article later = Article.of("x", LocalDate.of(2024, 6, 20), "Visit", WIRE);
    assertThat(ContentId.of(a)).isEqualTo(ContentId.of(rewrapped)).startsWith("a").hasSize(17);
    assertThat(ContentId.of(a)).isNotEqualTo(ContentId.of(later));
  }
}
