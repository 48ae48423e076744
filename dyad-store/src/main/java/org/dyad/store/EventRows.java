package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.event.CameoCode;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.event.DatePrecision;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.EventDate;
import org.dyad.core.event.Plover;
import org.dyad.core.event.Provenance;
import org.dyad.core.text.Span;

/** Maps events to rows of {@code events}, {@code event_actors} and {@code dyads}, and back. */
final class EventRows {
  static final String EVENT_COLUMNS =
      "id, article_id, sentence, from_title, sentence_text, cameo, code_name, goldstein,"
          + " plover_event, plover_mode, plover_context, event_date, date_precision,"
          + " date_expression, date_method, modality, trigger_start, trigger_end, trigger_text,"
          + " pattern, dictionary, coder, coded_at, notes, issues";

  private static final String NOTE_SEPARATOR = "\n";
  private static final String ISSUE_SEPARATOR = ";";

  private EventRows() {}

  static String insertEvent() {
    return "INSERT INTO events ("
        + EVENT_COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  }

  static void bindEvent(PreparedStatement ps, CodedEvent e) throws SQLException {
    Provenance p = e.provenance();
    int i = 1;
    ps.setString(i++, e.id());
    ps.setString(i++, p.articleId());
    ps.setInt(i++, p.sentence());
    ps.setBoolean(i++, p.fromTitle());
    ps.setString(i++, p.sentenceText());
    ps.setString(i++, e.code().value());
    ps.setString(i++, e.codeName());
    ps.setDouble(i++, e.goldstein());
    ps.setString(i++, e.plover().event());
    ps.setString(i++, e.plover().mode());
    ps.setString(i++, e.plover().context());
    ps.setObject(i++, e.date().date());
    ps.setString(i++, e.date().precision().name());
    ps.setString(i++, e.date().expression());
    ps.setString(i++, e.date().method());
    ps.setString(i++, e.modality());
    ps.setInt(i++, p.trigger().start());
    ps.setInt(i++, p.trigger().end());
    ps.setString(i++, p.triggerText());
    ps.setString(i++, p.patternId());
    ps.setString(i++, p.dictionaryVersion());
    ps.setString(i++, p.coderVersion());
    ps.setObject(i++, LocalDateTime.ofInstant(p.codedAt(), ZoneOffset.UTC));
    ps.setString(i++, String.join(NOTE_SEPARATOR, e.notes()));
    ps.setString(i, String.join(ISSUE_SEPARATOR, e.issues()));
  }

  static final String INSERT_ACTOR =
      "INSERT INTO event_actors (event_id, role, position, code, name, mention, char_start,"
          + " char_end, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  static void bindActor(PreparedStatement ps, String eventId, String role, int pos, EventActor a)
      throws SQLException {
    ps.setString(1, eventId);
    ps.setString(2, role);
    ps.setInt(3, pos);
    ps.setString(4, a.code().value());
    ps.setString(5, a.name());
    ps.setString(6, a.text());
    ps.setInt(7, a.chars().start());
    ps.setInt(8, a.chars().end());
    ps.setString(9, a.resolution().name());
  }

  static final String INSERT_DYAD =
      "INSERT INTO dyads (id, event_id, article_id, article_seq, sentence, source,"
          + " source_country, target, target_country, cameo, root, quad, goldstein, event_date,"
          + " article_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  static void bindDyad(
      PreparedStatement ps, CodedEvent event, CodedEvent d, long articleSeq, String articleSource)
      throws SQLException {
    int i = 1;
    ps.setString(i++, d.id());
    ps.setString(i++, event.id());
    ps.setString(i++, d.provenance().articleId());
    ps.setLong(i++, articleSeq);
    ps.setInt(i++, d.provenance().sentence());
    ps.setString(i++, d.source().code().value());
    ps.setString(i++, d.source().country());
    ps.setString(i++, d.target().code().value());
    ps.setString(i++, d.target().country());
    ps.setString(i++, d.code().value());
    ps.setString(i++, d.root());
    ps.setInt(i++, d.quadClass());
    ps.setDouble(i++, d.goldstein());
    ps.setObject(i++, d.date().date());
    ps.setString(i, articleSource);
  }

  /** An event from its {@code events} row (columns as {@link #EVENT_COLUMNS}) and actor lists. */
  static CodedEvent event(ResultSet rs, List<EventActor> sources, List<EventActor> targets)
      throws SQLException {
    Provenance p =
        new Provenance(
            rs.getString("article_id"),
            rs.getInt("sentence"),
            rs.getString("sentence_text"),
            rs.getBoolean("from_title"),
            new Span(rs.getInt("trigger_start"), rs.getInt("trigger_end")),
            rs.getString("trigger_text"),
            rs.getString("pattern"),
            rs.getString("dictionary"),
            rs.getString("coder"),
            instant(rs.getString("coded_at")));
    String notes = rs.getString("notes");
    String issues = rs.getString("issues");
    return new CodedEvent(
        rs.getString("id"),
        sources,
        targets,
        CameoCode.of(rs.getString("cameo")),
        rs.getString("code_name"),
        rs.getDouble("goldstein"),
        new Plover(
            rs.getString("plover_event"),
            rs.getString("plover_mode"),
            rs.getString("plover_context")),
        new EventDate(
            LocalDate.parse(rs.getString("event_date")),
            DatePrecision.valueOf(rs.getString("date_precision")),
            rs.getString("date_expression"),
            rs.getString("date_method")),
        rs.getString("modality"),
        p,
        notes.isEmpty() ? List.of() : Arrays.asList(notes.split(NOTE_SEPARATOR, -1)),
        "",
        issues.isEmpty() ? List.of() : Arrays.asList(issues.split(ISSUE_SEPARATOR, -1)));
  }

  static EventActor actor(ResultSet rs) throws SQLException {
    return new EventActor(
        ActorCode.of(rs.getString("code")),
        rs.getString("name"),
        rs.getString("mention"),
        new Span(rs.getInt("char_start"), rs.getInt("char_end")),
        MentionKind.valueOf(rs.getString("resolution").toUpperCase(Locale.ROOT)));
  }

  /** A TIMESTAMP read as text ("2024-06-01 12:00:00.123" on both databases) as an instant. */
  static Instant instant(String timestamp) {
    return LocalDateTime.parse(timestamp.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
  }

  static List<String> ids(List<CodedEvent> events) {
    List<String> out = new ArrayList<>();
    for (CodedEvent e : events) {
      out.add(e.id());
    }
    return out;
  }
}
