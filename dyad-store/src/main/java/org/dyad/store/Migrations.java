package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Brings a database to the current schema: applies each migration newer than the recorded version,
 * in order, each in its own transaction, and records it in {@code schema_version}. Migrations are
 * append-only: a released one is never edited.
 */
final class Migrations {
  /** Migration files under {@code migrations/}, oldest first; version = position + 1. */
  static final List<String> FILES = List.of("V1__initial.sql", "V2__event_issues.sql");

  private Migrations() {}

  static int apply(Connection c) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement st = c.createStatement()) {
        st.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                + " description TEXT NOT NULL, applied_at TIMESTAMP NOT NULL)");
      }
      c.commit();
      int current = current(c);
      for (int v = current + 1; v <= FILES.size(); v++) {
        String file = FILES.get(v - 1);
        try (Statement st = c.createStatement()) {
          for (String sql : statements(read(file))) {
            st.execute(sql);
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
          ps.setInt(1, v);
          ps.setString(2, file);
          ps.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
          ps.executeUpdate();
        }
        c.commit();
      }
      return FILES.size();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  static int current(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String read(String file) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + file)) {
      if (in == null) {
        throw new IllegalStateException("migration " + file + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("reading migration " + file, e);
    }
  }

  /** The file's statements: split at semicolons ending a line, comments dropped. */
  static List<String> statements(String sql) {
    StringBuilder clean = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      if (!line.strip().startsWith("--")) {
        clean.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(clean.toString().split(";\\s*\n", -1))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
