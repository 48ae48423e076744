package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.core.series.Partner;
import org.dyad.core.series.SeriesPoint;
import org.dyad.core.series.SeriesQuery;

/**
 * Dyad series computed in the database: one GROUP BY over the {@code dyads} table for the relation,
 * one for the volume of all events, one for articles, so that a series over millions of events is a
 * few indexed scans rather than rows shipped to Java.
 *
 * <p>Thread safety: none; the store serialises calls.
 */
final class StoredSeries {
  private final Connection c;

  StoredSeries(Connection c) {
    this.c = c;
  }

  List<SeriesPoint> series(SeriesQuery q) throws SQLException {
    // The unit comes from an enum, never from user text.
    String unit = q.period().name().toLowerCase(Locale.ROOT);
    String bin = "CAST(CAST(date_trunc('" + unit + "', %s) AS DATE) AS TEXT)";
    String range = range(q, "event_date");
    String pair = "((source = ? OR source_country = ?) AND (target = ? OR target_country = ?))";
    String where = q.directed() ? pair : "(" + pair + " OR " + pair + ")";
    Map<LocalDate, int[]> quads = new HashMap<>();
    Map<LocalDate, Map<String, Integer>> roots = new HashMap<>();
    Map<LocalDate, Double> goldstein = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + String.format(Locale.ROOT, bin, "event_date")
                + ", quad, root, COUNT(*), SUM(goldstein) FROM dyads WHERE "
                + where
                + range
                + " GROUP BY 1, quad, root")) {
      int i = 1;
      i = bindPair(ps, i, q.a(), q.b());
      if (!q.directed()) {
        i = bindPair(ps, i, q.b(), q.a());
      }
      bindRange(ps, i, q);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          LocalDate p = LocalDate.parse(rs.getString(1));
          int n = rs.getInt(4);
          quads.computeIfAbsent(p, k -> new int[4])[rs.getInt(2) - 1] += n;
          roots.computeIfAbsent(p, k -> new TreeMap<>()).merge(rs.getString(3), n, Integer::sum);
          goldstein.merge(p, rs.getDouble(5), Double::sum);
        }
      }
    }
    Map<LocalDate, Long> volume =
        counts(
            "SELECT "
                + String.format(Locale.ROOT, bin, "event_date")
                + ", COUNT(*) FROM dyads WHERE 1 = 1"
                + range
                + " GROUP BY 1",
            q);
    Map<LocalDate, Long> articles =
        counts(
            "SELECT "
                + String.format(Locale.ROOT, bin, "published")
                + ", COUNT(*) FROM articles WHERE 1 = 1"
                + range(q, "published")
                + " GROUP BY 1",
            q);
    TreeMap<LocalDate, Boolean> bins = new TreeMap<>();
    quads.keySet().forEach(d -> bins.put(d, true));
    if (q.from() != null) {
      bins.put(q.period().start(q.from()), true);
    }
    if (q.to() != null) {
      bins.put(q.period().start(q.to()), true);
    }
    List<SeriesPoint> out = new ArrayList<>();
    if (bins.isEmpty()) {
      return out;
    }
    for (LocalDate d = bins.firstKey(); !d.isAfter(bins.lastKey()); d = q.period().next(d)) {
      int[] n = quads.getOrDefault(d, new int[4]);
      out.add(
          new SeriesPoint(
              d,
              n[0],
              n[1],
              n[2],
              n[3],
              roots.getOrDefault(d, Map.of()),
              goldstein.getOrDefault(d, 0.0),
              volume.getOrDefault(d, 0L),
              articles.getOrDefault(d, 0L)));
    }
    return out;
  }

  private Map<LocalDate, Long> counts(String sql, SeriesQuery q) throws SQLException {
    Map<LocalDate, Long> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bindRange(ps, 1, q);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(LocalDate.parse(rs.getString(1)), rs.getLong(2));
        }
      }
    }
    return out;
  }

  private static String range(SeriesQuery q, String column) {
    return (q.from() == null ? "" : " AND " + column + " >= ?")
        + (q.to() == null ? "" : " AND " + column + " <= ?");
  }

  private static int bindPair(PreparedStatement ps, int i, String source, String target)
      throws SQLException {
    ps.setString(i++, source);
    ps.setString(i++, source);
    ps.setString(i++, target);
    ps.setString(i++, target);
    return i;
  }

  private static void bindRange(PreparedStatement ps, int i, SeriesQuery q) throws SQLException {
    if (q.from() != null) {
      ps.setObject(i++, q.from());
    }
    if (q.to() != null) {
      ps.setObject(i, q.to());
    }
  }

  List<Partner> partners(String actor, LocalDate from, LocalDate to, int limit)
      throws SQLException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    String range =
        (from == null ? "" : " AND event_date >= ?") + (to == null ? "" : " AND event_date <= ?");
    String sql =
        "SELECT partner, COUNT(*), CAST(MIN(event_date) AS TEXT), CAST(MAX(event_date) AS TEXT)"
            + " FROM (SELECT CASE WHEN source = ? OR source_country = ? THEN target_country"
            + " ELSE source_country END AS partner, event_date FROM dyads"
            + " WHERE (source = ? OR source_country = ? OR target = ? OR target_country = ?)"
            + range
            + ") AS d WHERE partner <> ? GROUP BY partner ORDER BY COUNT(*) DESC, partner LIMIT "
            + limit;
    List<Partner> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      for (int k = 0; k < 6; k++) {
        ps.setString(i++, actor);
      }
      if (from != null) {
        ps.setObject(i++, from);
      }
      if (to != null) {
        ps.setObject(i++, to);
      }
      ps.setString(i, actor);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Partner(
                  rs.getString(1),
                  rs.getLong(2),
                  LocalDate.parse(rs.getString(3)),
                  LocalDate.parse(rs.getString(4))));
        }
      }
    }
    return out;
  }
}
