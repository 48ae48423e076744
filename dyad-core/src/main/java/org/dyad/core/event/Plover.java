package org.dyad.core.event;

import java.util.Objects;

/**
 * The PLOVER reading of a CAMEO code (from the published CAMEO-to-PLOVER table).
 *
 * @param event PLOVER event type ({@code CONSULT}), empty where PLOVER drops the code (roots 01-02)
 * @param mode PLOVER mode ({@code visit}), may be empty
 * @param context PLOVER contexts separated by {@code ;}, may be empty
 */
public record Plover(String event, String mode, String context) {
  public static final Plover NONE = new Plover("", "", "");

  public Plover {
    event = Objects.requireNonNullElse(event, "");
    mode = Objects.requireNonNullElse(mode, "");
    context = Objects.requireNonNullElse(context, "");
  }
}
