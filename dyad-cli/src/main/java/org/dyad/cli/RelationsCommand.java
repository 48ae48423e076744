package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.analytics.RelationIndex;
import org.dyad.analytics.Shift;
import org.dyad.core.series.Period;
import org.dyad.core.series.SeriesPoint;
import org.dyad.core.series.SeriesQuery;
import org.dyad.core.store.EventStore;
import org.dyad.pipeline.relations.RelationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad relations A B}: a relation over time, with its index and shifts. */
@Command(
    name = "relations",
    mixinStandardHelpOptions = true,
    description = {
      "The relation between two actors over time: events per period by quad class, Goldstein"
          + " mean, net cooperation, the relation's share of all events (volume-normalised), a"
          + " smoothed relation index with its 90%% band, and the shifts found in it."
    })
final class RelationsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "Actor code or country (PRK, RUSGOV).")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The other actor.")
  String b;

  @Option(
      names = "--by",
      defaultValue = "month",
      description = "day, week, month or quarter (default: ${DEFAULT-VALUE}).")
  Period by;

  @Option(names = "--from", description = "First day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", description = "Last day (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--directed", description = "Only events from A to B (default: both directions).")
  boolean directed;

  @Option(names = "--tsv", description = "Tab-separated output.")
  boolean tsv;

  @Option(
      names = "--chart",
      paramLabel = "FILE.svg",
      description = "Also write the relation as an SVG chart.")
  java.nio.file.Path chart;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SeriesQuery q =
        new SeriesQuery(
            a.toUpperCase(Locale.ROOT), b.toUpperCase(Locale.ROOT), directed, by, from, to);
    try (EventStore st = store.open()) {
      RelationReport r = RelationReport.of(st, q);
      if (chart != null) {
        try {
          java.nio.file.Files.writeString(
              chart,
              org.dyad.pipeline.relations.RelationChart.svg(r),
              java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(
              "writing chart " + chart + ": " + e.getMessage(), e);
        }
        spec.commandLine().getErr().println("dyad relations: chart written to " + chart);
      }
      String fmt =
          tsv
              ? "%s\t%d\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f%n"
              : "%-10s %6d %5d %5d %5d %5d %7.2f %6.2f %8.2f %6.2f  [%5.2f, %5.2f]%n";
      if (tsv) {
        out.println(
            "period\tevents\tverbal_coop\tmaterial_coop\tverbal_conflict\tmaterial_conflict"
                + "\tgoldstein_mean\tnet_coop\tper_1000_events\tindex\tlow\thigh");
      } else {
        out.printf(
            Locale.ROOT,
            "%-10s %6s %5s %5s %5s %5s %7s %6s %8s %6s  %s%n",
            "period",
            "events",
            "vcoop",
            "mcoop",
            "vconf",
            "mconf",
            "gold",
            "net",
            "per1000",
            "index",
            "90% band");
      }
      for (int i = 0; i < r.series().size(); i++) {
        SeriesPoint p = r.series().get(i);
        RelationIndex.Score s = r.index().get(i);
        out.printf(
            Locale.ROOT,
            fmt,
            p.start(),
            p.events(),
            p.verbalCooperation(),
            p.materialCooperation(),
            p.verbalConflict(),
            p.materialConflict(),
            p.goldsteinMean(),
            p.netCooperation(),
            p.perThousandEvents(),
            s.index(),
            s.low(),
            s.high());
      }
      if (!tsv) {
        out.println(r.shifts().isEmpty() ? "no shift found" : "shifts:");
        for (Shift s : r.shifts()) {
          out.printf(
              Locale.ROOT,
              "  from %s: net cooperation %.2f -> %.2f (%+.2f; %d events before, %d after; confidence %.3f)%n",
              s.at(),
              s.before(),
              s.after(),
              s.size(),
              s.eventsBefore(),
              s.eventsAfter(),
              s.confidence());
        }
      }
      return 0;
    }
  }
}
