package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.event.EventActor;
import org.dyad.core.store.EventCluster;
import org.dyad.core.store.EventClustering;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.StoreException;

/**
 * The event queries of {@link JdbcEventStore}: dyadic events by filter, an article's events with
 * their actor lists, and event clusters. Each stored event is read with its actors and expanded by
 * {@link CodedEvent#dyads()}, so the store and the coder agree on what a dyad is.
 *
 * <p>Thread safety: none; the store serialises calls.
 */
final class StoredEvents {
  /** Dyads of one source, target and code whose dates are this close form one event cluster. */
  static final int CLUSTER_WINDOW_DAYS = EventClustering.WINDOW_DAYS;

  private final Connection c;

  StoredEvents(Connection c) {
    this.c = c;
  }

  List<CodedEvent> matching(EventQuery q) throws SQLException {
    List<String[]> dyadIds = new ArrayList<>(); // dyad id, event id
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, event_id FROM dyads"
                + DyadFilter.where(q)
                + " ORDER BY article_seq, sentence, id"
                // Numbers checked by EventQuery, never user text.
                + (q.limit() > 0 ? " LIMIT " + q.limit() : "")
                + (q.offset() > 0 ? " OFFSET " + q.offset() : ""))) {
      DyadFilter.bind(ps, q);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          dyadIds.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    }
    Map<String, Map<String, CodedEvent>> byEvent = new HashMap<>();
    List<CodedEvent> out = new ArrayList<>();
    for (String[] ids : dyadIds) {
      Map<String, CodedEvent> dyads = byEvent.get(ids[1]);
      if (dyads == null) {
        dyads = new HashMap<>();
        for (CodedEvent d : event(ids[1]).dyads()) {
          dyads.put(d.id(), d);
        }
        byEvent.put(ids[1], dyads);
      }
      CodedEvent d = dyads.get(ids[0]);
      if (d == null) {
        throw new StoreException("dyad " + ids[0] + " does not match its event " + ids[1]);
      }
      out.add(d);
    }
    return out;
  }

  Optional<CodedEvent> dyad(String dyadId) throws SQLException {
    String eventId = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT event_id FROM dyads WHERE id = ?")) {
      ps.setString(1, dyadId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          eventId = rs.getString(1);
        }
      }
    }
    if (eventId == null) {
      return Optional.empty();
    }
    return event(eventId).dyads().stream().filter(d -> d.id().equals(dyadId)).findFirst();
  }

  List<CodedEvent> ofArticle(String articleId) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id FROM events WHERE article_id = ? ORDER BY sentence, trigger_start, id")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    List<CodedEvent> out = new ArrayList<>();
    for (String id : ids) {
      out.add(event(id));
    }
    return out;
  }

  private CodedEvent event(String eventId) throws SQLException {
    List<EventActor> sources = new ArrayList<>();
    List<EventActor> targets = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT role, code, name, mention, char_start, char_end, resolution FROM"
                + " event_actors WHERE event_id = ? ORDER BY role, position")) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          (rs.getString(1).equals("source") ? sources : targets).add(EventRows.actor(rs));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + EventRows.EVENT_COLUMNS
                    .replace("event_date", "CAST(event_date AS TEXT) AS event_date")
                    .replace("coded_at", "CAST(coded_at AS TEXT) AS coded_at")
                + " FROM events WHERE id = ?")) {
      ps.setString(1, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new StoreException("event " + eventId + " is missing");
        }
        return EventRows.event(rs, sources, targets);
      }
    }
  }

  List<EventCluster> clusters(EventQuery q) throws SQLException {
    List<EventClustering.Mention> mentions = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, source, target, cameo, CAST(event_date AS TEXT), article_id,"
                + " article_source FROM dyads"
                + DyadFilter.where(q)
                + " ORDER BY source, target, cameo, event_date, article_seq, sentence, id")) {
      DyadFilter.bind(ps, q);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          mentions.add(
              new EventClustering.Mention(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  LocalDate.parse(rs.getString(5)),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
    }
    List<EventCluster> out = EventClustering.cluster(mentions, CLUSTER_WINDOW_DAYS);
    return q.limit() > 0 && out.size() > q.limit() ? out.subList(0, q.limit()) : out;
  }
}
