package org.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.text.ArticleInput;

/**
 * Reads articles from text files (one article each, with a given date and id) and from JSONL
 * ({@code {"id", "date", "title", "text"}} per line, optional {@code source}, {@code url}, {@code
 * language}). A bad file or line becomes an {@link ArticleInput} with the reason; the rest is read.
 * Wiki section markup in the text is removed ({@link WikiMarkup}).
 *
 * <p>Thread safety: stateless.
 */
public final class ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleReader() {}

  /** A plain-text article; {@code id} defaults to the file name without extension. */
  public static ArticleInput text(Path file, LocalDate date, String id) {
    String origin = file.toString();
    try {
      long size = Files.size(file);
      if (size > Sources.DEFAULT_MAX_DOCUMENT_BYTES) {
        return ArticleInput.failed(
            origin, Sources.tooLarge(size, Sources.DEFAULT_MAX_DOCUMENT_BYTES));
      }
      String text = TextDecoding.decode(Files.readAllBytes(file));
      String name = file.getFileName().toString();
      String articleId = id != null && !id.isBlank() ? id : name.replaceFirst("\\.[^.]*$", "");
      return ArticleInput.of(
          origin,
          new org.dyad.core.text.Article(articleId, date, "", "", PlainText.clean(text), "", ""));
    } catch (TextDecoding.NotTextException e) {
      return ArticleInput.failed(origin, e.getMessage());
    } catch (IOException e) {
      return ArticleInput.failed(origin, "cannot read: " + e.getMessage());
    }
  }

  /** Text read from a stream (standard input). The caller owns and closes the reader. */
  public static ArticleInput text(String origin, Reader in, LocalDate date, String id) {
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        sb.append(buf, 0, n);
        if (sb.length() > Sources.DEFAULT_MAX_DOCUMENT_BYTES) {
          return ArticleInput.failed(
              origin,
              "input longer than the limit of "
                  + Sources.DEFAULT_MAX_DOCUMENT_BYTES
                  + " characters");
        }
      }
      return ArticleInput.of(
          origin,
          new org.dyad.core.text.Article(id, date, "", "", PlainText.clean(sb.toString()), "", ""));
    } catch (IOException e) {
      return ArticleInput.failed(origin, "cannot read: " + e.getMessage());
    }
  }

  /** Every line of a JSONL file; blank lines are skipped. */
  public static List<ArticleInput> jsonl(Path file) {
    return jsonl(file, null);
  }

  /**
   * Every line of a JSONL file; a line without a date takes {@code defaultDate} (when not null), as
   * in corpora that publish no dates.
   */
  public static List<ArticleInput> jsonl(Path file, LocalDate defaultDate) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return jsonl(file.toString(), r, defaultDate);
    } catch (IOException e) {
      return List.of(ArticleInput.failed(file.toString(), "cannot read: " + e.getMessage()));
    }
  }

  /** Every line of JSONL from a reader; the caller owns and closes it. */
  public static List<ArticleInput> jsonl(String origin, BufferedReader r) throws IOException {
    return jsonl(origin, r, null);
  }

  /** As {@link #jsonl(String, BufferedReader)}, with a date for lines that have none. */
  public static List<ArticleInput> jsonl(String origin, BufferedReader r, LocalDate defaultDate)
      throws IOException {
    return jsonl(origin, r, defaultDate, Sources.DEFAULT_MAX_DOCUMENT_BYTES);
  }

  /**
   * As {@link #jsonl(String, BufferedReader, LocalDate)}; a line longer than {@code maxLineChars}
   * is not held in memory but skipped, as a failed input that says so.
   */
  public static List<ArticleInput> jsonl(
      String origin, BufferedReader r, LocalDate defaultDate, long maxLineChars)
      throws IOException {
    List<ArticleInput> out = new ArrayList<>();
    BoundedLines lines = new BoundedLines(r, maxLineChars);
    int n = 0;
    for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
      n++;
      String where = origin + ":" + n;
      if (line.text() == null) {
        out.add(
            ArticleInput.failed(
                where,
                "line of "
                    + line.length()
                    + " characters exceeds the limit of "
                    + maxLineChars
                    + " per document"));
      } else if (!line.text().isBlank()) {
        out.add(jsonLine(where, line.text(), defaultDate));
      }
    }
    return out;
  }

  static ArticleInput jsonLine(String origin, String line, LocalDate defaultDate) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return ArticleInput.failed(origin, "invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return ArticleInput.failed(origin, "expected a JSON object");
    }
    for (String field : new String[] {"id", "date", "title", "source", "url", "language"}) {
      JsonNode v = node.get(field);
      if (v != null && !v.isNull() && !v.isValueNode()) {
        return ArticleInput.failed(origin, "field '" + field + "' is not a string");
      }
    }
    String id = str(node, "id");
    if (id.isBlank()) {
      return ArticleInput.failed(origin, "missing field 'id'");
    }
    String date = str(node, "date");
    LocalDate published;
    if (date.isBlank() && defaultDate != null) {
      date = defaultDate.toString();
    }
    try {
      published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
    } catch (DateTimeParseException e) {
      return ArticleInput.failed(
          origin, "article " + id + ": field 'date' is not YYYY-MM-DD: '" + date + "'");
    }
    if (node.has("text") && !node.get("text").isTextual()) {
      return ArticleInput.failed(origin, "article " + id + ": field 'text' is not a string");
    }
    return ArticleInput.of(
        origin,
        new org.dyad.core.text.Article(
            id,
            published,
            str(node, "source"),
            str(node, "title"),
            PlainText.clean(str(node, "text")),
            str(node, "url"),
            str(node, "language")));
  }

  private static String str(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
