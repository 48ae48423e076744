package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.analytics.RelationNetwork;
import org.dyad.analytics.RelationNetwork.Central;
import org.dyad.analytics.RelationNetwork.Network;
import org.dyad.analytics.RelationNetwork.Tie;
import org.dyad.analytics.RelationNetwork.Triad;
import org.dyad.core.series.DateSpan;
import org.dyad.core.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad network --period 2008-08}: who cooperates and fights with whom in a period. */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = {
      "The relations between countries in one period as networks: the most central actors of"
          + " cooperation and of conflict (weighted PageRank), the strongest ties, and the"
          + " structurally unbalanced triads (a friend of an enemy; three mutual enemies)."
    })
final class NetworkCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--period",
      required = true,
      description = "YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD.",
      converter = DateSpanConverter.class)
  DateSpan period;

  @Option(
      names = "--top",
      defaultValue = "10",
      description = "Actors, ties and triads listed (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--min-events",
      defaultValue = "2",
      description =
          "Events a tie needs to count as friendly or hostile (default: ${DEFAULT-VALUE}).")
  int minEvents;

  @Mixin StoreOptions store;

  /** Picocli converter, so a bad period is a usage error naming the forms that work. */
  static final class DateSpanConverter implements picocli.CommandLine.ITypeConverter<DateSpan> {
    @Override
    public DateSpan convert(String value) {
      return DateSpan.parse(value);
    }
  }

  @Override
  public Integer call() {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be >= 1, got " + top);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (EventStore st = store.open()) {
      RelationNetwork net =
          RelationNetwork.of(st.dyadVolumes(period.from(), period.to()), minEvents);
      List<Tie> ties = net.ties();
      if (ties.isEmpty()) {
        out.println("no events between countries in " + period);
        return 0;
      }
      long signed = ties.stream().filter(t -> t.sign() != 0).count();
      List<Triad> unbalanced = net.unbalancedTriads();
      out.printf(
          Locale.ROOT,
          "network %s: %d ties (%d friendly or hostile with >= %d events), %d unbalanced triads,"
              + " balance %s%n",
          period,
          ties.size(),
          signed,
          minEvents,
          unbalanced.size(),
          Double.isNaN(net.balance())
              ? "n/a (no triad)"
              : String.format(Locale.ROOT, "%.0f%%", 100 * net.balance()));
      central(out, "cooperation", net.central(Network.COOPERATION, top));
      central(out, "conflict", net.central(Network.CONFLICT, top));
      out.println("strongest ties (events both directions):");
      for (Tie t : ties.subList(0, Math.min(top, ties.size()))) {
        out.printf(
            Locale.ROOT,
            "  %-8s %s-%s: %d cooperative, %d conflictual%n",
            t.sign() > 0 ? "friendly" : t.sign() < 0 ? "hostile" : "mixed",
            t.a(),
            t.b(),
            t.cooperative(),
            t.conflictual());
      }
      out.println("unbalanced triads (weakest tie's events):");
      if (unbalanced.isEmpty()) {
        out.println("  none");
      }
      for (Triad tr : unbalanced.subList(0, Math.min(top, unbalanced.size()))) {
        StringBuilder ties3 = new StringBuilder();
        for (Tie t : tr.ties()) {
          ties3.append(ties3.length() == 0 ? "" : ", ");
          ties3.append(t.a()).append(t.sign() > 0 ? " + " : " - ").append(t.b());
        }
        out.printf(
            Locale.ROOT,
            "  %s %s: %s (%d)%n",
            String.join(" ", tr.actors()),
            tr.imbalance() == RelationNetwork.Imbalance.FRIEND_OF_ENEMY
                ? "friend of an enemy"
                : "three enemies",
            ties3,
            tr.support());
      }
      return 0;
    }
  }

  private static void central(PrintWriter out, String network, List<Central> actors) {
    out.println("most central in " + network + " (PageRank; events sent/received):");
    if (actors.isEmpty()) {
      out.println("  none");
    }
    int rank = 0;
    for (Central c : actors) {
      out.printf(
          Locale.ROOT,
          "  %2d. %-10s %.3f  %d/%d%n",
          ++rank,
          c.actor(),
          c.score(),
          c.sent(),
          c.received());
    }
  }
}
