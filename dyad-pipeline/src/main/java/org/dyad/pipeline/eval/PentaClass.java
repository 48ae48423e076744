package org.dyad.pipeline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.event.CodedEvent;

/**
 * The five event classes of the ConfliBERT CAMEO set ("PentaClass"), which are the Phoenix
 * pipeline's: 0 make a statement (roots 01-02), 1 verbal cooperation (03-05), 2 material
 * cooperation (06-08), 3 verbal conflict (09-13 and 16), 4 material conflict (14, 15, 17-20). The
 * set's raw annotation rounds label roots with their class ("0-2 Appeal", "3-16 Reduce Relations",
 * "4-14 Protest"), which is how this mapping was checked.
 */
public final class PentaClass {
  public static final int CLASSES = 5;

  private PentaClass() {}

  /** The class of a CAMEO root ("01" to "20"). */
  public static int of(String root) {
    int r = Integer.parseInt(root);
    if (r < 1 || r > 20) {
      throw new IllegalArgumentException("not a CAMEO root: " + root);
    }
    if (r == 16) {
      return 3;
    }
    return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
  }

  /**
   * A sentence's class from its events: the class most of them have; on a tie, the class of the
   * event read first. Empty when the sentence has no events.
   */
  public static Optional<Integer> ofSentence(List<CodedEvent> events) {
    if (events.isEmpty()) {
      return Optional.empty();
    }
    List<CodedEvent> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparingInt(e -> e.provenance().trigger().start()));
    Map<Integer, Integer> counts = new HashMap<>();
    for (CodedEvent e : ordered) {
      counts.merge(of(e.root()), 1, Integer::sum);
    }
    int best = of(ordered.get(0).root());
    for (CodedEvent e : ordered) {
      int c = of(e.root());
      if (counts.get(c) > counts.get(best)) {
        best = c;
      }
    }
    return Optional.of(best);
  }
}
