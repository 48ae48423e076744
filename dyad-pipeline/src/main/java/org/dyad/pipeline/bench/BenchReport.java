package org.dyad.pipeline.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.nlp.StageTiming;

/**
 * What {@code dyad bench} measured, as printed and written to JSON.
 *
 * @param corpus where the documents came from
 * @param documents documents given
 * @param sentences sentences of those coded (body and title)
 * @param tokens tokens of those sentences
 * @param parsedSentences sentences chosen for the full parse
 * @param pipelineLoadSeconds building the pipeline: dictionaries and every NLP model
 * @param firstEventSeconds from the benchmark's start (nothing loaded) to the first stored event
 * @param firstEventSecondsSinceJvmStart the same, counted from the JVM's start
 * @param maxHeapMb the JVM's heap limit
 * @param runs the timed runs, one per thread count
 * @param stages per-stage time of the first timed run
 */
public record BenchReport(
    String corpus,
    int documents,
    long sentences,
    long tokens,
    long parsedSentences,
    double pipelineLoadSeconds,
    double firstEventSeconds,
    double firstEventSecondsSinceJvmStart,
    long maxHeapMb,
    List<Run> runs,
    List<Stage> stages) {
  public BenchReport {
    runs = List.copyOf(runs);
    stages = List.copyOf(stages);
  }

  /** The run of median speed among those on {@code threads} threads. */
  public Run median(int threads) {
    List<Run> of =
        runs.stream()
            .filter(r -> r.threads() == threads)
            .sorted(java.util.Comparator.comparingDouble(Run::sentencesPerSecond))
            .toList();
    if (of.isEmpty()) {
      throw new IllegalArgumentException("no run on " + threads + " threads");
    }
    return of.get(of.size() / 2);
  }

  /** Writes the report as JSON, under {@code "report"}, beside {@code context} (machine, flags). */
  public void writeJson(Path file, Map<String, Object> context) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Map<String, Object> doc = new LinkedHashMap<>(context);
    doc.put("report", this);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), doc);
  }

  /**
   * One timed run: raw text to stored events.
   *
   * @param threads coding threads
   * @param seconds wall time of the run
   * @param coded documents coded (others were duplicates, skipped or failed)
   * @param sentences sentences coded
   * @param tokens tokens coded
   * @param events events stored (dyads)
   * @param peakHeapMb highest heap in use during the run
   * @param gcSeconds time the garbage collectors took during the run
   */
  public record Run(
      int threads,
      double seconds,
      int coded,
      long sentences,
      long tokens,
      long events,
      long peakHeapMb,
      double gcSeconds) {
    @JsonProperty
    public double sentencesPerSecond() {
      return sentences / seconds;
    }

    @JsonProperty
    public double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  /**
   * One stage's share of a run, in its own time (one thread's speed).
   *
   * @param stage the stage
   * @param seconds time spent in it, summed over threads
   * @param sentences sentences it processed
   * @param tokens tokens it processed
   * @param sentencesPerSecond sentences per second of stage time
   * @param tokensPerSecond tokens per second of stage time
   */
  public record Stage(
      String stage,
      double seconds,
      long sentences,
      long tokens,
      double sentencesPerSecond,
      double tokensPerSecond) {
    static Stage of(StageTiming t) {
      return new Stage(
          t.stage(),
          t.nanos() / 1e9,
          t.sentences(),
          t.tokens(),
          t.sentencesPerSecond(),
          t.tokensPerSecond());
    }
  }
}
