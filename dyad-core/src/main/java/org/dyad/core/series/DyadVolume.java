package org.dyad.core.series;

import java.util.Objects;

/**
 * One directed relation between two countries (or organisations) over a date range: its events by
 * quad class, what a network of relations is built from.
 *
 * @param source the source's country
 * @param target the target's country
 * @param verbalCooperation events in quad class 1
 * @param materialCooperation in quad class 2
 * @param verbalConflict in quad class 3
 * @param materialConflict in quad class 4
 * @param goldsteinSum sum of their Goldstein scores
 */
public record DyadVolume(
    String source,
    String target,
    int verbalCooperation,
    int materialCooperation,
    int verbalConflict,
    int materialConflict,
    double goldsteinSum) {
  public DyadVolume {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (verbalCooperation < 0
        || materialCooperation < 0
        || verbalConflict < 0
        || materialConflict < 0) {
      throw new IllegalArgumentException("negative count for " + source + "-" + target);
    }
  }

  public int cooperative() {
    return verbalCooperation + materialCooperation;
  }

  public int conflictual() {
    return verbalConflict + materialConflict;
  }

  public int events() {
    return cooperative() + conflictual();
  }
}
