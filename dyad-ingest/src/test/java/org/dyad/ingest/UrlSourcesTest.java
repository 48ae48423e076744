package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.text.ArticleInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds and pages fetched over HTTP from a local server. */
class UrlSourcesTest {
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve("/feed", "application/rss+xml", ReadersTest.RSS.strip());
    serve("/page", "text/html; charset=utf-8", ReadersTest.PAGE);
    server.createContext(
        "/gone",
        x -> {
          x.sendResponseHeaders(404, -1);
          x.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void serve(String path, String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        path,
        x -> {
          x.getResponseHeaders().add("Content-Type", type);
          x.sendResponseHeaders(200, bytes.length);
          try (OutputStream o = x.getResponseBody()) {
            o.write(bytes);
          }
        });
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void a_feed_url_gives_its_items_and_a_page_url_its_article() {
    Sources sources = new Sources(null);
    List<ArticleInput> feed = sources.read(base + "/feed");
    assertThat(feed).hasSize(2);
    assertThat(feed.get(0).article().text()).startsWith("Putin arrived in Pyongyang.");
    List<ArticleInput> page = sources.read(base + "/page");
    assertThat(page)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.article().published()).isEqualTo(LocalDate.of(2024, 6, 19));
              assertThat(a.article().text()).contains("Kim Jong Un");
            });
  }

  @Test
  void a_failing_url_is_one_failed_input_with_the_status() {
    assertThat(new Sources(null).read(base + "/gone"))
        .singleElement()
        .satisfies(a -> assertThat(a.error()).isEqualTo("HTTP status 404"));
  }
}
