package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbDictionaryTest {
  private final VerbDictionary verbs = VerbDictionary.bundled();

  @Test
  void has_verbs_for_every_cameo_root() {
    assertThat(verbs.size()).isGreaterThan(10_000);
    for (int root = 1; root <= 20; root++) {
      String r = String.format(java.util.Locale.ROOT, "%02d", root);
      assertThat(
              java.util.stream.Stream.of(
                      "visit",
                      "praise",
                      "accuse",
                      "attack",
                      "protest",
                      "demand",
                      "reject",
                      "threaten",
                      "investigate",
                      "sanction",
                      "expel",
                      "seize",
                      "kill",
                      "fight",
                      "bomb",
                      "urge",
                      "pledge",
                      "meet",
                      "send",
                      "release",
                      "deploy",
                      "say",
                      "apologize",
                      "arrest",
                      "withdraw",
                      "cooperate",
                      "aid",
                      "provide",
                      "cede",
                      "agree",
                      "sign",
                      "massacre",
                      "demonstrate",
                      "mobilize",
                      "abduct",
                      "assassinate",
                      "shell",
                      "besiege",
                      "inspect",
                      "criticize",
                      "complain",
                      "yield",
                      "concede",
                      "ease",
                      "lift",
                      "investigate",
                      "probe",
                      "help",
                      "donate",
                      "rebuff")
                  .flatMap(v -> verbs.patterns(v).stream())
                  .anyMatch(p -> p.code().startsWith(r)))
          .as("some verb codes root " + r)
          .isTrue();
    }
  }

  @Test
  void reporting_verbs_are_not_events() {
    assertThat(verbs.patterns("say"))
        .allSatisfy(p -> assertThat(p.code()).isEqualTo(VerbDictionary.REPORTING));
  }

  @Test
  void most_specific_pattern_data_is_kept() {
    assertThat(verbs.patterns("switch"))
        .anySatisfy(
            p -> {
              assertThat(p.ppPrep()).isEqualTo("from");
              assertThat(p.code()).isEqualTo("160");
            });
  }

  @Test
  void synonym_sets_match_their_members() {
    assertThat(verbs.matches("&military", "army", "army")).isTrue();
    assertThat(verbs.matches("talk", "talk", "talks")).isTrue();
    assertThat(verbs.matches("talk", "walk", "walks")).isFalse();
  }

  @Test
  void rows_with_codes_outside_the_codebook_are_reported() {
    assertThat(verbs.rejected())
        .allSatisfy(r -> assertThat(r).contains("not in the CAMEO codebook"));
    assertThat(verbs.version()).matches("verbs-[0-9a-f]{12}");
  }
}
