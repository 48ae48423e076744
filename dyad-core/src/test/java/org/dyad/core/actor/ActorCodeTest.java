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
  }

  @Test
  void malformed_codes_are_refused_with_the_value() {
    assertThatThrownBy(() -> ActorCode.of("NGOEEURENV")).hasMessageContaining("NGOEEURENV");
    assertThatThrownBy(() -> ActorCode.of("chn")).hasMessageContaining("chn");
  }
}
