package org.dyad.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.core.store.EventCluster;
import org.dyad.core.store.EventClustering;
import org.dyad.pipeline.export.EventExport;

/**
 * The job's output rows: events in the export schema with their clusters' figures, and outcomes.
 *
 * <p>Thread safety: stateless.
 */
final class ExportRows {
  private ExportRows() {}

  /** The export rows of one (source, target, code) group, with their clusters' figures. */
  static List<Row> clustered(Iterable<Records.Mention> group) {
    List<Records.Mention> sorted = new ArrayList<>();
    group.forEach(sorted::add);
    // The store's order: date, then the article's place in the input, sentence, id.
    sorted.sort(
        Comparator.comparing(Records.Mention::date)
            .thenComparing(Records.Mention::position)
            .thenComparingInt(Records.Mention::sentence)
            .thenComparing(Records.Mention::id));
    List<EventClustering.Mention> forClustering = new ArrayList<>();
    Map<String, Records.Mention> byId = new HashMap<>();
    for (Records.Mention m : sorted) {
      forClustering.add(
          new EventClustering.Mention(
              m.id(),
              m.source(),
              m.target(),
              m.code(),
              LocalDate.parse(m.date()),
              m.articleId(),
              m.articleSource()));
      byId.put(m.id(), m);
    }
    List<Row> rows = new ArrayList<>();
    List<String> columns = EventExport.CSV_COLUMNS;
    for (EventCluster c : EventClustering.cluster(forClustering, EventClustering.WINDOW_DAYS)) {
      for (String id : c.mentionIds()) {
        List<String> fields = new ArrayList<>(byId.get(id).fields());
        fields.set(columns.indexOf("cluster_id"), c.id());
        fields.set(columns.indexOf("mentions"), String.valueOf(c.mentions()));
        fields.set(columns.indexOf("articles"), String.valueOf(c.articles()));
        fields.set(columns.indexOf("sources"), String.valueOf(c.sources()));
        rows.add(typed(fields));
      }
    }
    return rows;
  }

  private static Row typed(List<String> fields) {
    Object[] values = new Object[fields.size()];
    for (int i = 0; i < values.length; i++) {
      String v = fields.get(i);
      // An empty field is a null, as in the store's Parquet export (DuckDB reads CSV so).
      values[i] =
          v.isEmpty()
              ? null
              : switch (EventExport.parquetType(EventExport.CSV_COLUMNS.get(i))) {
                case "INTEGER" -> Integer.valueOf(v);
                case "DOUBLE" -> Double.valueOf(v);
                default -> v;
              };
    }
    return RowFactory.create(values);
  }

  static StructType eventSchema() {
    List<StructField> fields = new ArrayList<>();
    for (String c : EventExport.CSV_COLUMNS) {
      DataType t =
          switch (EventExport.parquetType(c)) {
            case "INTEGER" -> DataTypes.IntegerType;
            case "DOUBLE" -> DataTypes.DoubleType;
            default -> DataTypes.StringType;
          };
      fields.add(DataTypes.createStructField(c, t, true));
    }
    return DataTypes.createStructType(fields);
  }

  static Row outcomeRow(Records.Outcome o) {
    return RowFactory.create(
        o.position().file(),
        o.position().index(),
        o.origin(),
        o.articleId(),
        o.status(),
        o.reason(),
        o.events());
  }

  static StructType outcomeSchema() {
    return DataTypes.createStructType(
        List.of(
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("position", DataTypes.IntegerType, false),
            DataTypes.createStructField("input", DataTypes.StringType, true),
            DataTypes.createStructField("article_id", DataTypes.StringType, true),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("events", DataTypes.IntegerType, false)));
  }
}
