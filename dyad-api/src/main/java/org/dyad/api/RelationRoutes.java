package org.dyad.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.ActorDictionary;
import org.dyad.analytics.RelationNetwork;
import org.dyad.core.series.DateSpan;
import org.dyad.core.series.SeriesQuery;
import org.dyad.core.store.EventStore;
import org.dyad.pipeline.relations.AlignmentShifts;
import org.dyad.pipeline.relations.RelationReport;

/**
 * Relations, partners, shifts, networks, news volume and actor names: the analytics over the store.
 * Thread safety: stateless over the store and the dictionary.
 */
final class RelationRoutes {
  private final EventStore store;
  private final ActorDictionary actors;

  RelationRoutes(EventStore store, ActorDictionary actors) {
    this.store = store;
    this.actors = actors;
  }

  void relation(Context ctx) {
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

  void partners(Context ctx) {
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

  void shifts(Context ctx) {
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

  void network(Context ctx) {
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
  void actors(Context ctx) {
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

  void volume(Context ctx) {
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
}
