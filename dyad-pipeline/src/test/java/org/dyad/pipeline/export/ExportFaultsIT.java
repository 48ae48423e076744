package org.dyad.pipeline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.dyad.core.text.Article;
import org.dyad.core.text.ArticleInput;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.SharedPipeline;
import org.dyad.pipeline.export.EventExport.Format;
import org.dyad.pipeline.export.EventExport.View;
import org.dyad.pipeline.ingest.Ingest;
import org.dyad.store.Stores;
import org.dyad.testkit.HostileCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An export that fails while writing, at any point, in any format, leaves the previous export in
 * place byte for byte and no temporary file behind: exports are written beside the target and
 * renamed over it only when complete.
 */
class ExportFaultsIT {
  @TempDir static Path storeDir;
  @TempDir Path dir;
  static EventStore store;

  @BeforeAll
  static void storeSomeEvents() {
    DyadPipeline pipeline = SharedPipeline.PIPELINE;
    List<ArticleInput> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Article a =
          Article.of("a" + i, LocalDate.of(2024, 6, 1).plusDays(i), "", HostileCorpus.good(i));
      inputs.add(ArticleInput.of("in:" + i, a));
    }
    store = Stores.duckDb(storeDir);
    new Ingest(pipeline, store, 1, p -> {}).run("export faults", inputs.iterator(), inputs.size());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void a_write_error_part_way_leaves_the_old_export_and_no_temporary_file(Format format)
      throws IOException {
    Path out = dir.resolve("events.out");
    int rows = EventExport.write(store, EventQuery.all(), format, View.MENTIONS, out);
    assertThat(rows).isGreaterThanOrEqualTo(40);
    byte[] old = Files.readAllBytes(out);
    for (long failAt : new long[] {0, 1, 100, old.length / 2}) {
      assertThatThrownBy(
              () ->
                  EventExport.write(
                      store,
                      EventQuery.all(),
                      format,
                      View.MENTIONS,
                      out,
                      failingAfter(failAt, false)))
          .hasMessageContaining(out.toString())
          .hasMessageContaining("No space left on device");
      assertThat(Files.readAllBytes(out)).as("after a failure at byte " + failAt).isEqualTo(old);
      assertThat(files()).containsExactly(out);
    }
  }

  @Test
  void a_crash_part_way_leaves_the_old_export_and_no_temporary_file() throws IOException {
    Path out = dir.resolve("events.csv");
    EventExport.write(store, EventQuery.all(), Format.CSV, View.EVENTS, out);
    byte[] old = Files.readAllBytes(out);
    assertThatThrownBy(
            () ->
                EventExport.write(
                    store, EventQuery.all(), Format.CSV, View.EVENTS, out, failingAfter(500, true)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Files.readAllBytes(out)).isEqualTo(old);
    assertThat(files()).containsExactly(out);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }

  /** Files that fail once {@code limit} bytes are written: a full disk, or a bug. */
  private static EventExport.Opener failingAfter(long limit, boolean crash) {
    return file ->
        new FilterOutputStream(Files.newOutputStream(file)) {
          private long written;

          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
              if (crash) {
                throw new IllegalStateException("crash while writing " + file);
              }
              throw new IOException("No space left on device");
            }
            written += len;
            out.write(b, off, len);
          }
        };
  }
}
