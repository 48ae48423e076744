package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.core.store.EventStore;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.ingest.Recode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad recode}: re-code the stored corpus from its stored parses. */
@Command(
    name = "recode",
    mixinStandardHelpOptions = true,
    description = {
      "Re-code every stored article from its stored parse (no parsing: coding speed) with the"
          + " current dictionaries, store the new events, and report what changed."
    })
final class RecodeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--dry-run", description = "Report what would change; store nothing.")
  boolean dryRun;

  @Mixin StoreOptions store;

  @Mixin DictionaryOptions dictionary;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DyadPipeline pipeline = DyadPipeline.standard(dictionary.config());
    try (EventStore st = store.open()) {
      Recode.Report r = new Recode(pipeline, st).run(!dryRun);
      out.printf(
          Locale.ROOT,
          "recoded %d articles, %d sentences in %.1f s (%.0f sentences/s)%s%n",
          r.articles(),
          r.sentences(),
          r.elapsed().toMillis() / 1000.0,
          r.sentencesPerSecond(),
          dryRun ? " (dry run: nothing stored)" : "");
      out.printf(
          Locale.ROOT,
          "events: %d unchanged, %d added, %d removed, %d recoded, %d changed otherwise%n",
          r.unchanged(),
          r.totalAdded(),
          r.totalRemoved(),
          r.totalRecoded(),
          r.changed());
      print(out, "added", r.added());
      print(out, "removed", r.removed());
      print(out, "recoded", r.recoded());
      for (String f : r.failed()) {
        out.println("failed: " + f);
      }
      return r.failed().isEmpty() ? 0 : 1;
    }
  }

  private static void print(PrintWriter out, String what, Map<String, Integer> perCode) {
    for (Map.Entry<String, Integer> e : perCode.entrySet()) {
      out.println("  " + what + " " + e.getKey() + ": " + e.getValue());
    }
  }
}
