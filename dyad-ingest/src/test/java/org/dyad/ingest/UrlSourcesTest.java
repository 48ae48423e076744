package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.core.text.ArticleInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds and pages fetched over HTTP from a minimal local server (one request per connection; the
 * JDK's com.sun HTTP server is banned by forbidden-apis as non-portable).
 */
class UrlSourcesTest {
  private ServerSocket socket;
  private Thread server;
  private String base;

  private static final Map<String, String[]> ROUTES =
      Map.of(
          "/feed",
          new String[] {"200 OK", "application/rss+xml", ReadersTest.RSS.strip()},
          "/page",
          new String[] {"200 OK", "text/html; charset=utf-8", ReadersTest.PAGE},
          "/gone",
          new String[] {"404 Not Found", "text/plain", "gone"},
          "/binary",
          new String[] {"200 OK", "text/html", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR"},
          "/big",
          new String[] {"200 OK", "text/html", ReadersTest.PAGE.repeat(20)});

  @BeforeEach
  void start() throws IOException {
    socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    base = "http://127.0.0.1:" + socket.getLocalPort();
    server = new Thread(this::serve);
    server.setDaemon(true);
    server.start();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
        String path = in.readLine().split(" ", -1)[1];
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
          // headers are not needed
        }
        String[] r = ROUTES.getOrDefault(path, new String[] {"404 Not Found", "text/plain", ""});
        byte[] body = r[2].getBytes(StandardCharsets.UTF_8);
        OutputStream out = s.getOutputStream();
        out.write(
            ("HTTP/1.1 "
                    + r[0]
                    + "\r\nContent-Type: "
                    + r[1]
                    + "\r\nContent-Length: "
                    + body.length
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
      } catch (IOException e) {
        return; // closed by stop()
      }
    }
  }

  @AfterEach
  void stop() throws IOException {
    socket.close();
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
  void a_binary_or_oversized_page_is_one_failed_input_with_the_reason() {
    Sources sources = new Sources(null, 4096);
    assertThat(sources.read(base + "/binary"))
        .singleElement()
        .satisfies(a -> assertThat(a.error()).startsWith("page: binary data, not text"));
    assertThat(sources.read(base + "/big"))
        .singleElement()
        .satisfies(a -> assertThat(a.error()).isEqualTo("the page is larger than 4096 bytes"));
  }

  @Test
  void a_failing_url_is_one_failed_input_with_the_status() {
    assertThat(new Sources(null).read(base + "/gone"))
        .singleElement()
        .satisfies(a -> assertThat(a.error()).isEqualTo("HTTP status 404"));
  }
}
