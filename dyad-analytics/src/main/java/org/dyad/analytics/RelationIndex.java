package org.dyad.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.series.SeriesPoint;

/**
 * How cooperative or hostile a relation is, period by period: a score in [-1, 1] (1 all
 * cooperation, -1 all conflict) with a 90% band that widens when few events support it.
 *
 * <p>Method: the share of cooperative events (quad classes 1–2 among 1–4) is estimated as a
 * binomial proportion with a Jeffreys Beta(½, ½) prior from exponentially discounted counts, so
 * that each period also weighs its predecessors with a half-life of {@code halfLife} periods:
 * {@code C_t = λ C_{t-1} + coop_t}, {@code K_t = λ K_{t-1} + conflict_t}, {@code λ = 2^(-1/h)},
 * {@code p_t = (C_t + ½) / (C_t + K_t + 1)}. The index is {@code 2 p_t - 1}; the band is the normal
 * approximation {@code p ± 1.645 √(p(1-p) / (C_t + K_t + 2))}, mapped the same way and clipped to
 * [-1, 1]. Empty periods decay the evidence and so widen the band. (Discounted Beta-binomial
 * estimation as in West and Harrison, "Bayesian Forecasting and Dynamic Models", 1997, ch. 10.)
 *
 * <p>Thread safety: stateless.
 */
public final class RelationIndex {
  /** Default half-life, in periods. */
  public static final double DEFAULT_HALF_LIFE = 2.0;

  private static final double Z90 = 1.645;

  private RelationIndex() {}

  /**
   * One period's score.
   *
   * @param start the period
   * @param index smoothed score in [-1, 1]
   * @param low lower end of the 90% band
   * @param high upper end
   * @param support discounted number of events behind the score
   */
  public record Score(LocalDate start, double index, double low, double high, double support) {}

  public static List<Score> of(List<SeriesPoint> series, double halfLife) {
    if (!(halfLife > 0)) {
      throw new IllegalArgumentException("half-life must be positive, got " + halfLife);
    }
    double lambda = Math.pow(2, -1 / halfLife);
    double coop = 0;
    double conflict = 0;
    List<Score> out = new ArrayList<>(series.size());
    for (SeriesPoint p : series) {
      coop = lambda * coop + p.cooperative();
      conflict = lambda * conflict + p.conflictual();
      double n = coop + conflict;
      double share = (coop + 0.5) / (n + 1);
      double half = Z90 * Math.sqrt(share * (1 - share) / (n + 2));
      out.add(
          new Score(
              p.start(),
              2 * share - 1,
              Math.max(-1, 2 * (share - half) - 1),
              Math.min(1, 2 * (share + half) - 1),
              n));
    }
    return out;
  }
}
