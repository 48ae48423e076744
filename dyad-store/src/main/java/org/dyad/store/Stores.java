package org.dyad.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.StoreException;

/**
 * Opens a store from what a user types: {@code postgresql://user:password@host:port/db} for a
 * PostgreSQL server, anything else a DuckDB file ({@code dyad.duckdb}) or a data directory that
 * gets one ({@code data/} gives {@code data/dyad.duckdb}). Migrations run on open.
 */
public final class Stores {
  /** The DuckDB file name inside a data directory. */
  public static final String DUCKDB_FILE = "dyad.duckdb";

  private Stores() {}

  public static EventStore open(String location) {
    if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
      return postgres(location);
    }
    return duckDb(Path.of(location));
  }

  /** A DuckDB store in {@code path}: a {@code .duckdb} file, or a directory to hold one. */
  public static EventStore duckDb(Path path) {
    Path file = path.toString().endsWith(".duckdb") ? path : path.resolve(DUCKDB_FILE);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      // Readers share the writer's database instance: DuckDB lets one process open a file once.
      return new JdbcEventStore(
          c, () -> ((DuckDBConnection) c).duplicate(), Dialect.DUCKDB, file.toString());
    } catch (IOException | SQLException e) {
      throw new StoreException("opening DuckDB store " + file + ": " + e.getMessage(), e);
    }
  }

  static EventStore postgres(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a PostgreSQL URL: " + url, e);
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw new IllegalArgumentException(
          "PostgreSQL URL needs a host and a database, like postgresql://user:pw@host:5432/db: "
              + redact(uri));
    }
    Properties props = new Properties();
    if (uri.getUserInfo() != null) {
      String[] up = uri.getUserInfo().split(":", 2);
      props.setProperty("user", up[0]);
      if (up.length > 1) {
        props.setProperty("password", up[1]);
      }
    }
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getPath();
    if (uri.getQuery() != null) {
      jdbc += "?" + uri.getQuery();
    }
    try {
      Connection c = DriverManager.getConnection(jdbc, props);
      String readerUrl = jdbc;
      return new JdbcEventStore(
          c, () -> DriverManager.getConnection(readerUrl, props), Dialect.POSTGRESQL, redact(uri));
    } catch (SQLException e) {
      throw new StoreException(
          "opening PostgreSQL store " + redact(uri) + ": " + e.getMessage(), e);
    }
  }

  /** The URL without its password, for messages. */
  static String redact(URI uri) {
    String user = uri.getUserInfo() == null ? "" : uri.getUserInfo().split(":", 2)[0] + "@";
    return uri.getScheme()
        + "://"
        + user
        + uri.getHost()
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + (uri.getPath() == null ? "" : uri.getPath());
  }
}
