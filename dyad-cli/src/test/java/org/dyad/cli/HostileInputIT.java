package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.store.Stores;
import org.dyad.testkit.HostileCorpus;
import org.dyad.testkit.HostileCorpus.Expected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad ingest} over the hostile corpus, in one batch with good articles: the run ends, every
 * input has an outcome with its reason, the good ones are coded, and no markup reaches an event.
 * Then the time limit: a document over it fails with the reason and the next one is coded.
 */
class HostileInputIT {
  @TempDir Path dir;

  @Test
  void a_batch_of_hostile_input_ends_with_every_outcome_recorded_and_the_good_ones_coded() {
    Path corpus = dir.resolve("corpus");
    Path store = dir.resolve("store");
    List<Expected> expected = HostileCorpus.write(createDirectory(corpus));
    long start = System.nanoTime();
    CliRun run = ingest(corpus, store, "--threads", "2");
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("hostile corpus ingested in " + millis + " ms: " + run.out().strip());
    assertThat(run.exit()).as(run.err()).isEqualTo(1); // some documents failed, and it says so
    assertThat(run.out()).contains("failed documents and their reasons: dyad runs show 1");

    try (EventStore st = Stores.open(store.toString())) {
      RunSummary summary = st.runs().get(0);
      assertThat(summary.finished()).isNotNull();
      Map<String, DocumentRecord> outcomes = new HashMap<>();
      for (DocumentRecord d : st.outcomes(summary.id())) {
        outcomes.put(HostileCorpus.relativeOrigin(corpus, d.input()), d);
      }
      assertThat(outcomes.keySet())
          .containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::origin).toList());
      for (Expected e : expected) {
        DocumentRecord got = outcomes.get(e.origin());
        String as = e.origin() + " ended " + got.status() + ": " + got.reason();
        switch (e.outcome()) {
          case CODED -> {
            assertThat(got.status()).as(as).isEqualTo(DocumentStatus.CODED);
            assertThat(st.articleEvents(got.articleId())).as(as).isNotEmpty();
          }
          case CODED_ANY -> assertThat(got.status()).as(as).isEqualTo(DocumentStatus.CODED);
          case SKIPPED -> {
            assertThat(got.status()).as(as).isEqualTo(DocumentStatus.SKIPPED);
            assertThat(got.reason()).as(as).contains(e.reason());
          }
          case FAILED -> {
            assertThat(got.status()).as(as).isEqualTo(DocumentStatus.FAILED);
            assertThat(got.reason()).as(as).contains(e.reason());
          }
        }
      }
      assertThat(summary.events()).isPositive();
      for (DocumentRecord d : outcomes.values()) {
        if (d.status() != DocumentStatus.CODED) {
          continue;
        }
        for (CodedEvent e : st.articleEvents(d.articleId())) {
          assertThat(e.provenance().sentenceText())
              .doesNotContain("<")
              .doesNotContain("document.cookie")
              .doesNotContain("Germany attacked");
        }
      }
    }
  }

  @Test
  void a_document_over_the_time_limit_fails_with_the_reason_and_the_next_is_coded()
      throws Exception {
    Path corpus = createDirectory(dir.resolve("slow"));
    Files.writeString(corpus.resolve("a-run-on.txt"), runOn());
    Files.writeString(
        corpus.resolve("b-good.txt"),
        "Japan condemned North Korea for firing a ballistic missile over the Sea of Japan.");
    Path store = dir.resolve("store-slow");
    CliRun run = ingest(corpus, store, "--threads", "1", "--document-timeout", "1");
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    try (EventStore st = Stores.open(store.toString())) {
      List<DocumentRecord> outcomes = st.outcomes(st.runs().get(0).id());
      assertThat(outcomes.get(0).status()).isEqualTo(DocumentStatus.FAILED);
      assertThat(outcomes.get(0).reason())
          .isEqualTo("analysis took longer than the limit of 1 s per document");
      assertThat(outcomes.get(1).status()).isEqualTo(DocumentStatus.CODED);
      assertThat(outcomes.get(1).events()).isPositive();
    }
  }

  private static CliRun ingest(Path corpus, Path store, String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "ingest",
                corpus.toString(),
                "--date",
                HostileCorpus.DATE,
                "--progress",
                "none",
                "--data-dir",
                store.toString()));
    args.addAll(List.of(options));
    return CliRun.run(args.toArray(String[]::new));
  }

  /** A run-on text whose analysis takes well over a second: many actor names, no full stop. */
  private static String runOn() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append(i % 2 == 0 ? "Russia accused Germany and " : "China praised Japan while ");
    }
    return sb.toString();
  }

  private static Path createDirectory(Path p) {
    try {
      return Files.createDirectories(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
