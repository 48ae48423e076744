package org.dyad.pipeline.eval;

import java.util.Objects;

/**
 * One event as gold sets write it: source and target actor codes and an event label (a CAMEO code,
 * a PLOVER type or a class number). Empty strings stand for a missing actor.
 */
public record Triple(String source, String target, String code) {
  public Triple {
    source = Objects.requireNonNullElse(source, "");
    target = Objects.requireNonNullElse(target, "");
    Objects.requireNonNull(code, "code");
  }

  /** The CAMEO root: the code's first two digits. */
  public String root() {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }
}
