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

  private static final Comparator<CodedEvent> BY_DATE =
      Comparator.comparing((CodedEvent e) -> e.date().date()).thenComparing(CodedEvent::id);

  /** Periods searched back for the last events before a shift. */
  private static final int LOOK_BACK = 12;

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

  /**
   * The events between the two nearest the shift: the first ones of the two periods from its date
   * on, and, when those are fewer than {@code limit} (a partner that dropped away has none after),
   * the last ones of the {@value #LOOK_BACK} periods before.
   */
  private static List<CodedEvent> evidence(
      EventStore store, String actor, String partner, Shift s, Period period, int limit) {
    if (limit == 0) {
      return List.of();
    }
    LocalDate before = s.at().minusDays(1);
    List<CodedEvent> after =
        between(store, actor, partner, s.at(), period.next(period.next(s.at())).minusDays(1));
    List<CodedEvent> out = new ArrayList<>(after.subList(0, Math.min(limit, after.size())));
    if (out.size() < limit) {
      LocalDate back = period.start(before);
      for (int k = 0; k < LOOK_BACK - 1; k++) {
        back = period.start(back.minusDays(1));
      }
      List<CodedEvent> earlier = between(store, actor, partner, back, before);
      out.addAll(
          earlier.subList(Math.max(0, earlier.size() - (limit - out.size())), earlier.size()));
    }
    out.sort(BY_DATE);
    return out;
  }

  /** Events between the two, both directions, in the range, by date. */
  private static List<CodedEvent> between(
      EventStore store, String actor, String partner, LocalDate from, LocalDate to) {
    List<CodedEvent> out = new ArrayList<>();
    out.addAll(store.events(new EventQuery(from, to, "", actor, partner, "", 0)));
    out.addAll(store.events(new EventQuery(from, to, "", partner, actor, "", 0)));
    out.sort(BY_DATE);
    return out;
  }
}
