package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the CLI the way {@code bin/dyad} does, from {@code target/dyad.classpath} in a fresh JVM, on
 * the README's main command: this catches a runtime dependency missing from the packaged classpath.
 */
class PackagedCliIT {
  @Test
  void readme_main_command_codes_the_flagship_article() throws Exception {
    String classpath = Files.readString(Path.of("target", "dyad.classpath")).trim();
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    javaBin,
                    "-Xmx4g",
                    "-cp",
                    "target/classes" + File.pathSeparator + classpath,
                    "org.dyad.cli.DyadCli",
                    "code",
                    "../examples/xi-kim-putin-2024/article.txt",
                    "--date",
                    "2024-09-10",
                    "--id",
                    "xi-kim-putin-2024"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out)
        .contains("article xi-kim-putin-2024: 12 sentences")
        .contains("RUSGOV")
        .contains("Vladimir Putin")
        .contains("2024-06");
  }
}
