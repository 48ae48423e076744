package org.dyad.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
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
  private final LocalDate defaultDate;
  private final HttpClient http;

  /**
   * @param defaultDate publication date for inputs that give none (text files, JSONL lines without
   *     a date, pages without one), or null to fail those
   */
  public Sources(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
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
      return ArticleReader.jsonl(f, defaultDate);
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return WarcArticles.read(f);
    }
    byte[] bytes;
    try {
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
        return ArticleReader.jsonl(origin, r, defaultDate);
      } catch (IOException e) {
        return List.of(ArticleInput.failed(origin, "cannot read: " + e.getMessage()));
      }
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return WarcArticles.read(origin, new ByteArrayInputStream(bytes));
    }
    if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
      return FeedArticles.read(origin, bytes);
    }
    String text;
    try {
      text = ArticleReader.decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      return List.of(ArticleInput.failed(origin, "not valid UTF-8 text"));
    }
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return List.of(HtmlArticles.read(origin, text, "", defaultDate));
    }
    if (defaultDate == null) {
      return List.of(ArticleInput.failed(origin, "a text file has no date: give --date"));
    }
    String id = origin.substring(origin.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
    return List.of(ArticleInput.of(origin, new Article(id, defaultDate, "", "", text, "", "")));
  }

  private List<ArticleInput> url(String url) {
    HttpResponse<byte[]> resp;
    try {
      resp =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(Duration.ofSeconds(60))
                  .header("User-Agent", "dyad/0.1 (political event coder)")
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | IllegalArgumentException e) {
      return List.of(ArticleInput.failed(url, "fetching failed: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of(ArticleInput.failed(url, "interrupted while fetching"));
    }
    if (resp.statusCode() / 100 != 2) {
      return List.of(ArticleInput.failed(url, "HTTP status " + resp.statusCode()));
    }
    String type = resp.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      try {
        return List.of(
            HtmlArticles.read(url, ArticleReader.decodeUtf8(resp.body()), url, defaultDate));
      } catch (CharacterCodingException e) {
        return List.of(ArticleInput.failed(url, "page is not valid UTF-8"));
      }
    }
    return FeedArticles.read(url, resp.body());
  }
}
