package org.dyad.pipeline.ingest;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.nlp.StageTiming;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.core.store.StoreException;
import org.dyad.core.store.StoredDocument;
import org.dyad.core.text.Article;
import org.dyad.core.text.ArticleInput;
import org.dyad.pipeline.DocumentOutcome;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.StageClock;

/**
 * Codes inputs into a store: every input document ends as coded, duplicate, skipped or failed, with
 * its reason, in the run's manifest.
 *
 * <p>Documents are parsed and coded on {@code threads} threads but stored one by one in input
 * order, each in its own transaction with its outcome. Design decision: storing in input order
 * makes a run reproducible (the near-duplicate index, and so which copy is kept, depends only on
 * the inputs), and per-document transactions make it resumable: a run killed at any point leaves
 * whole documents, and the same inputs ingested again skip what is stored and code the rest, ending
 * with exactly the events of an uninterrupted run.
 *
 * <p>Thread safety: one run at a time per instance.
 */
public final class Ingest {
  private final DyadPipeline pipeline;
  private final EventStore store;
  private final int threads;
  private final Consumer<IngestProgress> progress;
  private final StageClock storing = new StageClock("storing");

  public Ingest(
      DyadPipeline pipeline, EventStore store, int threads, Consumer<IngestProgress> progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.pipeline = pipeline;
    this.store = store;
    this.threads = threads;
    this.progress = progress;
  }

  /** One input in flight: what is known before coding, and the coding if it was started. */
  private record Pending(
      int position,
      ArticleInput input,
      Article article,
      String sourceId,
      Future<DocumentOutcome> coding) {}

  /**
   * Ingests {@code inputs} (of which there are {@code total}, or -1 if unknown) as one run.
   *
   * @return the finished run
   */
  public RunSummary run(String description, Iterator<ArticleInput> inputs, int total) {
    long runId = store.startRun("ingest", description, pipeline.dictionaryVersion());
    Map<String, Long> index = new HashMap<>(store.fingerprints());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Counters counters = new Counters(System.nanoTime(), total);
    try {
      Deque<Pending> window = new ArrayDeque<>();
      int position = 0;
      while (inputs.hasNext()) {
        window.add(start(position++, inputs.next(), pool));
        while (window.size() > threads * 4) {
          finish(runId, window.poll(), index, counters);
        }
      }
      while (!window.isEmpty()) {
        finish(runId, window.poll(), index, counters);
      }
    } finally {
      pool.shutdownNow();
    }
    store.finishRun(runId);
    return store.run(runId).orElseThrow();
  }

  /** Time spent storing coded documents (near-duplicate checks included), over all runs. */
  public StageTiming storeTiming() {
    return storing.timing();
  }

  private Pending start(int position, ArticleInput in, ExecutorService pool) {
    if (!in.ok()) {
      return new Pending(position, in, null, "", null);
    }
    Article article = ContentId.withContentId(in.article());
    String sourceId = in.article().id();
    if (store.hasArticle(article.id())) {
      return new Pending(position, in, article, sourceId, null); // stored already: no parsing
    }
    return new Pending(
        position, in, article, sourceId, pool.submit(() -> pipeline.process(article)));
  }

  private void finish(long runId, Pending p, Map<String, Long> index, Counters counters) {
    DocumentRecord record;
    if (p.article() == null) {
      record = outcome(p, "", DocumentStatus.FAILED, p.input().error(), 0);
    } else if (p.coding() == null || store.hasArticle(p.article().id())) {
      record = outcome(p, p.article().id(), DocumentStatus.DUPLICATE, "already stored", 0);
    } else {
      record = code(runId, p, await(p), index, counters);
    }
    if (record != null) {
      store.recordOutcome(runId, record); // if the store fails here, the run stops: it is broken
    }
    counters.documents++;
    progress.accept(counters.progress());
  }

  /** Stores a coded document; returns the outcome to record when nothing was stored. */
  private DocumentRecord code(
      long runId, Pending p, DocumentOutcome o, Map<String, Long> index, Counters counters) {
    String id = p.article().id();
    if (o.status() != DocumentOutcome.Status.CODED) {
      DocumentStatus status =
          o.status() == DocumentOutcome.Status.SKIPPED
              ? DocumentStatus.SKIPPED
              : DocumentStatus.FAILED;
      return outcome(p, id, status, o.reason(), 0);
    }
    long started = System.nanoTime();
    try {
      return store(runId, p, o, index, counters);
    } finally {
      storing.add(System.nanoTime() - started, o.parsed());
    }
  }

  private DocumentRecord store(
      long runId, Pending p, DocumentOutcome o, Map<String, Long> index, Counters counters) {
    String id = p.article().id();
    String text = p.article().title() + "\n" + p.article().text();
    long fp = SimHash.of(text);
    for (String candidate : SimHash.candidates(fp, index)) {
      Optional<Article> stored = store.article(candidate);
      if (stored.isEmpty()) {
        continue;
      }
      double overlap = SimHash.jaccard(text, stored.get().title() + "\n" + stored.get().text());
      if (overlap >= SimHash.MIN_OVERLAP) {
        return outcome(
            p,
            candidate,
            DocumentStatus.DUPLICATE,
            String.format(
                java.util.Locale.ROOT,
                "near-duplicate of article %s (shingle overlap %.2f)",
                candidate,
                overlap),
            0);
      }
    }
    List<CodedEvent> events = o.events();
    int dyads = o.dyads().size();
    try {
      store.storeCoded(
          runId,
          outcome(p, id, DocumentStatus.CODED, "", dyads),
          new StoredDocument(o.parsed(), events, fp, p.sourceId()));
    } catch (StoreException e) {
      return outcome(p, id, DocumentStatus.FAILED, "storing failed: " + e.getMessage(), 0);
    }
    index.put(id, fp);
    counters.coded++;
    counters.events += dyads;
    return null;
  }

  private static DocumentOutcome await(Pending p) {
    try {
      return p.coding().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding " + p.input().origin(), e);
    } catch (ExecutionException e) {
      return DocumentOutcome.failed(p.article().id(), "coding failed: " + e.getCause());
    }
  }

  private static DocumentRecord outcome(
      Pending p, String articleId, DocumentStatus status, String reason, int events) {
    return new DocumentRecord(p.position(), p.input().origin(), articleId, status, reason, events);
  }

  /** Running totals for progress reports. */
  private static final class Counters {
    final long startNanos;
    final int total;
    int documents;
    int coded;
    long events;

    Counters(long startNanos, int total) {
      this.startNanos = startNanos;
      this.total = total;
    }

    IngestProgress progress() {
      return new IngestProgress(
          documents, total, coded, events, Duration.ofNanos(System.nanoTime() - startNanos));
    }
  }
}
