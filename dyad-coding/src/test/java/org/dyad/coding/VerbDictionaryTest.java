package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerbDictionaryTest {
  private final VerbDictionary verbs = VerbDictionary.bundled();

  @Test
  void has_verbs_for_every_cameo_root() {
    // Full scale: CAMEO.2.0's 5,816 patterns, TABARI's for the verbs CAMEO.2.0 lacks, Dyad's own.
    assertThat(verbs.size()).isGreaterThan(6_000);
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
  void reporting_verbs_are_not_events_but_keep_their_object_patterns() {
    assertThat(verbs.patterns("say"))
        .filteredOn(p -> p.object().isEmpty() && p.ppPrep().isEmpty())
        .singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo(VerbDictionary.REPORTING));
    // "said sorry" apologises; CAMEO.2.0's other "say" objects ("said support") are dropped
    assertThat(verbs.patterns("say"))
        .filteredOn(p -> !p.object().isEmpty())
        .extracting(VerbDictionary.Pattern::code)
        .containsExactly("055");
    assertThat(verbs.patterns("express"))
        .anySatisfy(
            p -> {
              assertThat(p.object()).containsExactly("condolence");
              assertThat(p.code()).isEqualTo("018");
            });
    assertThat(verbs.patterns("claim"))
        .anySatisfy(
            p -> {
              assertThat(p.object()).containsExactly("responsibility");
              assertThat(p.code()).isEqualTo("015");
            });
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
  void a_row_with_alternative_prepositions_is_one_pattern_for_each() {
    // CAMEO.2.0's "HIT ... BY/WITH SANCTION": read as one preposition "by/with", it never matched.
    assertThat(verbs.patterns("hit"))
        .filteredOn(p -> p.code().equals("163"))
        .extracting(p -> p.ppPrep() + " " + String.join(" ", p.ppWords()))
        .contains("by sanction", "with sanction")
        .noneMatch(pp -> pp.contains("/"));
  }

  @Test
  void a_user_row_with_an_empty_alternative_preposition_names_file_and_line(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("verbs-mine.tsv"),
        "verb\tobject\tpp\tcode\tnote\nhit\t\tby/ sanction\t163\tmine\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> VerbDictionary.load(Codebook.bundled(), List.of(dir)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("verbs-mine.tsv:2")
        .hasMessageContaining("'by/' has an empty alternative");
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

  @Test
  void dyads_own_rows_all_carry_codebook_codes() {
    assertThat(verbs.rejected()).noneMatch(r -> r.startsWith("verbs-dyad.tsv"));
  }

  @Test
  void user_verbs_override_bundled_rows_and_change_the_version(@TempDir Path dir)
      throws IOException {
    assertThat(verbs.patterns("snub")).noneMatch(p -> p.code().equals("1246"));
    Files.writeString(
        dir.resolve("verbs-mine.tsv"),
        "verb\tobject\tpp\tcode\torigin\nsnub\t\t\t1246\tmine\nvisit\t\t\t---\tmine\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("actors.tsv"), "name\taliases\tcode\tstart\tend\tkind\tsource\n");
    VerbDictionary mine = VerbDictionary.load(Codebook.bundled(), List.of(dir));
    assertThat(mine.patterns("snub")).extracting(VerbDictionary.Pattern::code).contains("1246");
    // A bare "no event" row in a user file replaces every bundled pattern of the verb.
    assertThat(mine.patterns("visit")).extracting(VerbDictionary.Pattern::code).containsOnly("---");
    assertThat(mine.version()).isNotEqualTo(verbs.version());
  }

  @Test
  void user_row_with_a_code_outside_the_codebook_is_an_error_naming_file_and_line(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("verbs.tsv"),
        "verb\tobject\tpp\tcode\torigin\n# comment\nsnub\t\t\t999\tmine\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> VerbDictionary.load(Codebook.bundled(), List.of(dir)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("verbs.tsv:3")
        .hasMessageContaining("'999'");
  }

  @Test
  void a_code_after_a_colon_reverses_the_event(@TempDir Path dir) throws IOException {
    // PETRARCH's "[:030]" rows: "received assurances from B" is B's assurance.
    assertThat(verbs.patterns("receive"))
        .filteredOn(p -> p.object().equals(List.of("assurance")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("030");
              assertThat(p.reversed()).isTrue();
            });
    assertThat(verbs.patterns("visit")).noneMatch(VerbDictionary.Pattern::reversed);
    Files.writeString(
        dir.resolve("verbs-mine.tsv"), "verb\tobject\tpp\tcode\torigin\nget\tbribe\t\t:999\tx\n");
    assertThatThrownBy(() -> VerbDictionary.load(Codebook.bundled(), List.of(dir)))
        .hasMessageContaining("verbs-mine.tsv:2")
        .hasMessageContaining("'999'");
  }

  @Test
  void tabari_rows_fill_verbs_that_cameo_2_lacks() {
    assertThat(verbs.patterns("strafe"))
        .extracting(VerbDictionary.Pattern::origin)
        .anyMatch(o -> o.startsWith("TABARI"));
  }

  @Test
  void every_cameo_code_has_a_verb_or_noun() {
    java.util.Set<String> covered = verbs.codesCovered();
    List<String> missing =
        Codebook.bundled().codes().stream()
            .filter(c -> c.length() >= 3 && !covered.contains(c))
            .toList();
    assertThat(missing).as("codes without a pattern").isEmpty();
  }
}
