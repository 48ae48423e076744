package org.dyad.store;

import org.dyad.core.store.EventStore;
import org.dyad.testkit.TestPostgres;

/** The store contract on a real PostgreSQL server (see {@link TestPostgres}). */
class PostgresStoreIT extends EventStoreContract {
  private String url;

  @Override
  protected EventStore openEmpty() {
    url = TestPostgres.freshDatabase();
    return Stores.open(url);
  }

  @Override
  protected EventStore reopen() {
    return Stores.open(url);
  }
}
