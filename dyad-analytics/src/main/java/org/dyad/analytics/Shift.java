package org.dyad.analytics;

import java.time.LocalDate;

/**
 * A change in a relation: from {@code at} on, its cooperative share differs from before.
 *
 * @param at the first period of the new level
 * @param before net cooperation (cooperative minus conflictual share) of the segment before
 * @param after net cooperation of the segment after
 * @param eventsBefore events in the segment before
 * @param eventsAfter events in the segment after
 * @param statistic the likelihood-ratio statistic of the split
 * @param confidence 1 minus a Bonferroni-adjusted bound on the chance of a split this strong in a
 *     relation that did not change, in [0, 1]
 */
public record Shift(
    LocalDate at,
    double before,
    double after,
    int eventsBefore,
    int eventsAfter,
    double statistic,
    double confidence) {
  /** The size of the change in net cooperation, in [-2, 2]: positive toward cooperation. */
  public double size() {
    return after - before;
  }
}
