package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyad.core.text.ArticleInput;
import org.dyad.testkit.HostileCorpus;
import org.dyad.testkit.HostileCorpus.Expected;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader over the hostile corpus: no exception, every input accounted for, and those that
 * cannot be read failed with the reason. What the pipeline must then do with the rest is {@code
 * HostileInputIT}'s in the CLI module.
 */
class HostileInputTest {
  @TempDir static Path dir;
  static List<Expected> expected;
  static Map<String, ArticleInput> read;

  @BeforeAll
  static void readAll() {
    expected = HostileCorpus.write(dir);
    long start = System.nanoTime();
    List<ArticleInput> inputs =
        new Sources(LocalDate.parse(HostileCorpus.DATE)).read(dir.toString());
    System.out.printf(
        java.util.Locale.ROOT,
        "read the hostile corpus (%d inputs) in %d ms%n",
        inputs.size(),
        (System.nanoTime() - start) / 1_000_000);
    read =
        inputs.stream()
            .collect(
                Collectors.toMap(
                    in -> HostileCorpus.relativeOrigin(dir, in.origin()), Function.identity()));
  }

  @Test
  void every_input_is_accounted_for() {
    assertThat(read.keySet())
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::origin).toList());
  }

  @Test
  void what_cannot_be_read_fails_with_its_reason_and_the_rest_is_read() {
    for (Expected e : expected) {
      ArticleInput in = read.get(e.origin());
      if (e.stage() == HostileCorpus.Stage.READER) {
        assertThat(in.error()).as(e.origin()).contains(e.reason());
      } else {
        assertThat(in.ok()).as(e.origin() + ": " + in.error()).isTrue();
      }
    }
  }

  @Test
  void utf16_is_decoded_and_markup_in_text_is_removed() {
    assertThat(read.get("utf16-bom.txt").article().text()).isEqualTo(HostileCorpus.good(1));
    assertThat(read.get("utf16-nobom.txt").article().text()).isEqualTo(HostileCorpus.good(2));
    String scripted = read.get("script.txt").article().text();
    assertThat(scripted)
        .contains("Putin met Chinese President")
        .contains("Japan condemned North Korea")
        .doesNotContain("<")
        .doesNotContain("document.cookie")
        .doesNotContain("Germany attacked");
  }

  @Test
  void deeply_nested_and_unclosed_html_give_their_text() {
    assertThat(read.get("nested.html").article().text()).isEqualTo(HostileCorpus.good(5));
    assertThat(read.get("unclosed.html").article().text())
        .contains(HostileCorpus.good(6).substring(0, 40))
        .contains("Germany accused Russia");
  }

  @Test
  void hostile_feeds_leak_no_file_and_expand_no_entity() {
    assertThat(read.get("xxe.rss").error()).doesNotContain("root:");
    assertThat(read.get("billion-laughs.rss").error()).doesNotContain("lollollol");
  }
}
