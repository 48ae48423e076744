package org.dyad.core.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Read-only navigation over a sentence's basic dependency tree.
 *
 * <p>Thread safety: immutable after construction.
 */
public final class DependencyTree {
  private final List<Token> tokens;
  private final int[] heads;
  private final String[] relations;
  private final List<List<Integer>> children;

  DependencyTree(List<Token> tokens, List<Dependency> arcs) {
    this.tokens = tokens;
    int n = tokens.size();
    heads = new int[n];
    relations = new String[n];
    Arrays.fill(heads, Dependency.ROOT);
    Arrays.fill(relations, "");
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency d : arcs) {
      heads[d.dependent()] = d.head();
      relations[d.dependent()] = d.relation();
      if (d.head() != Dependency.ROOT) {
        children.get(d.head()).add(d.dependent());
      }
    }
    children.forEach(list -> list.sort(Integer::compare));
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Index of the head of {@code i}, or {@link Dependency#ROOT}. */
  public int head(int i) {
    return heads[i];
  }

  /** Full relation of {@code i} to its head, such as {@code nmod:poss}; empty for the root. */
  public String relation(int i) {
    return relations[i];
  }

  /** Relation without subtype. */
  public String baseRelation(int i) {
    String r = relations[i];
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** Children whose full relation equals {@code relation} or starts with {@code relation + ":"}. */
  public List<Integer> children(int i, String relation) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      String r = relations[c];
      if (r.equals(relation) || r.startsWith(relation + ":")) {
        out.add(c);
      }
    }
    return out;
  }

  public boolean hasChild(int i, String relation) {
    return !children(i, relation).isEmpty();
  }

  /** The token and all its descendants, in index order. */
  public List<Integer> subtree(int i) {
    List<Integer> out = new ArrayList<>();
    collect(i, out);
    out.sort(Integer::compare);
    return out;
  }

  private void collect(int i, List<Integer> out) {
    out.add(i);
    for (int c : children.get(i)) {
      collect(c, out);
    }
  }

  /** Whether {@code ancestor} dominates {@code i} (a token dominates itself). */
  public boolean dominates(int ancestor, int i) {
    for (int k = i, steps = 0; k != Dependency.ROOT && steps <= size(); k = heads[k], steps++) {
      if (k == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The preposition or case marker of a nominal, lower case ({@code with} in "with Russia"), or
   * empty. Multi-word markers ("because of") are joined by a space.
   */
  public String caseMarker(int i) {
    StringBuilder sb = new StringBuilder();
    for (int c : children(i, "case")) {
      if (tokens.get(c).pos().equals("POS")) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(tokens.get(c).word().toLowerCase(Locale.ROOT));
      for (int f : children(c, "fixed")) {
        sb.append(' ').append(tokens.get(f).word().toLowerCase(Locale.ROOT));
      }
    }
    return sb.toString();
  }

  /**
   * Whether the parser hung a main verb on the relative clause before it: in "Sarkozy, whose
   * country holds the EU presidency, offered to mediate", "offered" depends on "holds" as "dep",
   * after the comma that closes the clause.
   */
  public boolean hungOnARelative(int verb) {
    int g = head(verb);
    return g >= 0
        && head(g) >= 0
        && relation(verb).equals("dep")
        && relation(g).equals("acl:relcl")
        && verb > 0
        && tokens.get(verb - 1).word().equals(",");
  }

  /** Number of arcs between {@code i} and the root. */
  public int depth(int i) {
    int d = 0;
    for (int k = heads[i]; k != Dependency.ROOT && d <= size(); k = heads[k]) {
      d++;
    }
    return d;
  }
}
