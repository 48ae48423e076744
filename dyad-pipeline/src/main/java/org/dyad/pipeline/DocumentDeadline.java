package org.dyad.pipeline;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The time limit of one document's analysis: when it passes, the analysing thread is interrupted,
 * and the analyzer stops at its next stage. One timer thread serves every pipeline in the JVM.
 *
 * <p>Thread safety: made and closed on the analysing thread; the timer expires it from its own.
 */
final class DocumentDeadline implements AutoCloseable {
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "dyad-document-timer");
            t.setDaemon(true);
            return t;
          });

  private final Thread worker = Thread.currentThread();
  private final ScheduledFuture<?> alarm;
  private boolean closed;
  private boolean expired;

  DocumentDeadline(Duration limit) {
    this.alarm = TIMER.schedule(this::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  private synchronized void expire() {
    if (!closed) {
      expired = true;
      worker.interrupt();
    }
  }

  synchronized boolean expired() {
    return expired;
  }

  /** Stops the timer; the interrupt it made, if any, is cleared so the thread can go on. */
  @Override
  public void close() {
    alarm.cancel(false);
    boolean clear;
    synchronized (this) {
      closed = true; // no interrupt can come after this
      clear = expired;
    }
    if (clear) {
      Thread.interrupted();
    }
  }
}
