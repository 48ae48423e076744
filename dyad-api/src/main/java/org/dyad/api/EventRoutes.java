package org.dyad.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.store.EventCluster;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.pipeline.io.EventFormats;

/** Events, articles and runs as the store has them. Thread safety: stateless over the store. */
final class EventRoutes {
  private final ApiConfig config;
  private final EventStore store;

  EventRoutes(ApiConfig config, EventStore store) {
    this.config = config;
    this.store = store;
  }

  void events(Context ctx) {
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
            p.issue("issue"),
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

  void event(Context ctx) {
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

  void article(Context ctx) {
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

  void runs(Context ctx) {
    ctx.json(store.runs().stream().map(Views::run).toList());
  }

  void run(Context ctx) {
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
}
