package org.dyad.pipeline.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.StageTiming;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.core.text.Article;
import org.dyad.core.text.ArticleInput;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.ingest.Ingest;
import org.dyad.store.Stores;

/**
 * Runs the whole pipeline, raw text to events stored in a fresh DuckDB store, over a fixed corpus:
 * first cold (pipeline load, time to the first event), then on each thread count after a warm-up.
 *
 * <p>Thread safety: one run at a time.
 */
public final class PipelineBenchmark {
  private final Supplier<DyadPipeline> pipelines;
  private final Path workDir;
  private final int warmUpDocuments;
  private final List<Integer> threadCounts;
  private final Consumer<String> log;

  /**
   * @param pipelines builds the pipeline (the first call in a JVM loads the models)
   * @param workDir an empty directory for the benchmark's stores
   * @param warmUpDocuments documents coded before the timed runs, from the start of the corpus
   * @param threadCounts a timed run for each, in this order (repeat a count to repeat its run)
   * @param log progress lines
   */
  public PipelineBenchmark(
      Supplier<DyadPipeline> pipelines,
      Path workDir,
      int warmUpDocuments,
      List<Integer> threadCounts,
      Consumer<String> log) {
    if (threadCounts.isEmpty() || threadCounts.stream().anyMatch(t -> t < 1)) {
      throw new IllegalArgumentException("thread counts must be >= 1: " + threadCounts);
    }
    this.pipelines = pipelines;
    this.workDir = workDir;
    this.warmUpDocuments = warmUpDocuments;
    this.threadCounts = List.copyOf(threadCounts);
    this.log = log;
  }

  /**
   * Measures the corpus.
   *
   * @param startNanos {@link System#nanoTime()} when the benchmark command started
   */
  public BenchReport run(String corpus, List<Article> articles, long startNanos) {
    try (HeapPeak heap = new HeapPeak()) {
      long loadStart = System.nanoTime();
      DyadPipeline pipeline = pipelines.get();
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      log.accept(String.format(java.util.Locale.ROOT, "pipeline loaded in %.1f s", loadSeconds));

      FirstEvent first = new FirstEvent(startNanos);
      List<Article> warmUp = articles.subList(0, Math.min(warmUpDocuments, articles.size()));
      try (EventStore store = Stores.duckDb(workDir.resolve("warm-up"))) {
        new Ingest(pipeline, store, 1, p -> first.seen(p.events()))
            .run("bench warm-up", inputs(warmUp), warmUp.size());
      }
      log.accept(
          String.format(
              java.util.Locale.ROOT,
              "first event after %.1f s; warmed up on %d documents",
              first.seconds,
              warmUp.size()));

      List<BenchReport.Run> runs = new ArrayList<>();
      List<BenchReport.Stage> stages = new ArrayList<>();
      long[] text = new long[3];
      for (int threads : threadCounts) {
        List<StageTiming> before = pipeline.stageTimings();
        heap.reset();
        long gcBefore = gcMillis();
        long start = System.nanoTime();
        try (EventStore store = Stores.duckDb(workDir.resolve("run-" + runs.size()))) {
          // the first event, if the warm-up found none
          Ingest ingest = new Ingest(pipeline, store, threads, p -> first.seen(p.events()));
          RunSummary summary = ingest.run("bench", inputs(articles), articles.size());
          double seconds = (System.nanoTime() - start) / 1e9;
          List<StageTiming> after = pipeline.stageTimings();
          text = count(store);
          runs.add(
              new BenchReport.Run(
                  threads,
                  seconds,
                  summary.counts().getOrDefault(DocumentStatus.CODED, 0),
                  text[0],
                  text[1],
                  summary.events(),
                  heap.peakBytes() >> 20,
                  (gcMillis() - gcBefore) / 1e3));
          log.accept(describe(runs.get(runs.size() - 1)));
          if (stages.isEmpty()) {
            for (int i = 0; i < after.size(); i++) {
              stages.add(BenchReport.Stage.of(after.get(i).minus(before.get(i))));
            }
            stages.add(BenchReport.Stage.of(ingest.storeTiming()));
          }
        }
      }
      return new BenchReport(
          corpus,
          articles.size(),
          text[0],
          text[1],
          text[2],
          loadSeconds,
          first.seconds,
          first.sinceJvmStart,
          Runtime.getRuntime().maxMemory() >> 20,
          runs,
          stages);
    }
  }

  private static long gcMillis() {
    long ms = 0;
    for (java.lang.management.GarbageCollectorMXBean gc :
        ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  private static String describe(BenchReport.Run r) {
    return String.format(
        java.util.Locale.ROOT,
        "%d thread(s): %d documents coded in %.1f s (%.1f s in GC), %.1f sentences/s, %d events",
        r.threads(),
        r.coded(),
        r.seconds(),
        r.gcSeconds(),
        r.sentencesPerSecond(),
        r.events());
  }

  /** Sentences, tokens and parsed sentences of what a store holds. */
  private static long[] count(EventStore store) {
    long[] n = new long[3];
    store.forEachParsed(
        doc -> {
          for (List<ParsedSentence> part : List.of(doc.sentences(), doc.title())) {
            for (ParsedSentence s : part) {
              n[0]++;
              n[1] += s.tokens().size();
              n[2] += s.dependencies().isEmpty() ? 0 : 1;
            }
          }
        });
    return n;
  }

  private static Iterator<ArticleInput> inputs(List<Article> articles) {
    List<ArticleInput> in = new ArrayList<>(articles.size());
    for (Article a : articles) {
      in.add(ArticleInput.of(a.id(), a));
    }
    return in.iterator();
  }

  /** Notes when the first event is stored. */
  private static final class FirstEvent {
    private final long startNanos;
    double seconds = Double.NaN;
    double sinceJvmStart = Double.NaN;

    FirstEvent(long startNanos) {
      this.startNanos = startNanos;
    }

    void seen(long events) {
      if (events > 0 && Double.isNaN(seconds)) {
        seconds = (System.nanoTime() - startNanos) / 1e9;
        sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
      }
    }
  }
}
