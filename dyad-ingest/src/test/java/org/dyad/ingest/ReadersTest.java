package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.text.ArticleInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class ReadersTest {
  @TempDir Path dir;

  static final String PAGE =
      """
      <html lang="en-GB"><head><title>Kim meets Putin | News</title>
      <meta property="article:published_time" content="2024-06-19T08:00:00+09:00">
      <link rel="canonical" href="https://news.example/kim-putin">
      <script>var tracking = "Putin attacked nobody";</script></head>
      <body><nav><p>Home | World | Sport</p></nav>
      <div class="story"><p>Russian President Vladimir Putin arrived in Pyongyang on Wednesday.</p>
      <p>He met North Korean leader Kim Jong Un.</p></div>
      <footer><p>Copyright 2024 News Ltd. All rights reserved, including text and data mining.</p></footer>
      </body></html>
      """;

  @Test
  void html_page_gives_its_main_text_date_title_url_and_language() {
    ArticleInput in = HtmlArticles.read("page.html", PAGE, "", null);
    assertThat(in.ok()).isTrue();
    assertThat(in.article().text())
        .isEqualTo(
            "Russian President Vladimir Putin arrived in Pyongyang on Wednesday.\n\n"
                + "He met North Korean leader Kim Jong Un.");
    assertThat(in.article().published()).isEqualTo(LocalDate.of(2024, 6, 19));
    assertThat(in.article().title()).isEqualTo("Kim meets Putin | News");
    assertThat(in.article().url()).isEqualTo("https://news.example/kim-putin");
    assertThat(in.article().language()).isEqualTo("en");
  }

  @Test
  void html_date_comes_from_json_ld_or_time_when_no_meta_tag_gives_it() {
    String ld =
        "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2023-03-01T10:00:00Z\"}]}</script></head><body><article><p>Text"
            + " here.</p></article></body></html>";
    assertThat(HtmlArticles.read("a", ld, "", null).article().published())
        .isEqualTo(LocalDate.of(2023, 3, 1));
    String time =
        "<html><body><article><time datetime=\"2022-12-24\">Dec 24</time><p>Text.</p></article>"
            + "</body></html>";
    assertThat(HtmlArticles.read("b", time, "", null).article().published())
        .isEqualTo(LocalDate.of(2022, 12, 24));
  }

  @Test
  void html_without_any_date_fails_unless_a_date_is_given() {
    String page = "<html><body><p>Some text.</p></body></html>";
    assertThat(HtmlArticles.read("x.html", page, "", null).error()).contains("no publication date");
    assertThat(
            HtmlArticles.read("x.html", page, "", LocalDate.of(2020, 1, 2)).article().published())
        .isEqualTo(LocalDate.of(2020, 1, 2));
  }

  @Test
  void deeply_nested_and_unclosed_html_still_reads() {
    String page = "<html><body>" + "<div>".repeat(5000) + "<p>Deep text. <b>bold" + "</body>";
    ArticleInput in = HtmlArticles.read("deep.html", page, "", LocalDate.of(2020, 1, 1));
    assertThat(in.article().text()).contains("Deep text.");
  }

  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>World Wire</title><language>en</language>
      <item><title>Visit</title><link>https://w.example/1</link>
      <pubDate>Wed, 19 Jun 2024 10:00:00 GMT</pubDate>
      <description>&lt;p&gt;Putin arrived in Pyongyang.&lt;/p&gt;&lt;p&gt;Kim met him.&lt;/p&gt;</description></item>
      <item><title>No date</title><link>https://w.example/2</link><description>x</description></item>
      </channel></rss>
      """;

  @Test
  void rss_items_become_articles_and_an_undated_item_fails_alone() {
    List<ArticleInput> in =
        FeedArticles.read("feed.xml", RSS.strip().getBytes(StandardCharsets.UTF_8));
    assertThat(in).hasSize(2);
    assertThat(in.get(0).article().text()).isEqualTo("Putin arrived in Pyongyang.\nKim met him.");
    assertThat(in.get(0).article().published()).isEqualTo(LocalDate.of(2024, 6, 19));
    assertThat(in.get(0).article().source()).isEqualTo("World Wire");
    assertThat(in.get(0).article().id()).isEqualTo("https://w.example/1");
    assertThat(in.get(1).error()).contains("without a date");
  }

  @Test
  void atom_entries_become_articles() {
    String atom =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:f</id>
        <updated>2024-06-20T00:00:00Z</updated>
        <entry><title>Talks</title><id>urn:e1</id><updated>2024-06-20T00:00:00Z</updated>
        <content type="html">&lt;p&gt;China and Russia held talks.&lt;/p&gt;</content></entry></feed>
        """;
    List<ArticleInput> in =
        FeedArticles.read("a.atom", atom.strip().getBytes(StandardCharsets.UTF_8));
    assertThat(in)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.article().id()).isEqualTo("urn:e1");
              assertThat(a.article().text()).isEqualTo("China and Russia held talks.");
            });
  }

  @Test
  void feeds_with_entities_are_refused_xxe_and_billion_laughs() {
    String xxe =
        """
        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>t</title><item><title>&x;</title>
        <pubDate>Wed, 19 Jun 2024 10:00:00 GMT</pubDate><description>&x;</description></item></channel></rss>
        """;
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1"
            + " \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol2"
            + " \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">]>"
            + "<rss version=\"2.0\"><channel><title>&lol2;</title></channel></rss>";
    for (String feed : List.of(xxe.strip(), laughs)) {
      List<ArticleInput> in = FeedArticles.read("evil.xml", feed.getBytes(StandardCharsets.UTF_8));
      assertThat(in)
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.ok()).isFalse();
                assertThat(a.error()).contains("not a readable RSS/Atom feed");
              });
    }
  }

  @Test
  void warc_html_responses_become_articles_and_a_truncated_record_is_reported() throws IOException {
    Path warc = dir.resolve("crawl.warc");
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                warc,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE))) {
      byte[] http =
          ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + PAGE)
              .getBytes(StandardCharsets.UTF_8);
      w.write(
          new WarcResponse.Builder("https://news.example/kim-putin")
              .date(Instant.parse("2024-06-20T00:00:00Z"))
              .body(MediaType.HTTP_RESPONSE, http)
              .build());
      byte[] css =
          "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\nbody{}"
              .getBytes(StandardCharsets.UTF_8);
      w.write(
          new WarcResponse.Builder("https://news.example/s.css")
              .date(Instant.parse("2024-06-20T00:00:00Z"))
              .body(MediaType.HTTP_RESPONSE, css)
              .build());
    }
    List<ArticleInput> in = WarcArticles.read(warc);
    assertThat(in)
        .singleElement()
        .satisfies(a -> assertThat(a.article().text()).contains("Pyongyang"));

    byte[] all = Files.readAllBytes(warc);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2 + 400));
    List<ArticleInput> truncated = WarcArticles.read(cut);
    assertThat(truncated).isNotEmpty();
    assertThat(truncated.get(truncated.size() - 1).ok()).isFalse();

    Path garbage = dir.resolve("garbage.warc");
    Files.write(
        garbage, "this is not a WARC file at all\n".repeat(20).getBytes(StandardCharsets.UTF_8));
    assertThat(WarcArticles.read(garbage))
        .singleElement()
        .satisfies(a -> assertThat(a.error()).contains("WARC record unreadable"));
  }

  @Test
  void a_directory_gives_every_known_file_in_name_order_and_text_needs_a_date() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Putin visited Pyongyang.");
    Files.writeString(dir.resolve("a.html"), PAGE);
    Files.writeString(dir.resolve("notes.md"), "ignored");
    Files.write(dir.resolve("c.txt"), new byte[] {'a', (byte) 0xc3, 0x28, 'b'});
    List<ArticleInput> dated = new Sources(LocalDate.of(2024, 6, 19)).read(dir.toString());
    assertThat(dated)
        .extracting(ArticleInput::origin)
        .containsExactly(
            dir.resolve("a.html").toString(),
            dir.resolve("b.txt").toString(),
            dir.resolve("c.txt").toString());
    assertThat(dated.get(2).error())
        .isEqualTo("not valid UTF-8 text: byte 0xC3 at offset 1 (convert the file to UTF-8)");
    List<ArticleInput> undated = new Sources(null).read(dir.resolve("b.txt").toString());
    assertThat(undated)
        .singleElement()
        .satisfies(a -> assertThat(a.error()).contains("give --date"));
    assertThat(new Sources(null).read(dir.resolve("missing").toString()))
        .singleElement()
        .satisfies(a -> assertThat(a.error()).isEqualTo("no such file or directory"));
  }
}
