package org.dyad.pipeline.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.store.EventCluster;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.dyad.core.text.Article;
import org.dyad.pipeline.io.EventFormats;
import org.dyad.store.ParquetFiles;

/**
 * Writes stored events to a file: every mention (each dyadic event as coded from a sentence) or one
 * row per event cluster (the same event reported by several sentences or articles, with its
 * mention, article and source counts). Written to a temporary file beside the target and moved into
 * place, so an interrupted or failed export leaves the old file as it was.
 *
 * <p>Thread safety: stateless.
 */
public final class EventExport {
  /** Output formats. */
  public enum Format {
    GDELT,
    CSV,
    JSONL,
    PLOVER,
    PARQUET
  }

  /** Rows: every mention, or one per event cluster. */
  public enum View {
    MENTIONS,
    EVENTS
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * CSV columns: those of Dyad's TSV output, then the event, cluster and count fields, the
   * dictionary version and the article URL, and the sentence last.
   */
  public static final List<String> CSV_COLUMNS = csvColumns();

  private static List<String> csvColumns() {
    List<String> c = new ArrayList<>(EventFormats.TSV_COLUMNS);
    c.remove("sentence_text");
    c.addAll(
        List.of(
            "event_id",
            "cluster_id",
            "mentions",
            "articles",
            "sources",
            "dictionary",
            "url",
            "sentence_text"));
    return List.copyOf(c);
  }

  private static final Map<String, String> PARQUET_TYPES =
      Map.of(
          "sentence", "INTEGER",
          "quad", "INTEGER",
          "goldstein", "DOUBLE",
          "mentions", "INTEGER",
          "articles", "INTEGER",
          "sources", "INTEGER",
          "date", "VARCHAR");

  private EventExport() {}

  /** Opens a file for writing: the file system, or in tests one that fails part-way. */
  @FunctionalInterface
  interface Opener {
    OutputStream open(Path file) throws IOException;
  }

  /** Exports the query's events; returns the number of rows written. */
  public static int write(EventStore store, EventQuery query, Format format, View view, Path out) {
    return write(store, query, format, view, out, Files::newOutputStream);
  }

  /**
   * As {@link #write(EventStore, EventQuery, Format, View, Path)}, writing through {@code opener}:
   * whatever goes wrong while writing, {@code out} keeps its old content, and no temporary file is
   * left behind.
   */
  static int write(
      EventStore store, EventQuery query, Format format, View view, Path out, Opener opener) {
    List<Row> rows = rows(store, query, view);
    Path dir = out.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + out.getFileName() + ".", ".part");
      try {
        if (format == Format.PARQUET) {
          Path csv = Files.createTempFile(dir, "." + out.getFileName() + ".", ".csv.part");
          try {
            writeText(opener.open(csv), Format.CSV, rows);
            Files.delete(tmp);
            ParquetFiles.fromCsv(csv, CSV_COLUMNS, PARQUET_TYPES, tmp);
          } finally {
            Files.deleteIfExists(csv);
          }
        } else {
          writeText(opener.open(tmp), format, rows);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing export " + out + ": " + e.getMessage(), e);
    }
    return rows.size();
  }

  /** One output row: a dyadic event and the cluster it belongs to. */
  record Row(CodedEvent event, EventCluster cluster, String url) {}

  static List<Row> rows(EventStore store, EventQuery query, View view) {
    EventQuery all =
        new EventQuery(
                query.from(),
                query.to(),
                query.actor(),
                query.source(),
                query.target(),
                query.code(),
                0)
            .withIssue(query.issue());
    List<CodedEvent> mentions = store.events(all);
    Map<String, EventCluster> clusterOf = new HashMap<>();
    List<EventCluster> clusters = store.clusters(all);
    for (EventCluster c : clusters) {
      for (String id : c.mentionIds()) {
        clusterOf.put(id, c);
      }
    }
    Map<String, String> urls = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    if (view == View.MENTIONS) {
      for (CodedEvent e : mentions) {
        rows.add(new Row(e, clusterOf.get(e.id()), url(store, e, urls)));
      }
    } else {
      Map<String, CodedEvent> byId = new HashMap<>();
      for (CodedEvent e : mentions) {
        byId.put(e.id(), e);
      }
      for (EventCluster c : clusters) {
        CodedEvent first = byId.get(c.id());
        rows.add(new Row(first, c, url(store, first, urls)));
      }
    }
    return query.limit() > 0 && rows.size() > query.limit() ? rows.subList(0, query.limit()) : rows;
  }

  /** The article's URL, or a {@code dyad:} reference to the stored article when it has none. */
  private static String url(EventStore store, CodedEvent e, Map<String, String> cache) {
    return cache.computeIfAbsent(
        e.provenance().articleId(),
        id -> {
          Optional<Article> a = store.article(id);
          return a.isPresent() && !a.get().url().isBlank() ? a.get().url() : "dyad:article/" + id;
        });
  }

  private static void writeText(OutputStream file, Format format, List<Row> rows)
      throws IOException {
    try (BufferedWriter w =
        new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8))) {
      if (format == Format.CSV) {
        w.write(Csv.line(CSV_COLUMNS));
      }
      for (Row r : rows) {
        String line =
            switch (format) {
              case GDELT ->
                  String.join("\t", tsvSafe(GdeltRow.of(r.event(), r.cluster(), r.url()))) + "\n";
              case CSV -> Csv.line(csvFields(r));
              case JSONL -> json(jsonMap(r)) + "\n";
              case PLOVER ->
                  EventFormats.toPloverMap(r.event())
                      .map(m -> json(withCounts(m, r)) + "\n")
                      .orElse("");
              case PARQUET -> throw new IllegalStateException("Parquet is written from CSV");
            };
        w.write(line);
      }
    }
  }

  private static List<String> tsvSafe(List<String> fields) {
    List<String> out = new ArrayList<>(fields.size());
    for (String f : fields) {
      out.add(f.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }
    return out;
  }

  /**
   * One mention as a row of {@link #CSV_COLUMNS}, with its cluster's figures and the article's URL
   * (or a {@code dyad:article/ID} reference): the export schema, for writers outside the store.
   */
  public static List<String> csvFields(CodedEvent e, EventCluster cluster, String url) {
    return csvFields(new Row(e, cluster, url));
  }

  /** The Parquet type of an export column: INTEGER, DOUBLE or VARCHAR. */
  public static String parquetType(String column) {
    return PARQUET_TYPES.getOrDefault(column, "VARCHAR");
  }

  private static List<String> csvFields(Row r) {
    Map<String, Object> m = jsonMap(r);
    List<String> out = new ArrayList<>();
    for (String c : CSV_COLUMNS) {
      Object v =
          switch (c) {
            case "plover_event" -> r.event().plover().event();
            case "plover_mode" -> r.event().plover().mode();
            case "issues" -> String.join(";", r.event().issues());
            default -> m.get(c);
          };
      out.add(v == null ? "" : String.valueOf(v));
    }
    return out;
  }

  private static Map<String, Object> jsonMap(Row r) {
    Map<String, Object> m = new LinkedHashMap<>(EventFormats.toMap(r.event()));
    return withCounts(m, r);
  }

  private static Map<String, Object> withCounts(Map<String, Object> m, Row r) {
    Map<String, Object> out = new LinkedHashMap<>(m);
    out.put("cluster_id", r.cluster().id());
    out.put("mentions", r.cluster().mentions());
    out.put("articles", r.cluster().articles());
    out.put("sources", r.cluster().sources());
    out.put("url", r.url());
    return out;
  }

  private static String json(Map<String, Object> m) {
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("serialising an export row", e);
    }
  }
}
