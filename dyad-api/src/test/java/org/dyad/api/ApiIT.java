package org.dyad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.core.store.EventStore;
import org.dyad.store.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server on a free loopback port, called over HTTP: the flagship article is posted (coded
 * by the real pipeline), then read back through every read endpoint; bad parameters, a missing
 * token, an oversized body and unknown paths get JSON errors with the right status.
 */
class ApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "test-token-" + System.nanoTime();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static EventStore store;
  static DyadApi api;
  static JsonNode posted;

  @BeforeAll
  static void start() throws Exception {
    store = Stores.open(dir.toString());
    api = TestServers.start(store, TOKEN, 256 * 1024, 100);
    ObjectNode article = JSON.createObjectNode();
    article.put("id", "xi-kim-putin-2024");
    article.put("date", "2024-09-10");
    article.put("title", "Xi pledges stronger ties with North Korea");
    article.put(
        "text",
        Files.readString(
            Path.of("../examples/xi-kim-putin-2024/article.txt"), StandardCharsets.UTF_8));
    HttpResponse<String> r =
        post(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(article), TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    posted = JSON.readTree(r.body());
  }

  @AfterAll
  static void stop() {
    api.close();
    store.close();
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode ok(String pathAndQuery) throws Exception {
    HttpResponse<String> r = get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  private static HttpResponse<String> post(String body, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/articles"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void error(String pathAndQuery, int status, String message) throws Exception {
    HttpResponse<String> r = get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(status);
    JsonNode e = JSON.readTree(r.body());
    assertThat(e.path("status").asInt()).isEqualTo(status);
    assertThat(e.path("error").asText()).contains(message);
  }

  @Test
  void a_posted_article_is_coded_stored_and_reported_as_a_run() throws Exception {
    assertThat(posted.path("documents").path("coded").asInt()).isEqualTo(1);
    assertThat(posted.path("events").asInt()).isPositive();
    assertThat(posted.path("outcomes").get(0).path("status").asText()).isEqualTo("coded");
    JsonNode run = ok("/api/runs/" + posted.path("id").asLong());
    assertThat(run.path("outcomes")).hasSize(1);
    assertThat(ok("/api/runs")).hasSize(1);
  }

  @Test
  void events_filter_page_and_open_with_their_provenance() throws Exception {
    JsonNode page = ok("/api/events?actor=prk&size=3");
    assertThat(page.path("events")).hasSize(3);
    assertThat(page.path("more").asBoolean()).isTrue();
    JsonNode second = ok("/api/events?actor=PRK&size=3&page=2");
    assertThat(second.path("events").get(0).path("id").asText())
        .isNotEqualTo(page.path("events").get(0).path("id").asText());
    JsonNode visits = ok("/api/events?source=RUS&target=PRK&root=04&quad=1");
    assertThat(visits.path("events")).isNotEmpty();
    visits.path("events").forEach(e -> assertThat(e.path("cameo").asText()).startsWith("04"));
    JsonNode satellite =
        ok("/api/events?text=" + URLEncoder.encode("satellite", StandardCharsets.UTF_8));
    satellite
        .path("events")
        .forEach(
            e -> assertThat(e.path("sentence_text").asText()).containsIgnoringCase("satellite"));
    // The flagship's sentences carry no issue of the Phoenix list: the filter leaves nothing.
    assertThat(ok("/api/events?issue=sanctions").path("events")).isEmpty();
    assertThat(page.path("events").get(0).has("issues")).isTrue();

    String id = page.path("events").get(0).path("id").asText();
    JsonNode one = ok("/api/events/" + id);
    assertThat(one.path("event").path("id").asText()).isEqualTo(id);
    assertThat(one.path("event").path("pattern").asText()).isNotEmpty();
    assertThat(one.path("event").path("dictionary").asText()).isNotEmpty();
    assertThat(one.path("event").path("trigger_offsets")).isNotEmpty();
    assertThat(one.path("article").path("text").asText())
        .contains(one.path("event").path("sentence_text").asText());
    assertThat(one.has("other_mentions")).isTrue();

    JsonNode article = ok("/api/articles/" + one.path("article").path("id").asText());
    assertThat(article.path("events").size()).isEqualTo(posted.path("events").asInt());
  }

  @Test
  void relations_partners_shifts_and_network_answer_as_json() throws Exception {
    JsonNode rel = ok("/api/relations?a=PRK&b=RUS&by=month");
    assertThat(rel.path("series")).isNotEmpty();
    JsonNode june =
        java.util.stream.StreamSupport.stream(rel.path("series").spliterator(), false)
            .filter(p -> p.path("start").asText().equals("2024-06-01"))
            .findFirst()
            .orElseThrow();
    assertThat(june.path("events").asInt()).isPositive();
    assertThat(june.path("index_low").asDouble())
        .isLessThanOrEqualTo(june.path("index").asDouble());
    assertThat(rel.path("shifts").isArray()).isTrue();
    assertThat(ok("/api/partners?actor=PRK").get(0).path("code").asText()).isIn("RUS", "CHN");
    assertThat(ok("/api/shifts?actor=PRK").isArray()).isTrue();
    JsonNode net = ok("/api/network?period=2024");
    assertThat(net.path("period").asText()).isEqualTo("2024-01-01..2024-12-31");
    assertThat(net.path("ties")).isNotEmpty();
    assertThat(net.path("central_cooperation")).isNotEmpty();
  }

  @Test
  void a_name_resolves_through_the_actor_dictionary_on_a_day() throws Exception {
    JsonNode putin =
        ok(
            "/api/actors?q="
                + URLEncoder.encode("Vladimir Putin", StandardCharsets.UTF_8)
                + "&date=2024-06-19");
    assertThat(putin.path("matches").get(0).path("chosen").asBoolean()).isTrue();
    assertThat(putin.path("matches").get(0).path("code").asText()).startsWith("RUS");
    assertThat(putin.path("dictionary").asText()).startsWith("actors-");
    assertThat(
            ok("/api/actors?q=Pyongyang&date=2024-06-19")
                .path("matches")
                .get(0)
                .path("code")
                .asText())
        .startsWith("PRK");
    error("/api/actors", 400, "'q' is required");
  }

  @Test
  void bad_parameters_are_400_with_a_message() throws Exception {
    error("/api/events?from=2024-13-01", 400, "'from' is not a date");
    error("/api/events?size=101", 400, "'size' must be an integer from 1 to 100");
    error("/api/events?quad=7", 400, "'quad'");
    error(
        "/api/events?code=" + URLEncoder.encode("04' OR 1=1 --", StandardCharsets.UTF_8),
        400,
        "digits");
    error(
        "/api/events?actor=" + URLEncoder.encode("PRK' OR '1'='1", StandardCharsets.UTF_8),
        400,
        "actor code");
    error("/api/events?from=2024-06-02&to=2024-06-01", 400, "before");
    error("/api/events?issue=" + URLEncoder.encode("OIL%", StandardCharsets.UTF_8), 400, "issue");
    error("/api/relations?a=PRK", 400, "'b' is required");
    error("/api/relations?a=PRK&b=RUS&by=year", 400, "day, week, month or quarter");
    error("/api/network?period=June", 400, "not a period");
    error("/api/runs/x", 400, "run id");
    error("/api/runs/99", 404, "run 99 not found");
    error("/api/events/nope", 404, "event nope not found");
    error("/api/no-such-thing", 404, "/api/no-such-thing");
  }

  @Test
  void writes_need_the_token_and_fit_the_size_limit() throws Exception {
    String line = "{\"id\": \"x\", \"date\": \"2024-01-01\", \"text\": \"China praised Russia.\"}";
    HttpResponse<String> none = post(line, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(none.body()).path("error").asText()).contains("bearer token");
    assertThat(post(line, "wrong").statusCode()).isEqualTo(401);
    HttpResponse<String> big = post("x".repeat(300 * 1024), TOKEN);
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(big.body()).path("status").asInt()).isEqualTo(413);
    HttpResponse<String> empty = post("  ", TOKEN);
    assertThat(empty.statusCode()).isEqualTo(400);
  }

  @Test
  void a_batch_with_a_bad_line_codes_the_rest_and_names_the_bad_one() throws Exception {
    String batch =
        """
        {"id": "b1", "date": "2024-07-01", "text": "Russia sent wheat to North Korea on Monday."}
        {"id": "b2", "date": "July", "text": "x"}
        """;
    HttpResponse<String> r = post(batch, TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode run = JSON.readTree(r.body());
    assertThat(run.path("documents").path("coded").asInt()).as(r.body()).isEqualTo(1);
    assertThat(run.path("documents").path("coded").asInt()).isEqualTo(1);
    assertThat(run.path("documents").path("failed").asInt()).isEqualTo(1);
    assertThat(run.toString()).contains("field 'date' is not YYYY-MM-DD");
  }

  @Test
  void the_openapi_document_lists_every_route() throws Exception {
    JsonNode doc = ok("/openapi.json");
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    assertThat(doc.path("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/events",
            "/api/events/{id}",
            "/api/articles",
            "/api/articles/{id}",
            "/api/relations",
            "/api/partners",
            "/api/shifts",
            "/api/network",
            "/api/runs",
            "/api/runs/{id}",
            "/api/actors",
            "/api/volume");
  }

  @Test
  void cross_origin_requests_get_no_cors_headers() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/api/runs"))
                .header("Origin", "http://evil.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
