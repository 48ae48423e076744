package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.core.store.StoreException;

/**
 * Parquet through DuckDB: a CSV file (with a header) becomes a Parquet file with typed columns, and
 * a Parquet file is read back as rows of text. Used by exports from either store.
 */
public final class ParquetFiles {
  private ParquetFiles() {}

  /**
   * Converts {@code csv} to Parquet at {@code parquet}.
   *
   * @param types SQL types of columns that are not text ({@code goldstein} → {@code DOUBLE}); all
   *     others stay text, so codes keep their leading zeros
   */
  public static void fromCsv(
      Path csv, List<String> columns, Map<String, String> types, Path parquet) {
    List<String> select = new ArrayList<>();
    for (String c : columns) {
      String type = types.getOrDefault(c, "VARCHAR");
      select.add("CAST(NULLIF(\"" + c + "\", '') AS " + type + ") AS \"" + c + "\"");
    }
    String sql =
        "COPY (SELECT "
            + String.join(", ", select)
            + " FROM read_csv("
            + literal(csv)
            + ", header = true, all_varchar = true, quote = '\"', escape = '\"',"
            + " delim = ',', strict_mode = false)) TO "
            + literal(parquet)
            + " (FORMAT PARQUET)";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new StoreException("writing Parquet " + parquet + ": " + e.getMessage(), e);
    }
  }

  /** The rows of a Parquet file as text (null for SQL NULL), header first. */
  public static List<List<String>> read(Path parquet) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM read_parquet(" + literal(parquet) + ")")) {
      ResultSetMetaData md = rs.getMetaData();
      List<List<String>> out = new ArrayList<>();
      List<String> header = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        header.add(md.getColumnName(i));
      }
      out.add(header);
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading Parquet " + parquet + ": " + e.getMessage(), e);
    }
  }

  /** A path as a SQL string literal (COPY takes no parameters for file names). */
  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}
