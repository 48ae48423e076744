package org.dyad.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dyad.core.text.Article;
import org.dyad.core.text.ArticleInput;

/**
 * Turns what a user names on the command line into articles: a file (by extension: {@code .txt},
 * {@code .html}/{@code .htm}, {@code .jsonl}, {@code .xml}/{@code .rss}/{@code .atom} feeds, {@code
 * .warc}/{@code .warc.gz}), a directory (its files of those kinds, recursively, in name order), or
 * an http(s) URL of a feed or a page. What cannot be read becomes a failed input with the reason;
 * the other inputs are still read.
 *
 * <p>Thread safety: immutable.
 */
public final class Sources {
  /** The default of the largest document read: a file of one article, a JSONL line, a page. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 32L << 20;

  private final LocalDate defaultDate;
  private final long maxDocumentBytes;
  private final HttpClient http;

  /**
   * @param defaultDate publication date for inputs that give none (text files, JSONL lines without
   *     a date, pages without one), or null to fail those
   */
  public Sources(LocalDate defaultDate) {
    this(defaultDate, DEFAULT_MAX_DOCUMENT_BYTES);
  }

  /**
   * @param defaultDate as for {@link #Sources(LocalDate)}
   * @param maxDocumentBytes larger documents are not read into memory but failed with the reason:
   *     files of one article or one feed, JSONL lines, WARC records and fetched pages
   */
  public Sources(LocalDate defaultDate, long maxDocumentBytes) {
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException(
          "the largest document must be at least 1 byte, got " + maxDocumentBytes);
    }
    this.defaultDate = defaultDate;
    this.maxDocumentBytes = maxDocumentBytes;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  public List<ArticleInput> read(String source) {
    String lower = source.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return url(source);
    }
    Path p = Path.of(source);
    if (Files.isDirectory(p)) {
      return directory(p);
    }
    if (!Files.isRegularFile(p)) {
      return List.of(ArticleInput.failed(source, "no such file or directory"));
    }
    return file(p);
  }

  private List<ArticleInput> directory(Path dir) {
    List<ArticleInput> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).filter(Sources::known).sorted().toList()) {
        out.addAll(file(f));
      }
    } catch (IOException e) {
      out.add(ArticleInput.failed(dir.toString(), "cannot list directory: " + e.getMessage()));
    }
    return out;
  }

  static boolean known(Path f) {
    return isArticleFile(f.getFileName().toString());
  }

  /** Whether a file name or path is of a kind this reads (by its extension). */
  public static boolean isArticleFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return Stream.of(
            ".txt", ".html", ".htm", ".jsonl", ".xml", ".rss", ".atom", ".warc", ".warc.gz")
        .anyMatch(n::endsWith);
  }

  List<ArticleInput> file(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    String origin = f.toString();
    if (n.endsWith(".jsonl")) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        return ArticleReader.jsonl(origin, r, defaultDate, maxDocumentBytes);
      } catch (IOException e) {
        return List.of(ArticleInput.failed(origin, "cannot read: " + e.getMessage()));
      }
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return WarcArticles.read(f, maxDocumentBytes);
    }
    byte[] bytes;
    try {
      long size = Files.size(f);
      if (size > maxDocumentBytes) {
        return List.of(ArticleInput.failed(origin, tooLarge(size, maxDocumentBytes)));
      }
      bytes = Files.readAllBytes(f);
    } catch (IOException e) {
      return List.of(ArticleInput.failed(origin, "cannot read: " + e.getMessage()));
    }
    return content(origin, bytes);
  }

  /**
   * The articles of a file's content, its kind told by the extension of {@code origin} (a path or
   * URI), as for a file on disk: for callers that read files themselves, such as a cluster job.
   */
  public List<ArticleInput> content(String origin, byte[] bytes) {
    String n = origin.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl")) {
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
        return ArticleReader.jsonl(origin, r, defaultDate, maxDocumentBytes);
      } catch (IOException e) {
        return List.of(ArticleInput.failed(origin, "cannot read: " + e.getMessage()));
      }
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return WarcArticles.read(origin, new ByteArrayInputStream(bytes), maxDocumentBytes);
    }
    if (bytes.length > maxDocumentBytes) {
      return List.of(ArticleInput.failed(origin, tooLarge(bytes.length, maxDocumentBytes)));
    }
    if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
      return FeedArticles.read(origin, bytes);
    }
    String text;
    try {
      text = TextDecoding.decode(bytes);
    } catch (TextDecoding.NotTextException e) {
      return List.of(ArticleInput.failed(origin, e.getMessage()));
    }
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return List.of(HtmlArticles.read(origin, text, "", defaultDate));
    }
    if (defaultDate == null) {
      return List.of(ArticleInput.failed(origin, "a text file has no date: give --date"));
    }
    String id = origin.substring(origin.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
    return List.of(
        ArticleInput.of(
            origin, new Article(id, defaultDate, "", "", PlainText.clean(text), "", "")));
  }

  /** The reason a document over the size limit is not read. */
  static String tooLarge(long size, long limit) {
    return "document of "
        + size
        + " bytes exceeds the limit of "
        + limit
        + " bytes (raise it with --max-document-bytes)";
  }

  private List<ArticleInput> url(String url) {
    HttpResponse<java.io.InputStream> resp;
    byte[] body;
    try {
      resp =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(Duration.ofSeconds(60))
                  .header("User-Agent", "dyad/0.1 (political event coder)")
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (java.io.InputStream in = resp.body()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxDocumentBytes + 1));
      }
    } catch (IOException | IllegalArgumentException e) {
      return List.of(ArticleInput.failed(url, "fetching failed: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of(ArticleInput.failed(url, "interrupted while fetching"));
    }
    if (resp.statusCode() / 100 != 2) {
      return List.of(ArticleInput.failed(url, "HTTP status " + resp.statusCode()));
    }
    if (body.length > maxDocumentBytes) {
      return List.of(
          ArticleInput.failed(url, "the page is larger than " + maxDocumentBytes + " bytes"));
    }
    String type = resp.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      try {
        return List.of(HtmlArticles.read(url, TextDecoding.decode(body), url, defaultDate));
      } catch (TextDecoding.NotTextException e) {
        return List.of(ArticleInput.failed(url, "page: " + e.getMessage()));
      }
    }
    return FeedArticles.read(url, body);
  }
}
