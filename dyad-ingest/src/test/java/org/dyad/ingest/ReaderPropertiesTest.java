package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.statistics.Statistics;
import org.dyad.core.text.ArticleInput;
import org.dyad.testkit.HostileCorpus;

/**
 * Properties of the readers over random bytes and over mutated valid inputs of every kind: they
 * never throw, and every item they return is either an article with a date and text or a failure
 * with a reason. jqwik prints the seed of each property, so a failure can be replayed.
 */
class ReaderPropertiesTest {
  private static final Sources SOURCES = new Sources(LocalDate.parse(HostileCorpus.DATE), 1 << 20);
  private static final List<String> KINDS =
      List.of("a.txt", "a.html", "a.jsonl", "a.xml", "a.rss", "a.atom", "a.warc", "a.warc.gz");

  /** A valid input of each kind, to mutate. */
  private static final List<Sample> SAMPLES = samples();

  @SuppressWarnings("ArrayRecordComponent") // a test value, never compared
  private record Sample(String origin, byte[] bytes) {}

  @Example
  void every_sample_reads_as_articles() {
    for (Sample s : SAMPLES) {
      assertThat(SOURCES.content(s.origin(), s.bytes()))
          .as(s.origin())
          .isNotEmpty()
          .allSatisfy(in -> assertThat(in.ok()).as(s.origin() + ": " + in.error()).isTrue());
    }
  }

  @Property(tries = 400)
  void random_bytes_of_any_kind_never_throw(
      @ForAll @Size(max = 3000) byte[] bytes, @ForAll("kinds") String origin) {
    check(origin, SOURCES.content(origin, bytes));
  }

  @Property(tries = 600)
  void mutated_valid_inputs_never_throw(@ForAll("mutated") Sample sample) {
    List<ArticleInput> read = SOURCES.content(sample.origin(), sample.bytes());
    check(sample.origin(), read);
    // printed with the seed: how many mutants still read as articles, so the test is seen to
    // reach the readers' inner paths, not only their first refusal
    Statistics.collect(sample.origin(), read.stream().anyMatch(ArticleInput::ok));
  }

  @Property(tries = 300)
  void bounded_lines_are_the_lines_and_long_ones_are_counted_not_kept(
      @ForAll @StringLength(max = 400) String text, @ForAll("limits") int limit)
      throws IOException {
    BoundedLines lines = new BoundedLines(new StringReader(text), limit);
    List<String> expected = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (expected.get(expected.size() - 1).isEmpty()) {
      expected.remove(expected.size() - 1); // no line after a final line end
    }
    for (String want : expected) {
      String line = want.endsWith("\r") ? want.substring(0, want.length() - 1) : want;
      BoundedLines.Line got = lines.next();
      assertThat(got).isNotNull();
      assertThat(got.length()).isEqualTo(line.length());
      assertThat(got.text()).isEqualTo(line.length() <= limit ? line : null);
    }
    assertThat(lines.next()).isNull();
  }

  @Property(tries = 200)
  void jsonl_never_throws_and_names_each_bad_line(@ForAll("mutatedJsonl") String jsonl)
      throws IOException {
    List<ArticleInput> read =
        ArticleReader.jsonl("x.jsonl", new BufferedReader(new StringReader(jsonl)), null, 4096);
    check("x.jsonl", read);
    for (ArticleInput in : read) {
      assertThat(in.origin()).matches("x\\.jsonl:\\d+");
    }
  }

  private static void check(String origin, List<ArticleInput> read) {
    assertThat(read).isNotNull();
    for (ArticleInput in : read) {
      assertThat(in.origin()).startsWith(origin.substring(0, 1));
      if (in.ok()) {
        assertThat(in.article().published()).isNotNull();
        assertThat(in.article().text()).isNotNull();
        assertThat(in.article().id()).isNotBlank();
      } else {
        assertThat(in.error()).isNotBlank();
      }
    }
  }

  @Provide
  Arbitrary<String> kinds() {
    return Arbitraries.of(KINDS);
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.integers().between(0, 50);
  }

  @Provide
  Arbitrary<Sample> mutated() {
    return Combinators.combine(Arbitraries.of(SAMPLES), Arbitraries.longs())
        .as((s, seed) -> new Sample(s.origin(), mutate(s.bytes(), new Random(seed))));
  }

  @Provide
  Arbitrary<String> mutatedJsonl() {
    byte[] lines = sampleJsonl().getBytes(StandardCharsets.UTF_8);
    return Arbitraries.longs()
        .map(seed -> new String(mutate(lines, new Random(seed)), StandardCharsets.UTF_8));
  }

  /** One to eight edits: flipped, deleted, inserted or repeated bytes, or a cut end. */
  static byte[] mutate(byte[] in, Random random) {
    byte[] b = in.clone();
    int edits = 1 + random.nextInt(8);
    byte[] special = "<>&;\"{}[]:,\\\n\r\u0000".getBytes(StandardCharsets.UTF_8);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(5)) {
        case 0 -> b[at] = (byte) random.nextInt(256);
        case 1 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(40)), new byte[0]);
        case 2 -> b = splice(b, at, at, new byte[] {special[random.nextInt(special.length)]});
        case 3 -> {
          int end = Math.min(b.length, at + 1 + random.nextInt(200));
          b = splice(b, at, at, Arrays.copyOfRange(b, at, end));
        }
        default -> b = Arrays.copyOf(b, at);
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
    byte[] out = new byte[b.length - (to - from) + insert.length];
    System.arraycopy(b, 0, out, 0, from);
    System.arraycopy(insert, 0, out, from, insert.length);
    System.arraycopy(b, to, out, from + insert.length, b.length - to);
    return out;
  }

  private static String sampleJsonl() {
    return "{\"id\": \"a\", \"date\": \"2024-06-20\", \"title\": \"T\", \"text\": \""
        + HostileCorpus.good(0).replace("\n", "\\n")
        + "\"}\n{\"id\": \"b\", \"date\": \"2024-06-21\", \"language\": \"en\", \"text\": \""
        + HostileCorpus.good(1).replace("\n", "\\n")
        + "\"}\n";
  }

  private static List<Sample> samples() {
    String page = HostileCorpus.page(HostileCorpus.good(2));
    String dated =
        page.replace(
            "<head>", "<head><meta property=\"article:published_time\" content=\"2024-06-20\">");
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title><item>"
            + "<title>One</title><link>https://news.example/1</link>"
            + "<pubDate>Thu, 20 Jun 2024 08:00:00 GMT</pubDate><description><![CDATA[<p>"
            + HostileCorpus.good(3)
            + "</p>]]></description></item></channel></rss>";
    String atom =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<title>F</title><id>urn:f</id><updated>2024-06-20T08:00:00Z</updated><entry>"
            + "<title>One</title><id>urn:1</id><updated>2024-06-20T08:00:00Z</updated>"
            + "<content type=\"html\">"
            + HostileCorpus.good(4)
            + "</content></entry></feed>";
    byte[] warc = HostileCorpus.warcResponse("https://news.example/w", dated);
    return List.of(
        new Sample("a.txt", HostileCorpus.good(5).getBytes(StandardCharsets.UTF_8)),
        new Sample("a.html", dated.getBytes(StandardCharsets.UTF_8)),
        new Sample("a.jsonl", sampleJsonl().getBytes(StandardCharsets.UTF_8)),
        new Sample("a.rss", rss.getBytes(StandardCharsets.UTF_8)),
        new Sample("a.atom", atom.getBytes(StandardCharsets.UTF_8)),
        new Sample("a.warc", warc),
        new Sample("a.warc.gz", gzip(warc)));
  }

  private static byte[] gzip(byte[] bytes) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
