package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.core.text.Article;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.ArticleReader;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.bench.BenchReport;
import org.dyad.pipeline.bench.PipelineBenchmark;
import org.dyad.pipeline.config.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad bench}: how fast the whole pipeline runs on this machine, stage by stage. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole pipeline, raw text to events in a fresh DuckDB store, over a fixed sample of"
          + " news: the documents listed in CORPUS/bench-300-ids.txt when that file exists,"
          + " otherwise the Wikinews sample shipped in data/wikinews/wikinews-bench-300.jsonl (or"
          + " the JSONL INPUT files given). Measures pipeline load and time to the first event"
          + " cold, then, after a warm-up, --rounds runs per --threads value. Prints sentences and"
          + " tokens per second per stage and end to end, peak heap and the events found, and"
          + " writes them as JSON."
    })
final class BenchCommand implements Callable<Integer> {
  static final Path SHIPPED = Path.of("data/wikinews/wikinews-bench-300.jsonl");
  static final String ID_LIST = "bench-300-ids.txt";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", description = "JSONL files to measure instead of the sample.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--corpus",
      defaultValue = "../shared/corpus",
      description =
          "Directory of the shared corpora with " + ID_LIST + " (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(
      names = "--threads",
      split = ",",
      defaultValue = "1,2",
      description = "Thread counts of the timed runs (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(
      names = "--rounds",
      defaultValue = "3",
      description =
          "Timed runs per thread count, interleaved; the median is reported (default:"
              + " ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--warm-up",
      defaultValue = "150",
      description = "Documents coded before the timed runs (default: ${DEFAULT-VALUE}).")
  int warmUp;

  @Option(
      names = "--date",
      defaultValue = "2005-01-01",
      description =
          "Publication date of documents without one (the BBC set has none; default:"
              + " ${DEFAULT-VALUE}).")
  LocalDate date;

  @Option(
      names = "--parse-every-sentence",
      description = "Parse every sentence, not only those that can yield an event.")
  boolean parseEverySentence;

  @Option(
      names = "--json",
      defaultValue = "target/bench/dyad-bench.json",
      description = "Where to write the figures (default: ${DEFAULT-VALUE}).")
  Path json;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (warmUp < 0 || rounds < 1 || threads.stream().anyMatch(t -> t < 1)) {
      err.println("dyad bench: --warm-up must be >= 0, --rounds >= 1 and --threads >= 1");
      return 2;
    }
    String source;
    List<ArticleInput> read = new ArrayList<>();
    if (!inputs.isEmpty()) {
      source = inputs.toString();
      for (Path p : inputs) {
        read.addAll(ArticleReader.jsonl(p, date));
      }
    } else if (Files.isRegularFile(corpus.resolve(ID_LIST))) {
      source = corpus.resolve(ID_LIST).toString();
      read.addAll(listed(corpus));
    } else {
      source = SHIPPED.toString();
      read.addAll(ArticleReader.jsonl(SHIPPED, date));
    }
    List<Article> articles = new ArrayList<>();
    for (ArticleInput in : read) {
      if (in.ok()) {
        articles.add(in.article());
      } else {
        err.println("dyad bench: " + in.origin() + ": " + in.error());
      }
    }
    if (articles.isEmpty()) {
      err.println("dyad bench: no documents to measure in " + source);
      return 1;
    }
    out.printf(Locale.ROOT, "dyad bench: %d documents from %s%n", articles.size(), source);
    out.flush();
    Path work = Files.createTempDirectory("dyad-bench");
    BenchReport report;
    try {
      PipelineConfig config = PipelineConfig.defaults().withParseEverySentence(parseEverySentence);
      report =
          new PipelineBenchmark(
                  () -> DyadPipeline.standard(config),
                  work,
                  warmUp,
                  interleaved(threads, rounds),
                  line -> {
                    out.println("  " + line);
                    out.flush();
                  })
              .run(source, articles, start);
    } finally {
      deleteTree(work);
    }
    print(out, report);
    Map<String, Object> context = machine();
    context.put("parseEverySentence", parseEverySentence);
    report.writeJson(json, context);
    out.println("figures written to " + json);
    out.flush();
    return 0;
  }

  /** Each thread count {@code rounds} times, alternating: 1,2,1,2,... spreads drift evenly. */
  static List<Integer> interleaved(List<Integer> threads, int rounds) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      out.addAll(threads);
    }
    return out;
  }

  /** The documents the id list names, in its order, from the JSONL files beside it. */
  private List<ArticleInput> listed(Path dir) throws IOException {
    List<String> ids =
        Files.readAllLines(dir.resolve(ID_LIST)).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    Map<String, ArticleInput> byId = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        for (ArticleInput in : ArticleReader.jsonl(f, date)) {
          if (in.ok()) {
            byId.put(in.article().id(), in);
          }
        }
      }
    }
    List<ArticleInput> out = new ArrayList<>();
    for (String id : ids) {
      ArticleInput in = byId.get(id);
      out.add(in != null ? in : ArticleInput.failed(dir + ":" + id, "listed but not found"));
    }
    return out;
  }

  private static void print(PrintWriter out, BenchReport r) {
    out.println();
    out.printf(
        Locale.ROOT,
        "corpus: %d documents, %d sentences, %d tokens; %d sentences (%.0f%%) chosen for the"
            + " full parse%n",
        r.documents(),
        r.sentences(),
        r.tokens(),
        r.parsedSentences(),
        100.0 * r.parsedSentences() / Math.max(1, r.sentences()));
    out.printf(
        Locale.ROOT,
        "pipeline load (dictionaries and models): %.1f s; time to first event: %.1f s after the"
            + " command started, %.1f s after the JVM started%n",
        r.pipelineLoadSeconds(),
        r.firstEventSeconds(),
        r.firstEventSecondsSinceJvmStart());
    out.println();
    out.println("end to end, raw text to stored events:");
    out.printf(
        Locale.ROOT,
        "  %-8s %8s %8s %12s %12s %8s %14s %8s%n",
        "threads",
        "docs",
        "seconds",
        "sentences/s",
        "tokens/s",
        "events",
        "peak heap MB",
        "GC s");
    for (BenchReport.Run run : r.runs()) {
      out.printf(
          Locale.ROOT,
          "  %-8d %8d %8.1f %12.1f %12.0f %8d %14d %8.1f%n",
          run.threads(),
          run.coded(),
          run.seconds(),
          run.sentencesPerSecond(),
          run.tokensPerSecond(),
          run.events(),
          run.peakHeapMb(),
          run.gcSeconds());
    }
    out.printf(Locale.ROOT, "  heap limit: %d MB%n", r.maxHeapMb());
    for (int t : r.runs().stream().map(BenchReport.Run::threads).distinct().toList()) {
      BenchReport.Run m = r.median(t);
      out.printf(
          Locale.ROOT,
          "  median on %d thread(s): %.1f sentences/s, %.0f tokens/s%n",
          t,
          m.sentencesPerSecond(),
          m.tokensPerSecond());
    }
    long distinct = r.runs().stream().mapToLong(BenchReport.Run::events).distinct().count();
    if (distinct > 1) {
      out.println("  WARNING: the runs found different numbers of events");
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "stages of the %d-thread run (stage time summed over threads; rates are one thread's):%n",
        r.runs().get(0).threads());
    out.printf(
        Locale.ROOT,
        "  %-18s %10s %8s %12s %12s%n",
        "stage",
        "sentences",
        "seconds",
        "sentences/s",
        "tokens/s");
    for (BenchReport.Stage s : r.stages()) {
      out.printf(
          Locale.ROOT,
          "  %-18s %10d %8.1f %12.0f %12.0f%n",
          s.stage(),
          s.sentences(),
          s.seconds(),
          s.sentencesPerSecond(),
          s.tokensPerSecond());
    }
  }

  private static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("java", System.getProperty("java.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    m.put("date", java.time.Instant.now().toString());
    return m;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
