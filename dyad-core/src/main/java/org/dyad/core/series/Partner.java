package org.dyad.core.series;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A country or organisation an actor has events with.
 *
 * @param code the partner's country (or IGO code)
 * @param events dyadic events between the two, both directions
 * @param first date of the first
 * @param last date of the last
 */
public record Partner(String code, long events, LocalDate first, LocalDate last) {
  public Partner {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }
}
