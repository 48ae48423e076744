package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.analytics.Shift;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.series.Period;
import org.dyad.core.store.EventStore;
import org.dyad.pipeline.relations.AlignmentShifts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad shifts [--actor A]}: where relations moved, ranked, with evidence. */
@Command(
    name = "shifts",
    mixinStandardHelpOptions = true,
    description = {
      "Shifts in an actor's relations with its main partners (without --actor: of the busiest"
          + " actors): in each relation's cooperative share, and in relative alignment (each"
          + " partner's part of the actor's cooperation), ranked by confidence and size, each with"
          + " the events behind it."
    })
final class ShiftsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--actor",
      description = "Actor code or country (PRK); default: the --actors busiest countries.")
  String actor;

  @Option(
      names = "--actors",
      defaultValue = "10",
      description = "Without --actor, how many of the busiest actors (default: ${DEFAULT-VALUE}).")
  int actors;

  @Option(
      names = "--top",
      defaultValue = "20",
      description = "Findings listed (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--since", description = "Only events from this day on (YYYY-MM-DD).")
  LocalDate since;

  @Option(
      names = "--by",
      defaultValue = "month",
      description = "day, week, month or quarter (default: ${DEFAULT-VALUE}).")
  Period by;

  @Option(
      names = "--partners",
      defaultValue = "6",
      description = "How many main partners (default: ${DEFAULT-VALUE}).")
  int partners;

  @Option(
      names = "--evidence",
      defaultValue = "3",
      description = "Evidence events per finding (default: ${DEFAULT-VALUE}).")
  int evidence;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    requireAtLeast("--partners", partners, 1);
    requireAtLeast("--actors", actors, 1);
    requireAtLeast("--top", top, 1);
    requireAtLeast("--evidence", evidence, 0);
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore st = store.open()) {
      List<AlignmentShifts.Finding> findings =
          actor == null
              ? AlignmentShifts.findAll(st, by, since, actors, partners, evidence)
              : AlignmentShifts.find(st, actor, by, since, partners, evidence);
      if (findings.isEmpty()) {
        out.println(
            actor == null
                ? "no shift found for the " + actors + " busiest actors"
                : "no shift found for " + actor + " among its " + partners + " main partners");
        return 0;
      }
      int rank = 0;
      for (AlignmentShifts.Finding f : findings.subList(0, Math.min(top, findings.size()))) {
        Shift s = f.shift();
        String what =
            f.kind() == AlignmentShifts.Kind.ALIGNMENT
                ? String.format(
                    Locale.ROOT,
                    "%s moves %s %s: %s's part of %s's cooperation %.0f%% -> %.0f%%",
                    f.actor(),
                    s.size() > 0 ? "toward" : "away from",
                    f.partner(),
                    f.partner(),
                    f.actor(),
                    50 * (s.before() + 1),
                    50 * (s.after() + 1))
                : String.format(
                    Locale.ROOT,
                    "%s-%s relation turns %s: net cooperation %.2f -> %.2f",
                    f.actor(),
                    f.partner(),
                    s.size() > 0 ? "more cooperative" : "more hostile",
                    s.before(),
                    s.after());
        out.printf(
            Locale.ROOT,
            "%d. from %s, %s (%d events before, %d after; confidence %.3f)%n",
            ++rank,
            s.at(),
            what,
            s.eventsBefore(),
            s.eventsAfter(),
            s.confidence());
        for (CodedEvent e : f.evidence()) {
          out.printf(
              Locale.ROOT,
              "     %s %s->%s %s  \"%s\" (%s)%n",
              e.date().iso(),
              e.source().code(),
              e.target().code(),
              e.code().value(),
              e.provenance().sentenceText(),
              e.provenance().articleId());
        }
      }
      return 0;
    }
  }

  private static void requireAtLeast(String option, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(option + " must be >= " + min + ", got " + value);
    }
  }
}
