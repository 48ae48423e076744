package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.core.nlp.Conllu;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.text.Article;

/**
 * The article queries of {@link JdbcEventStore}: one article, and every article with its stored
 * parse (CoNLL-U) for re-coding.
 *
 * <p>Thread safety: none; the store serialises calls.
 */
final class StoredArticles {
  private static final String ARTICLE_SELECT =
      "SELECT id, CAST(published AS TEXT), source, title, body, url, language FROM articles";

  private final Connection c;

  StoredArticles(Connection c) {
    this.c = c;
  }

  Optional<Article> article(String articleId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(ARTICLE_SELECT + " WHERE id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(article(rs)) : Optional.empty();
      }
    }
  }

  /**
   * Calls {@code sink} with each article's parse, in store order. The article list is read first,
   * so the sink may write to the store (a recode replaces events as it goes).
   */
  void forEachParsed(Consumer<ParsedDocument> sink) throws SQLException {
    List<Article> articles = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(ARTICLE_SELECT + " ORDER BY seq")) {
      while (rs.next()) {
        articles.add(article(rs));
      }
    }
    for (Article a : articles) {
      List<ParsedSentence> body = new ArrayList<>();
      List<ParsedSentence> title = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT part, conllu FROM sentences WHERE article_id = ? ORDER BY part, idx")) {
        ps.setString(1, a.id());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            (rs.getString(1).equals("title") ? title : body).add(Conllu.read(rs.getString(2)));
          }
        }
      }
      sink.accept(new ParsedDocument(a, body, title));
    }
  }

  private static Article article(ResultSet rs) throws SQLException {
    return new Article(
        rs.getString(1),
        LocalDate.parse(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7));
  }
}
