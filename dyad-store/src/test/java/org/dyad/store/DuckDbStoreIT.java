package org.dyad.store;

import java.nio.file.Path;
import org.dyad.core.store.EventStore;
import org.junit.jupiter.api.io.TempDir;

class DuckDbStoreIT extends EventStoreContract {
  @TempDir Path dir;

  @Override
  protected EventStore openEmpty() {
    return Stores.open(dir.toString());
  }

  @Override
  protected EventStore reopen() {
    return Stores.open(dir.resolve(Stores.DUCKDB_FILE).toString());
  }
}
