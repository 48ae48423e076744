package org.dyad.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.dyad.core.series.DyadVolume;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleGraph;

/**
 * The relations between countries in one period as networks: a directed cooperation network and a
 * directed conflict network (edge weight: events from source to target), their most central actors,
 * and a signed network of ties whose unbalanced triads are reported.
 *
 * <p>Centrality is weighted PageRank (Brin and Page 1998): an actor ranks high when much
 * cooperation (or conflict) goes to it from actors that themselves rank high, so a minor state that
 * everybody talks to ranks below a major one. A tie between two actors is friendly when most of
 * their events, both directions, are cooperative, hostile when most are conflictual, and left
 * unsigned when they are even or fewer than {@code minEvents}. A triad of three signed ties is
 * balanced in the sense of Cartwright and Harary (1956, "Structural balance: a generalization of
 * Heider's theory") when the product of its signs is positive; the unbalanced ones are the "friend
 * of my enemy" triads (one hostile tie among friends) and triads of three mutual enemies, which
 * Davis (1967) counts as balanced in a weaker sense, hence reported apart.
 *
 * <p>Thread safety: immutable after construction.
 */
public final class RelationNetwork {
  /** PageRank's usual damping factor. */
  private static final double DAMPING = 0.85;

  /** Which network. */
  public enum Network {
    COOPERATION,
    CONFLICT
  }

  /**
   * The undirected tie between two actors, {@code a} before {@code b} alphabetically.
   *
   * @param cooperative cooperative events between them, both directions
   * @param conflictual conflictual events, both directions
   * @param sign +1 friendly, -1 hostile, 0 unsigned
   */
  public record Tie(String a, String b, int cooperative, int conflictual, int sign) {
    public int events() {
      return cooperative + conflictual;
    }
  }

  /**
   * An actor's place in one network.
   *
   * @param score its PageRank in the network, in (0, 1), summing to 1 over the network's actors
   * @param sent events it is the source of in the network
   * @param received events it is the target of
   */
  public record Central(String actor, double score, int sent, int received) {}

  /** What makes a triad unbalanced. */
  public enum Imbalance {
    /** Two friendly ties and one hostile: a friend of an enemy. */
    FRIEND_OF_ENEMY,
    /** Three hostile ties. */
    ALL_HOSTILE
  }

  /**
   * An unbalanced triad.
   *
   * @param ties its three ties
   * @param support events of its weakest tie: how well the imbalance is attested
   */
  public record Triad(List<Tie> ties, Imbalance imbalance, int support) {
    public Triad {
      ties = List.copyOf(ties);
    }

    /** The three actors, sorted. */
    public List<String> actors() {
      Set<String> out = new TreeSet<>();
      ties.forEach(t -> out.addAll(List.of(t.a(), t.b())));
      return List.copyOf(out);
    }
  }

  private final List<DyadVolume> volumes;
  private final List<Tie> ties;
  private final Map<String, Map<String, Tie>> signed = new HashMap<>();

  private RelationNetwork(List<DyadVolume> volumes, int minEvents) {
    this.volumes = List.copyOf(volumes);
    Map<List<String>, int[]> pairs = new HashMap<>();
    for (DyadVolume v : volumes) {
      boolean ordered = v.source().compareTo(v.target()) < 0;
      List<String> key =
          ordered ? List.of(v.source(), v.target()) : List.of(v.target(), v.source());
      int[] n = pairs.computeIfAbsent(key, k -> new int[2]);
      n[0] += v.cooperative();
      n[1] += v.conflictual();
    }
    List<Tie> all = new ArrayList<>();
    pairs.forEach(
        (key, n) -> {
          int sign = n[0] + n[1] < minEvents ? 0 : Integer.signum(n[0] - n[1]);
          Tie t = new Tie(key.get(0), key.get(1), n[0], n[1], sign);
          all.add(t);
          if (sign != 0) {
            signed.computeIfAbsent(t.a(), k -> new HashMap<>()).put(t.b(), t);
            signed.computeIfAbsent(t.b(), k -> new HashMap<>()).put(t.a(), t);
          }
        });
    all.sort(
        Comparator.comparingInt((Tie t) -> -t.events())
            .thenComparing(Tie::a)
            .thenComparing(Tie::b));
    this.ties = List.copyOf(all);
  }

  /**
   * The network of these relations (between different actors; self-relations are ignored); ties
   * with fewer than {@code minEvents} events stay unsigned.
   */
  public static RelationNetwork of(List<DyadVolume> volumes, int minEvents) {
    if (minEvents < 1) {
      throw new IllegalArgumentException("minEvents must be >= 1, got " + minEvents);
    }
    return new RelationNetwork(
        volumes.stream().filter(v -> !v.source().equals(v.target())).toList(), minEvents);
  }

  /** Every tie, most events first. */
  public List<Tie> ties() {
    return ties;
  }

  /** The {@code limit} most central actors of the network, highest PageRank first. */
  public List<Central> central(Network network, int limit) {
    ToIntFunction<DyadVolume> weight =
        network == Network.COOPERATION ? DyadVolume::cooperative : DyadVolume::conflictual;
    Graph<String, DefaultWeightedEdge> g =
        new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    Map<String, int[]> sentReceived = new HashMap<>();
    for (DyadVolume v : volumes) {
      int w = weight.applyAsInt(v);
      if (w == 0) {
        continue;
      }
      g.addVertex(v.source());
      g.addVertex(v.target());
      g.setEdgeWeight(g.addEdge(v.source(), v.target()), w);
      sentReceived.computeIfAbsent(v.source(), k -> new int[2])[0] += w;
      sentReceived.computeIfAbsent(v.target(), k -> new int[2])[1] += w;
    }
    if (g.vertexSet().isEmpty()) {
      return List.of();
    }
    Map<String, Double> scores = new PageRank<>(g, DAMPING).getScores();
    return scores.entrySet().stream()
        .map(
            e ->
                new Central(
                    e.getKey(),
                    e.getValue(),
                    sentReceived.get(e.getKey())[0],
                    sentReceived.get(e.getKey())[1]))
        .sorted(
            Comparator.comparingDouble((Central c) -> -c.score())
                .thenComparingInt(c -> -(c.sent() + c.received()))
                .thenComparing(Central::actor))
        .limit(limit)
        .toList();
  }

  /** The unbalanced triads of signed ties, best attested first. */
  public List<Triad> unbalancedTriads() {
    List<Triad> out = new ArrayList<>();
    for (List<Tie> triangle : triangles()) {
      long hostile = triangle.stream().filter(t -> t.sign() < 0).count();
      if (hostile % 2 == 1) {
        int support = triangle.stream().mapToInt(Tie::events).min().orElseThrow();
        out.add(
            new Triad(
                triangle,
                hostile == 1 ? Imbalance.FRIEND_OF_ENEMY : Imbalance.ALL_HOSTILE,
                support));
      }
    }
    out.sort(
        Comparator.comparing(Triad::imbalance)
            .thenComparingInt((Triad t) -> -t.support())
            .thenComparing(t -> String.join(" ", t.actors())));
    return out;
  }

  /** Share of the triads of signed ties that are balanced, or NaN without any. */
  public double balance() {
    List<List<Tie>> all = triangles();
    if (all.isEmpty()) {
      return Double.NaN;
    }
    long balanced =
        all.stream().filter(tr -> tr.stream().filter(t -> t.sign() < 0).count() % 2 == 0).count();
    return balanced / (double) all.size();
  }

  /** Every triangle of signed ties, each once. */
  private List<List<Tie>> triangles() {
    Graph<String, Tie> g = new SimpleGraph<>(Tie.class);
    signed.keySet().forEach(g::addVertex);
    signed.forEach(
        (a, ns) ->
            ns.forEach(
                (b, t) -> {
                  if (a.compareTo(b) < 0) {
                    g.addEdge(a, b, t);
                  }
                }));
    List<List<Tie>> out = new ArrayList<>();
    for (Tie ab : g.edgeSet()) {
      // a < b; the third actor c > b, so each triangle is found once, from its first two actors.
      for (Tie bc : g.edgesOf(ab.b())) {
        String c = bc.a().equals(ab.b()) ? bc.b() : bc.a();
        if (c.compareTo(ab.b()) > 0 && g.containsEdge(ab.a(), c)) {
          out.add(List.of(ab, bc, g.getEdge(ab.a(), c)));
        }
      }
    }
    return out;
  }
}
