package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.dyad.core.text.ArticleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  private static List<ArticleInput> read(String jsonl) throws IOException {
    return ArticleReader.jsonl("in.jsonl", new BufferedReader(new StringReader(jsonl)));
  }

  @Test
  void good_lines_become_articles() throws IOException {
    List<ArticleInput> in =
        read(
            "{\"id\": \"a1\", \"date\": \"2024-09-10\", \"title\": \"T\", \"text\": \"Xi spoke.\"}\n\n");
    assertThat(in)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.ok()).isTrue();
              assertThat(a.article().id()).isEqualTo("a1");
              assertThat(a.article().published()).isEqualTo(LocalDate.of(2024, 9, 10));
              assertThat(a.origin()).isEqualTo("in.jsonl:1");
            });
  }

  @Test
  void bad_lines_are_reported_with_line_and_reason_and_the_rest_is_read() throws IOException {
    List<ArticleInput> in =
        read(
            """
            {"id": "ok1", "date": "2024-01-01", "text": "A."}
            {"id": "broken", "date":
            {"date": "2024-01-01", "text": "no id"}
            {"id": "d", "date": "last Tuesday", "text": "x"}
            {"id": "t", "date": "2024-01-01", "text": 42}
            [1, 2]
            {"id": "ok2", "date": "2024-01-02T10:00:00Z", "text": "B."}
            """);
    assertThat(in)
        .extracting(ArticleInput::origin)
        .containsExactly(
            "in.jsonl:1",
            "in.jsonl:2",
            "in.jsonl:3",
            "in.jsonl:4",
            "in.jsonl:5",
            "in.jsonl:6",
            "in.jsonl:7");
    assertThat(in.get(1).error()).startsWith("invalid JSON");
    assertThat(in.get(2).error()).contains("missing field 'id'");
    assertThat(in.get(3).error()).contains("article d").contains("'last Tuesday'");
    assertThat(in.get(4).error()).contains("'text' is not a string");
    assertThat(in.get(5).error()).contains("expected a JSON object");
    assertThat(in.get(6).ok()).isTrue();
  }

  @Test
  void lines_without_a_date_take_the_default_when_one_is_given() throws IOException {
    String line = "{\"id\": \"bbc-1\", \"date\": null, \"text\": \"A.\"}";
    assertThat(read(line).get(0).error()).contains("bbc-1").contains("'date'");
    ArticleInput dated =
        ArticleReader.jsonl(
                "in.jsonl", new BufferedReader(new StringReader(line)), LocalDate.of(2005, 1, 1))
            .get(0);
    assertThat(dated.article().published()).isEqualTo(LocalDate.of(2005, 1, 1));
  }

  @Test
  void text_file_with_bom_is_read_and_invalid_utf8_is_refused(@TempDir Path dir)
      throws IOException {
    Path bom = dir.resolve("bom.txt");
    Files.write(bom, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '.'});
    ArticleInput a = ArticleReader.text(bom, LocalDate.of(2024, 1, 1), null);
    assertThat(a.article().text()).isEqualTo("Hi.");
    assertThat(a.article().id()).isEqualTo("bom");
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', (byte) 0xC3, (byte) 0x28});
    assertThat(ArticleReader.text(bad, LocalDate.of(2024, 1, 1), null).error())
        .contains("not valid UTF-8");
    assertThat(
            ArticleReader.text(dir.resolve("missing.txt"), LocalDate.of(2024, 1, 1), null).error())
        .contains("cannot read");
  }

  @Test
  void random_lines_never_throw() throws IOException {
    long seed = System.nanoTime();
    System.out.println("random_lines_never_throw seed=" + seed);
    Random random = new Random(seed);
    String alphabet = "{}[]\":,0123456789abcdefidatetx \\\u00e9\u2019";
    StringBuilder sb = new StringBuilder();
    for (int line = 0; line < 300; line++) {
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      sb.append('\n');
    }
    List<ArticleInput> in = read(sb.toString());
    assertThat(in)
        .as("seed " + seed)
        .allSatisfy(a -> assertThat(a.ok() || !a.error().isEmpty()).isTrue());
  }
}
