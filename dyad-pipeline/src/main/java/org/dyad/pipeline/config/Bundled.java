package org.dyad.pipeline.config;

/**
 * Which of the dictionaries shipped with Dyad are loaded besides the user's directories.
 *
 * <p>{@link #NONE} reproduces a run of another coder with its own dictionaries alone, as the
 * PETRARCH unit tests expect.
 */
public enum Bundled {
  /** The bundled actors and verbs, with the user's entries added and overriding them. */
  ALL,
  /**
   * The bundled actors, but only the user's verb patterns and discards ({@code --only-my-verbs}).
   */
  ACTORS_ONLY,
  /** Only the user's dictionaries ({@code --only-my-dictionaries}). */
  NONE;

  public boolean verbs() {
    return this == ALL;
  }

  public boolean actors() {
    return this != NONE;
  }
}
