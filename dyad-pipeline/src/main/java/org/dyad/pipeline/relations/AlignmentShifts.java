package org.dyad.pipeline.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.analytics.ChangePoints;
import org.dyad.analytics.Shift;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.series.DyadVolume;
import org.dyad.core.series.Partner;
import org.dyad.core.series.Period;
import org.dyad.core.series.SeriesPoint;
import org.dyad.core.series.SeriesQuery;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;

/**
 * Where an actor's relations moved: for each of its main partners, shifts in the relation itself
 * (its cooperative share) and shifts in <em>relative alignment</em> (the partner's part of all the
 * cooperation the actor has with its main partners), so that "A moves from B toward C" appears as
 * C's part rising and B's falling, each with a date, a size, a confidence and the events behind it.
 *
 * <p>Thread safety: stateless.
 */
public final class AlignmentShifts {
  /** What moved. */
  public enum Kind {
    /** The relation's own cooperative share changed. */
    RELATION,
    /** The partner's part of the actor's cooperation changed. */
    ALIGNMENT
  }

  /**
   * One finding.
   *
   * @param actor the actor asked about
   * @param partner the partner
   * @param kind relation or alignment
   * @param shift when, how much, how sure
   * @param evidence events between the two from the shift's period on, first ones first
   */
  public record Finding(
      String actor, String partner, Kind kind, Shift shift, List<CodedEvent> evidence) {
    public Finding {
      evidence = List.copyOf(evidence);
    }
  }

  /** Most confident first, then largest. */
  private static final Comparator<Finding> RANKING =
      Comparator.comparingDouble((Finding f) -> -f.shift().confidence())
          .thenComparingDouble(f -> -Math.abs(f.shift().size()));

  private AlignmentShifts() {}

  /**
   * Findings for {@code actor} among its {@code partners} main partners since {@code since} (null:
   * all), most confident and largest first.
   */
  public static List<Finding> find(
      EventStore store, String actor, Period period, LocalDate since, int partners, int evidence) {
    List<Partner> main = store.partners(actor, since, null, partners);
    if (main.isEmpty()) {
      return List.of();
    }
    LocalDate from = main.stream().map(Partner::first).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate to = main.stream().map(Partner::last).max(Comparator.naturalOrder()).orElseThrow();
    List<List<SeriesPoint>> series = new ArrayList<>();
    for (Partner p : main) {
      series.add(store.series(new SeriesQuery(actor, p.code(), false, period, from, to)));
    }
    int periods = series.get(0).size();
    List<LocalDate> starts = new ArrayList<>();
    long[] total = new long[periods];
    for (int t = 0; t < periods; t++) {
      starts.add(series.get(0).get(t).start());
      for (List<SeriesPoint> s : series) {
        total[t] += s.get(t).cooperative();
      }
    }
    ChangePoints detector = ChangePoints.standard();
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < main.size(); i++) {
      String partner = main.get(i).code();
      long[] part = new long[periods];
      for (int t = 0; t < periods; t++) {
        part[t] = series.get(i).get(t).cooperative();
      }
      for (Shift s : detector.find(series.get(i))) {
        out.add(
            new Finding(
                actor,
                partner,
                Kind.RELATION,
                s,
                evidence(store, actor, partner, s, period, evidence)));
      }
      if (main.size() > 1) {
        for (Shift s : detector.findShares(starts, part, total)) {
          out.add(
              new Finding(
                  actor,
                  partner,
                  Kind.ALIGNMENT,
                  s,
                  evidence(store, actor, partner, s, period, evidence)));
        }
      }
    }
    out.sort(RANKING);
    return out;
  }

  /**
   * Findings for the {@code actors} countries with the most events since {@code since} (null: all),
   * each among its {@code partners} main partners, ranked as {@link #find}. A relation's own shift
   * is found from both of its actors; it is reported once.
   */
  public static List<Finding> findAll(
      EventStore store, Period period, LocalDate since, int actors, int partners, int evidence) {
    Map<String, Long> volume = new HashMap<>();
    for (DyadVolume v : store.dyadVolumes(since, null)) {
      volume.merge(v.source(), (long) v.events(), Long::sum);
      volume.merge(v.target(), (long) v.events(), Long::sum);
    }
    List<String> busiest =
        volume.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(actors)
            .map(Map.Entry::getKey)
            .toList();
    List<Finding> out = new ArrayList<>();
    Set<List<Object>> relations = new HashSet<>();
    for (String actor : busiest) {
      for (Finding f : find(store, actor, period, since, partners, evidence)) {
        if (f.kind() == Kind.ALIGNMENT
            || relations.add(List.of(Set.of(f.actor(), f.partner()), f.shift().at()))) {
          out.add(f);
        }
      }
    }
    out.sort(RANKING);
    return out;
  }

  /** The first events between the two in the shift's first period. */
  private static List<CodedEvent> evidence(
      EventStore store, String actor, String partner, Shift s, Period period, int limit) {
    LocalDate end = period.next(s.at()).minusDays(1);
    List<CodedEvent> out = new ArrayList<>();
    out.addAll(store.events(new EventQuery(s.at(), end, "", actor, partner, "", limit)));
    out.addAll(store.events(new EventQuery(s.at(), end, "", partner, actor, "", limit)));
    out.sort(Comparator.comparing((CodedEvent e) -> e.date().date()).thenComparing(CodedEvent::id));
    return out.size() > limit ? out.subList(0, limit) : out;
  }
}
