package org.dyad.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.dyad.actors.ActorDictionary;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.StoreException;
import org.dyad.pipeline.DyadPipeline;

/**
 * The HTTP API over a store: read endpoints for events, articles, relations, shifts, networks and
 * runs, and {@code POST /api/articles} to code and store articles, behind a bearer token. Errors
 * are JSON ({@code {"error": "...", "status": 400}}), mapped to status codes in {@link #errors}.
 * The routes and their parameters are documented in {@code /openapi.json}; their handlers are in
 * {@link EventRoutes}, {@link RelationRoutes} and {@link ArticleWrites}.
 *
 * <p>Thread safety: requests are served concurrently; the store serialises its calls, and writes
 * are taken one at a time.
 */
public final class DyadApi implements AutoCloseable {
  /** Where the dashboard module puts its static assets on the classpath. */
  private static final String DASHBOARD = "/org/dyad/dashboard";

  private final ApiConfig config;
  private final EventRoutes events;
  private final RelationRoutes relations;
  private final ArticleWrites writes;
  private final Javalin app;

  private DyadApi(
      ApiConfig config, EventStore store, Supplier<DyadPipeline> pipeline, ActorDictionary actors) {
    this.config = config;
    this.events = new EventRoutes(config, store);
    this.relations = new RelationRoutes(store, actors);
    this.writes = new ArticleWrites(config, store, pipeline);
    this.app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              cfg.http.maxRequestSize = config.maxBodyBytes();
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
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
    app.get("/api/events", events::events);
    app.get("/api/events/{id}", events::event);
    app.get("/api/articles/{id}", events::article);
    app.post("/api/articles", writes::postArticles);
    app.get("/api/relations", relations::relation);
    app.get("/api/partners", relations::partners);
    app.get("/api/shifts", relations::shifts);
    app.get("/api/network", relations::network);
    app.get("/api/volume", relations::volume);
    app.get("/api/actors", relations::actors);
    app.get("/api/runs", events::runs);
    app.get("/api/runs/{id}", events::run);
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
}
