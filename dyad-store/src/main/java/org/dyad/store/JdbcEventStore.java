package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.series.DyadVolume;
import org.dyad.core.series.Partner;
import org.dyad.core.series.SeriesPoint;
import org.dyad.core.series.SeriesQuery;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.EventCluster;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.core.store.StoreException;
import org.dyad.core.store.StoredDocument;
import org.dyad.core.text.Article;

/**
 * An {@link EventStore} over one JDBC connection to DuckDB or PostgreSQL.
 *
 * <p>Design decision: one connection writes, and its methods are synchronised. Ingest has one
 * writer anyway (the pipeline parses in parallel and stores in input order, which keeps runs
 * reproducible), and one connection gives DuckDB's single-writer file and PostgreSQL the same
 * behaviour.
 *
 * <p>Thread safety: safe to share; calls are serialised.
 */
final class JdbcEventStore implements EventStore {
  private final Connection c;
  private final Dialect dialect;
  private final String location;
  private final StoredArticles articles;
  private final DocumentRows rows;

  /** Connections for reads, besides the writer's. */
  static final int READERS = 4;

  private final ReadConnections readers;

  /**
   * @param c the connection that writes (and makes the schema)
   * @param more opens further connections to the same database, for concurrent reads
   */
  JdbcEventStore(Connection c, ReadConnections.Opener more, Dialect dialect, String location)
      throws SQLException {
    this.c = c;
    this.dialect = dialect;
    this.location = location;
    this.articles = new StoredArticles(c);
    this.rows = new DocumentRows(c);
    Migrations.apply(c);
    c.setAutoCommit(false);
    this.readers = new ReadConnections(more, READERS);
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public synchronized long startRun(String command, String inputs, String dictionaryVersion) {
    return write(
        "starting a run",
        () -> {
          long id = single(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM runs");
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO runs (id, command, inputs, dictionary, started_at) VALUES (?, ?, ?,"
                      + " ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, command);
            ps.setString(3, inputs);
            ps.setString(4, dictionaryVersion);
            ps.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
          }
          return id;
        });
  }

  @Override
  public synchronized void finishRun(long runId) {
    write(
        "finishing run " + runId,
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE runs SET finished_at = ? WHERE id = ?")) {
            ps.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
            ps.setLong(2, runId);
            ps.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public synchronized boolean hasArticle(String articleId) {
    return readOnWriter(
        "looking up article " + articleId,
        () -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Override
  public synchronized Map<String, Long> fingerprints() {
    return readOnWriter(
        "reading fingerprints",
        () -> {
          Map<String, Long> out = new LinkedHashMap<>();
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("SELECT id, fingerprint FROM articles ORDER BY seq")) {
            while (rs.next()) {
              out.put(rs.getString(1), rs.getLong(2));
            }
          }
          return out;
        });
  }

  @Override
  public synchronized void storeCoded(long runId, DocumentRecord outcome, StoredDocument doc) {
    write(
        "storing article " + doc.articleId(),
        () -> {
          if (!exists("SELECT 1 FROM articles WHERE id = ?", doc.articleId())) {
            long seq = single(c, "SELECT COALESCE(MAX(seq), 0) + 1 FROM articles");
            rows.insertArticle(runId, seq, doc);
            rows.insertSentences(doc.parsed());
            rows.insertEvents(doc.events(), seq, doc.parsed().article().source());
          }
          rows.insertOutcome(runId, outcome);
          return null;
        });
  }

  @Override
  public synchronized void recordOutcome(long runId, DocumentRecord outcome) {
    write(
        "recording the outcome of " + outcome.input(),
        () -> {
          rows.insertOutcome(runId, outcome);
          return null;
        });
  }

  @Override
  public synchronized void replaceEvents(String articleId, List<CodedEvent> events) {
    write(
        "replacing the events of article " + articleId,
        () -> {
          long seq;
          String source;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT seq, source FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                throw new IllegalArgumentException("no stored article " + articleId);
              }
              seq = rs.getLong(1);
              source = rs.getString(2);
            }
          }
          for (String sql :
              List.of(
                  "DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE"
                      + " article_id = ?)",
                  "DELETE FROM dyads WHERE article_id = ?",
                  "DELETE FROM events WHERE article_id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
              ps.setString(1, articleId);
              ps.executeUpdate();
            }
          }
          rows.insertEvents(events, seq, source);
          return null;
        });
  }

  @Override
  public List<RunSummary> runs() {
    return read("listing runs", r -> r.runs().runs(null));
  }

  @Override
  public Optional<RunSummary> run(long runId) {
    return read("reading run " + runId, r -> r.runs().runs(runId).stream().findFirst());
  }

  @Override
  public List<DocumentRecord> outcomes(long runId) {
    return read("reading the outcomes of run " + runId, r -> r.runs().outcomes(runId));
  }

  @Override
  public long articleCount() {
    return read("counting articles", r -> single(r.connection(), "SELECT COUNT(*) FROM articles"));
  }

  @Override
  public Optional<Article> article(String articleId) {
    return read("reading article " + articleId, r -> r.articles().article(articleId));
  }

  @Override
  public synchronized void forEachParsed(Consumer<ParsedDocument> sink) {
    readOnWriter(
        "reading stored parses",
        () -> {
          articles.forEachParsed(sink);
          return null;
        });
  }

  @Override
  public List<CodedEvent> events(EventQuery q) {
    return read("querying events", r -> r.events().matching(q));
  }

  @Override
  public Optional<CodedEvent> event(String dyadId) {
    return read("reading event " + dyadId, r -> r.events().dyad(dyadId));
  }

  @Override
  public List<CodedEvent> articleEvents(String articleId) {
    return read("reading the events of article " + articleId, r -> r.events().ofArticle(articleId));
  }

  @Override
  public List<SeriesPoint> series(SeriesQuery q) {
    return read("computing the series " + q.a() + "-" + q.b(), r -> r.series().series(q));
  }

  @Override
  public List<Partner> partners(String actor, LocalDate from, LocalDate to, int limit) {
    return read(
        "finding the partners of " + actor, r -> r.series().partners(actor, from, to, limit));
  }

  @Override
  public List<org.dyad.core.series.VolumePoint> volume(
      org.dyad.core.series.Period period, LocalDate from, LocalDate to) {
    return read("computing the news volume", r -> r.series().volume(period, from, to));
  }

  @Override
  public List<DyadVolume> dyadVolumes(LocalDate from, LocalDate to) {
    return read(
        "collecting the relations between countries", r -> r.series().dyadVolumes(from, to));
  }

  @Override
  public List<EventCluster> clusters(EventQuery q) {
    return read("clustering events", r -> r.events().clusters(q));
  }

  private boolean exists(String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Work on the connection that throws SQLException. */
  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  private <T> T write(String what, SqlWork<T> work) {
    try {
      T result = work.run();
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new StoreException(what + " in " + location + ": " + e.getMessage(), e);
    }
  }

  /** A read on a connection of its own, concurrent with other reads and with writes. */
  private <T> T read(String what, ReadConnections.Work<T> work) {
    try {
      return readers.read(work);
    } catch (SQLException e) {
      throw new StoreException(what + " in " + location + ": " + e.getMessage(), e);
    }
  }

  /** A read on the writer's connection: callers hold the lock. */
  private <T> T readOnWriter(String what, SqlWork<T> work) {
    try {
      T result = work.run();
      c.commit();
      return result;
    } catch (SQLException e) {
      throw new StoreException(what + " in " + location + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    readers.close();
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException("closing " + location + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return dialect.name().toLowerCase(Locale.ROOT) + " store " + location;
  }
}
