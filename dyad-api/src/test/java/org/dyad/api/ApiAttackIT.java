package org.dyad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.dyad.store.Stores;
import org.dyad.testkit.HostileCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API under attack: SQL-injection strings in every parameter of every route the OpenAPI
 * document lists are refused or matched literally, and change nothing; oversized requests and pages
 * are refused; the write endpoint needs its token; CORS stays closed.
 */
class ApiAttackIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "attack-token-" + System.nanoTime();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<String> INJECTIONS =
      List.of(
          "' OR '1'='1",
          "PRK' OR '1'='1' --",
          "1; DROP TABLE events; --",
          "PRK'); DELETE FROM events; --",
          "%' UNION SELECT * FROM articles --",
          "\" OR 1=1 --",
          "1 OR 1=1",
          "' || (SELECT COUNT(*) FROM events) || '",
          "%",
          "_",
          "!%",
          "PRK\u0000",
          "..%2f..%2fetc%2fpasswd",
          "<script>alert(1)</script>");

  /** Valid values for the parameters a route needs, so the injected one is what is tested. */
  private static final Map<String, String> REQUIRED =
      Map.of("a", "PRK", "b", "RUS", "actor", "PRK", "period", "2024", "q", "Putin");

  @TempDir static Path dir;
  static EventStore store;
  static DyadApi api;
  static int events;
  static int runs;

  @BeforeAll
  static void start() throws Exception {
    store = Stores.open(dir.toString());
    api = TestServers.start(store, TOKEN, 64 * 1024, 100);
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      ObjectNode a = JSON.createObjectNode();
      a.put("id", "seed-" + i);
      a.put("date", "2024-06-2" + i);
      a.put("text", HostileCorpus.good(i));
      batch.append(JSON.writeValueAsString(a)).append('\n');
    }
    HttpResponse<String> r = post(batch.toString(), "Bearer " + TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    events = store.events(EventQuery.all()).size();
    runs = store.runs().size();
    assertThat(events).isPositive();
  }

  @AfterAll
  static void stop() {
    api.close();
    store.close();
  }

  @Test
  void injection_strings_in_every_parameter_are_inert() throws Exception {
    JsonNode paths = JSON.readTree(get("/openapi.json").body()).path("paths");
    int requests = 0;
    for (Map.Entry<String, JsonNode> route : paths.properties()) {
      JsonNode op = route.getValue().path("get");
      for (JsonNode param : op.path("parameters")) {
        for (String payload : INJECTIONS) {
          String url = url(route.getKey(), op.path("parameters"), param.path("name").asText());
          url = url.replace("INJECT", URLEncoder.encode(payload, StandardCharsets.UTF_8));
          HttpResponse<String> r = get(url);
          requests++;
          assertThat(r.statusCode()).as(url + " -> " + r.body()).isIn(200, 400, 404);
          assertThat(r.headers().firstValue("Content-Type").orElse(""))
              .as(url + " -> " + r.body())
              .startsWith("application/json");
          JsonNode body = JSON.readTree(r.body());
          if (r.statusCode() != 200) {
            assertThat(body.path("error").asText()).as(url).isNotBlank();
          }
        }
      }
    }
    System.out.println(requests + " requests with injection strings, all inert");
    assertThat(requests).isGreaterThan(400);
    assertThat(store.events(EventQuery.all())).hasSize(events);
    assertThat(store.runs()).hasSize(runs);
    // Wildcards in free text are matched literally, not as LIKE patterns.
    assertThat(JSON.readTree(get("/api/events?text=%25").body()).path("events")).isEmpty();
    assertThat(JSON.readTree(get("/api/events?text=_").body()).path("events")).isEmpty();
  }

  @Test
  void an_article_id_with_sql_in_it_is_stored_and_read_back_literally() throws Exception {
    String id = "x'); DROP TABLE events; --";
    ObjectNode a = JSON.createObjectNode();
    a.put("id", id);
    a.put("date", "2024-07-01");
    a.put("text", HostileCorpus.good(40));
    HttpResponse<String> r = post(JSON.writeValueAsString(a), "Bearer " + TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String stored = JSON.readTree(r.body()).path("outcomes").get(0).path("article_id").asText();
    HttpResponse<String> back =
        get(
            "/api/articles/"
                + URLEncoder.encode(stored, StandardCharsets.UTF_8).replace("+", "%20"));
    assertThat(back.statusCode()).as(stored).isEqualTo(200);
    assertThat(store.events(EventQuery.all()).size()).isGreaterThan(events);
  }

  @Test
  void oversized_requests_and_pages_are_refused_and_the_server_goes_on() throws Exception {
    assertThat(get("/api/events?size=101").statusCode()).isEqualTo(400);
    assertThat(get("/api/events?size=100000000000").statusCode()).isEqualTo(400);
    assertThat(get("/api/events?page=0").statusCode()).isEqualTo(400);
    assertThat(get("/api/events?text=" + "a".repeat(200_000)).statusCode()).isBetween(400, 499);
    HttpResponse<String> big = post("x".repeat(100 * 1024), "Bearer " + TOKEN);
    assertThat(big.statusCode()).isEqualTo(413);
    // The same without a declared length: a chunked body is cut off at the limit too.
    InputStream stream = new ByteArrayInputStream(new byte[200 * 1024]);
    HttpResponse<String> chunked =
        HTTP.send(
            HttpRequest.newBuilder(uri("/api/articles"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(get("/api/runs").statusCode()).isEqualTo(200);
    assertThat(store.runs()).hasSizeGreaterThanOrEqualTo(runs);
  }

  @Test
  void the_write_endpoint_refuses_every_request_without_its_token() throws Exception {
    String line =
        "{\"id\": \"t\", \"date\": \"2024-01-01\", \"text\": \"China praised Russia on Monday.\"}";
    List<String> headers = new ArrayList<>();
    headers.add(null);
    headers.add("Bearer ");
    headers.add("Bearer wrong");
    headers.add("Bearer " + TOKEN.substring(0, TOKEN.length() - 1));
    headers.add("Bearer " + TOKEN + "x");
    headers.add("Bearer ' OR '1'='1");
    headers.add("Basic " + TOKEN);
    headers.add(TOKEN);
    int before = store.runs().size();
    for (String h : headers) {
      HttpResponse<String> r = post(line, h);
      assertThat(r.statusCode()).as(String.valueOf(h)).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
    }
    assertThat(store.runs()).hasSize(before);
  }

  @Test
  void cors_is_closed_to_simple_and_preflight_requests() throws Exception {
    HttpResponse<String> simple =
        HTTP.send(
            HttpRequest.newBuilder(uri("/api/events"))
                .header("Origin", "http://evil.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> preflight =
        HTTP.send(
            HttpRequest.newBuilder(uri("/api/articles"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
  }

  /** The route with its required parameters valid and {@code target} set to INJECT. */
  private static String url(String path, JsonNode params, String target) {
    StringBuilder q = new StringBuilder();
    String p = path;
    for (JsonNode param : params) {
      String name = param.path("name").asText();
      String value = name.equals(target) ? "INJECT" : REQUIRED.get(name);
      if (param.path("in").asText().equals("path")) {
        p = p.replace("{" + name + "}", value == null ? "x" : value);
      } else if (value != null && (name.equals(target) || param.path("required").asBoolean())) {
        q.append(q.length() == 0 ? "?" : "&").append(name).append('=').append(value);
      }
    }
    return p + q;
  }

  private static URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + api.port() + pathAndQuery);
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String body, String authorization) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri("/api/articles"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
