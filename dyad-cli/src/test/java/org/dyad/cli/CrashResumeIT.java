package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.store.Stores;
import org.dyad.testkit.TestPostgres;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills {@code dyad ingest} with SIGKILL at ten points ({@code -Ddyad.crash.kills}), starts it
 * again each time, and checks that the store ends exactly as after an uninterrupted run: the same
 * events, every document accounted for. On the embedded DuckDB store and on a PostgreSQL server.
 * The kill points are random; the seed is printed.
 */
class CrashResumeIT {
  private static final int DOCUMENTS = 60;
  private static final int KILLS = Integer.getInteger("dyad.crash.kills", 10);

  @TempDir Path dir;

  /** Where a run stores: its CLI arguments, and how the test opens it. */
  private record StoreAt(List<String> args, String location) {
    static StoreAt duckDb(Path dir) {
      return new StoreAt(List.of("--data-dir", dir.toString()), dir.toString());
    }

    static StoreAt postgres() {
      String url = TestPostgres.freshDatabase();
      return new StoreAt(List.of("--db", url), url);
    }

    EventStore open() {
      return Stores.open(location);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "postgresql"})
  void sigkilled_ingest_restarted_ends_with_the_events_of_an_uninterrupted_run(String kind)
      throws Exception {
    boolean pg = kind.equals("postgresql");
    Path input = dir.resolve("sample.jsonl");
    List<String> lines =
        Files.readAllLines(
            Path.of("..", "data", "wikinews", "wikinews-politics-500.jsonl"),
            StandardCharsets.UTF_8);
    Files.write(input, lines.subList(0, DOCUMENTS), StandardCharsets.UTF_8);

    StoreAt reference = pg ? StoreAt.postgres() : StoreAt.duckDb(dir.resolve("reference"));
    Run full = ingest(input, reference, -1);
    assertThat(full.exit()).as("0, or 1 when some input failed").isIn(0, 1);
    long referenceStored;
    try (EventStore ref = reference.open()) {
      referenceStored = ref.articleCount();
    }

    long seed = System.nanoTime();
    Random random = new Random(seed);
    StoreAt crashed = pg ? StoreAt.postgres() : StoreAt.duckDb(dir.resolve("crashed"));
    List<Long> killedAfterMillis = new ArrayList<>();
    long stored = 0;
    for (int i = 0; i < KILLS; i++) {
      // Somewhere in the first 35% of what is left to do, timed on the uninterrupted run (the
      // pipeline is fast enough that fixed delays would fall after the end), so that ten kills
      // leave documents for the next run; never before the run has begun (150 ms).
      double left = (double) (referenceStored - stored) / referenceStored;
      long delay =
          Math.max(
              150, (long) (full.millisIngesting() * left * (0.05 + 0.30 * random.nextDouble())));
      killedAfterMillis.add(delay);
      ingest(input, crashed, delay);
      try (EventStore got = crashed.open()) {
        stored = got.articleCount();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "crash test on %s: seed %d, SIGKILL %s ms after ingest began, then a full run%n",
        kind,
        seed,
        killedAfterMillis);
    assertThat(ingest(input, crashed, -1).exit()).isIn(0, 1);

    try (EventStore ref = reference.open();
        EventStore got = crashed.open()) {
      List<String> expected = comparable(ref.events(EventQuery.all()));
      assertThat(expected).isNotEmpty();
      assertThat(comparable(got.events(EventQuery.all()))).isEqualTo(expected);
      assertThat(got.articleCount()).isEqualTo(ref.articleCount());
      List<RunSummary> runs = got.runs();
      assertThat(runs).hasSize(KILLS + 1);
      assertThat(runs.subList(0, KILLS))
          .as("the killed runs did not finish")
          .allSatisfy(r -> assertThat(r.finished()).isNull());
      RunSummary last = runs.get(runs.size() - 1);
      assertThat(last.finished()).isNotNull();
      List<DocumentRecord> manifest = got.outcomes(last.id());
      assertThat(manifest).hasSize(DOCUMENTS);
      assertThat(manifest)
          .allSatisfy(
              d ->
                  assertThat(d.status())
                      .isIn(
                          DocumentStatus.CODED,
                          DocumentStatus.DUPLICATE,
                          DocumentStatus.SKIPPED,
                          DocumentStatus.FAILED));
      RunSummary refRun = ref.runs().get(0);
      int codedSomewhere = 0;
      for (RunSummary r : runs) {
        codedSomewhere += r.counts().getOrDefault(DocumentStatus.CODED, 0);
      }
      assertThat(codedSomewhere).isEqualTo(refRun.counts().get(DocumentStatus.CODED));
    }
  }

  /** Events as text without their coding time, which differs between runs by design. */
  private static List<String> comparable(List<CodedEvent> events) {
    List<String> out = new ArrayList<>();
    for (CodedEvent e : events) {
      out.add(
          String.join(
              "|",
              e.id(),
              e.compoundId(),
              e.sources().toString(),
              e.targets().toString(),
              e.code().value(),
              e.date().toString(),
              e.modality(),
              e.provenance().articleId(),
              String.valueOf(e.provenance().sentence()),
              e.provenance().patternId(),
              e.notes().toString()));
    }
    return out;
  }

  /** How an ingest process ended: its exit code, and how long it ingested. */
  private record Run(int exit, long millisIngesting) {}

  /**
   * Runs {@code dyad ingest} in a fresh JVM; with {@code killAfterMillis >= 0}, kills it with
   * SIGKILL that long after it starts ingesting. The exit code is 137-like when killed.
   */
  private static Run ingest(Path input, StoreAt store, long killAfterMillis) throws Exception {
    List<String> args = new ArrayList<>(List.of("ingest", input.toString()));
    args.addAll(store.args());
    args.addAll(List.of("--progress", "none"));
    Process p =
        new ProcessBuilder(CliRun.packaged("-Xmx3g", args.toArray(String[]::new)))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    CountDownLatch started = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  if (line.contains("documents into")) {
                    started.countDown();
                  }
                }
              } catch (IOException e) {
                started.countDown(); // the process died; waitFor below tells
              }
            });
    reader.start();
    assertThat(started.await(3, TimeUnit.MINUTES)).isTrue();
    long began = System.nanoTime();
    if (killAfterMillis >= 0) {
      Thread.sleep(killAfterMillis);
      p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no clean close
    }
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    long ingesting = (System.nanoTime() - began) / 1_000_000;
    reader.join();
    return new Run(p.exitValue(), ingesting);
  }
}
