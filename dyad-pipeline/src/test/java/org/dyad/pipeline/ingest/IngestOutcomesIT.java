package org.dyad.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.DictionaryActorResolver;
import org.dyad.coding.DependencyEventCoder;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.core.text.Article;
import org.dyad.core.text.ArticleInput;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.config.PipelineConfig;
import org.dyad.store.Stores;
import org.dyad.testkit.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What becomes of each kind of input in an ingest run, on a real DuckDB store (with a whitespace
 * analyzer: this is about outcomes, not coding).
 */
class IngestOutcomesIT {
  @TempDir Path dir;

  private static ArticleInput article(String id, String text) {
    return ArticleInput.of("in:" + id, Article.of(id, LocalDate.of(2024, 6, 19), "", text));
  }

  @Test
  void each_input_is_coded_duplicate_skipped_or_failed_with_its_reason() {
    DyadPipeline pipeline =
        new DyadPipeline(
            new WhitespaceAnalyzer(),
            new DictionaryActorResolver(ActorDictionary.bundled()),
            DependencyEventCoder.bundled(),
            PipelineConfig.defaults());
    String other =
        "The European Union agreed on Monday to extend sanctions on Iran for another year, citing"
            + " the country's support for armed groups and its nuclear programme, diplomats said.";
    List<ArticleInput> inputs = new ArrayList<>();
    inputs.add(article("wire", SimHashTest.WIRE));
    inputs.add(article("same-text-other-id", SimHashTest.WIRE));
    inputs.add(
        article(
            "repost",
            "PYONGYANG (Reuters) - " + SimHashTest.WIRE.replace("Wednesday", "Wednesday morning")));
    inputs.add(article("other", other));
    inputs.add(ArticleInput.failed("in.jsonl:5", "invalid JSON: Unexpected end-of-input"));
    inputs.add(
        article(
            "german",
            "Der russische Präsident ist am Mittwoch in Pjöngjang eingetroffen, wo er von dem Machthaber empfangen wurde und mit ihm über die Zusammenarbeit der beiden Länder sprach."));
    inputs.add(article("empty", "   "));
    try (EventStore store = Stores.duckDb(dir)) {
      RunSummary run =
          new Ingest(pipeline, store, 2, p -> {}).run("mixed", inputs.iterator(), inputs.size());
      List<DocumentRecord> m = store.outcomes(run.id());
      assertThat(m)
          .extracting(DocumentRecord::status)
          .containsExactly(
              DocumentStatus.CODED,
              DocumentStatus.DUPLICATE,
              DocumentStatus.DUPLICATE,
              DocumentStatus.CODED,
              DocumentStatus.FAILED,
              DocumentStatus.SKIPPED,
              DocumentStatus.SKIPPED);
      String wireId = m.get(0).articleId();
      assertThat(m.get(1).reason()).isEqualTo("already stored");
      assertThat(m.get(1).articleId()).isEqualTo(wireId);
      assertThat(m.get(2).reason())
          .startsWith("near-duplicate of article " + wireId + " (shingle overlap 0.");
      assertThat(m.get(4).reason()).contains("invalid JSON");
      assertThat(m.get(4).input()).isEqualTo("in.jsonl:5");
      assertThat(m.get(5).reason()).contains("English");
      assertThat(m.get(6).reason()).isEqualTo("empty text");
      assertThat(store.articleCount()).isEqualTo(2);
      assertThat(run.documents()).isEqualTo(7);
    }
  }
}
