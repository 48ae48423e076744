package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Argument handling that needs no models. */
class DyadCliTest {
  @Test
  void help_lists_the_commands() {
    assertThat(DyadCli.run("--help")).isZero();
    assertThat(DyadCli.run("code", "--help")).isZero();
  }

  @Test
  void every_command_help_renders_without_a_format_warning() {
    // picocli formats descriptions with String.format: a bare '%' makes it warn on stderr.
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      picocli.CommandLine cli = DyadCli.commandLine();
      assertThat(cli.getUsageMessage()).contains("relations");
      cli.getSubcommands().values().forEach(sub -> assertThat(sub.getUsageMessage()).isNotBlank());
    } finally {
      System.setErr(stderr);
    }
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
  }

  @Test
  void one_id_for_several_inputs_is_refused() {
    assertThat(DyadCli.run("code", "--id", "x", "a.txt", "b.txt")).isEqualTo(2);
  }

  @Test
  void unknown_format_is_a_usage_error() {
    assertThat(DyadCli.run("code", "--format", "xml", "a.txt")).isEqualTo(2);
  }

  @Test
  void missing_dictionary_directory_is_one_clear_line(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path text = dir.resolve("a.txt");
    java.nio.file.Files.writeString(text, "Putin visited Beijing.");
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cli = DyadCli.commandLine();
    cli.setErr(new java.io.PrintWriter(err));
    int code =
        cli.execute(
            "code",
            "--date",
            "2024-01-01",
            "--dictionary",
            dir.resolve("missing").toString(),
            text.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("dyad code: actors.dictionary: directory not found: ")
        .contains("missing")
        .doesNotContain("at org.dyad");
  }
}
