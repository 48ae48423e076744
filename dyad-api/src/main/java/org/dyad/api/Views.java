package org.dyad.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.analytics.RelationIndex;
import org.dyad.analytics.RelationNetwork;
import org.dyad.analytics.Shift;
import org.dyad.core.series.SeriesPoint;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.RunSummary;
import org.dyad.core.text.Article;
import org.dyad.pipeline.relations.AlignmentShifts;
import org.dyad.pipeline.relations.RelationReport;

/** The JSON shapes of the API's answers, as ordered maps; field names in snake case. */
final class Views {
  private Views() {}

  static Map<String, Object> article(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("date", a.published().toString());
    m.put("source", a.source());
    m.put("title", a.title());
    m.put("url", a.url());
    m.put("language", a.language());
    m.put("text", a.text());
    return m;
  }

  static Map<String, Object> relation(RelationReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", r.query().a());
    m.put("b", r.query().b());
    m.put("directed", r.query().directed());
    m.put("by", r.query().period().name().toLowerCase(java.util.Locale.ROOT));
    List<Map<String, Object>> points = new ArrayList<>();
    for (int i = 0; i < r.series().size(); i++) {
      SeriesPoint p = r.series().get(i);
      RelationIndex.Score s = r.index().get(i);
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("start", p.start().toString());
      pm.put("events", p.events());
      pm.put("verbal_cooperation", p.verbalCooperation());
      pm.put("material_cooperation", p.materialCooperation());
      pm.put("verbal_conflict", p.verbalConflict());
      pm.put("material_conflict", p.materialConflict());
      pm.put("roots", p.roots());
      pm.put("goldstein_sum", p.goldsteinSum());
      pm.put("goldstein_mean", p.goldsteinMean());
      pm.put("net_cooperation", p.netCooperation());
      pm.put("all_events", p.allEvents());
      pm.put("articles", p.articles());
      pm.put("per_1000_events", p.perThousandEvents());
      pm.put("per_100_articles", p.perHundredArticles());
      pm.put("index", s.index());
      pm.put("index_low", s.low());
      pm.put("index_high", s.high());
      points.add(pm);
    }
    m.put("series", points);
    m.put("shifts", r.shifts().stream().map(Views::shift).toList());
    return m;
  }

  static Map<String, Object> match(org.dyad.actors.NameMatch n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", n.name());
    m.put("code", n.code());
    m.put("start", n.start() == null ? null : n.start().toString());
    m.put("end", n.end() == null ? null : n.end().toString());
    m.put("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("source", n.source());
    m.put("chosen", n.chosen());
    return m;
  }

  static Map<String, Object> partner(org.dyad.core.series.Partner p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", p.code());
    m.put("events", p.events());
    m.put("first", p.first().toString());
    m.put("last", p.last().toString());
    return m;
  }

  static Map<String, Object> shift(Shift s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", s.at().toString());
    m.put("before", s.before());
    m.put("after", s.after());
    m.put("size", s.size());
    m.put("events_before", s.eventsBefore());
    m.put("events_after", s.eventsAfter());
    m.put("confidence", s.confidence());
    return m;
  }

  static Map<String, Object> finding(AlignmentShifts.Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("actor", f.actor());
    m.put("partner", f.partner());
    m.put("kind", f.kind().name().toLowerCase(java.util.Locale.ROOT));
    m.putAll(shift(f.shift()));
    m.put("evidence", f.evidence().stream().map(org.dyad.pipeline.io.EventFormats::toMap).toList());
    return m;
  }

  static Map<String, Object> network(String period, RelationNetwork net, int top) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", period);
    m.put(
        "ties",
        net.ties().stream()
            .limit(top)
            .map(
                t ->
                    Map.of(
                        "a", t.a(),
                        "b", t.b(),
                        "cooperative", t.cooperative(),
                        "conflictual", t.conflictual(),
                        "sign", t.sign()))
            .toList());
    for (RelationNetwork.Network n : RelationNetwork.Network.values()) {
      m.put(
          "central_" + n.name().toLowerCase(java.util.Locale.ROOT),
          net.central(n, top).stream()
              .map(
                  c ->
                      Map.of(
                          "actor", c.actor(),
                          "score", c.score(),
                          "sent", c.sent(),
                          "received", c.received()))
              .toList());
    }
    m.put(
        "unbalanced_triads",
        net.unbalancedTriads().stream()
            .limit(top)
            .map(
                t ->
                    Map.of(
                        "actors", t.actors(),
                        "imbalance", t.imbalance().name().toLowerCase(java.util.Locale.ROOT),
                        "support", t.support()))
            .toList());
    double balance = net.balance();
    m.put("balance", Double.isNaN(balance) ? null : balance);
    return m;
  }

  static Map<String, Object> run(RunSummary r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("command", r.command());
    m.put("inputs", r.inputs());
    m.put("dictionary", r.dictionaryVersion());
    m.put("started", String.valueOf(r.started()));
    m.put("finished", r.finished() == null ? null : r.finished().toString());
    Map<String, Integer> counts = new LinkedHashMap<>();
    r.counts().forEach((k, v) -> counts.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
    m.put("documents", counts);
    m.put("events", r.events());
    return m;
  }

  static Map<String, Object> outcome(DocumentRecord d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("position", d.position());
    m.put("input", d.input());
    m.put("article_id", d.articleId());
    m.put("status", d.status().name().toLowerCase(java.util.Locale.ROOT));
    m.put("reason", d.reason());
    m.put("events", d.events());
    return m;
  }
}
