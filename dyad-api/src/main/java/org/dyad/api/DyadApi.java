package org.dyad.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dyad.actors.ActorDictionary;
import org.dyad.analytics.RelationNetwork;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.series.DateSpan;
import org.dyad.core.series.SeriesQuery;
import org.dyad.core.store.EventCluster;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.core.store.StoreException;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.ArticleReader;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.ingest.Ingest;
import org.dyad.pipeline.io.EventFormats;
import org.dyad.pipeline.relations.AlignmentShifts;
import org.dyad.pipeline.relations.RelationReport;

/**
 * The HTTP API over a store: read endpoints for events, articles, relations, shifts, networks and
 * runs, and {@code POST /api/articles} to code and store articles, behind a bearer token. Errors
 * are JSON ({@code {"error": "...", "status": 400}}), mapped to status codes in {@link #errors}.
 * The routes and their parameters are documented in {@code /openapi.json}.
 *
 * <p>Thread safety: requests are served concurrently; the store serialises its calls, and writes
 * are taken one at a time.
 */
public final class DyadApi implements AutoCloseable {
  /** Strict: a body with a second JSON value after the first is JSONL, not one article. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Where the dashboard module puts its static assets on the classpath. */
  private static final String DASHBOARD = "/org/dyad/dashboard";

  private final ApiConfig config;
  private final EventStore store;
  private final Supplier<DyadPipeline> pipeline;
  private final ActorDictionary actors;
  private final Javalin app;
  private final Object writeLock = new Object();
  private DyadPipeline loaded;

  private DyadApi(
      ApiConfig config, EventStore store, Supplier<DyadPipeline> pipeline, ActorDictionary actors) {
    this.config = config;
    this.store = store;
    this.pipeline = pipeline;
    this.actors = actors;
    this.app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              cfg.http.maxRequestSize = config.maxBodyBytes();
              if (DyadApi.class.getResource(DASHBOARD) != null) {
                cfg.staticFiles.add(
                    s -> {
                      s.hostedPath = "/";
                      s.directory = DASHBOARD;
                      s.location = io.javalin.http.staticfiles.Location.CLASSPATH;
                    });
                cfg.staticFiles.enableWebjars();
              }
            });
    routes();
    errors();
  }

  /**
   * Starts a server on {@code config}'s host and port. {@code pipeline} is asked for the coding
   * pipeline on the first write only, so a read-only server never loads the NLP models; {@code
   * actors} answers name lookups.
   */
  public static DyadApi start(
      ApiConfig config, EventStore store, Supplier<DyadPipeline> pipeline, ActorDictionary actors) {
    DyadApi api = new DyadApi(config, store, pipeline, actors);
    api.app.start(config.host(), config.port());
    return api;
  }

  /** The port the server listens on (the chosen one when the config asked for 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes() {
    app.get("/openapi.json", this::openApi);
    app.get("/api/events", this::events);
    app.get("/api/events/{id}", this::event);
    app.get("/api/articles/{id}", this::article);
    app.post("/api/articles", this::postArticles);
    app.get("/api/relations", this::relation);
    app.get("/api/partners", this::partners);
    app.get("/api/shifts", this::shifts);
    app.get("/api/network", this::network);
    app.get("/api/volume", this::volume);
    app.get("/api/actors", this::actors);
    app.get("/api/runs", ctx -> ctx.json(store.runs().stream().map(Views::run).toList()));
    app.get("/api/runs/{id}", this::run);
  }

  /** Every error becomes JSON with a status, here and nowhere else. */
  private void errors() {
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(
        HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(
        StoreException.class, (e, ctx) -> error(ctx, 503, "store unavailable: " + e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
    // Statuses set outside the handlers above (an unknown path, a body the server cut off).
    app.error(
        404,
        ctx -> {
          if (!isJson(ctx)) {
            error(ctx, 404, "no such path: " + ctx.path());
          }
        });
    app.error(
        413,
        ctx -> {
          if (!isJson(ctx)) {
            error(ctx, 413, "request body larger than " + config.maxBodyBytes() + " bytes");
          }
        });
  }

  private static boolean isJson(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith("application/json");
  }

  private static void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message == null ? "error" : message);
    body.put("status", status);
    ctx.status(status).json(body);
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = DyadApi.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the jar");
      }
      ctx.contentType("application/json")
          .result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private void events(Context ctx) {
    Params p = new Params(ctx);
    String code = p.text("code");
    String root = p.text("root");
    if (!root.isEmpty() && !root.matches("\\d{2}")) {
      throw new ApiException(400, "parameter 'root' must be two digits (like 04): " + root);
    }
    if (!code.isEmpty() && !root.isEmpty() && !code.startsWith(root)) {
      throw new ApiException(400, "code " + code + " is not under root " + root);
    }
    int size = p.integer("size", 50, 1, config.maxPageSize());
    int page = p.integer("page", 1, 1, 1_000_000);
    EventQuery q =
        new EventQuery(
            p.date("from"),
            p.date("to"),
            p.actor("actor"),
            p.actor("source"),
            p.actor("target"),
            code.isEmpty() ? root : code,
            p.integer("quad", 0, 0, 4),
            p.text("text"),
            size + 1,
            (page - 1) * size);
    List<CodedEvent> found = store.events(q);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("page", page);
    body.put("size", size);
    body.put("more", found.size() > size);
    body.put(
        "events",
        found.subList(0, Math.min(size, found.size())).stream().map(EventFormats::toMap).toList());
    ctx.json(body);
  }

  private void event(Context ctx) {
    String id = ctx.pathParam("id");
    CodedEvent e = store.event(id).orElseThrow(() -> ApiException.notFound("event " + id));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", EventFormats.toMap(e));
    body.put("article", store.article(e.provenance().articleId()).map(Views::article).orElse(null));
    // Other mentions: the event cluster (same dyad and code within the window) it belongs to.
    EventQuery sameDyad =
        new EventQuery(
            null,
            null,
            "",
            e.source().code().value(),
            e.target().code().value(),
            e.code().value(),
            0);
    List<Map<String, Object>> others = new ArrayList<>();
    for (EventCluster c : store.clusters(sameDyad)) {
      if (c.mentionIds().contains(id)) {
        for (String m : c.mentionIds()) {
          if (!m.equals(id)) {
            store.event(m).map(EventFormats::toMap).ifPresent(others::add);
          }
        }
      }
    }
    body.put("other_mentions", others);
    ctx.json(body);
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Map<String, Object> body =
        store
            .article(id)
            .map(Views::article)
            .orElseThrow(() -> ApiException.notFound("article " + id));
    body.put(
        "events",
        store.articleEvents(id).stream()
            .flatMap(e -> e.dyads().stream())
            .map(EventFormats::toMap)
            .toList());
    ctx.json(body);
  }

  private void relation(Context ctx) {
    Params p = new Params(ctx);
    SeriesQuery q =
        new SeriesQuery(
            requiredActor(p, "a"),
            requiredActor(p, "b"),
            p.flag("directed"),
            p.period("by"),
            p.date("from"),
            p.date("to"));
    ctx.json(Views.relation(RelationReport.of(store, q)));
  }

  private static String requiredActor(Params p, String name) {
    p.required(name);
    return p.actor(name);
  }

  private void partners(Context ctx) {
    Params p = new Params(ctx);
    ctx.json(
        store
            .partners(
                requiredActor(p, "actor"),
                p.date("from"),
                p.date("to"),
                p.integer("limit", 10, 1, 100))
            .stream()
            .map(Views::partner)
            .toList());
  }

  private void shifts(Context ctx) {
    Params p = new Params(ctx);
    String actor = p.actor("actor");
    int partners = p.integer("partners", 6, 1, 50);
    int evidence = p.integer("evidence", 3, 0, 20);
    List<AlignmentShifts.Finding> found =
        actor.isEmpty()
            ? AlignmentShifts.findAll(
                store,
                p.period("by"),
                p.date("since"),
                p.integer("actors", 10, 1, 50),
                partners,
                evidence)
            : AlignmentShifts.find(
                store, actor, p.period("by"), p.date("since"), partners, evidence);
    int top = p.integer("top", 20, 1, 200);
    ctx.json(found.stream().limit(top).map(Views::finding).toList());
  }

  private void network(Context ctx) {
    Params p = new Params(ctx);
    String period = p.required("period");
    DateSpan span;
    try {
      span = DateSpan.parse(period);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "parameter 'period': " + e.getMessage());
    }
    RelationNetwork net =
        RelationNetwork.of(
            store.dyadVolumes(span.from(), span.to()), p.integer("min_events", 2, 1, 1000));
    ctx.json(Views.network(span.toString(), net, p.integer("top", 10, 1, 100)));
  }

  /** What a name stands for in the actor dictionary on a day (default: today). */
  private void actors(Context ctx) {
    Params p = new Params(ctx);
    String name = p.required("q");
    java.time.LocalDate day = p.date("date");
    if (day == null) {
      day = java.time.LocalDate.now(java.time.Clock.systemUTC());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", name);
    body.put("date", day.toString());
    body.put("dictionary", actors.version());
    body.put("matches", actors.resolve(name, day).stream().map(Views::match).toList());
    ctx.json(body);
  }

  private void volume(Context ctx) {
    Params p = new Params(ctx);
    ctx.json(
        store.volume(p.period("by"), p.date("from"), p.date("to")).stream()
            .map(
                v ->
                    Map.of(
                        "start", v.start().toString(),
                        "events", v.events(),
                        "articles", v.articles()))
            .toList());
  }

  private void run(Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new ApiException(400, "run id must be a number: " + ctx.pathParam("id"));
    }
    RunSummary r = store.run(id).orElseThrow(() -> ApiException.notFound("run " + id));
    Map<String, Object> body = Views.run(r);
    body.put("outcomes", store.outcomes(id).stream().map(Views::outcome).toList());
    ctx.json(body);
  }

  /** Codes and stores one JSON article or a JSONL batch, as an ingest run. */
  private void postArticles(Context ctx) {
    authorise(ctx);
    String body = ctx.body();
    if (body.isBlank()) {
      throw new ApiException(400, "empty body: send a JSON article or JSONL lines of articles");
    }
    List<ArticleInput> inputs;
    try {
      inputs = ArticleReader.jsonl("request", new BufferedReader(new StringReader(asJsonl(body))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RunSummary run;
    synchronized (writeLock) {
      if (loaded == null) {
        loaded = pipeline.get();
      }
      run =
          new Ingest(loaded, store, 1, progress -> {})
              .run("POST /api/articles", inputs.iterator(), inputs.size());
    }
    Map<String, Object> out = Views.run(run);
    out.put("outcomes", store.outcomes(run.id()).stream().map(Views::outcome).toList());
    ctx.status(201).json(out);
  }

  /** A pretty-printed single JSON object becomes one line; anything else is read as JSONL. */
  private static String asJsonl(String body) {
    try {
      JsonNode one = JSON.readTree(body);
      if (one != null && one.isObject()) {
        return JSON.writeValueAsString(one);
      }
    } catch (IOException e) {
      // not one JSON value: JSONL, whose bad lines get their own outcomes
    }
    return body;
  }

  private void authorise(Context ctx) {
    if (config.token().isEmpty()) {
      throw new ApiException(401, "writes are disabled: start the server with a token");
    }
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    String given = header.startsWith("Bearer ") ? header.substring(7).strip() : "";
    boolean ok =
        MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8),
            config.token().getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "missing or wrong bearer token");
    }
  }
}
