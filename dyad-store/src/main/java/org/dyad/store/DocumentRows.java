package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.nlp.Conllu;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.StoredDocument;
import org.dyad.core.text.Article;

/**
 * The inserts of a stored document: its article, its parses as CoNLL-U, its events with their actor
 * lists and dyads, and its outcome. The caller owns the transaction.
 *
 * <p>Thread safety: none; the store serialises calls.
 */
final class DocumentRows {
  private final Connection c;

  DocumentRows(Connection c) {
    this.c = c;
  }

  void insertArticle(long runId, long seq, StoredDocument doc) throws SQLException {
    Article a = doc.parsed().article();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO articles (id, seq, source_id, published, source, title, body, url,"
                + " language, fingerprint, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, a.id());
      ps.setLong(2, seq);
      ps.setString(3, doc.sourceId());
      ps.setObject(4, a.published());
      ps.setString(5, a.source());
      ps.setString(6, a.title());
      ps.setString(7, a.text());
      ps.setString(8, a.url());
      ps.setString(9, a.language());
      ps.setLong(10, doc.fingerprint());
      ps.setLong(11, runId);
      ps.executeUpdate();
    }
  }

  /** Rows per INSERT of sentences: few statements, well under drivers' parameter limits. */
  private static final int SENTENCE_ROWS_PER_INSERT = 100;

  /**
   * Inserts the document's parses, many rows per statement: an embedded database spends more per
   * statement than per row, and an article has dozens of sentences.
   */
  void insertSentences(ParsedDocument parsed) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    addSentences(rows, parsed.article().id(), "body", parsed.sentences());
    addSentences(rows, parsed.article().id(), "title", parsed.title());
    for (int from = 0; from < rows.size(); from += SENTENCE_ROWS_PER_INSERT) {
      List<Object[]> chunk =
          rows.subList(from, Math.min(rows.size(), from + SENTENCE_ROWS_PER_INSERT));
      StringBuilder sql =
          new StringBuilder("INSERT INTO sentences (article_id, part, idx, conllu) VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)");
      }
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        int k = 1;
        for (Object[] row : chunk) {
          ps.setString(k++, (String) row[0]);
          ps.setString(k++, (String) row[1]);
          ps.setInt(k++, (Integer) row[2]);
          ps.setString(k++, (String) row[3]);
        }
        ps.executeUpdate();
      }
    }
  }

  private static void addSentences(
      List<Object[]> rows, String articleId, String part, List<ParsedSentence> sentences) {
    for (int i = 0; i < sentences.size(); i++) {
      rows.add(new Object[] {articleId, part, i, Conllu.write(sentences.get(i))});
    }
  }

  void insertEvents(List<CodedEvent> events, long seq, String articleSource) throws SQLException {
    try (PreparedStatement ev = c.prepareStatement(EventRows.insertEvent());
        PreparedStatement ac = c.prepareStatement(EventRows.INSERT_ACTOR);
        PreparedStatement dy = c.prepareStatement(EventRows.INSERT_DYAD)) {
      for (CodedEvent e : events) {
        EventRows.bindEvent(ev, e);
        ev.addBatch();
        for (int i = 0; i < e.sources().size(); i++) {
          EventRows.bindActor(ac, e.id(), "source", i, e.sources().get(i));
          ac.addBatch();
        }
        for (int i = 0; i < e.targets().size(); i++) {
          EventRows.bindActor(ac, e.id(), "target", i, e.targets().get(i));
          ac.addBatch();
        }
        for (CodedEvent d : e.dyads()) {
          EventRows.bindDyad(dy, e, d, seq, articleSource);
          dy.addBatch();
        }
      }
      ev.executeBatch();
      ac.executeBatch();
      dy.executeBatch();
    }
  }

  void insertOutcome(long runId, DocumentRecord o) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO outcomes (run_id, position, input, article_id, status, reason, events)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, runId);
      ps.setInt(2, o.position());
      ps.setString(3, o.input());
      ps.setString(4, o.articleId());
      ps.setString(5, o.status().name());
      ps.setString(6, o.reason());
      ps.setInt(7, o.events());
      ps.executeUpdate();
    }
  }
}
