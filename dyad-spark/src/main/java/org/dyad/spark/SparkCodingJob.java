package org.dyad.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.store.EventCluster;
import org.dyad.core.text.Article;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.Sources;
import org.dyad.pipeline.DocumentOutcome;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.export.EventExport;
import org.dyad.pipeline.ingest.ContentId;
import scala.Tuple2;

/**
 * Codes a directory of JSONL, text, HTML, feed or WARC files (any path Hadoop reads: local, HDFS,
 * S3) on a Spark cluster and writes {@code OUTPUT/events} (every dyadic event, in the columns and
 * types of {@code dyad export --format parquet}) and {@code OUTPUT/outcomes} (what became of each
 * input document) as Parquet.
 *
 * <p>It finds the events {@code dyad ingest} finds on the same input: the same readers, content
 * ids, pipeline and event clusters, with documents ordered by file and place in the file as ingest
 * orders them. Two differences: an article whose content id repeats is coded once and the repeats
 * recorded as duplicates, but near-duplicates (a reposted story with a changed phrase) are not
 * looked for, as that needs every stored article; and events are not stored, only written.
 *
 * <p>Each executor loads the pipeline once ({@link ExecutorPipeline}) and codes its partitions with
 * it.
 */
public final class SparkCodingJob {
  static final String USAGE =
      "usage: spark-submit --class org.dyad.spark.SparkCodingJob dyad-spark-job.jar INPUT OUTPUT"
          + " [--date YYYY-MM-DD] [--partitions N] [--dictionary DIR]...";

  private SparkCodingJob() {}

  /**
   * What the job was asked to do.
   *
   * @param input a file or directory (read recursively)
   * @param output a directory that must not exist yet
   * @param defaultDate publication date of inputs that give none, or null to fail them
   * @param partitions partitions to code in (0: Spark's default parallelism)
   * @param dictionaries user dictionary directories, readable on every executor
   */
  public record Options(
      String input,
      String output,
      LocalDate defaultDate,
      int partitions,
      List<String> dictionaries) {
    public Options {
      dictionaries = List.copyOf(dictionaries);
    }

    static Options parse(String[] args) {
      List<String> positional = new ArrayList<>();
      LocalDate date = null;
      int partitions = 0;
      List<String> dictionaries = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.startsWith("--") && i + 1 >= args.length) {
          throw new IllegalArgumentException(a + " needs a value");
        }
        switch (a) {
          case "--date" -> date = LocalDate.parse(args[++i]);
          case "--partitions" -> partitions = Integer.parseInt(args[++i]);
          case "--dictionary" -> dictionaries.add(args[++i]);
          default -> {
            if (a.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            positional.add(a);
          }
        }
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException("give INPUT and OUTPUT");
      }
      return new Options(positional.get(0), positional.get(1), date, partitions, dictionaries);
    }
  }

  /** What the job did. */
  public record Summary(Map<String, Long> outcomes, long events) {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (RuntimeException e) {
      System.err.println("dyad spark job: " + e.getMessage() + "\n" + USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("dyad coding").getOrCreate();
    try {
      Summary s = run(spark, options);
      System.out.println("dyad spark job: documents " + s.outcomes() + ", events " + s.events());
    } finally {
      spark.stop();
    }
  }

  public static Summary run(SparkSession spark, Options o) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.hadoopConfiguration()
        .setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    int partitions = o.partitions() > 0 ? o.partitions() : jsc.defaultParallelism();
    LocalDate date = o.defaultDate();
    JavaRDD<Records.Doc> docs =
        jsc.binaryFiles(o.input(), partitions)
            .filter(f -> Sources.isArticleFile(f._1()))
            .flatMap(f -> read(f._1(), f._2(), date).iterator());
    docs.persist(StorageLevel.MEMORY_AND_DISK());

    // One document per content id, the first in input order; later copies are duplicates.
    JavaPairRDD<String, Iterable<Records.Doc>> byContent =
        docs.filter(d -> d.error() == null)
            .mapToPair(d -> new Tuple2<>(ContentId.of(article(d)), d))
            .groupByKey(partitions);
    JavaRDD<Records.Outcome> duplicates = byContent.flatMap(g -> repeats(g._1(), g._2()));
    List<String> dictionaries = o.dictionaries();
    JavaRDD<Coded> coded =
        byContent
            .map(g -> first(g._2()))
            .mapPartitions(part -> code(part, ExecutorPipeline.get(dictionaries)));
    coded.persist(StorageLevel.MEMORY_AND_DISK());

    JavaRDD<Records.Outcome> failed =
        docs.filter(d -> d.error() != null)
            .map(d -> new Records.Outcome(d.position(), d.origin(), "", "failed", d.error(), 0));
    JavaRDD<Records.Outcome> outcomes = coded.map(Coded::outcome).union(duplicates).union(failed);
    JavaRDD<Row> eventRows =
        coded
            .flatMap(c -> c.mentions().iterator())
            .groupBy(m -> m.source() + "\t" + m.target() + "\t" + m.code(), partitions)
            .flatMap(g -> ExportRows.clustered(g._2()).iterator());

    spark
        .createDataFrame(eventRows, ExportRows.eventSchema())
        .write()
        .parquet(o.output() + "/events");
    spark
        .createDataFrame(outcomes.map(ExportRows::outcomeRow), ExportRows.outcomeSchema())
        .write()
        .parquet(o.output() + "/outcomes");

    Map<String, Long> counts = new HashMap<>(outcomes.map(Records.Outcome::status).countByValue());
    long events = coded.map(c -> (long) c.mentions().size()).fold(0L, Long::sum);
    coded.unpersist();
    docs.unpersist();
    return new Summary(counts, events);
  }

  /** A coded document: its outcome and its dyadic events. */
  record Coded(Records.Outcome outcome, List<Records.Mention> mentions)
      implements java.io.Serializable {}

  private static List<Records.Doc> read(String file, PortableDataStream stream, LocalDate date) {
    List<Records.Doc> out = new ArrayList<>();
    List<ArticleInput> inputs;
    try {
      inputs = new Sources(date).content(file, stream.toArray());
    } catch (RuntimeException e) {
      inputs = List.of(ArticleInput.failed(file, "cannot read: " + e.getMessage()));
    }
    for (int i = 0; i < inputs.size(); i++) {
      ArticleInput in = inputs.get(i);
      Records.Position at = new Records.Position(file, i);
      if (!in.ok()) {
        out.add(
            new Records.Doc(at, in.origin(), null, null, null, null, null, null, null, in.error()));
        continue;
      }
      Article a = in.article();
      out.add(
          new Records.Doc(
              at,
              in.origin(),
              a.id(),
              a.published().toString(),
              a.source(),
              a.title(),
              a.text(),
              a.url(),
              a.language(),
              null));
    }
    return out;
  }

  private static Article article(Records.Doc d) {
    return new Article(
        d.id(),
        LocalDate.parse(d.published()),
        d.source(),
        d.title(),
        d.text(),
        d.url(),
        d.language());
  }

  private static Records.Doc first(Iterable<Records.Doc> copies) {
    Records.Doc first = null;
    for (Records.Doc d : copies) {
      if (first == null || d.position().compareTo(first.position()) < 0) {
        first = d;
      }
    }
    return first;
  }

  private static Iterator<Records.Outcome> repeats(String contentId, Iterable<Records.Doc> copies) {
    Records.Doc first = first(copies);
    List<Records.Outcome> out = new ArrayList<>();
    for (Records.Doc d : copies) {
      if (!d.position().equals(first.position())) {
        out.add(
            new Records.Outcome(
                d.position(),
                d.origin(),
                contentId,
                "duplicate",
                "same content as an earlier input",
                0));
      }
    }
    return out.iterator();
  }

  private static Iterator<Coded> code(Iterator<Records.Doc> docs, DyadPipeline pipeline) {
    List<Coded> out = new ArrayList<>();
    while (docs.hasNext()) {
      Records.Doc d = docs.next();
      Article a = ContentId.withContentId(article(d));
      DocumentOutcome o = pipeline.process(a);
      String status = o.status().name().toLowerCase(Locale.ROOT);
      List<Records.Mention> mentions = new ArrayList<>();
      for (CodedEvent e : o.dyads()) {
        mentions.add(mention(e, a, d.position()));
      }
      out.add(
          new Coded(
              new Records.Outcome(
                  d.position(), d.origin(), a.id(), status, o.reason(), mentions.size()),
              mentions));
    }
    return out.iterator();
  }

  private static Records.Mention mention(CodedEvent e, Article a, Records.Position at) {
    String url = a.url().isBlank() ? "dyad:article/" + a.id() : a.url();
    // The cluster figures are placeholders here, set once the clusters are known.
    EventCluster alone =
        new EventCluster(
            e.id(),
            e.source().code().value(),
            e.target().code().value(),
            e.code().value(),
            e.date().date(),
            e.date().date(),
            1,
            1,
            1,
            List.of(e.id()));
    return new Records.Mention(
        e.id(),
        e.source().code().value(),
        e.target().code().value(),
        e.code().value(),
        e.date().date().toString(),
        a.id(),
        a.source(),
        at,
        e.provenance().sentence(),
        EventExport.csvFields(e, alone, url));
  }
}
