package org.dyad.cli;

import java.nio.file.Path;
import org.dyad.core.store.EventStore;
import org.dyad.store.Stores;
import picocli.CommandLine.Option;

/** Where the store is: {@code --db} (a PostgreSQL URL or a DuckDB file) or {@code --data-dir}. */
final class StoreOptions {
  @Option(
      names = "--db",
      paramLabel = "LOCATION",
      description =
          "postgresql://user:password@host:port/db for a PostgreSQL server, or a DuckDB file"
              + " (default: dyad.duckdb in the data directory).")
  String db;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Directory of the embedded DuckDB store (default: $DYAD_DATA_DIR, else ./dyad-data).")
  Path dataDir;

  EventStore open() {
    if (db != null && !db.isBlank()) {
      return Stores.open(db);
    }
    return Stores.duckDb(directory());
  }

  Path directory() {
    if (dataDir != null) {
      return dataDir;
    }
    String env = System.getenv("DYAD_DATA_DIR");
    return Path.of(env != null && !env.isBlank() ? env : "dyad-data");
  }
}
