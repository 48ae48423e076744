package org.dyad.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.config.Bundled;
import org.dyad.pipeline.config.PipelineConfig;
import picocli.CommandLine.Option;

/** The dictionary, parsing and limit options shared by the commands that code text. */
final class DictionaryOptions {
  @Option(
      names = "--dictionary",
      paramLabel = "DIR",
      description =
          "Extra dictionary directory: actor TSV files, and verbs*.tsv, nouns*.tsv, synsets*.tsv,"
              + " discards*.tsv, issues*.tsv"
              + " patterns; its entries override the bundled ones.")
  List<Path> dictionaries = new ArrayList<>();

  @Option(
      names = "--only-my-verbs",
      description =
          "Use only the verb patterns and discards of the --dictionary directories, not the"
              + " bundled ones.")
  boolean onlyMyVerbs;

  @Option(
      names = "--only-my-dictionaries",
      description =
          "Use only the --dictionary directories: no bundled actors, agents, adjectives, verb"
              + " patterns or discards (to reproduce a run of another coder with its dictionaries).")
  boolean onlyMyDictionaries;

  @Option(
      names = "--parse-every-sentence",
      description =
          "Parse every sentence, not only those with an event word and an actor: several times"
              + " slower, but stored parses can then be recoded with verbs added later.")
  boolean parseEverySentence;

  @Option(
      names = "--max-document-chars",
      paramLabel = "N",
      description =
          "Skip, with the reason recorded, articles whose text is longer (default: ${DEFAULT-VALUE}).")
  int maxDocumentChars = PipelineConfig.DEFAULT_MAX_DOCUMENT_CHARS;

  @Option(
      names = "--document-timeout",
      paramLabel = "SECONDS",
      description =
          "Fail, with the reason recorded, an article whose analysis takes longer; the batch goes"
              + " on (default: ${DEFAULT-VALUE}).")
  long documentTimeoutSeconds = PipelineConfig.DEFAULT_DOCUMENT_TIME_LIMIT.toSeconds();

  PipelineConfig config() {
    return new PipelineConfig(
        dictionaries,
        maxDocumentChars,
        onlyMyDictionaries ? Bundled.NONE : onlyMyVerbs ? Bundled.ACTORS_ONLY : Bundled.ALL,
        parseEverySentence,
        Duration.ofSeconds(documentTimeoutSeconds));
  }
}
