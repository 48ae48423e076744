package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.dyad.core.series.Partner;
import org.dyad.core.series.Period;
import org.dyad.core.series.SeriesPoint;
import org.dyad.core.series.SeriesQuery;
import org.dyad.core.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark: dyad series over a DuckDB store of {@value #EVENTS} synthetic dyadic events and
 * {@value #ARTICLES} articles over 25 years, between 150 countries whose activity is skewed as in
 * news (a few busy ones, a long tail). Prints the median and slowest of repeated queries as {@code
 * BENCH} lines; the target is under 200 ms. {@code -Ddyad.bench.dir=DIR} keeps the store. Asserts
 * only that the answers are right: the series' counts equal a direct count in the database.
 */
class SeriesBenchmarkIT {
  static final int EVENTS = 5_000_000;
  static final int ARTICLES = 1_000_000;
  private static final int DAYS = 9131; // 2000-01-01 to 2024-12-31
  private static final int RUNS = 15;

  @TempDir Path dir;

  @Test
  void series_over_five_million_events() throws Exception {
    // -Dit.argLine="-Xmx5g -Ddyad.bench.dir=DIR" keeps the store there, to explore it after.
    String keep = System.getProperty("dyad.bench.dir", "");
    Path file = (keep.isEmpty() ? dir : Path.of(keep)).resolve(Stores.DUCKDB_FILE);
    java.nio.file.Files.deleteIfExists(file);
    Stores.open(file.toString()).close(); // the schema, by the store's own migrations
    long loadStart = System.nanoTime();
    long usaChn;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      // Country k of 150 is "C" + k, except the three busiest, named for readability; the
      // index is floor(150 * u^3) for a uniform u, so low indices are much more frequent.
      String country =
          "CASE %1$s WHEN 0 THEN 'USA' WHEN 1 THEN 'CHN' WHEN 2 THEN 'RUS'"
              + " ELSE 'C' || lpad(CAST(%1$s AS VARCHAR), 2, '0') END";
      String pick = "CAST(floor(150 * pow((hash(i * 2 + %d) %% 1000003) / 1000003.0, 3)) AS INT)";
      s.execute(
          "INSERT INTO dyads SELECT 'd' || i, 'e' || i, 'a' || (i // 5), i // 5, 0,"
              + String.format(Locale.ROOT, country, "src")
              + ", "
              + String.format(Locale.ROOT, country, "src")
              + ", "
              + String.format(Locale.ROOT, country, "tgt")
              + ", "
              + String.format(Locale.ROOT, country, "tgt")
              + ", lpad(CAST(1 + hash(i) % 20 AS VARCHAR), 2, '0') || '0',"
              + " lpad(CAST(1 + hash(i) % 20 AS VARCHAR), 2, '0'),"
              + " CASE WHEN hash(i) % 20 < 9 THEN 1 WHEN hash(i) % 20 < 10 THEN 2"
              + " WHEN hash(i) % 20 < 14 THEN 3 ELSE 4 END,"
              + " (hash(i) % 21) - 10.0, DATE '2000-01-01' + CAST(hash(i + 7) % "
              + DAYS
              + " AS INTEGER), 'synthetic'"
              + " FROM (SELECT i, "
              + String.format(Locale.ROOT, pick, 0)
              + " AS src, ("
              + String.format(Locale.ROOT, pick, 1)
              + " + 1) % 150 AS tgt FROM range("
              + EVENTS
              + ") t(i))");
      s.execute(
          "INSERT INTO articles SELECT 'a' || i, i, 'a' || i, DATE '2000-01-01' + CAST(hash(i) % "
              + DAYS
              + " AS INTEGER), 'synthetic', '', '', '', 'en', 0, 1 FROM range("
              + ARTICLES
              + ") t(i)");
      try (ResultSet rs =
          s.executeQuery(
              "SELECT COUNT(*) FROM dyads WHERE (source_country = 'USA' AND target_country ="
                  + " 'CHN') OR (source_country = 'CHN' AND target_country = 'USA')")) {
        rs.next();
        usaChn = rs.getLong(1);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "BENCH series store: %,d dyadic events and %,d articles loaded in %.1f s; USA-CHN has"
            + " %,d%n",
        EVENTS,
        ARTICLES,
        (System.nanoTime() - loadStart) / 1e9,
        usaChn);

    try (EventStore store = Stores.open(file.toString())) {
      List<SeriesPoint> months =
          time(
              "USA-CHN by month, 25 years, both directions",
              () -> store.series(new SeriesQuery("USA", "CHN", false, Period.MONTH, null, null)));
      assertThat(months).hasSize(300);
      assertThat(months.stream().mapToLong(SeriesPoint::events).sum()).isEqualTo(usaChn);
      assertThat(months.stream().mapToLong(SeriesPoint::allEvents).sum()).isEqualTo(EVENTS);
      assertThat(months.stream().mapToLong(SeriesPoint::articles).sum()).isEqualTo(ARTICLES);

      List<SeriesPoint> weeks =
          time(
              "RUS->USA by week, one year, directed",
              () ->
                  store.series(
                      new SeriesQuery(
                          "RUS",
                          "USA",
                          true,
                          Period.WEEK,
                          LocalDate.parse("2008-01-01"),
                          LocalDate.parse("2008-12-31"))));
      assertThat(weeks).hasSizeBetween(52, 54);

      List<SeriesPoint> quarters =
          time(
              "C42-C97 by quarter, a sparse pair",
              () -> store.series(new SeriesQuery("C42", "C97", false, Period.QUARTER, null, null)));
      assertThat(quarters.stream().mapToLong(SeriesPoint::events).sum()).isPositive();

      List<Partner> partners = time("partners of CHN", () -> store.partners("CHN", null, null, 10));
      assertThat(partners).hasSize(10);
      time(
          "network of 2008-08 (all dyads of a month)",
          () -> store.dyadVolumes(LocalDate.parse("2008-08-01"), LocalDate.parse("2008-08-31")));
    }
  }

  private static <T> T time(String what, Supplier<T> query) {
    T result = query.get(); // warm-up
    long[] ms = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      result = query.get();
      ms[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(ms);
    System.out.printf(
        Locale.ROOT,
        "BENCH series query %s: median %d ms, slowest %d ms of %d runs%n",
        what,
        ms[RUNS / 2],
        ms[RUNS - 1],
        RUNS);
    return result;
  }
}
