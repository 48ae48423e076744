package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From raw articles to a ranked shift: twelve dated wire-style articles on North Korea, China and
 * Russia ({@code examples/triangle-2024/}) are ingested, and {@code dyad shifts} must rank first
 * the move the articles describe — from China toward Russia, from May 2024 — with its evidence.
 */
class TriangleFixtureIT {
  private static final Pattern FINDING =
      Pattern.compile(
          "^(\\d+)\\. from (\\d{4}-\\d{2}-\\d{2}), (PRK moves (toward|away from) (\\w+)).*");
  private static final LocalDate TRUE_SHIFT = LocalDate.parse("2024-05-01");

  @TempDir static Path dir;
  static String data;

  @BeforeAll
  static void ingest() {
    data = dir.resolve("data").toString();
    CliRun r =
        CliRun.run(
            "ingest",
            "../examples/triangle-2024/articles.jsonl",
            "--data-dir",
            data,
            "--progress",
            "none");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("12 documents, 12 coded");
  }

  @Test
  void the_top_findings_for_north_korea_are_the_move_from_china_toward_russia() {
    CliRun r = CliRun.run("shifts", "--actor", "PRK", "--data-dir", data);
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> ranked = r.out().lines().filter(l -> FINDING.matcher(l).matches()).toList();
    assertThat(ranked).as(r.out()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(ranked.subList(0, 2))
        .map(TriangleFixtureIT::what)
        .containsExactlyInAnyOrder("PRK moves toward RUS", "PRK moves away from CHN");
    for (String line : ranked.subList(0, 2)) {
      Matcher m = FINDING.matcher(line);
      assertThat(m.matches()).isTrue();
      LocalDate at = LocalDate.parse(m.group(2));
      assertThat(at).isBetween(TRUE_SHIFT.minusMonths(1), TRUE_SHIFT.plusMonths(1));
    }
    // Evidence: dated events with the sentence they came from, under the first finding.
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(1))
        .matches("\\s+2024-0[4-6]-\\d{2} \\w+->\\w+ \\d{3,4}  \".+\" \\(\\w+\\)");
  }

  @Test
  void without_an_actor_the_same_move_ranks_among_the_first_findings() {
    CliRun r = CliRun.run("shifts", "--top", "5", "--evidence", "0", "--data-dir", data);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().filter(l -> l.matches("^\\d+\\. .*")).limit(3))
        .anySatisfy(l -> assertThat(l).contains("PRK moves toward RUS"));
  }

  @Test
  void the_network_of_the_year_shows_two_friendly_ties_and_north_korea_at_the_centre() {
    CliRun r = CliRun.run("network", "--period", "2024", "--data-dir", data);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("network 2024-01-01..2024-12-31")
        .containsPattern("friendly PRK-RUS: \\d+ cooperative, 0 conflictual")
        .containsPattern("most central in cooperation[^\\n]*\\n\\s+1\\. PRK ");
    CliRun bad = CliRun.run("network", "--period", "May 2024", "--data-dir", data);
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("'May 2024' is not a period");
  }

  private static String what(String line) {
    Matcher m = FINDING.matcher(line);
    return m.matches() ? m.group(3) : line;
  }
}
