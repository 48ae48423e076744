package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.text.Article;
import org.junit.jupiter.api.Test;

/** The shared pipeline (one CoreNLP per JVM) gives the same events from two threads as from one. */
class ConcurrentAnalysisIT {
  private static final List<String> TEXTS =
      List.of(
          "Russian President Vladimir Putin visited Beijing on Thursday.",
          "Japan condemned North Korea's missile launch on Monday.",
          "The European Union imposed sanctions on Iran.",
          "Kenya and Haiti signed an agreement in Nairobi in March.",
          "Germany pledged on Tuesday to send Ukraine additional tanks.",
          "Taiwan's defence ministry condemned the drills.");

  private static List<String> code(String text, int i) {
    return SharedPipeline.PIPELINE
        .process(Article.of("c" + i, LocalDate.of(2024, 5, 10), "", text))
        .events()
        .stream()
        .map(CodedEvent::id)
        .toList();
  }

  @Test
  void two_threads_code_like_one() throws Exception {
    List<List<String>> sequential = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      sequential.add(code(TEXTS.get(i), i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < TEXTS.size(); i++) {
          final int k = i;
          futures.add(pool.submit(() -> code(TEXTS.get(k), k)));
        }
      }
      for (int f = 0; f < futures.size(); f++) {
        assertThat(futures.get(f).get()).isEqualTo(sequential.get(f % TEXTS.size()));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sequential.stream().mapToInt(List::size).sum()).isGreaterThan(0);
  }
}
