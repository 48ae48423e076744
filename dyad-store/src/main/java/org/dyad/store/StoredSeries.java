package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.series.DyadVolume;
import org.dyad.core.series.Partner;
import org.dyad.core.series.Period;
import org.dyad.core.series.SeriesPoint;
import org.dyad.core.series.SeriesQuery;
import org.dyad.core.series.VolumePoint;

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
    String range = range(q.from(), q.to(), "event_date");
    String pair = "(" + column("source", q.a()) + " = ? AND " + column("target", q.b()) + " = ?)";
    String where =
        q.directed()
            ? pair
            : "("
                + pair
                + " OR ("
                + column("source", q.b())
                + " = ? AND "
                + column("target", q.a())
                + " = ?))";
    Map<LocalDate, int[]> quads = new HashMap<>();
    Map<LocalDate, Map<String, Integer>> roots = new HashMap<>();
    Map<LocalDate, Double> goldstein = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT CAST(date_trunc('"
                + unit
                + "', event_date) AS DATE), quad, root, COUNT(*), SUM(goldstein) FROM dyads WHERE "
                + where
                + range
                + " GROUP BY 1, quad, root")) {
      int i = 1;
      ps.setString(i++, q.a());
      ps.setString(i++, q.b());
      if (!q.directed()) {
        ps.setString(i++, q.b());
        ps.setString(i++, q.a());
      }
      bindRange(ps, i, q.from(), q.to());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          LocalDate p = rs.getObject(1, LocalDate.class);
          int n = rs.getInt(4);
          quads.computeIfAbsent(p, k -> new int[4])[rs.getInt(2) - 1] += n;
          roots.computeIfAbsent(p, k -> new TreeMap<>()).merge(rs.getString(3), n, Integer::sum);
          goldstein.merge(p, rs.getDouble(5), Double::sum);
        }
      }
    }
    Map<LocalDate, VolumePoint> volume = new HashMap<>();
    for (VolumePoint v : volume(q.period(), q.from(), q.to())) {
      volume.put(v.start(), v);
    }
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
              volume.containsKey(d) ? volume.get(d).events() : 0,
              volume.containsKey(d) ? volume.get(d).articles() : 0));
    }
    return out;
  }

  /**
   * The column an actor is matched on: its country column when it names a country (or an
   * organisation), which also matches every role of that country, else the actor column itself.
   * Either way one equality, which the database scans fastest.
   */
  private static String column(String side, String actor) {
    return ActorCode.of(actor).country().equals(actor) ? side + "_country" : side;
  }

  List<VolumePoint> volume(Period period, LocalDate from, LocalDate to) throws SQLException {
    // Counted per day and binned here: cheaper than truncating millions of dates in the database.
    Map<LocalDate, Long> events =
        perBin(
            "SELECT event_date, COUNT(*) FROM dyads WHERE 1 = 1"
                + range(from, to, "event_date")
                + " GROUP BY event_date",
            period,
            from,
            to);
    Map<LocalDate, Long> articles =
        perBin(
            "SELECT published, COUNT(*) FROM articles WHERE 1 = 1"
                + range(from, to, "published")
                + " GROUP BY published",
            period,
            from,
            to);
    TreeMap<LocalDate, Boolean> bins = new TreeMap<>();
    events.keySet().forEach(d -> bins.put(d, true));
    articles.keySet().forEach(d -> bins.put(d, true));
    List<VolumePoint> out = new ArrayList<>();
    if (bins.isEmpty()) {
      return out;
    }
    for (LocalDate d = bins.firstKey(); !d.isAfter(bins.lastKey()); d = period.next(d)) {
      out.add(new VolumePoint(d, events.getOrDefault(d, 0L), articles.getOrDefault(d, 0L)));
    }
    return out;
  }

  /** Counts per day from {@code sql}, summed into the query's bins. */
  private Map<LocalDate, Long> perBin(String sql, Period period, LocalDate from, LocalDate to)
      throws SQLException {
    Map<LocalDate, Long> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bindRange(ps, 1, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.merge(period.start(rs.getObject(1, LocalDate.class)), rs.getLong(2), Long::sum);
        }
      }
    }
    return out;
  }

  private static String range(LocalDate from, LocalDate to, String column) {
    return (from == null ? "" : " AND " + column + " >= ?")
        + (to == null ? "" : " AND " + column + " <= ?");
  }

  private static int bindRange(PreparedStatement ps, int i, LocalDate from, LocalDate to)
      throws SQLException {
    if (from != null) {
      ps.setObject(i++, from);
    }
    if (to != null) {
      ps.setObject(i++, to);
    }
    return i;
  }

  List<Partner> partners(String actor, LocalDate from, LocalDate to, int limit)
      throws SQLException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    String range = range(from, to, "event_date");
    String sql =
        "SELECT partner, COUNT(*), MIN(event_date), MAX(event_date)"
            + " FROM (SELECT CASE WHEN "
            + column("source", actor)
            + " = ? THEN target_country ELSE source_country END AS partner, event_date FROM dyads"
            + " WHERE ("
            + column("source", actor)
            + " = ? OR "
            + column("target", actor)
            + " = ?)"
            + range
            + ") AS d WHERE partner <> ? GROUP BY partner ORDER BY COUNT(*) DESC, partner LIMIT "
            + limit;
    List<Partner> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      for (int k = 0; k < 3; k++) {
        ps.setString(i++, actor);
      }
      i = bindRange(ps, i, from, to);
      ps.setString(i, actor);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Partner(
                  rs.getString(1),
                  rs.getLong(2),
                  rs.getObject(3, LocalDate.class),
                  rs.getObject(4, LocalDate.class)));
        }
      }
    }
    return out;
  }

  List<DyadVolume> dyadVolumes(LocalDate from, LocalDate to) throws SQLException {
    String range = range(from, to, "event_date");
    String sql =
        "SELECT source_country, target_country, quad, COUNT(*), SUM(goldstein) FROM dyads"
            + " WHERE source_country <> target_country"
            + range
            + " GROUP BY source_country, target_country, quad";
    Map<List<String>, int[]> quads = new HashMap<>();
    Map<List<String>, Double> goldstein = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bindRange(ps, 1, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> pair = List.of(rs.getString(1), rs.getString(2));
          quads.computeIfAbsent(pair, k -> new int[4])[rs.getInt(3) - 1] += rs.getInt(4);
          goldstein.merge(pair, rs.getDouble(5), Double::sum);
        }
      }
    }
    List<DyadVolume> out = new ArrayList<>();
    quads.forEach(
        (pair, n) ->
            out.add(
                new DyadVolume(
                    pair.get(0), pair.get(1), n[0], n[1], n[2], n[3], goldstein.get(pair))));
    out.sort(
        Comparator.comparingInt((DyadVolume v) -> -v.events())
            .thenComparing(DyadVolume::source)
            .thenComparing(DyadVolume::target));
    return out;
  }
}
