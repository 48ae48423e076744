package org.dyad.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.core.series.SeriesPoint;

/**
 * Shifts in a relation: change points in the cooperative share of its events, by binary
 * segmentation (Scott and Knott, "A cluster analysis method for grouping means in the analysis of
 * variance", Biometrics 30, 1974; Vostrikova, "Detecting 'disorder' in multidimensional random
 * processes", Soviet Math. Dokl. 24, 1981) with the likelihood-ratio test for a change in a
 * binomial probability (Worsley, "The power of likelihood ratio and cumulative sum tests for a
 * change in a binomial probability", Biometrika 70, 1983).
 *
 * <p>Each period contributes its cooperative events as successes out of its cooperative plus
 * conflictual events, so the test weighs periods by how many events they hold and is not fooled by
 * news volume: a surge of reporting changes the counts, not the share. The best split of a segment
 * is kept when its statistic exceeds {@code penalty} and each side holds at least {@code minEvents}
 * events and {@code minPeriods} periods; the two sides are then searched again.
 *
 * <p>Thread safety: immutable.
 */
public final class ChangePoints {
  private final double penalty;
  private final int minEvents;
  private final int minPeriods;

  public ChangePoints(double penalty, int minEvents, int minPeriods) {
    if (!(penalty > 0) || minEvents < 1 || minPeriods < 1) {
      throw new IllegalArgumentException(
          "need penalty > 0, minEvents >= 1, minPeriods >= 1; got "
              + penalty
              + ", "
              + minEvents
              + ", "
              + minPeriods);
    }
    this.penalty = penalty;
    this.minEvents = minEvents;
    this.minPeriods = minPeriods;
  }

  /** The defaults the simulation tests calibrated (see {@code ChangePointsTest}). */
  public static ChangePoints standard() {
    return new ChangePoints(16, 8, 2);
  }

  /** Shifts in the series, by date. */
  public List<Shift> find(List<SeriesPoint> series) {
    List<LocalDate> starts = new ArrayList<>();
    long[] coop = new long[series.size()];
    long[] all = new long[series.size()];
    for (int i = 0; i < series.size(); i++) {
      starts.add(series.get(i).start());
      coop[i] = series.get(i).cooperative();
      all[i] = series.get(i).events();
    }
    return findShares(starts, coop, all);
  }

  /**
   * Shifts in any per-period share: {@code successes[i]} of {@code trials[i]} in the period
   * starting {@code starts.get(i)} (a partner's part of an actor's cooperation, say). A shift's
   * {@code before} and {@code after} are then {@code 2 × share - 1}.
   */
  public List<Shift> findShares(List<LocalDate> starts, long[] successes, long[] trials) {
    int n = starts.size();
    if (successes.length != n || trials.length != n) {
      throw new IllegalArgumentException("need one count per period: " + n + " periods");
    }
    long[] coop = new long[n + 1];
    long[] all = new long[n + 1];
    for (int i = 0; i < n; i++) {
      if (successes[i] < 0 || successes[i] > trials[i]) {
        throw new IllegalArgumentException(
            "period " + starts.get(i) + ": " + successes[i] + " of " + trials[i]);
      }
      coop[i + 1] = coop[i] + successes[i];
      all[i + 1] = all[i] + trials[i];
    }
    List<Shift> out = new ArrayList<>();
    split(starts, coop, all, 0, n, out);
    out.sort(Comparator.comparing(Shift::at));
    return out;
  }

  private void split(
      List<LocalDate> starts, long[] coop, long[] all, int from, int to, List<Shift> out) {
    double whole = logLikelihood(coop[to] - coop[from], all[to] - all[from]);
    int best = -1;
    double bestStat = 0;
    int candidates = 0;
    for (int t = from + minPeriods; t <= to - minPeriods; t++) {
      long leftN = all[t] - all[from];
      long rightN = all[to] - all[t];
      if (leftN < minEvents || rightN < minEvents) {
        continue;
      }
      candidates++;
      double stat =
          2
              * (logLikelihood(coop[t] - coop[from], leftN)
                  + logLikelihood(coop[to] - coop[t], rightN)
                  - whole);
      if (stat > bestStat) {
        bestStat = stat;
        best = t;
      }
    }
    if (best < 0 || bestStat <= penalty) {
      return;
    }
    // Periods without events fit either side equally well; date the shift at the first period of
    // the new level that has events, where a reader finds the evidence.
    while (best < to - minPeriods && all[best + 1] == all[best]) {
      best++;
    }
    long leftN = all[best] - all[from];
    long rightN = all[to] - all[best];
    double leftShare = (coop[best] - coop[from]) / (double) leftN;
    double rightShare = (coop[to] - coop[best]) / (double) rightN;
    // P(max of m chi-square(1) >= x) <= m * P(chi2(2) >= x) = m * exp(-x/2): chi2(2) bounds
    // chi2(1).
    double confidence = Math.max(0, 1 - candidates * Math.exp(-bestStat / 2));
    out.add(
        new Shift(
            starts.get(best),
            2 * leftShare - 1,
            2 * rightShare - 1,
            (int) leftN,
            (int) rightN,
            bestStat,
            confidence));
    split(starts, coop, all, from, best, out);
    split(starts, coop, all, best, to, out);
  }

  /** Binomial log-likelihood at the maximum-likelihood share (constant terms dropped). */
  static double logLikelihood(long successes, long trials) {
    if (trials == 0) {
      return 0;
    }
    double p = successes / (double) trials;
    double ll = 0;
    if (successes > 0) {
      ll += successes * Math.log(p);
    }
    if (successes < trials) {
      ll += (trials - successes) * Math.log(1 - p);
    }
    return ll;
  }
}
