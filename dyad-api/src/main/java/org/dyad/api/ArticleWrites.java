package org.dyad.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.ArticleReader;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.ingest.Ingest;

/**
 * {@code POST /api/articles}: one JSON article or a JSONL batch, coded and stored as an ingest run,
 * behind the bearer token. Writes are taken one at a time; the pipeline is loaded on the first.
 */
final class ArticleWrites {
  /** Strict: a body with a second JSON value after the first is JSONL, not one article. */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ApiConfig config;
  private final EventStore store;
  private final Supplier<DyadPipeline> pipeline;
  private DyadPipeline loaded;

  ArticleWrites(ApiConfig config, EventStore store, Supplier<DyadPipeline> pipeline) {
    this.config = config;
    this.store = store;
    this.pipeline = pipeline;
  }

  /** Codes and stores one JSON article or a JSONL batch, as an ingest run. */
  void postArticles(Context ctx) {
    authorise(ctx);
    String body = boundedBody(ctx);
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
    synchronized (this) {
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

  /**
   * The request body, refused with 413 past the limit. Read here rather than by the server, whose
   * own limit looks only at a declared length: a chunked body declares none.
   */
  private String boundedBody(Context ctx) {
    long max = config.maxBodyBytes();
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, max + 1));
      if (bytes.length > max) {
        throw new ApiException(413, "request body larger than " + max + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ApiException(400, "cannot read the request body: " + e.getMessage());
    }
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

  void authorise(Context ctx) {
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
