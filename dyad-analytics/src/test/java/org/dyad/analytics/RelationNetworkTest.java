package org.dyad.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.analytics.RelationNetwork.Central;
import org.dyad.analytics.RelationNetwork.Imbalance;
import org.dyad.analytics.RelationNetwork.Network;
import org.dyad.analytics.RelationNetwork.Tie;
import org.dyad.analytics.RelationNetwork.Triad;
import org.dyad.core.series.DyadVolume;
import org.junit.jupiter.api.Test;

class RelationNetworkTest {
  private static DyadVolume coop(String s, String t, int n) {
    return new DyadVolume(s, t, n, 0, 0, 0, 3.0 * n);
  }

  private static DyadVolume conflict(String s, String t, int n) {
    return new DyadVolume(s, t, 0, 0, 0, n, -8.0 * n);
  }

  @Test
  void ties_merge_both_directions_and_are_signed_by_their_majority() {
    RelationNetwork net =
        RelationNetwork.of(
            List.of(coop("RUS", "PRK", 3), coop("PRK", "RUS", 2), conflict("PRK", "RUS", 1)), 2);
    assertThat(net.ties()).singleElement().isEqualTo(new Tie("PRK", "RUS", 5, 1, 1));
  }

  @Test
  void thin_and_even_ties_stay_unsigned_and_self_relations_are_ignored() {
    RelationNetwork net =
        RelationNetwork.of(
            List.of(
                coop("USA", "CAN", 1),
                coop("USA", "MEX", 2),
                conflict("MEX", "USA", 2),
                coop("USA", "USA", 9)),
            2);
    assertThat(net.ties()).extracting(Tie::sign).containsExactly(0, 0);
    assertThat(net.ties()).extracting(Tie::b).containsExactly("USA", "USA");
  }

  @Test
  void a_friend_of_an_enemy_is_an_unbalanced_triad_and_two_allies_against_one_are_not() {
    RelationNetwork net =
        RelationNetwork.of(
            List.of(
                // Balanced: GEO and UKR friends, both hostile to RUS.
                coop("GEO", "UKR", 4),
                conflict("RUS", "GEO", 6),
                conflict("RUS", "UKR", 3),
                // Unbalanced: IRN friendly with RUS and with GEO, while RUS and GEO are enemies.
                coop("IRN", "RUS", 5),
                coop("IRN", "GEO", 2)),
            2);
    List<Triad> triads = net.unbalancedTriads();
    assertThat(triads)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.actors()).containsExactly("GEO", "IRN", "RUS");
              assertThat(t.imbalance()).isEqualTo(Imbalance.FRIEND_OF_ENEMY);
              assertThat(t.support()).isEqualTo(2);
            });
    // Two triangles (GEO-RUS-UKR, GEO-IRN-RUS), one balanced.
    assertThat(net.balance()).isEqualTo(0.5);
  }

  @Test
  void three_mutual_enemies_are_reported_after_friends_of_enemies() {
    RelationNetwork net =
        RelationNetwork.of(
            List.of(
                conflict("A01", "B01", 9),
                conflict("B01", "C01", 9),
                conflict("C01", "A01", 9),
                coop("X01", "Y01", 2),
                coop("Y01", "Z01", 2),
                conflict("Z01", "X01", 2)),
            2);
    assertThat(net.unbalancedTriads())
        .extracting(Triad::imbalance)
        .containsExactly(Imbalance.FRIEND_OF_ENEMY, Imbalance.ALL_HOSTILE);
  }

  @Test
  void the_actor_that_weighty_partners_cooperate_with_is_most_central() {
    RelationNetwork net =
        RelationNetwork.of(
            List.of(
                coop("CHN", "PRK", 2),
                coop("RUS", "PRK", 9),
                coop("PRK", "RUS", 8),
                coop("USA", "JPN", 1),
                conflict("USA", "PRK", 7)),
            1);
    List<Central> coop = net.central(Network.COOPERATION, 3);
    assertThat(coop).extracting(Central::actor).startsWith("PRK", "RUS");
    assertThat(coop.get(0).received()).isEqualTo(11);
    assertThat(coop.get(0).sent()).isEqualTo(8);
    assertThat(net.central(Network.COOPERATION, 10))
        .extracting(Central::score)
        .allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
    assertThat(net.central(Network.CONFLICT, 5))
        .extracting(Central::actor)
        .containsExactly("PRK", "USA");
  }

  @Test
  void edge_weights_decide_centrality() {
    // Same shape, different weights: the hub's heavier partner outranks the lighter one.
    RelationNetwork net =
        RelationNetwork.of(
            List.of(coop("AAA", "HUB", 1), coop("HUB", "BBB", 1), coop("HUB", "CCC", 20)), 1);
    List<Central> c = net.central(Network.COOPERATION, 4);
    assertThat(c.indexOf(c.stream().filter(x -> x.actor().equals("CCC")).findFirst().orElseThrow()))
        .isLessThan(
            c.indexOf(c.stream().filter(x -> x.actor().equals("BBB")).findFirst().orElseThrow()));
  }

  @Test
  void an_empty_period_has_no_network_and_a_bad_threshold_is_refused() {
    RelationNetwork net = RelationNetwork.of(List.of(), 2);
    assertThat(net.ties()).isEmpty();
    assertThat(net.central(Network.CONFLICT, 5)).isEmpty();
    assertThat(net.unbalancedTriads()).isEmpty();
    assertThat(net.balance()).isNaN();
    assertThatThrownBy(() -> RelationNetwork.of(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minEvents");
  }
}
