package org.dyad.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorCodeTest {
  @Test
  void state_code_splits_into_country_and_role() {
    ActorCode c = ActorCode.of("CHNGOV");
    assertThat(c.country()).isEqualTo("CHN");
    assertThat(c.role()).isEqualTo("GOV");
    assertThat(c.withRole("MIL")).isEqualTo(ActorCode.of("CHNMIL"));
  }

  @Test
  void international_code_is_its_own_country() {
    ActorCode c = ActorCode.of("IGOUNOIAE");
    assertThat(c.isInternational()).isTrue();
    assertThat(c.country()).isEqualTo("IGOUNOIAE");
    assertThat(c.withRole("MIL")).isEqualTo(c);
    // Phoenix's transnational NGOs and militant groups have no country either: "the government"
    // after the Committee to Protect Journalists is no NGOGOV
    assertThat(ActorCode.of("NGOMED").withRole("GOV").value()).isEqualTo("NGOMED");
    assertThat(ActorCode.of("IMGMUSALQ").country()).isEqualTo("IMGMUSALQ");
  }

  @Test
  void malformed_codes_are_refused_with_the_value() {
    assertThatThrownBy(() -> ActorCode.of("NGOEEURENV")).hasMessageContaining("NGOEEURENV");
    assertThatThrownBy(() -> ActorCode.of("chn")).hasMessageContaining("chn");
  }

  @Test
  void domestic_counterparts_are_two_roles_of_one_country() {
    assertThat(ActorCode.of("GEOGOV").isDomesticCounterpart(ActorCode.of("GEOOPP"))).isTrue();
    assertThat(ActorCode.of("GEOGOV").isDomesticCounterpart(ActorCode.of("GEO"))).isFalse();
    assertThat(ActorCode.of("GEOGOV").isDomesticCounterpart(ActorCode.of("GEOGOVMIL"))).isFalse();
    assertThat(ActorCode.of("GEOGOV").isDomesticCounterpart(ActorCode.of("RUSOPP"))).isFalse();
    assertThat(ActorCode.of("IGOUNO").isDomesticCounterpart(ActorCode.of("IGOUNOMIL"))).isFalse();
  }
}
