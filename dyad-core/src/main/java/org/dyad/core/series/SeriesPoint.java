package org.dyad.core.series;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One bin of a dyad series.
 *
 * @param start first day of the bin
 * @param verbalCooperation dyadic events of the relation in quad class 1
 * @param materialCooperation in quad class 2
 * @param verbalConflict in quad class 3
 * @param materialConflict in quad class 4
 * @param roots dyadic events of the relation per CAMEO root ("04")
 * @param goldsteinSum sum of their Goldstein scores
 * @param allEvents dyadic events of any dyad in the bin: the news volume
 * @param articles articles published in the bin
 */
public record SeriesPoint(
    LocalDate start,
    int verbalCooperation,
    int materialCooperation,
    int verbalConflict,
    int materialConflict,
    Map<String, Integer> roots,
    double goldsteinSum,
    long allEvents,
    long articles) {
  public SeriesPoint {
    Objects.requireNonNull(start, "start");
    if (verbalCooperation < 0
        || materialCooperation < 0
        || verbalConflict < 0
        || materialConflict < 0) {
      throw new IllegalArgumentException("negative count in the bin of " + start);
    }
    roots = Map.copyOf(roots);
  }

  /** Events of the relation in the bin. */
  public int events() {
    return cooperative() + conflictual();
  }

  public int cooperative() {
    return verbalCooperation + materialCooperation;
  }

  public int conflictual() {
    return verbalConflict + materialConflict;
  }

  /** Mean Goldstein score, or 0 without events. */
  public double goldsteinMean() {
    return events() == 0 ? 0 : goldsteinSum / events();
  }

  /** Cooperative minus conflictual share of the relation's events, in [-1, 1]; 0 without events. */
  public double netCooperation() {
    return events() == 0 ? 0 : (cooperative() - conflictual()) / (double) events();
  }

  /** The relation's events per 1,000 events of any dyad in the bin: volume-normalised. */
  public double perThousandEvents() {
    return allEvents == 0 ? 0 : 1000.0 * events() / allEvents;
  }

  /** The relation's events per 100 articles published in the bin. */
  public double perHundredArticles() {
    return articles == 0 ? 0 : 100.0 * events() / articles;
  }
}
