package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.config.PipelineConfig;
import picocli.CommandLine.Option;

/** The dictionary and parsing options shared by the commands that code text. */
final class DictionaryOptions {
  @Option(
      names = "--dictionary",
      paramLabel = "DIR",
      description =
          "Extra dictionary directory: actor TSV files, and verbs*.tsv, nouns*.tsv, synsets*.tsv"
              + " patterns; its entries override the bundled ones.")
  List<Path> dictionaries = new ArrayList<>();

  @Option(
      names = "--only-my-verbs",
      description =
          "Use only the verb patterns of the --dictionary directories, not the bundled ones.")
  boolean onlyMyVerbs;

  @Option(
      names = "--parse-every-sentence",
      description =
          "Parse every sentence, not only those with an event word and an actor: several times"
              + " slower, but stored parses can then be recoded with verbs added later.")
  boolean parseEverySentence;

  PipelineConfig config() {
    return new PipelineConfig(
        dictionaries, PipelineConfig.DEFAULT_MAX_DOCUMENT_CHARS, !onlyMyVerbs, parseEverySentence);
  }
}
