package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/dyad}. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    version = "dyad 0.1.0",
    description = "Political event data from raw news text: who did what to whom, when.",
    subcommands = {
      CodeCommand.class,
      IngestCommand.class,
      RunsCommand.class,
      ExportCommand.class,
      RecodeCommand.class,
      RelationsCommand.class,
      ShiftsCommand.class,
      NetworkCommand.class,
      ServeCommand.class,
      ActorsCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      ExplainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DyadCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; for tests. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, for tests that capture its output. */
  static CommandLine commandLine() {
    return new CommandLine(new DyadCli())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(DyadCli::userError);
  }

  /**
   * Bad configuration or an unreadable input is the user's to fix: one line naming it, exit code 2.
   * Anything else is a bug and keeps its stack trace.
   */
  private static int userError(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult)
      throws Exception {
    if (e instanceof IllegalArgumentException
        || e instanceof java.io.UncheckedIOException
        || e instanceof org.dyad.core.store.StoreException) {
      cmd.getErr().println("dyad " + cmd.getCommandName() + ": " + e.getMessage());
      cmd.getErr().flush();
      return 2;
    }
    throw e;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
