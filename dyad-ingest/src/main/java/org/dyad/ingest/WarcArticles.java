package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.text.ArticleInput;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The articles of a WARC file (jwarc): each HTML response record, read as {@link HtmlArticles} with
 * the record's date when the page gives none. Other records are passed over; a truncated or garbled
 * record ends the file with a failed input that says where, keeping what was read.
 *
 * <p>Thread safety: stateless.
 */
public final class WarcArticles {
  private WarcArticles() {}

  public static List<ArticleInput> read(Path file) {
    return read(file, Sources.DEFAULT_MAX_DOCUMENT_BYTES);
  }

  /** As {@link #read(Path)}; a page larger than {@code maxPageBytes} is failed, not read. */
  public static List<ArticleInput> read(Path file, long maxPageBytes) {
    try (WarcReader reader = new WarcReader(file)) {
      return read(file.toString(), reader, maxPageBytes);
    } catch (IOException e) {
      return List.of(ArticleInput.failed(file.toString(), "cannot read WARC: " + e.getMessage()));
    }
  }

  /** The pages of a WARC file read from a stream (plain or gzipped); {@code origin} names it. */
  public static List<ArticleInput> read(String origin, InputStream in) {
    return read(origin, in, Sources.DEFAULT_MAX_DOCUMENT_BYTES);
  }

  /** As {@link #read(String, InputStream)}; a page larger than {@code maxPageBytes} is failed. */
  public static List<ArticleInput> read(String origin, InputStream in, long maxPageBytes) {
    try (WarcReader reader = new WarcReader(in)) {
      return read(origin, reader, maxPageBytes);
    } catch (IOException e) {
      return List.of(ArticleInput.failed(origin, "cannot read WARC: " + e.getMessage()));
    }
  }

  private static List<ArticleInput> read(String file, WarcReader reader, long maxPageBytes) {
    List<ArticleInput> out = new ArrayList<>();
    int n = 0;
    try {
      for (WarcRecord r : reader) {
        n++;
        if (!(r instanceof WarcResponse resp)) {
          continue;
        }
        String where = file + "#" + n;
        MediaType type;
        byte[] body;
        try {
          type = resp.http().contentType();
          body =
              resp.http().body().stream()
                  .readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxPageBytes + 1));
        } catch (IOException | IllegalArgumentException e) {
          out.add(
              ArticleInput.failed(
                  where,
                  "WARC response unreadable (truncated or garbled record): " + e.getMessage()));
          continue;
        }
        if (!type.base().toString().toLowerCase(Locale.ROOT).contains("html")) {
          continue;
        }
        if (body.length > maxPageBytes) {
          out.add(ArticleInput.failed(where, "page larger than " + maxPageBytes + " bytes"));
          continue;
        }
        Charset cs = charset(type);
        LocalDate date = resp.date().atOffset(ZoneOffset.UTC).toLocalDate();
        out.add(HtmlArticles.read(where, new String(body, cs), resp.target(), date));
      }
    } catch (RuntimeException e) { // jwarc's iterator wraps I/O errors
      out.add(
          ArticleInput.failed(
              file + "#" + (n + 1),
              "WARC record unreadable, rest of file skipped: " + e.getMessage()));
    }
    return out;
  }

  private static Charset charset(MediaType type) {
    String cs = type.parameters().get("charset");
    try {
      return cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
