package org.dyad.coding;

import java.util.List;
import java.util.Optional;
import org.dyad.core.nlp.Token;

/**
 * Phrases that mark text as something other than political events: sport ("Brazil beat Germany" in
 * a World Cup match), weather, disease, entertainment. A sentence with a phrase yields no event; an
 * article with a story-scope phrase in its title or first sentence yields none.
 *
 * <p>Phrases match as in {@link PhraseTable}: whole words, any case, punctuation ignored.
 *
 * <p>Thread safety: immutable after building; share one instance.
 */
public final class Discards {
  /** How much text a phrase discards. */
  public enum Scope {
    SENTENCE,
    STORY
  }

  /**
   * A discard phrase and the dictionary row it comes from.
   *
   * @param where file and line of the row, for users tracing why nothing was coded
   */
  public record Discard(String phrase, Scope scope, String where) {}

  private final PhraseTable<Discard> phrases;

  Discards(PhraseTable<Discard> phrases) {
    this.phrases = phrases;
  }

  /** The first phrase found in {@code tokens}, if any. */
  public Optional<Discard> find(List<Token> tokens) {
    return phrases.first(tokens);
  }

  int size() {
    return phrases.size();
  }
}
