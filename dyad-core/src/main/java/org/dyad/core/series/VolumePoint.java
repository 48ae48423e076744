package org.dyad.core.series;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The news volume of one bin: every dyadic event and every article in it.
 *
 * @param start first day of the bin
 * @param events dyadic events of any dyad dated in the bin
 * @param articles articles published in the bin
 */
public record VolumePoint(LocalDate start, long events, long articles) {
  public VolumePoint {
    Objects.requireNonNull(start, "start");
  }
}
