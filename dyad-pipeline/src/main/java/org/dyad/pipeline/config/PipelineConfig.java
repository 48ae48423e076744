package org.dyad.pipeline.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings of the pipeline, checked when built.
 *
 * @param dictionaryDirectories user actor dictionaries added to the bundled one
 * @param maxDocumentChars longer documents are skipped, with the reason recorded
 * @param bundled which bundled dictionaries are loaded besides the users' ({@link Bundled#ALL}
 *     unless a dictionary directory holds a complete dictionary of its own)
 * @param parseEverySentence whether every sentence is parsed (true), or only those that can yield
 *     an event (false, the default and several times faster); stored parses of the others have no
 *     dependencies, so a later recode with new verbs cannot code them
 * @param documentTimeLimit a document whose analysis takes longer fails with the reason, and the
 *     batch goes on
 */
public record PipelineConfig(
    List<Path> dictionaryDirectories,
    int maxDocumentChars,
    Bundled bundled,
    boolean parseEverySentence,
    Duration documentTimeLimit) {
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 1_000_000;

  /**
   * Several times what a document at the size limit takes: 999,000 characters of Wikinews articles
   * took 41 s with {@code dyad code} on the 2-core development machine, model loading included.
   */
  public static final Duration DEFAULT_DOCUMENT_TIME_LIMIT = Duration.ofMinutes(5);

  public PipelineConfig {
    dictionaryDirectories = List.copyOf(dictionaryDirectories);
    for (Path p : dictionaryDirectories) {
      if (!Files.isDirectory(p)) {
        throw new ConfigException("actors.dictionary: directory not found: " + p);
      }
    }
    if (bundled != Bundled.ALL && dictionaryDirectories.isEmpty()) {
      throw new ConfigException(
          "dictionaries.bundled: turning bundled dictionaries off needs a dictionary directory");
    }
    if (documentTimeLimit.isNegative() || documentTimeLimit.isZero()) {
      throw new ConfigException(
          "limits.documentTimeLimit: must be positive, got " + documentTimeLimit);
    }
    if (maxDocumentChars < 1) {
      throw new ConfigException(
          "limits.maxDocumentChars: must be positive, got " + maxDocumentChars);
    }
  }

  public PipelineConfig(List<Path> dictionaryDirectories, int maxDocumentChars, Bundled bundled) {
    this(dictionaryDirectories, maxDocumentChars, bundled, false, DEFAULT_DOCUMENT_TIME_LIMIT);
  }

  public PipelineConfig(List<Path> dictionaryDirectories, int maxDocumentChars) {
    this(dictionaryDirectories, maxDocumentChars, Bundled.ALL);
  }

  /** The same settings, with every sentence parsed or not. */
  public PipelineConfig withParseEverySentence(boolean every) {
    return new PipelineConfig(
        dictionaryDirectories, maxDocumentChars, bundled, every, documentTimeLimit);
  }

  /** The same settings, with other limits per document. */
  public PipelineConfig withLimits(int maxChars, Duration timeLimit) {
    return new PipelineConfig(
        dictionaryDirectories, maxChars, bundled, parseEverySentence, timeLimit);
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(List.of(), DEFAULT_MAX_DOCUMENT_CHARS);
  }
}
