package org.dyad.core.actor;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO actor code such as {@code CHNGOV}, {@code PRK} or {@code IGOUNOIAE}: a three-letter
 * country or international prefix followed by three-letter role codes.
 */
public record ActorCode(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Z0-9]{3}([A-Z0-9]{3}){0,4}");

  public ActorCode {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "not a CAMEO actor code (3-15 letters, groups of 3): " + value);
    }
  }

  public static ActorCode of(String value) {
    return new ActorCode(value);
  }

  /**
   * Whether this names an actor of no one country: an international organisation ({@code IGO...}),
   * a transnational NGO ({@code NGO...}) or militant group ({@code IMG...}), as Phoenix codes them.
   */
  public boolean isInternational() {
    return value.startsWith("IGO") || value.startsWith("NGO") || value.startsWith("IMG");
  }

  /**
   * The country part: the first three letters for states ({@code CHNGOV} gives {@code CHN}), the
   * whole code for international organisations, whose prefix alone says nothing.
   */
  public String country() {
    return isInternational() ? value : value.substring(0, 3);
  }

  /** The first role code after the country ({@code GOV} in {@code CHNGOV}), or empty. */
  public String role() {
    return isInternational() || value.length() < 6 ? "" : value.substring(3, 6);
  }

  /** This code's country with another role: {@code CHN} with {@code MIL} gives {@code CHNMIL}. */
  public ActorCode withRole(String role) {
    return isInternational() ? this : new ActorCode(value.substring(0, 3) + role);
  }

  /**
   * Whether the two are different parts of one country, so that an event between them is a domestic
   * one worth coding: government and opposition ({@code GEOGOV}, {@code GEOOPP}), police and
   * students. A bare country ({@code GEO}) or the same role is the same actor.
   */
  public boolean isDomesticCounterpart(ActorCode other) {
    return !isInternational()
        && !other.isInternational()
        && country().equals(other.country())
        && !role().isEmpty()
        && !other.role().isEmpty()
        && !role().equals(other.role());
  }

  @Override
  public String toString() {
    return value;
  }
}
