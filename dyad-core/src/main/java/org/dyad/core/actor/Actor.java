package org.dyad.core.actor;

import java.util.Objects;

/**
 * A resolved actor.
 *
 * @param code CAMEO actor code valid at the article's date
 * @param name the entity's canonical name ("Xi Jinping", "North Korea")
 * @param kind what it is
 */
public record Actor(ActorCode code, String name, ActorKind kind) {
  public Actor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  public String country() {
    return code.country();
  }
}
