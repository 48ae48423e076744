package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.Sources;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.config.PipelineConfig;
import org.dyad.pipeline.export.EventExport;
import org.dyad.pipeline.ingest.Ingest;
import org.dyad.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2], bound to 127.0.0.1, against {@code dyad ingest}'s code path on the
 * same input: 200 Wikinews articles (CC BY, {@code data/wikinews/}), one of them twice and one line
 * that is not JSON.
 */
class SparkCodingJobIT {
  static final Path SAMPLE = Path.of("..", "data", "wikinews", "wikinews-bench-300.jsonl");
  static final LocalDate DEFAULT_DATE = LocalDate.of(2005, 1, 1);

  @TempDir static Path dir;
  static SparkSession spark;
  static Path input;
  static SparkCodingJob.Summary summary;

  @BeforeAll
  static void run() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE, StandardCharsets.UTF_8));
    lines = new ArrayList<>(lines.subList(0, 200));
    lines.add(lines.get(3)); // the same article again
    lines.add("{not json");
    input = dir.resolve("in");
    Files.createDirectories(input);
    Files.write(input.resolve("articles.jsonl"), lines, StandardCharsets.UTF_8);
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("dyad-it")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    long start = System.nanoTime();
    summary =
        SparkCodingJob.run(
            spark,
            new SparkCodingJob.Options(
                input.toString(), dir.resolve("out").toString(), DEFAULT_DATE, 4, List.of()));
    System.out.printf(
        java.util.Locale.ROOT,
        "SparkCodingJobIT: job %s in %.1f s%n",
        summary,
        (System.nanoTime() - start) / 1e9);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void findsExactlyTheEventsIngestFinds() {
    Path exported = dir.resolve("ingest-events.parquet");
    RunSummary ingest;
    try (EventStore store = Stores.duckDb(dir.resolve("store"))) {
      List<ArticleInput> inputs = new Sources(DEFAULT_DATE).read(input.toString());
      ingest =
          new Ingest(DyadPipeline.standard(PipelineConfig.defaults()), store, 2, p -> {})
              .run("it", inputs.iterator(), inputs.size());
      EventExport.write(
          store, EventQuery.all(), EventExport.Format.PARQUET, EventExport.View.MENTIONS, exported);
    }
    Dataset<Row> fromSpark = spark.read().parquet(dir.resolve("out/events").toString());
    Dataset<Row> fromIngest = spark.read().parquet(exported.toString());
    assertEquals(fromIngest.schema(), fromSpark.schema(), "the export schema");
    long n = fromIngest.count();
    System.out.printf(
        java.util.Locale.ROOT,
        "SparkCodingJobIT: ingest %s, %d events; Spark %d events%n",
        ingest.counts(),
        n,
        fromSpark.count());
    assertTrue(n > 50, "the sample yields events, got " + n);
    assertEquals(n, fromSpark.count());
    Dataset<Row> onlySpark = fromSpark.exceptAll(fromIngest);
    Dataset<Row> onlyIngest = fromIngest.exceptAll(fromSpark);
    assertEquals(
        0,
        onlySpark.count(),
        () ->
            "rows only Spark wrote, e.g. "
                + onlySpark.takeAsList(2)
                + " against "
                + onlyIngest.takeAsList(2));
    assertEquals(
        0, onlyIngest.count(), () -> "rows only ingest wrote: " + onlyIngest.takeAsList(3));
    assertEquals(n, summary.events());
    assertEquals(
        (long) ingest.counts().getOrDefault(DocumentStatus.CODED, 0),
        summary.outcomes().getOrDefault("coded", 0L));
  }

  @Test
  void accountsForEveryInputDocument() {
    Dataset<Row> outcomes = spark.read().parquet(dir.resolve("out/outcomes").toString());
    assertEquals(202, outcomes.count(), "200 articles, a repeat and a bad line");
    Map<String, Long> byStatus = summary.outcomes();
    assertEquals(1L, byStatus.get("duplicate"));
    assertEquals(1L, byStatus.get("failed"));
    Row bad = outcomes.filter("status = 'failed'").first();
    assertTrue(
        bad.getString(bad.fieldIndex("reason")).toLowerCase(java.util.Locale.ROOT).contains("json"),
        "the reason names the problem: " + bad);
    assertEquals(202, outcomes.select("file", "position").distinct().count());
  }
}
