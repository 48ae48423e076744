package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.RunSummary;

/**
 * The run queries of {@link JdbcEventStore}: runs with their counts per status, and a run's
 * manifest.
 *
 * <p>Thread safety: none; the store serialises calls.
 */
final class StoredRuns {
  private final Connection c;

  StoredRuns(Connection c) {
    this.c = c;
  }

  /** Runs in id order; {@code runId} null for all. */
  List<RunSummary> runs(Long runId) throws SQLException {
    Map<Long, Map<DocumentStatus, Integer>> counts = new HashMap<>();
    Map<Long, Long> events = new HashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT run_id, status, COUNT(*), SUM(events) FROM outcomes GROUP BY run_id,"
                    + " status")) {
      while (rs.next()) {
        counts
            .computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(DocumentStatus.class))
            .put(DocumentStatus.valueOf(rs.getString(2)), rs.getInt(3));
        events.merge(rs.getLong(1), rs.getLong(4), Long::sum);
      }
    }
    List<RunSummary> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, command, inputs, dictionary, CAST(started_at AS TEXT),"
                + " CAST(finished_at AS TEXT) FROM runs"
                + (runId == null ? "" : " WHERE id = ?")
                + " ORDER BY id")) {
      if (runId != null) {
        ps.setLong(1, runId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String finished = rs.getString(6);
          out.add(
              new RunSummary(
                  id,
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  EventRows.instant(rs.getString(5)),
                  finished == null ? null : EventRows.instant(finished),
                  counts.getOrDefault(id, Map.of()),
                  events.getOrDefault(id, 0L)));
        }
      }
    }
    return out;
  }

  List<DocumentRecord> outcomes(long runId) throws SQLException {
    List<DocumentRecord> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT position, input, article_id, status, reason, events FROM outcomes WHERE"
                + " run_id = ? ORDER BY position")) {
      ps.setLong(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new DocumentRecord(
                  rs.getInt(1),
                  rs.getString(2),
                  rs.getString(3),
                  DocumentStatus.valueOf(rs.getString(4)),
                  rs.getString(5),
                  rs.getInt(6)));
        }
      }
    }
    return out;
  }
}
