package org.dyad.pipeline.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.text.Article;
import org.dyad.pipeline.DocumentOutcome;
import org.dyad.pipeline.DyadPipeline;

/** Codes the sentences of a gold set as one-sentence articles, on all cores. */
public final class SentenceCoder {
  private SentenceCoder() {}

  /** Each sentence's events, in the order of {@code sentences}. */
  public static Map<String, List<CodedEvent>> code(
      DyadPipeline pipeline, List<GoldSentence> sentences) {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<DocumentOutcome>> futures = new ArrayList<>();
      for (GoldSentence s : sentences) {
        Article a = Article.of(s.id(), s.date(), "", s.text());
        futures.add(pool.submit(() -> pipeline.process(a)));
      }
      Map<String, List<CodedEvent>> out = new LinkedHashMap<>();
      for (int i = 0; i < sentences.size(); i++) {
        out.put(sentences.get(i).id(), futures.get(i).get().dyads());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding a gold set", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("coding a gold sentence failed: " + e.getCause(), e);
    } finally {
      pool.shutdownNow();
    }
  }
}
