package org.dyad.pipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.ArticleReader;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.SharedPipeline;
import org.dyad.pipeline.config.PipelineConfig;
import org.dyad.pipeline.export.EventExport;
import org.dyad.pipeline.export.GdeltRow;
import org.dyad.store.ParquetFiles;
import org.dyad.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first 500 Wikinews politics articles (CC BY, in {@code data/wikinews/}) through ingest,
 * re-ingest, export and recode on the embedded store. Prints the throughput figures.
 */
class WikinewsIngestIT {
  static final Path SAMPLE = Path.of("..", "data", "wikinews", "wikinews-politics-500.jsonl");

  @TempDir static Path dir;
  static EventStore store;
  static RunSummary first;
  static List<ArticleInput> inputs;

  @BeforeAll
  static void ingestOnce() {
    inputs = ArticleReader.jsonl(SAMPLE);
    assertThat(inputs).hasSize(500);
    store = Stores.duckDb(dir.resolve("store"));
    long start = System.nanoTime();
    first =
        new Ingest(SharedPipeline.PIPELINE, store, 2, p -> {})
            .run("wikinews-500", inputs.iterator(), 500);
    double seconds = (System.nanoTime() - start) / 1e9;
    long sentences = sentences();
    System.out.printf(
        java.util.Locale.ROOT,
        "BENCH ingest: 500 documents, %d coded, %d sentences, %d events in %.1f s: %.2f docs/s, %.0f sentences/s (2 threads)%n",
        first.counts().get(DocumentStatus.CODED),
        sentences,
        first.events(),
        seconds,
        500 / seconds,
        sentences / seconds);
  }

  private static long sentences() {
    long[] n = {0};
    store.forEachParsed(p -> n[0] += p.sentences().size());
    return n[0];
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void every_one_of_the_500_documents_is_accounted_for_with_a_reason() {
    assertThat(first.documents()).isEqualTo(500);
    List<DocumentRecord> manifest = store.outcomes(first.id());
    assertThat(manifest).extracting(DocumentRecord::position).containsExactlyElementsOf(range(500));
    assertThat(manifest)
        .filteredOn(d -> d.status() != DocumentStatus.CODED)
        .allSatisfy(d -> assertThat(d.reason()).isNotBlank());
    assertThat(first.counts().get(DocumentStatus.CODED)).isGreaterThan(450);
    assertThat(first.events()).isGreaterThan(100);
    assertThat(store.events(EventQuery.all())).hasSize((int) first.events());
  }

  @Test
  void ingesting_the_same_500_again_adds_nothing() {
    List<CodedEvent> before = store.events(EventQuery.all());
    long articles = store.articleCount();
    RunSummary again =
        new Ingest(SharedPipeline.PIPELINE, store, 2, p -> {}).run("again", inputs.iterator(), 500);
    assertThat(again.documents()).isEqualTo(500);
    assertThat(again.events()).isZero();
    assertThat(again.counts().getOrDefault(DocumentStatus.CODED, 0)).isZero();
    assertThat(again.counts().get(DocumentStatus.DUPLICATE))
        .isEqualTo(first.counts().get(DocumentStatus.CODED));
    assertThat(store.articleCount()).isEqualTo(articles);
    assertThat(store.events(EventQuery.all())).isEqualTo(before);
  }

  @Test
  void gdelt_export_has_the_61_columns_in_order_and_parquet_round_trips() throws Exception {
    Path gdelt = dir.resolve("events.gdelt.tsv");
    int rows =
        EventExport.write(
            store, EventQuery.all(), EventExport.Format.GDELT, EventExport.View.EVENTS, gdelt);
    List<String> lines = Files.readAllLines(gdelt, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(rows).isNotEmpty();
    List<String> expectedColumns = gdeltColumnsFromCodebookCopy();
    assertThat(GdeltRow.COLUMNS).isEqualTo(expectedColumns);
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      assertThat(f).hasSize(61);
      assertThat(f[26]).matches("\\d{2,4}"); // EventCode, a string with its leading zero
      assertThat(f[26]).startsWith(f[28]);
    }
    Path csv = dir.resolve("events.csv");
    Path parquet = dir.resolve("events.parquet");
    EventExport.write(
        store, EventQuery.all(), EventExport.Format.CSV, EventExport.View.MENTIONS, csv);
    EventExport.write(
        store, EventQuery.all(), EventExport.Format.PARQUET, EventExport.View.MENTIONS, parquet);
    List<List<String>> back = ParquetFiles.read(parquet);
    assertThat(back.get(0)).isEqualTo(EventExport.CSV_COLUMNS);
    assertThat(back).hasSize(store.events(EventQuery.all()).size() + 1);
    int cameo = EventExport.CSV_COLUMNS.indexOf("cameo");
    int id = EventExport.CSV_COLUMNS.indexOf("id");
    Map<String, String> codes = new HashMap<>();
    for (CodedEvent e : store.events(EventQuery.all())) {
      codes.put(e.id(), e.code().value());
    }
    for (List<String> row : back.subList(1, back.size())) {
      assertThat(row.get(cameo)).isEqualTo(codes.get(row.get(id)));
    }
  }

  private static List<String> gdeltColumnsFromCodebookCopy() throws Exception {
    List<String> names = new ArrayList<>();
    try (InputStream in = WikinewsIngestIT.class.getResourceAsStream("/gdelt2_event_columns.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        names.add(line.split("\t", -1)[1]);
      }
    }
    return names;
  }

  @Test
  void recode_with_the_same_dictionary_reproduces_every_stored_event() {
    long start = System.nanoTime();
    Recode.Report r = new Recode(SharedPipeline.PIPELINE, store).run(false);
    System.out.printf(
        java.util.Locale.ROOT,
        "BENCH recode: %d articles, %d sentences in %.1f s: %.0f sentences/s (no parsing)%n",
        r.articles(),
        r.sentences(),
        (System.nanoTime() - start) / 1e9,
        r.sentencesPerSecond());
    assertThat(r.unchanged()).isEqualTo((int) first.events());
    assertThat(r.totalAdded() + r.totalRemoved() + r.totalRecoded() + r.changed()).isZero();
    assertThat(r.failed()).isEmpty();
  }

  @Test
  void recode_after_changing_one_pattern_reports_exactly_the_events_it_coded() throws Exception {
    Map<String, List<CodedEvent>> byPattern = new HashMap<>();
    for (CodedEvent e : store.events(EventQuery.all())) {
      byPattern.computeIfAbsent(e.provenance().patternId(), k -> new ArrayList<>()).add(e);
    }
    String chosen = null;
    String[] row = null;
    for (Map.Entry<String, List<CodedEvent>> e : byPattern.entrySet()) {
      String[] r = bundledVerbRow(e.getKey());
      boolean plain =
          r != null
              && e.getValue().stream()
                  .allMatch(d -> d.modality().equals("asserted") && d.code().value().equals(r[3]));
      if (plain && (chosen == null || e.getValue().size() > byPattern.get(chosen).size())) {
        chosen = e.getKey();
        row = r;
      }
    }
    assertThat(chosen).as("a verb pattern that coded plain asserted events").isNotNull();
    String root = row[3].substring(0, 2);
    String newCode = row[3].equals(root + "0") ? root + "1" : root + "0";
    Path dict = Files.createDirectories(dir.resolve("my-dictionary"));
    Files.writeString(
        dict.resolve("verbs-changed.tsv"),
        "verb\tobject\tpp\tcode\torigin\n"
            + row[0]
            + "\t"
            + row[1]
            + "\t"
            + row[2]
            + "\t"
            + newCode
            + "\ttest\n");
    DyadPipeline changed =
        DyadPipeline.standard(
            new PipelineConfig(List.of(dict), PipelineConfig.DEFAULT_MAX_DOCUMENT_CHARS));
    Recode.Report r = new Recode(changed, store).run(false);
    int affected = byPattern.get(chosen).size();
    System.out.printf(
        java.util.Locale.ROOT,
        "recode after changing %s (%s %s %s: %s -> %s): %s%n",
        chosen,
        row[0],
        row[1],
        row[2],
        row[3],
        newCode,
        r.recoded());
    assertThat(r.recoded()).isEqualTo(Map.of(row[3] + "→" + newCode, affected));
    assertThat(r.totalAdded() + r.totalRemoved() + r.changed()).isZero();
    assertThat(r.unchanged()).isEqualTo((int) first.events() - affected);
  }

  /** The bundled verbs-file row a pattern id ("verbs-dyad.tsv:144") names, or null. */
  private static String[] bundledVerbRow(String patternId) {
    int colon = patternId.lastIndexOf(':');
    String file = patternId.substring(0, colon);
    if (!file.startsWith("verbs")) {
      return null;
    }
    int line = Integer.parseInt(patternId.substring(colon + 1));
    try (InputStream in =
            DyadPipeline.class.getResourceAsStream("/org/dyad/coding/dictionary/" + file);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text = null;
      for (int i = 1; i <= line; i++) {
        text = r.readLine();
      }
      String[] c = text.split("\t", -1);
      return c.length >= 4 && c[3].matches("\\d{2,4}") ? c : null;
    } catch (java.io.IOException | NullPointerException e) {
      return null;
    }
  }

  private static List<Integer> range(int n) {
    Set<Integer> s = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      s.add(i);
    }
    return new ArrayList<>(s);
  }
}
