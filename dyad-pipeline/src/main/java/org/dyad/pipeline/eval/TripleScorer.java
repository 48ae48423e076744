package org.dyad.pipeline.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores events per sentence, the way the PETRARCH validation scripts do: in each sentence, the set
 * of predicted items (duplicates collapsed) against the set of gold items.
 *
 * <p>Thread safety: stateless.
 */
public final class TripleScorer {
  /** What must agree for a prediction to count. */
  public enum Level {
    /** Source code, target code and event code, exactly. */
    TRIPLE,
    /** The event code alone. */
    CODE,
    /** The CAMEO root alone. */
    ROOT,
    /** Source and target countries (first three letters, IGOs normalised) and the event code. */
    DYAD_CODE
  }

  private TripleScorer() {}

  /**
   * Scores the sentences that {@code predicted} has an entry for (others are left out, so that two
   * coders can be compared on the sentences both coded).
   */
  public static Prf score(
      List<GoldSentence> gold, Map<String, List<Triple>> predicted, Level level) {
    Prf total = Prf.ZERO;
    for (GoldSentence g : gold) {
      List<Triple> p = predicted.get(g.id());
      if (p == null) {
        continue;
      }
      Set<String> goldItems = items(g.events(), level);
      Set<String> predItems = items(p, level);
      int tp = 0;
      for (String item : predItems) {
        if (goldItems.contains(item)) {
          tp++;
        }
      }
      total = total.plus(new Prf(tp, predItems.size(), goldItems.size()));
    }
    return total;
  }

  private static Set<String> items(List<Triple> triples, Level level) {
    Set<String> out = new HashSet<>();
    for (Triple t : triples) {
      out.add(
          switch (level) {
            case TRIPLE -> t.source() + "|" + t.target() + "|" + t.code();
            case CODE -> t.code();
            case ROOT -> t.root();
            case DYAD_CODE ->
                GoldScorer.country(t.source())
                    + "|"
                    + GoldScorer.country(t.target())
                    + "|"
                    + t.code();
          });
    }
    return out;
  }
}
