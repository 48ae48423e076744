package org.dyad.coding;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.core.nlp.Token;

/**
 * Phrases that mark text as something other than political events: sport ("Brazil beat Germany" in
 * a World Cup match), entertainment, curiosities. A sentence with a phrase yields no event; an
 * article with a story-scope phrase in its title or first sentence yields none; cue words ("match",
 * "striker") discard only an article dense with them ({@link SportsCoverage}).
 *
 * <p>Phrases match as in {@link PhraseTable}: whole words, any case, punctuation ignored.
 *
 * <p>Thread safety: immutable after building; share one instance.
 */
public final class Discards {
  /** How much text a phrase discards. */
  public enum Scope {
    SENTENCE,
    STORY,
    /** A word of sports coverage, which discards only where the article is dense with such. */
    CUE
  }

  /**
   * A discard phrase and the dictionary row it comes from.
   *
   * @param where file and line of the row, for users tracing why nothing was coded
   */
  public record Discard(String phrase, Scope scope, String where) {}

  private final PhraseTable<Discard> phrases;
  private final PhraseTable<Discard> cues;

  private Discards(PhraseTable<Discard> phrases, PhraseTable<Discard> cues) {
    this.phrases = phrases;
    this.cues = cues;
  }

  /**
   * Reads discard files in order: a later row replaces an earlier one, an {@code off} row drops it.
   */
  static final class Builder {
    private final PhraseTable.Builder<Discard> rows = new PhraseTable.Builder<>();
    private final PhraseTable.Builder<Discard> cueRows = new PhraseTable.Builder<>();

    /**
     * Reads rows of phrase, scope and note.
     *
     * @param name the file name, for each row's {@link Discard#where()}
     * @param rejected gets the reason of a bundled row with an unknown scope
     * @throws IllegalArgumentException naming the file and line of a user's row with an unknown
     *     scope
     */
    void read(
        String where,
        String name,
        InputStream in,
        boolean user,
        MessageDigest digest,
        List<String> rejected) {
      for (TsvReader.Row row : TsvReader.read(where, in, 3, digest)) {
        String[] c = row.array();
        String phrase = c[0].trim();
        String at = name + ":" + row.line();
        switch (c[1].trim().toLowerCase(Locale.ROOT)) {
          case "sentence" -> put(phrase, new Discard(phrase, Scope.SENTENCE, at));
          case "story" -> put(phrase, new Discard(phrase, Scope.STORY, at));
          case "cue" -> {
            rows.remove(phrase);
            cueRows.put(phrase, new Discard(phrase, Scope.CUE, at));
          }
          case "off" -> {
            rows.remove(phrase);
            cueRows.remove(phrase);
          }
          default -> {
            String reason =
                "discard scope '" + c[1].trim() + "' is not sentence, story, cue or off";
            if (user) {
              throw new IllegalArgumentException(where + ":" + row.line() + ": " + reason);
            }
            rejected.add(at + ": " + reason);
          }
        }
      }
    }

    private void put(String phrase, Discard discard) {
      cueRows.remove(phrase);
      rows.put(phrase, discard);
    }

    Discards build() {
      return new Discards(rows.build(), cueRows.build());
    }
  }

  /** The first sentence- or story-scope phrase found in {@code tokens}, if any. */
  public Optional<Discard> find(List<Token> tokens) {
    return phrases.first(tokens);
  }

  /**
   * The phrases of every scope found in {@code tokens}: what tells sports coverage ({@link
   * SportsCoverage}), where "tennis" counts as much as "striker".
   */
  List<Discard> registerWords(List<Token> tokens) {
    List<Discard> out = new java.util.ArrayList<>(phrases.all(tokens));
    out.addAll(cues.all(tokens));
    return out;
  }

  int size() {
    return phrases.size() + cues.size();
  }
}
