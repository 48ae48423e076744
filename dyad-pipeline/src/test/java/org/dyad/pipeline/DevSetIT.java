package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.ArticleReader;
import org.dyad.pipeline.eval.GoldScorer;
import org.dyad.pipeline.eval.Prf;
import org.dyad.pipeline.io.EventFormats;
import org.junit.jupiter.api.Test;

/**
 * Codes the development gold set and prints its scores; the shared scorer's full report too when
 * python3 is there. No threshold yet beyond "better than PETRARCH2's 0.17".
 */
class DevSetIT {
  private static final Path GOLD = Path.of("..", "eval", "dev");

  @Test
  void dev_set_is_coded_and_scored() throws Exception {
    List<CodedEvent> events = new ArrayList<>();
    for (ArticleInput in : ArticleReader.jsonl(GOLD.resolve("articles.jsonl"))) {
      assertThat(in.ok()).as(in.error()).isTrue();
      DocumentOutcome o = SharedPipeline.PIPELINE.process(in.article());
      assertThat(o.status()).isEqualTo(DocumentOutcome.Status.CODED);
      events.addAll(o.dyads());
    }
    Path predictions = Path.of("target", "dev-predictions.jsonl");
    Files.createDirectories(predictions.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (CodedEvent e : events) {
        w.write(EventFormats.jsonLine(e));
        w.newLine();
      }
    }
    Prf score = GoldScorer.score(GOLD, events);
    System.out.println("dev: " + score);
    printSharedScorer(predictions);
    assertThat(score.f1()).as("issue 3 target: F1(root) >= 0.75").isGreaterThanOrEqualTo(0.75);
  }

  private static void printSharedScorer(Path predictions) throws Exception {
    try {
      Process p =
          new ProcessBuilder("python3", "../eval/score.py", GOLD.toString(), predictions.toString())
              .redirectErrorStream(true)
              .start();
      System.out.println(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      p.waitFor();
    } catch (java.io.IOException e) {
      System.out.println("python3 not available: " + e.getMessage());
    }
  }
}
