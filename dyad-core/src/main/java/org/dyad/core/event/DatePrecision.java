package org.dyad.core.event;

/** How much of an event date the text fixes. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR
}
