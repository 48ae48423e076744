package org.dyad.core.event;

import java.util.Objects;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.text.Span;

/**
 * The source or target of an event, with the mention it was read from.
 *
 * @param code CAMEO actor code
 * @param name resolved entity name ("Xi Jinping")
 * @param text the words in the sentence ("Xi", "his", "Pyongyang")
 * @param chars character offsets of those words in the article text
 * @param resolution how the words reached the actor
 */
public record EventActor(
    ActorCode code, String name, String text, Span chars, MentionKind resolution) {
  public EventActor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(chars, "chars");
    Objects.requireNonNull(resolution, "resolution");
  }

  public String country() {
    return code.country();
  }
}
