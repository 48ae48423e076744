package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.pipeline.config.Bundled;
import org.dyad.pipeline.config.PipelineConfig;
import org.dyad.pipeline.eval.EvalRow;
import org.dyad.pipeline.eval.SentenceSets;
import org.junit.jupiter.api.Test;

/**
 * The public sentence-level gold sets, scored as {@code dyad eval} scores them. The floors guard
 * against regressions; the figures are printed for the closing notes.
 */
class GoldSetsIT {
  private static final Path EVAL = Path.of("..", "eval");

  private static EvalRow row(List<EvalRow> rows, String level) {
    return rows.stream().filter(r -> r.level().equals(level)).findFirst().orElseThrow();
  }

  private static void print(List<EvalRow> rows) {
    for (EvalRow r : rows) {
      System.out.println(
          r.set()
              + " "
              + r.level()
              + ": "
              + r.dyad()
              + (r.hasBaseline()
                  ? " | on "
                      + r.shared()
                      + " shared sentences: Dyad F1 "
                      + String.format(java.util.Locale.ROOT, "%.3f", r.dyadShared().f1())
                      + ", PETRARCH2 F1 "
                      + String.format(java.util.Locale.ROOT, "%.3f", r.petrarch2().f1())
                  : ""));
    }
  }

  @Test
  void petrarch_unit_tests_with_the_validation_dictionaries() {
    Path dir = EVAL.resolve("petrarch-unit");
    DyadPipeline withValidationDictionaries =
        DyadPipeline.standard(
            new PipelineConfig(
                List.of(dir.resolve("dictionary")),
                PipelineConfig.DEFAULT_MAX_DOCUMENT_CHARS,
                Bundled.NONE));
    List<EvalRow> rows =
        SentenceSets.petrarch(
                "petrarch-unit",
                dir.resolve("PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"),
                dir.resolve("petrarch2_on_PETR.UnitTest.records_ValidateDicts.jsonl"),
                withValidationDictionaries)
            .rows();
    print(rows);
    assertThat(row(rows, "triple").dyad().f1()).isGreaterThan(0.62); // README: 0.66
    assertThat(row(rows, "root").dyad().f1()).isGreaterThan(0.68);
    assertThat(row(rows, "root").petrarch2().f1()).isBetween(0.6, 0.7); // README: 0.639
    // On the sentences both coders coded, Dyad leads at the code and root levels.
    for (String level : List.of("code", "root")) {
      assertThat(row(rows, level).dyadShared().f1())
          .as(level)
          .isGreaterThan(row(rows, level).petrarch2().f1());
    }
  }

  @Test
  void petr2_gold_standard_records() {
    Path dir = EVAL.resolve("petr2-gsr");
    List<EvalRow> rows =
        SentenceSets.petrarch(
                "petr2-gsr",
                dir.resolve("PETR2_GSR_validation.xml"),
                dir.resolve("petrarch2_on_GigaWord.sample.PETR.jsonl"),
                SharedPipeline.PIPELINE)
            .rows();
    print(rows);
    assertThat(row(rows, "root").dyad().f1()).isGreaterThan(0.40);
    assertThat(row(rows, "root").petrarch2().f1()).isGreaterThan(0.9); // README: 0.938
  }

  @Test
  void plover_gold_standard_records_and_conflibert_classes() {
    SentenceSets.Result plover =
        SentenceSets.plover(
            EVAL.resolve("plover-gsr").resolve("PLOVER_GSR_CAMEO.txt"), SharedPipeline.PIPELINE);
    print(plover.rows());
    assertThat(row(plover.rows(), "event type").dyad().f1()).isGreaterThan(0.40);
    SentenceSets.Result conflibert =
        SentenceSets.conflibert(
            EVAL.resolve("conflibert").resolve("cameo_class_test.tsv"),
            LocalDate.of(2017, 1, 1),
            SharedPipeline.PIPELINE);
    print(conflibert.rows());
    assertThat(row(conflibert.rows(), "class (all)").dyad().precision()).isGreaterThan(0.6);
    assertThat(conflibert.disagreements()).isNotEmpty().allMatch(d -> d.contains("gold: class"));
  }
}
