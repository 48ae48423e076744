package org.dyad.pipeline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The highest heap in use seen since the last reset, sampled every 10 ms on a daemon thread.
 *
 * <p>Heap in use includes garbage not yet collected, so the peak is an upper bound on what the
 * pipeline needs; the JVM's limit ({@code -Xmx}) is what it was allowed.
 *
 * <p>Thread safety: safe to share.
 */
final class HeapPeak implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  HeapPeak() {
    sampler =
        new Thread(
            () -> {
              while (running) {
                sample();
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-peak");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    peak.accumulateAndGet(used, Math::max);
  }

  /** Starts a new measurement from the heap in use now. */
  void reset() {
    peak.set(0);
    sample();
  }

  long peakBytes() {
    sample();
    return peak.get();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
