package org.dyad.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dyad.core.series.SeriesPoint;
import org.junit.jupiter.api.Test;

/**
 * Simulated relations with planted shifts of known date and size, and flat relations, under the
 * same volume and noise. Scenario: 36 months; news volume about 400 events a month times a factor
 * that drifts between 0.3 and 3 (a random walk, so surges and lulls); the relation draws 5% of it
 * (about 20 events a month, from a handful to 60); each month's cooperative share jitters around
 * its level with sd 0.05; a shift moves the level by 0.35-0.6 (0.7-1.2 in net cooperation) at a
 * random month away from the ends. Prints the figures and the seed.
 */
class ChangePointsTest {
  private static final int PERIODS = 36;
  private static final LocalDate START = LocalDate.of(2004, 1, 1);

  /** A simulated monthly series; {@code shiftAt} < 0 for none. */
  static List<SeriesPoint> simulate(Random r, double before, double after, int shiftAt) {
    List<SeriesPoint> out = new ArrayList<>();
    double surge = 1;
    for (int t = 0; t < PERIODS; t++) {
      surge = Math.max(0.3, Math.min(3.0, surge * Math.exp(0.35 * r.nextGaussian())));
      double volume =
          Math.max(0, Math.round(400 * surge + Math.sqrt(400 * surge) * r.nextGaussian()));
      int events = binomial(r, (long) volume, 0.05);
      double p = shiftAt >= 0 && t >= shiftAt ? after : before;
      p = Math.max(0.02, Math.min(0.98, p + 0.05 * r.nextGaussian()));
      int coop = binomial(r, events, p);
      int verbalCoop = binomial(r, coop, 0.7);
      int conflict = events - coop;
      int verbalConflict = binomial(r, conflict, 0.6);
      out.add(
          new SeriesPoint(
              START.plusMonths(t),
              verbalCoop,
              coop - verbalCoop,
              verbalConflict,
              conflict - verbalConflict,
              Map.of(),
              3.0 * coop - 5.0 * conflict,
              (long) volume,
              (long) (volume / 3)));
    }
    return out;
  }

  private static int binomial(Random r, long n, double p) {
    int k = 0;
    for (long i = 0; i < n; i++) {
      if (r.nextDouble() < p) {
        k++;
      }
    }
    return k;
  }

  @Test
  void planted_shifts_are_found_within_a_period_and_flat_relations_give_none() {
    long seed = 20261127L;
    Random r = new Random(seed);
    ChangePoints detector = ChangePoints.standard();
    int planted = 0;
    int found = 0;
    int reported = 0;
    int correct = 0;
    int flatReported = 0;
    for (int run = 0; run < 200; run++) {
      double before = 0.15 + 0.7 * r.nextDouble();
      double size = 0.35 + 0.25 * r.nextDouble();
      double after = before > 0.5 ? before - size : before + size;
      int at = 6 + r.nextInt(PERIODS - 12);
      List<Shift> shifts = detector.find(simulate(r, before, after, at));
      planted++;
      reported += shifts.size();
      LocalDate truth = START.plusMonths(at);
      boolean hit = false;
      for (Shift s : shifts) {
        boolean near = Math.abs(s.at().toEpochDay() - truth.toEpochDay()) <= 31;
        if (near && !hit && Math.signum(s.size()) == Math.signum(after - before)) {
          hit = true;
          correct++;
        }
      }
      found += hit ? 1 : 0;
      List<Shift> flat = detector.find(simulate(r, before, before, -1));
      flatReported += flat.size();
      reported += flat.size();
    }
    double precision = reported == 0 ? 1 : correct / (double) reported;
    double recall = found / (double) planted;
    System.out.printf(
        Locale.ROOT,
        "change points (seed %d): %d planted shifts of 0.35-0.6 in cooperative share, found %d within a"
            + " period: recall %.3f; %d reported in all, precision %.3f; %d on 200 flat series%n",
        seed,
        planted,
        found,
        recall,
        reported,
        precision,
        flatReported);
    assertThat(recall).isGreaterThanOrEqualTo(0.9);
    assertThat(precision).isGreaterThanOrEqualTo(0.9);
    assertThat(flatReported).isLessThanOrEqualTo(5);
  }

  @Test
  void a_shift_reports_its_date_size_evidence_and_confidence() {
    Random r = new Random(7);
    List<Shift> shifts = ChangePoints.standard().find(simulate(r, 0.85, 0.2, 18));
    assertThat(shifts)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.at()).isBetween(START.plusMonths(17), START.plusMonths(19));
              assertThat(s.before()).isGreaterThan(0.4);
              assertThat(s.after()).isLessThan(-0.3);
              assertThat(s.size()).isLessThan(-0.9);
              assertThat(s.eventsBefore()).isPositive();
              assertThat(s.confidence()).isGreaterThan(0.99);
            });
  }

  @Test
  void the_index_band_narrows_with_evidence_and_widens_without() {
    Random r = new Random(3);
    List<SeriesPoint> series = new ArrayList<>(simulate(r, 0.8, 0.8, -1));
    for (int i = 0; i < 6; i++) {
      series.add(new SeriesPoint(START.plusMonths(PERIODS + i), 0, 0, 0, 0, Map.of(), 0, 100, 30));
    }
    List<RelationIndex.Score> scores = RelationIndex.of(series, RelationIndex.DEFAULT_HALF_LIFE);
    RelationIndex.Score busy = scores.get(PERIODS - 1);
    RelationIndex.Score quiet = scores.get(scores.size() - 1);
    assertThat(busy.index()).isBetween(0.4, 0.8);
    assertThat(busy.low()).isLessThan(busy.index());
    assertThat(busy.high()).isGreaterThan(busy.index());
    assertThat(quiet.high() - quiet.low()).isGreaterThan(2 * (busy.high() - busy.low()));
    assertThat(
            RelationIndex.of(List.of(new SeriesPoint(START, 0, 0, 0, 0, Map.of(), 0, 0, 0)), 2)
                .get(0)
                .index())
        .isZero();
  }

  @Test
  void a_shift_after_a_quiet_spell_is_dated_when_the_new_level_shows() {
    // Twelve months at 10 of 10, six without events, then six at 1 of 10: the counts fit a
    // split anywhere in the quiet spell; the finding is dated at its first month with events.
    List<LocalDate> months = new ArrayList<>();
    long[] successes = new long[24];
    long[] trials = new long[24];
    for (int t = 0; t < 24; t++) {
      months.add(START.plusMonths(t));
      trials[t] = t < 12 || t >= 18 ? 10 : 0;
      successes[t] = t < 12 ? 10 : t >= 18 ? 1 : 0;
    }
    assertThat(ChangePoints.standard().findShares(months, successes, trials))
        .singleElement()
        .satisfies(s -> assertThat(s.at()).isEqualTo(START.plusMonths(18)));
  }

  @Test
  void a_partners_growing_share_of_an_actors_cooperation_is_a_shift() {
    Random r = new Random(11);
    List<LocalDate> months = new ArrayList<>();
    long[] toPartner = new long[PERIODS];
    long[] all = new long[PERIODS];
    for (int t = 0; t < PERIODS; t++) {
      months.add(START.plusMonths(t));
      all[t] = 10L + r.nextInt(30);
      toPartner[t] = binomial(r, all[t], t < 20 ? 0.15 : 0.55);
    }
    assertThat(ChangePoints.standard().findShares(months, toPartner, all))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.at()).isBetween(START.plusMonths(19), START.plusMonths(21));
              assertThat(s.size()).isGreaterThan(0.5);
            });
    assertThatThrownBy(() -> ChangePoints.standard().findShares(months, all, toPartner))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(" of ");
  }
}
