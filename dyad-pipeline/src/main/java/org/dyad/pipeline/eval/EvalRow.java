package org.dyad.pipeline.eval;

import java.util.Objects;

/**
 * One line of the evaluation table: a gold set, a scoring level, Dyad's score on all of the set,
 * and, where PETRARCH2's output on the set exists, both coders' scores on the sentences PETRARCH2
 * coded.
 *
 * @param set gold set name
 * @param level scoring level ("triple", "code", "root", "event type", ...)
 * @param sentences sentences scored for {@code dyad}
 * @param dyad Dyad on the whole set
 * @param shared sentences both coders coded, 0 without a baseline
 * @param dyadShared Dyad on those sentences, null without a baseline
 * @param petrarch2 PETRARCH2 on those sentences, null without a baseline
 */
public record EvalRow(
    String set, String level, int sentences, Prf dyad, int shared, Prf dyadShared, Prf petrarch2) {
  public EvalRow {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(dyad, "dyad");
  }

  public static EvalRow withoutBaseline(String set, String level, int sentences, Prf dyad) {
    return new EvalRow(set, level, sentences, dyad, 0, null, null);
  }

  public boolean hasBaseline() {
    return petrarch2 != null;
  }
}
