package org.dyad.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.ArticleReader;
import org.dyad.pipeline.SharedPipeline;
import org.dyad.store.Stores;
import org.dyad.testkit.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same ingest into DuckDB and into PostgreSQL stores the same events and manifest. */
class StoresAgreeIT {
  @TempDir Path dir;

  @Test
  void duckdb_and_postgresql_end_with_the_same_events_and_outcomes() {
    List<ArticleInput> inputs = ArticleReader.jsonl(WikinewsIngestIT.SAMPLE).subList(0, 30);
    try (EventStore duck = Stores.duckDb(dir);
        EventStore pg = Stores.open(TestPostgres.freshDatabase())) {
      RunSummary d =
          new Ingest(SharedPipeline.PIPELINE, duck, 2, p -> {}).run("30", inputs.iterator(), 30);
      RunSummary p =
          new Ingest(SharedPipeline.PIPELINE, pg, 2, x -> {}).run("30", inputs.iterator(), 30);
      assertThat(p.counts()).isEqualTo(d.counts());
      assertThat(p.events()).isEqualTo(d.events()).isPositive();
      assertThat(withoutCodingTime(pg.events(EventQuery.all())))
          .isEqualTo(withoutCodingTime(duck.events(EventQuery.all())));
      assertThat(pg.outcomes(p.id()))
          .extracting(DocumentRecord::articleId)
          .isEqualTo(duck.outcomes(d.id()).stream().map(DocumentRecord::articleId).toList());
      assertThat(pg.clusters(EventQuery.all())).isEqualTo(duck.clusters(EventQuery.all()));
    }
  }

  private static List<String> withoutCodingTime(List<CodedEvent> events) {
    return events.stream()
        .map(
            e ->
                e.id()
                    + " "
                    + e.sources()
                    + " "
                    + e.targets()
                    + " "
                    + e.code()
                    + " "
                    + e.date()
                    + " "
                    + e.notes()
                    + " "
                    + e.provenance().patternId()
                    + " "
                    + e.provenance().sentenceText())
        .toList();
  }
}
