package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.dyad.pipeline.export.EventExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad export}: stored events to a file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export stored events: GDELT 2.0 event TSV (61 columns), CSV, JSONL, PLOVER JSON or Parquet;"
          + " every mention, or one row per event (the same event reported in several sentences or"
          + " articles, with mention, source and article counts)."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      description = "gdelt, csv, jsonl, plover or parquet.")
  EventExport.Format format;

  @Option(
      names = "--view",
      defaultValue = "events",
      description = "events (one row per event, default) or mentions.")
  EventExport.View view;

  @Option(
      names = {"-o", "--out"},
      description =
          "Output file (written whole or not at all); default standard output (not for Parquet).")
  Path out;

  @Option(names = "--from", description = "First event date (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", description = "Last event date (YYYY-MM-DD).")
  LocalDate to;

  @Option(
      names = "--actor",
      description = "Actor code or country as source or target (RUS, RUSGOV).")
  String actor = "";

  @Option(
      names = "--dyad",
      paramLabel = "SRC:TGT",
      description = "Source and target, e.g. RUS:PRK.")
  String dyad = "";

  @Option(names = "--code", description = "CAMEO code or prefix (04, 042).")
  String code = "";

  @Option(
      names = "--issue",
      description = "Only events whose sentence is about this issue (SANCTIONS, REFUGEES).")
  String issue = "";

  @Option(names = "--limit", description = "Most rows (default: all).")
  int limit;

  @Mixin StoreOptions store;

  @Override
  public Integer call() throws IOException {
    String source = "";
    String target = "";
    if (!dyad.isEmpty()) {
      String[] st = dyad.split(":", -1);
      if (st.length != 2 || st[0].isBlank() || st[1].isBlank()) {
        throw new IllegalArgumentException(
            "--dyad takes SOURCE:TARGET, e.g. RUS:PRK, got '" + dyad + "'");
      }
      source = st[0];
      target = st[1];
    }
    EventQuery q = new EventQuery(from, to, actor, source, target, code, limit).withIssue(issue);
    if (out == null && format == EventExport.Format.PARQUET) {
      throw new IllegalArgumentException("Parquet needs a file: give --out FILE");
    }
    try (EventStore st = store.open()) {
      if (out != null) {
        int n = EventExport.write(st, q, format, view, out);
        spec.commandLine().getErr().println("dyad export: " + n + " rows to " + out);
        return 0;
      }
      Path tmp = Files.createTempFile("dyad-export", ".tmp");
      try {
        EventExport.write(st, q, format, view, tmp);
        PrintWriter w = spec.commandLine().getOut();
        w.print(Files.readString(tmp, StandardCharsets.UTF_8));
        w.flush();
      } finally {
        Files.deleteIfExists(tmp);
      }
      return 0;
    }
  }
}
