package org.dyad.pipeline.eval;

import java.util.Locale;

/**
 * Counts behind precision, recall and F1.
 *
 * @param truePositives predictions that matched gold
 * @param predicted predictions scored
 * @param gold gold items
 */
public record Prf(int truePositives, int predicted, int gold) {
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf {
    if (truePositives < 0 || truePositives > predicted || truePositives > gold) {
      throw new IllegalArgumentException(
          "inconsistent counts: tp=" + truePositives + " pred=" + predicted + " gold=" + gold);
    }
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Prf plus(Prf other) {
    return new Prf(
        truePositives + other.truePositives, predicted + other.predicted, gold + other.gold);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "P=%.2f R=%.2f F1=%.2f (tp=%d, pred=%d, gold=%d)",
        precision(),
        recall(),
        f1(),
        truePositives,
        predicted,
        gold);
  }
}
