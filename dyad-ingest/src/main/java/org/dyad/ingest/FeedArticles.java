package org.dyad.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.dyad.core.text.Article;
import org.dyad.core.text.ArticleInput;
import org.jsoup.Jsoup;

/**
 * The articles of an RSS or Atom feed (Rome): each entry's content, or else its summary, as text;
 * its title, link and date (published, else updated). Document type declarations are refused, so
 * external entities (XXE) and entity expansion ("billion laughs") cannot be used against the
 * reader.
 *
 * <p>Thread safety: stateless.
 */
public final class FeedArticles {
  private FeedArticles() {}

  public static List<ArticleInput> read(String origin, byte[] xml) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(xml))); // encoding from the XML
    } catch (FeedException | IllegalArgumentException e) {
      return List.of(
          ArticleInput.failed(origin, "not a readable RSS/Atom feed: " + e.getMessage()));
    } catch (java.io.IOException e) {
      return List.of(ArticleInput.failed(origin, "cannot decode feed: " + e.getMessage()));
    }
    List<ArticleInput> out = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String where = origin + "#" + n;
      Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      if (when == null) {
        out.add(ArticleInput.failed(where, "feed entry without a date"));
        continue;
      }
      String text = text(e);
      if (text.isBlank()) {
        out.add(ArticleInput.failed(where, "feed entry without content or summary"));
        continue;
      }
      String link = e.getLink() == null ? "" : e.getLink();
      String id =
          e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : link.isBlank() ? where : link;
      LocalDate day = when.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
      out.add(
          ArticleInput.of(
              where,
              new Article(
                  id,
                  day,
                  feed.getTitle() == null ? "" : feed.getTitle().strip(),
                  e.getTitle() == null ? "" : e.getTitle().strip(),
                  text,
                  link,
                  feed.getLanguage() == null ? "" : feed.getLanguage())));
    }
    return out;
  }

  private static String text(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      sb.append(plain(c.getValue())).append("\n\n");
    }
    if (sb.toString().isBlank() && e.getDescription() != null) {
      sb.append(plain(e.getDescription().getValue()));
    }
    return sb.toString().strip();
  }

  /** Feed content is often HTML: its text, paragraphs kept apart. */
  private static String plain(String html) {
    if (html == null) {
      return "";
    }
    org.jsoup.nodes.Document d = Jsoup.parseBodyFragment(html);
    d.select("script, style").remove();
    d.select("p, br, div").append("\\n");
    return d.text().replace("\\n", "\n").replaceAll(" *\n *", "\n").strip();
  }
}
