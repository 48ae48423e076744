package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.store.EventQuery;

/**
 * The WHERE clause of an {@link EventQuery} over {@code dyads}. Every value is a bound parameter:
 * user text never becomes SQL.
 */
final class DyadFilter {
  private DyadFilter() {}

  static String where(EventQuery q) {
    List<String> parts = new ArrayList<>();
    if (q.from() != null) {
      parts.add("event_date >= ?");
    }
    if (q.to() != null) {
      parts.add("event_date <= ?");
    }
    if (!q.actor().isEmpty()) {
      parts.add("(source = ? OR source_country = ? OR target = ? OR target_country = ?)");
    }
    if (!q.source().isEmpty()) {
      parts.add("(source = ? OR source_country = ?)");
    }
    if (!q.target().isEmpty()) {
      parts.add("(target = ? OR target_country = ?)");
    }
    if (!q.code().isEmpty()) {
      parts.add("cameo LIKE ?");
    }
    if (q.quad() > 0) {
      parts.add("quad = ?");
    }
    if (!q.text().isEmpty()) {
      parts.add("event_id IN (SELECT id FROM events WHERE LOWER(sentence_text) LIKE ? ESCAPE '!')");
    }
    if (!q.issue().isEmpty()) {
      // Issues are stored ';'-separated; the delimiters make the match whole ("OIL" is not
      // "OIL_SPILL"). An issue is letters, digits, '_' and '-' (EventQuery checks), so '_' is
      // escaped.
      parts.add("event_id IN (SELECT id FROM events WHERE ';' || issues || ';' LIKE ? ESCAPE '!')");
    }
    return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
  }

  static void bind(PreparedStatement ps, EventQuery q) throws SQLException {
    int i = 1;
    if (q.from() != null) {
      ps.setObject(i++, q.from());
    }
    if (q.to() != null) {
      ps.setObject(i++, q.to());
    }
    if (!q.actor().isEmpty()) {
      for (int k = 0; k < 4; k++) {
        ps.setString(i++, q.actor());
      }
    }
    if (!q.source().isEmpty()) {
      ps.setString(i++, q.source());
      ps.setString(i++, q.source());
    }
    if (!q.target().isEmpty()) {
      ps.setString(i++, q.target());
      ps.setString(i++, q.target());
    }
    if (!q.code().isEmpty()) {
      ps.setString(i++, q.code() + "%");
    }
    if (q.quad() > 0) {
      ps.setInt(i++, q.quad());
    }
    if (!q.text().isEmpty()) {
      String literal =
          q.text()
              .toLowerCase(java.util.Locale.ROOT)
              .replace("!", "!!")
              .replace("%", "!%")
              .replace("_", "!_");
      ps.setString(i++, "%" + literal + "%");
    }
    if (!q.issue().isEmpty()) {
      ps.setString(i, "%;" + q.issue().replace("_", "!_") + ";%");
    }
  }
}
