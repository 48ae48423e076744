package org.dyad.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Running the CLI from tests: in this JVM with captured output, or as {@code bin/dyad} does. */
record CliRun(int exit, String out, String err) {
  /** Runs the command line in this JVM (CoreNLP loads once per test JVM). */
  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = DyadCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** The command that runs the packaged CLI in a fresh JVM, from {@code target/dyad.classpath}. */
  static List<String> packaged(String heap, String... args) throws IOException {
    String classpath = Files.readString(Path.of("target", "dyad.classpath")).trim();
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                javaBin,
                heap,
                "-cp",
                "target/classes" + File.pathSeparator + classpath,
                "org.dyad.cli.DyadCli"));
    cmd.addAll(List.of(args));
    return cmd;
  }
}
