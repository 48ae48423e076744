package org.dyad.core.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups dyadic events into real-world events: same source, target and CAMEO code, each date within
 * {@code window} days of the previous one (single linkage over time, as GDELT's event deduplication
 * groups by actors, code and day, with a window so that "on Monday" and "on Tuesday" reports of one
 * visit meet).
 */
public final class EventClustering {
  /** Days between two reports of one event at most: the window stores and exports use. */
  public static final int WINDOW_DAYS = 3;

  /** One dyadic event as clustering sees it. */
  public record Mention(
      String id,
      String source,
      String target,
      String code,
      LocalDate date,
      String articleId,
      String articleSource) {}

  private EventClustering() {}

  /** Clusters of {@code sorted} (by source, target, code, date), ordered by first date. */
  public static List<EventCluster> cluster(List<Mention> sorted, int window) {
    List<EventCluster> out = new ArrayList<>();
    List<Mention> current = new ArrayList<>();
    for (Mention m : sorted) {
      if (!current.isEmpty() && !sameEvent(current.get(current.size() - 1), m, window)) {
        out.add(of(current));
        current = new ArrayList<>();
      }
      current.add(m);
    }
    if (!current.isEmpty()) {
      out.add(of(current));
    }
    out.sort(Comparator.comparing(EventCluster::firstDate).thenComparing(EventCluster::id));
    return out;
  }

  private static boolean sameEvent(Mention last, Mention m, int window) {
    return last.source().equals(m.source())
        && last.target().equals(m.target())
        && last.code().equals(m.code())
        && ChronoUnit.DAYS.between(last.date(), m.date()) <= window;
  }

  private static EventCluster of(List<Mention> ms) {
    Set<String> articles = new HashSet<>();
    Set<String> sources = new HashSet<>();
    List<String> ids = new ArrayList<>();
    for (Mention m : ms) {
      articles.add(m.articleId());
      sources.add(m.articleSource().isEmpty() ? "article:" + m.articleId() : m.articleSource());
      ids.add(m.id());
    }
    Mention first = ms.get(0);
    return new EventCluster(
        first.id(),
        first.source(),
        first.target(),
        first.code(),
        first.date(),
        ms.get(ms.size() - 1).date(),
        ms.size(),
        articles.size(),
        sources.size(),
        ids);
  }
}
