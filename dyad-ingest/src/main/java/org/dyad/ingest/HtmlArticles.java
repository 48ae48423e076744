package org.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.core.text.Article;
import org.dyad.core.text.ArticleInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * An article from an HTML page (jsoup): its main text without navigation and other boilerplate, its
 * title, publication date, canonical URL and language.
 *
 * <p>The main text is the {@code <article>} element when there is one, else the element whose own
 * paragraphs hold the most text (the paragraph-density idea behind readability tools). The date
 * comes from {@code article:published_time} and similar meta tags, then JSON-LD {@code
 * datePublished}, then the first {@code <time datetime>}, then {@code fallbackDate}.
 *
 * <p>Thread safety: stateless.
 */
public final class HtmlArticles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOILERPLATE =
      "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, figure"
          + " figcaption, [role=navigation], [aria-hidden=true]";

  private HtmlArticles() {}

  /**
   * The article of a page.
   *
   * @param origin where the page came from, for messages
   * @param html the page
   * @param url the page's address, may be empty
   * @param fallbackDate the date when the page gives none (a WARC record's date), or null
   */
  public static ArticleInput read(String origin, String html, String url, LocalDate fallbackDate) {
    Document doc = Jsoup.parse(html, url);
    Optional<LocalDate> date = date(doc);
    if (date.isEmpty() && fallbackDate == null) {
      return ArticleInput.failed(
          origin, "no publication date in the page (meta, JSON-LD or <time>); give --date");
    }
    String title = firstNonBlank(meta(doc, "meta[property=og:title]"), doc.title());
    String canonical =
        firstNonBlank(
            doc.select("link[rel=canonical]").attr("abs:href"),
            meta(doc, "meta[property=og:url]"),
            url);
    String text = mainText(doc);
    if (text.isBlank()) {
      return ArticleInput.failed(origin, "no article text found in the page");
    }
    String lang = doc.select("html").attr("lang").toLowerCase(Locale.ROOT);
    lang = lang.length() >= 2 ? lang.substring(0, 2) : "";
    String id = canonical.isBlank() ? origin : canonical;
    return ArticleInput.of(
        origin,
        new Article(
            id,
            date.orElse(fallbackDate),
            firstNonBlank(meta(doc, "meta[property=og:site_name]"), ""),
            title.strip(),
            text,
            canonical,
            lang));
  }

  static String mainText(Document doc) {
    Document clean = doc.clone();
    clean.select(BOILERPLATE).remove();
    Element article = clean.selectFirst("article");
    Element main = article != null ? article : densest(clean);
    if (main == null) {
      return clean.body() == null ? "" : clean.body().text();
    }
    List<Element> paragraphs = outermost(main, "p, h2, h3, li, blockquote");
    if (paragraphs.isEmpty()) {
      return main.text();
    }
    StringBuilder sb = new StringBuilder();
    for (Element p : paragraphs) {
      String t = p.text().strip();
      if (!t.isEmpty()) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(t);
      }
    }
    return sb.toString();
  }

  /**
   * The elements under {@code root} matching {@code query} that are not inside another match (the
   * text of nested ones is in the outer one), in one pass over the tree: deeply nested markup must
   * not cost time by the square of its depth.
   */
  private static List<Element> outermost(Element root, String query) {
    Evaluator match = QueryParser.parse(query);
    List<Element> out = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (depth > 0 && node instanceof Element e && e.is(match)) {
              out.add(e);
              return FilterResult.SKIP_CHILDREN;
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    return out;
  }

  /** The element whose direct {@code <p>} children hold the most text, in one pass. */
  private static Element densest(Document doc) {
    IdentityHashMap<Element, Integer> lengths = new IdentityHashMap<>();
    Element best = null;
    int bestLength = 0;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int length = lengths.merge(parent, p.text().length(), Integer::sum);
      if (length > bestLength) {
        best = parent;
        bestLength = length;
      }
    }
    return best;
  }

  static Optional<LocalDate> date(Document doc) {
    for (String q :
        new String[] {
          "meta[property=article:published_time]",
          "meta[name=article:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=pubdate]",
          "meta[name=publishdate]",
          "meta[name=date]",
          "meta[name=DC.date.issued]",
          "meta[name=dc.date]"
        }) {
      Optional<LocalDate> d = parseDate(meta(doc, q));
      if (d.isPresent()) {
        return d;
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        Optional<LocalDate> d = parseDate(findField(JSON.readTree(script.data()), "datePublished"));
        if (d.isPresent()) {
          return d;
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // broken JSON-LD is common; the other sources of a date remain
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      Optional<LocalDate> d = parseDate(time.attr("datetime"));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static String findField(JsonNode node, String field) {
    if (node == null) {
      return "";
    }
    if (node.isObject() && node.hasNonNull(field)) {
      return node.get(field).asText("");
    }
    for (JsonNode child : node) {
      String v = findField(child, field);
      if (!v.isEmpty()) {
        return v;
      }
    }
    return "";
  }

  /** A date from ISO forms: {@code 2024-09-10}, {@code 2024-09-10T08:00:00+09:00}, ... */
  static Optional<LocalDate> parseDate(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String v = s.strip();
    try {
      return Optional.of(OffsetDateTime.parse(v).toLocalDate());
    } catch (DateTimeParseException e) {
      // not a full timestamp; try the date part
    }
    if (v.length() >= 10) {
      try {
        return Optional.of(LocalDate.parse(v.substring(0, 10)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String meta(Document doc, String query) {
    Element e = doc.selectFirst(query);
    return e == null ? "" : e.attr("content");
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }
}
