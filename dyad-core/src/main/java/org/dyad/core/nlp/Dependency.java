package org.dyad.core.nlp;

import java.util.Objects;

/**
 * A labelled arc of a basic Universal Dependencies tree.
 *
 * @param head index of the governing token, or {@link #ROOT} for the sentence root
 * @param dependent index of the dependent token
 * @param relation UD relation with optional subtype ({@code nsubj}, {@code obl:tmod}, ...)
 */
public record Dependency(int head, int dependent, String relation) {
  public static final int ROOT = -1;

  public Dependency {
    if (head < ROOT || dependent < 0 || head == dependent) {
      throw new IllegalArgumentException(
          "bad arc head=" + head + " dependent=" + dependent + " (" + relation + ")");
    }
    Objects.requireNonNull(relation, "relation");
  }

  /** The relation without its subtype: {@code nmod:poss} gives {@code nmod}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
