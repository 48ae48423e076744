package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.junit.jupiter.api.Test;
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

  @Test
  void a_store_of_schema_version_1_is_migrated_and_keeps_its_events() throws Exception {
    storeBoth();
    List<CodedEvent> before = store.events(EventQuery.all());
    assertThat(before).allSatisfy(e -> assertThat(e.issues()).isNotEmpty());
    store.close();
    // Back to the first schema, as a store written before events carried issues.
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(Stores.DUCKDB_FILE));
        Statement st = c.createStatement()) {
      st.execute("ALTER TABLE events DROP COLUMN issues");
      st.execute("DELETE FROM schema_version WHERE version = 2");
    }
    store = reopen();
    List<CodedEvent> after = store.events(EventQuery.all());
    assertThat(after)
        .extracting(CodedEvent::id)
        .containsExactlyInAnyOrderElementsOf(before.stream().map(CodedEvent::id).toList());
    assertThat(after).allSatisfy(e -> assertThat(e.issues()).isEmpty());
  }
}
