package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the CLI the way {@code bin/dyad} does, from {@code target/dyad.classpath} in a fresh JVM, on
 * the README's main command: this catches a runtime dependency missing from the packaged classpath.
 */
class PackagedCliIT {
  @Test
  void readme_main_command_codes_the_flagship_article_into_the_embedded_store(@TempDir Path dir)
      throws Exception {
    Process p =
        new ProcessBuilder(
                CliRun.packaged(
                    "-Xmx4g",
                    "ingest",
                    "../examples/xi-kim-putin-2024/article.txt",
                    "--date",
                    "2024-09-10",
                    "--print",
                    "--data-dir",
                    dir.toString()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains("article.txt (article a")
        .contains("run 1: 1 documents, 1 coded")
        .contains("RUSGOV")
        .contains("Vladimir Putin")
        .contains("2024-06");
  }
}
