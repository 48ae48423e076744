package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad runs}: ingest runs, and what became of each document of one. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description = {
      "List ingest runs; 'dyad runs show ID' lists every document of a run: coded, duplicate,"
          + " skipped or failed, with the reason."
    })
final class RunsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..2", paramLabel = "show ID")
  java.util.List<String> args = new java.util.ArrayList<>();

  @Option(names = "--tsv", description = "Tab-separated output.")
  boolean tsv;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!args.isEmpty() && (!args.get(0).equals("show") || args.size() != 2)) {
      throw new IllegalArgumentException("usage: dyad runs [show ID]");
    }
    try (EventStore st = store.open()) {
      if (args.isEmpty()) {
        for (RunSummary r : st.runs()) {
          out.println(
              IngestCommand.summary(r)
                  + (r.finished() == null ? " (did not finish)" : "")
                  + "; "
                  + r.command()
                  + " "
                  + r.inputs());
        }
        return 0;
      }
      long id;
      try {
        id = Long.parseLong(args.get(1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("run id must be a number, got '" + args.get(1) + "'", e);
      }
      Optional<RunSummary> run = st.run(id);
      if (run.isEmpty()) {
        throw new IllegalArgumentException("no run " + id + " in " + st.location());
      }
      out.println(IngestCommand.summary(run.get()));
      if (tsv) {
        out.println("position\tinput\tarticle\tstatus\tevents\treason");
      }
      for (DocumentRecord d : st.outcomes(id)) {
        String status = d.status().name().toLowerCase(Locale.ROOT);
        out.println(
            tsv
                ? d.position()
                    + "\t"
                    + d.input()
                    + "\t"
                    + d.articleId()
                    + "\t"
                    + status
                    + "\t"
                    + d.events()
                    + "\t"
                    + d.reason()
                : String.format(
                    Locale.ROOT,
                    "%5d  %-9s %3d  %s  %s%s",
                    d.position(),
                    status,
                    d.events(),
                    d.input(),
                    d.articleId(),
                    d.reason().isEmpty() ? "" : "  (" + d.reason() + ")"));
      }
      return 0;
    }
  }
}
