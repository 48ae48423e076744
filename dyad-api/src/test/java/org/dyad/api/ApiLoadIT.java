package org.dyad.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.actors.ActorDictionary;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.core.text.Article;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.ArticleReader;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.config.PipelineConfig;
import org.dyad.pipeline.ingest.Ingest;
import org.dyad.store.Stores;
import org.dyad.testkit.HostileCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test of the server on 127.0.0.1: {@code dyad.load.requests} requests (20,000) from
 * {@code dyad.load.clients} concurrent clients (32), reads of every kind mixed with authorised
 * writes, while an ingest runs into the same store. It stops by itself and must end with no error;
 * an article read while the ingest runs is either absent or whole, never part-stored; and the
 * ingest stores exactly the events it stores when run alone. Prints p50 and p99 latency.
 */
class ApiLoadIT {
  private static final int REQUESTS = Integer.getInteger("dyad.load.requests", 20_000);
  private static final int CLIENTS = Integer.getInteger("dyad.load.clients", 32);
  private static final int INGESTED = 30;
  private static final String TOKEN = "load-token-" + System.nanoTime();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] ACTORS = {"USA", "RUS", "CHN", "GBR", "FRA", "IRN", "IRQ", "ISR"};

  @TempDir Path dir;

  @Test
  void mixed_reads_and_writes_during_an_ingest_end_without_errors_or_torn_articles()
      throws Exception {
    DyadPipeline pipeline = DyadPipeline.standard(PipelineConfig.defaults());
    List<ArticleInput> news =
        ArticleReader.jsonl(Path.of("..", "data", "wikinews", "wikinews-politics-500.jsonl"))
            .subList(0, INGESTED);
    Map<String, List<String>> expected = new HashMap<>();
    try (EventStore alone = Stores.duckDb(dir.resolve("alone"))) {
      RunSummary run = new Ingest(pipeline, alone, 2, p -> {}).run("alone", news.iterator(), -1);
      for (DocumentRecord d : alone.outcomes(run.id())) {
        if (d.status() == DocumentStatus.CODED) {
          expected.put(d.articleId(), signatures(alone.articleEvents(d.articleId())));
        }
      }
    }
    List<String> ids = new ArrayList<>(expected.keySet());

    try (EventStore store = Stores.duckDb(dir.resolve("live"));
        DyadApi api =
            DyadApi.start(
                new ApiConfig("127.0.0.1", 0, TOKEN, 1 << 20, 100),
                store,
                () -> pipeline,
                ActorDictionary.bundled())) {
      seed(pipeline, store);
      Load load = new Load(api.port(), ids, expected);
      Thread ingest =
          new Thread(
              () -> new Ingest(pipeline, store, 1, p -> {}).run("during load", news.iterator(), -1),
              "ingest-during-load");
      long start = System.nanoTime();
      ingest.start();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        running.add(clients.submit(load::client));
      }
      clients.shutdown();
      for (Future<?> f : running) {
        f.get(20, TimeUnit.MINUTES);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      ingest.join(TimeUnit.MINUTES.toMillis(10));
      load.report(seconds);

      for (String id : ids) {
        assertThat(signatures(store.articleEvents(id))).as(id).isEqualTo(expected.get(id));
      }
      assertThat(load.errors).as("errors").isEmpty();
      assertThat(load.torn.get()).as("articles read part-stored").isZero();
      assertThat(load.whole.get()).as("articles read whole while the ingest ran").isPositive();
    }
  }

  /** Articles for the reads to find before the ingest has stored anything. */
  private static void seed(DyadPipeline pipeline, EventStore store) {
    List<ArticleInput> seeds = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Article a =
          Article.of("seed" + i, LocalDate.of(2005, 1, 1).plusDays(i), "", HostileCorpus.good(i));
      seeds.add(ArticleInput.of("seed:" + i, a));
    }
    new Ingest(pipeline, store, 1, p -> {}).run("seed", seeds.iterator(), seeds.size());
  }

  /** An article's events, comparable across stores: id, dyad and code of each, sorted. */
  private static List<String> signatures(List<CodedEvent> events) {
    List<String> out = new ArrayList<>();
    for (CodedEvent e : events) {
      for (CodedEvent d : e.dyads()) {
        out.add(
            d.id() + " " + d.source().code() + ">" + d.target().code() + " " + d.code().value());
      }
    }
    out.sort(null);
    return out;
  }

  /** The clients' shared work and findings. */
  private static final class Load {
    final HttpClient http = HttpClient.newHttpClient();
    final int port;
    final List<String> ids;
    final Map<String, List<String>> expected;
    final AtomicInteger next = new AtomicInteger();
    final long[] nanos = new long[REQUESTS];
    final String[] kinds = new String[REQUESTS];
    final Queue<String> errors = new ConcurrentLinkedQueue<>();
    final AtomicInteger torn = new AtomicInteger();
    final AtomicInteger whole = new AtomicInteger();
    final AtomicInteger absent = new AtomicInteger();
    final AtomicInteger writes = new AtomicInteger();

    Load(int port, List<String> ids, Map<String, List<String>> expected) {
      this.port = port;
      this.ids = ids;
      this.expected = expected;
    }

    void client() {
      for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
        long start = System.nanoTime();
        try {
          kinds[i] = request(i);
        } catch (Exception e) {
          errors.add("request " + i + ": " + e);
        }
        nanos[i] = System.nanoTime() - start;
      }
    }

    /** Sends request {@code i} of the mix; returns its kind. */
    private String request(int i) throws Exception {
      int kind = i % 100;
      String actor = ACTORS[(i / 100) % ACTORS.length];
      if (kind == 0) {
        write(i);
        return "POST articles";
      } else if (kind <= 15) {
        article(ids.get(i % ids.size()));
        return "article";
      }
      String path =
          kind <= 45
              ? "/api/events?size=50&actor=" + actor + "&page=" + (1 + i % 3)
              : kind <= 55
                  ? "/api/events?size=20&text=minister"
                  : kind <= 65
                      ? "/api/relations?a=" + actor + "&b=USA"
                      : kind <= 75
                          ? "/api/partners?actor=" + actor
                          : kind <= 80
                              ? "/api/network?period=2005"
                              : kind <= 90
                                  ? "/api/volume?by=month"
                                  : kind <= 95 ? "/api/actors?q=Putin" : "/api/runs";
      read(path);
      return path.replaceFirst("\\?.*", "") + (path.contains("text=") ? "?text" : "");
    }

    private void write(int i) throws Exception {
      ObjectNode a = JSON.createObjectNode();
      a.put("id", "posted-" + i);
      a.put("date", LocalDate.of(2006, 1, 1).plusDays(i / 100).toString());
      a.put("text", HostileCorpus.good(100 + i / 100));
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(uri("/api/articles"))
                  .header("Authorization", "Bearer " + TOKEN)
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(a)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201
          || JSON.readTree(r.body()).path("documents").path("coded").asInt() != 1) {
        errors.add("POST " + i + ": " + r.statusCode() + " " + r.body());
      }
      writes.incrementAndGet();
    }

    /** An article being ingested: absent, or with every event it will have. */
    private void article(String id) throws Exception {
      HttpResponse<String> r = get("/api/articles/" + id);
      if (r.statusCode() == 404) {
        absent.incrementAndGet();
        return;
      }
      if (r.statusCode() != 200) {
        errors.add("article " + id + ": " + r.statusCode() + " " + r.body());
        return;
      }
      List<String> got = new ArrayList<>();
      for (JsonNode e : JSON.readTree(r.body()).path("events")) {
        got.add(
            e.path("id").asText()
                + " "
                + e.path("source").asText()
                + ">"
                + e.path("target").asText()
                + " "
                + e.path("cameo").asText());
      }
      got.sort(null);
      if (got.equals(expected.get(id))) {
        whole.incrementAndGet();
      } else {
        torn.incrementAndGet();
        errors.add(
            "article "
                + id
                + " read with "
                + got.size()
                + " of its events: "
                + got
                + " not "
                + expected.get(id));
      }
    }

    private void read(String pathAndQuery) throws Exception {
      HttpResponse<String> r = get(pathAndQuery);
      if (r.statusCode() != 200) {
        errors.add(pathAndQuery + ": " + r.statusCode() + " " + r.body());
      } else {
        JSON.readTree(r.body()); // whole JSON
      }
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
      return http.send(
          HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathAndQuery) {
      return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    void report(double seconds) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "API load: %d requests from %d clients in %.1f s (%.0f/s), %d writes, during an ingest"
              + " of %d articles; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d errors;"
              + " articles read whole %d, not yet stored %d, part-stored %d%n",
          REQUESTS,
          CLIENTS,
          seconds,
          REQUESTS / seconds,
          writes.get(),
          INGESTED,
          sorted[REQUESTS / 2] / 1e6,
          sorted[(int) (REQUESTS * 0.99)] / 1e6,
          sorted[REQUESTS - 1] / 1e6,
          errors.size(),
          whole.get(),
          absent.get(),
          torn.get());
      Map<String, List<Long>> byKind = new java.util.TreeMap<>();
      for (int i = 0; i < REQUESTS; i++) {
        byKind.computeIfAbsent(String.valueOf(kinds[i]), k -> new ArrayList<>()).add(nanos[i]);
      }
      byKind.forEach(
          (kind, list) -> {
            list.sort(null);
            System.out.printf(
                Locale.ROOT,
                "  %-20s %6d requests, p50 %7.1f ms, p99 %7.1f ms%n",
                kind,
                list.size(),
                list.get(list.size() / 2) / 1e6,
                list.get((int) (list.size() * 0.99)) / 1e6);
          });
      errors.stream().limit(10).forEach(System.out::println);
    }
  }
}
