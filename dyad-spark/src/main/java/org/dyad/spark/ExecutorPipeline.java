package org.dyad.spark;

import java.nio.file.Path;
import java.util.List;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.config.PipelineConfig;

/**
 * One pipeline per executor JVM: CoreNLP's models and the dictionaries load once, on the first
 * partition an executor codes, and every task of that executor shares them (the pipeline is
 * thread-safe).
 */
final class ExecutorPipeline {
  private static DyadPipeline pipeline;
  private static List<String> loadedWith;

  private ExecutorPipeline() {}

  static synchronized DyadPipeline get(List<String> dictionaryDirectories) {
    if (pipeline == null) {
      List<Path> dirs = dictionaryDirectories.stream().map(Path::of).toList();
      pipeline =
          DyadPipeline.standard(
              new PipelineConfig(dirs, PipelineConfig.DEFAULT_MAX_DOCUMENT_CHARS));
      loadedWith = List.copyOf(dictionaryDirectories);
    } else if (!loadedWith.equals(dictionaryDirectories)) {
      throw new IllegalStateException(
          "this executor's pipeline was loaded with dictionaries "
              + loadedWith
              + ", not "
              + dictionaryDirectories);
    }
    return pipeline;
  }
}
