package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad eval}, {@code dyad actors --unresolved}, {@code dyad bench}, PLOVER output. */
class ReportCommandsIT {
  @Test
  void eval_prints_dyad_next_to_petrarch2_and_writes_the_disagreements(@TempDir Path dir) {
    CliRun r = CliRun.run("eval", "--quiet", "--out", dir.toString(), "../eval/petr2-gsr");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("PETR2 F1").contains("petr2-gsr").contains("triple");
    assertThat(r.out().lines().filter(l -> l.startsWith("petr2-gsr")).count()).isEqualTo(3);
    assertThat(dir.resolve("petr2-gsr-disagreements.txt")).exists();
  }

  @Test
  void eval_names_a_directory_that_is_no_gold_set(@TempDir Path dir) {
    CliRun r = CliRun.run("eval", "--quiet", "--out", dir.toString(), dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(dir.toString()).contains("not a gold set");
  }

  @Test
  void eval_names_the_file_and_line_of_a_bad_gold_row_and_scores_the_other_sets(@TempDir Path dir)
      throws Exception {
    Path bad = dir.resolve("bad");
    Files.createDirectories(bad);
    Files.writeString(bad.resolve("cameo_class_test.tsv"), "A sentence.\t3\nAnother one.\tx\n");
    CliRun r =
        CliRun.run("eval", "--quiet", "--out", dir.toString(), bad.toString(), "../eval/petr2-gsr");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("cameo_class_test.tsv:2").contains("'x'");
    assertThat(r.out()).contains("petr2-gsr");
  }

  @Test
  void actors_unresolved_lists_names_no_dictionary_knows(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(
        in,
        """
        {"id": "a", "date": "2024-05-10", "text": "Maria Kowalczyk met Japanese officials in Tokyo on Monday. Maria Kowalczyk later left for Seoul."}
        {"id": "b", "date": "2024-05-11", "text": "Maria Kowalczyk spoke to reporters in Paris on Tuesday."}
        """,
        StandardCharsets.UTF_8);
    CliRun r = CliRun.run("actors", "--unresolved", "--tsv", in.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().skip(1).findFirst().orElseThrow())
        .isEqualTo(
            "Maria Kowalczyk\tPERSON\t3\t2\ta\tMaria Kowalczyk met Japanese officials in Tokyo on"
                + " Monday.");
  }

  @Test
  void plover_format_uses_plover_field_names(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("a.txt");
    Files.writeString(in, "Russian President Vladimir Putin visited Beijing on Thursday.");
    CliRun r = CliRun.run("code", "--format", "plover", "--date", "2024-05-10", in.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode e = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
    assertThat(e.path("event").asText()).isEqualTo("CONSULT");
    assertThat(e.path("mode").asText()).isEqualTo("visit");
    assertThat(e.path("actor").path("code").asText()).isEqualTo("RUSGOV");
    assertThat(e.path("recipient").path("country").asText()).isEqualTo("CHN");
  }

  @Test
  void bench_measures_the_whole_pipeline_and_writes_json() throws Exception {
    java.nio.file.Path json = java.nio.file.Files.createTempFile("dyad-bench", ".json");
    CliRun r =
        CliRun.run(
            "bench",
            "--threads",
            "1,2",
            "--warm-up",
            "0",
            "--rounds",
            "1",
            "--json",
            json.toString(),
            "../eval/flagship/articles.jsonl");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("end to end, raw text to stored events:").contains("depparse");
    com.fasterxml.jackson.databind.JsonNode report =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).path("report");
    assertThat(report.path("runs")).hasSize(2);
    for (com.fasterxml.jackson.databind.JsonNode run : report.path("runs")) {
      assertThat(run.path("events").asInt()).isEqualTo(10); // the flagship's events, either way
      assertThat(run.path("sentencesPerSecond").asDouble()).isPositive();
    }
    assertThat(report.path("firstEventSeconds").asDouble()).isPositive();
    assertThat(report.path("stages").findValuesAsText("stage"))
        .contains("tokenize+ssplit", "depparse", "event coding", "storing");
  }
}
