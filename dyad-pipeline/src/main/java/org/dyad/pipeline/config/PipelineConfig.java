package org.dyad.pipeline.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings of the pipeline, checked when built.
 *
 * @param dictionaryDirectories user actor dictionaries added to the bundled one
 * @param maxDocumentChars longer documents are skipped, with the reason recorded
 * @param bundledVerbs whether the bundled verb patterns are used besides the users' (false: only
 *     the users' verb files, as when a dictionary directory holds a complete verb dictionary)
 * @param parseEverySentence whether every sentence is parsed (true), or only those that can yield
 *     an event (false, the default and several times faster); stored parses of the others have no
 *     dependencies, so a later recode with new verbs cannot code them
 */
public record PipelineConfig(
    List<Path> dictionaryDirectories,
    int maxDocumentChars,
    boolean bundledVerbs,
    boolean parseEverySentence) {
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 1_000_000;

  public PipelineConfig {
    dictionaryDirectories = List.copyOf(dictionaryDirectories);
    for (Path p : dictionaryDirectories) {
      if (!Files.isDirectory(p)) {
        throw new ConfigException("actors.dictionary: directory not found: " + p);
      }
    }
    if (!bundledVerbs && dictionaryDirectories.isEmpty()) {
      throw new ConfigException(
          "verbs.bundled: turning the bundled verb patterns off needs a dictionary directory");
    }
    if (maxDocumentChars < 1) {
      throw new ConfigException(
          "limits.maxDocumentChars: must be positive, got " + maxDocumentChars);
    }
  }

  public PipelineConfig(
      List<Path> dictionaryDirectories, int maxDocumentChars, boolean bundledVerbs) {
    this(dictionaryDirectories, maxDocumentChars, bundledVerbs, false);
  }

  public PipelineConfig(List<Path> dictionaryDirectories, int maxDocumentChars) {
    this(dictionaryDirectories, maxDocumentChars, true);
  }

  /** The same settings, with every sentence parsed or not. */
  public PipelineConfig withParseEverySentence(boolean every) {
    return new PipelineConfig(dictionaryDirectories, maxDocumentChars, bundledVerbs, every);
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(List.of(), DEFAULT_MAX_DOCUMENT_CHARS);
  }
}
