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
  void one_id_for_several_inputs_is_refused() {
    assertThat(DyadCli.run("code", "--id", "x", "a.txt", "b.txt")).isEqualTo(2);
  }

  @Test
  void unknown_format_is_a_usage_error() {
    assertThat(DyadCli.run("code", "--format", "xml", "a.txt")).isEqualTo(2);
  }
}
