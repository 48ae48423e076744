package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dyad code} end to end: JSONL in, JSONL events out, a bad line reported, the rest coded.
 */
class CodeCommandIT {
  @Test
  void codes_good_lines_and_names_the_bad_one(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(
        in,
        """
        {"id": "a1", "date": "2024-05-10", "title": "t", "text": "Russian President Vladimir Putin visited Beijing on Thursday."}
        {"id": "a2", "date": "not a date", "text": "x"}
        {"id": "a3", "date": "2024-05-10", "text": "Japan condemned China on Monday."}
        """,
        StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = DyadCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("code", "--format", "jsonl", in.toString());

    assertThat(code).as("a failed document makes the exit code 1").isEqualTo(1);
    assertThat(err.toString()).contains("in.jsonl:2").contains("not a date");
    List<JsonNode> events = new ArrayList<>();
    for (String line : out.toString().split("\n", -1)) {
      if (!line.isBlank()) {
        events.add(new ObjectMapper().readTree(line));
      }
    }
    assertThat(events)
        .extracting(e -> e.get("doc").asText() + " " + e.get("cameo").asText())
        .containsExactly("a1 042", "a3 111");
    JsonNode visit = events.get(0);
    assertThat(visit.get("source").asText()).isEqualTo("RUSGOV");
    assertThat(visit.get("date").asText()).isEqualTo("2024-05-09");
    assertThat(visit.get("sentence_text").asText()).contains("visited");
    assertThat(visit.get("plover").get("event").asText()).isEqualTo("CONSULT");
    assertThat(visit.get("quad").asInt()).isEqualTo(1);
    assertThat(visit.get("goldstein").asDouble()).isEqualTo(1.9);
    assertThat(visit.get("goldstein_scale").asText()).isEqualTo("GDELT");
  }

  @Test
  void explain_shows_actors_the_discard_phrase_and_the_issues() {
    StringWriter out = new StringWriter();
    CommandLine cli = DyadCli.commandLine();
    cli.setOut(new PrintWriter(out));
    int code =
        cli.execute(
            "explain",
            "--date",
            "2024-05-10",
            "Brazil beat Argentina in the World Cup qualifier. The United States imposed sanctions"
                + " on North Korea over its nuclear weapons tests.");
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("actor: Brazil -> BRA")
        .containsPattern(
            "coder: discard phrase 'world cup' \\(discards.tsv:\\d+\\): no event from"
                + " this article")
        .contains("coder: issues: SANCTIONS, NUCLEAR_WEAPONS");
  }
}
