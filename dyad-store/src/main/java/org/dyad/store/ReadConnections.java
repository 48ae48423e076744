package org.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A few connections for reads, each lent to one call at a time with the query helpers bound to it,
 * so that the API's readers do not queue behind each other or behind ingest. Each read is one
 * transaction, so it sees one committed state: a document being stored is seen whole or not at all.
 *
 * <p>Thread safety: safe to share.
 */
final class ReadConnections implements AutoCloseable {
  /** One read connection and the helpers that query through it. */
  record Reader(
      Connection connection,
      StoredEvents events,
      StoredRuns runs,
      StoredArticles articles,
      StoredSeries series) {}

  /** Opens one more connection to the same database. */
  @FunctionalInterface
  interface Opener {
    Connection open() throws SQLException;
  }

  /** A read through a lent connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Reader reader) throws SQLException;
  }

  private final List<Reader> all = new ArrayList<>();
  private final BlockingQueue<Reader> idle;

  ReadConnections(Opener opener, int count) throws SQLException {
    idle = new ArrayBlockingQueue<>(count);
    try {
      for (int i = 0; i < count; i++) {
        Connection c = opener.open();
        c.setAutoCommit(false);
        Reader r =
            new Reader(
                c,
                new StoredEvents(c),
                new StoredRuns(c),
                new StoredArticles(c),
                new StoredSeries(c));
        all.add(r);
        idle.add(r);
      }
    } catch (SQLException e) {
      close();
      throw e;
    }
  }

  /** Runs {@code work} in a transaction of its own on an idle connection, waiting for one. */
  <T> T read(Work<T> work) throws SQLException {
    Reader r;
    try {
      r = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a read connection", e);
    }
    try {
      T result = work.run(r);
      r.connection().commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        r.connection().rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      idle.add(r);
    }
  }

  @Override
  public void close() {
    for (Reader r : all) {
      try {
        r.connection().close();
      } catch (SQLException e) {
        // closing: the writer's close reports the store's state
      }
    }
  }
}
