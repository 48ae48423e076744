package org.dyad.ingest;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The text of an article given as plain text (a {@code .txt} file, a JSONL {@code text} field),
 * cleaned of what dumps and scrapes leave in it: HTML markup, whose scripts and styles would
 * otherwise be read as sentences, and wiki section markup ({@link WikiMarkup}). Text without either
 * is returned unchanged.
 *
 * <p>Thread safety: stateless.
 */
final class PlainText {
  /** An opening or closing tag of common HTML elements; a stray "<" in prose does not match. */
  private static final Pattern TAG =
      Pattern.compile(
          "</?(?:script|style|noscript|html|head|body|p|div|span|br|a|b|i|em|strong|table|tr|td"
              + "|ul|ol|li|h[1-6]|iframe|img|meta|link|article|section)(?:\\s[^<>]{0,2000})?/?>",
          Pattern.CASE_INSENSITIVE);

  private PlainText() {}

  static String clean(String text) {
    return WikiMarkup.strip(withoutHtml(text));
  }

  private static String withoutHtml(String text) {
    if (text.indexOf('<') < 0 || !TAG.matcher(text).find()) {
      return text;
    }
    Document d = Jsoup.parseBodyFragment(text);
    d.select("script, style, noscript, iframe, template").remove();
    d.select("p, br, div, li, tr, h1, h2, h3, h4, h5, h6, article, section").append("\\n");
    return d.text().replace("\\n", "\n").replaceAll(" *\n[ \n]*", "\n\n").strip();
  }
}
