package org.dyad.core.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.core.nlp.ParsedDocument;

/**
 * A parsed document with its actor mentions.
 *
 * @param parsed the analysed document, unchanged
 * @param mentions resolved mentions of the body, in text order
 * @param titleMentions resolved mentions of the title
 * @param unresolved names that no entry resolved
 * @param dictionaryVersion version (hash) of the actor dictionary used
 */
public record ResolvedDocument(
    ParsedDocument parsed,
    List<ActorMention> mentions,
    List<ActorMention> titleMentions,
    List<UnresolvedMention> unresolved,
    String dictionaryVersion) {
  public ResolvedDocument {
    Objects.requireNonNull(parsed, "parsed");
    mentions = List.copyOf(mentions);
    titleMentions = List.copyOf(titleMentions);
    unresolved = List.copyOf(unresolved);
    dictionaryVersion = Objects.requireNonNullElse(dictionaryVersion, "");
  }

  /** Mentions of one body sentence, in token order. */
  public List<ActorMention> mentionsIn(int sentence) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (m.sentence() == sentence) {
        out.add(m);
      }
    }
    return out;
  }
}
