package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.ArticleReader;
import org.dyad.pipeline.DocumentOutcome;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.config.Bundled;
import org.dyad.pipeline.config.PipelineConfig;
import org.dyad.pipeline.eval.EvalRow;
import org.dyad.pipeline.eval.Prf;
import org.dyad.pipeline.eval.SentenceSets;
import org.dyad.pipeline.io.EventFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval}: code the public gold sets and score them next to PETRARCH2. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Code each gold set and print precision, recall and F1, next to PETRARCH2's output on the"
          + " same sentences where it exists. A set is a directory; its kind follows from its"
          + " files: articles.jsonl + gold.jsonl (scored by score.py, python3), a PETRARCH"
          + " validation *.xml (with petrarch2_*.jsonl and dictionary/ when present),"
          + " PLOVER_GSR_CAMEO.txt, or cameo_class_test.tsv (ConfliBERT)."
    })
final class EvalCommand implements Callable<Integer> {
  private static final List<String> DEFAULT_SETS =
      List.of("flagship", "dev", "petr2-gsr", "petrarch-unit", "plover-gsr", "conflibert");

  /** ConfliBERT's sentences carry no date; its news is from the 2010s. */
  private static final LocalDate CONFLIBERT_DATE = LocalDate.of(2017, 1, 1);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SET_DIR", description = "Gold set directories (default: all of eval/).")
  List<Path> sets = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "target/eval",
      description = "Where predictions and reports go (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(
      names = "--quiet",
      description = "Print only the summary table, not score.py's full reports.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> dirs = sets;
    if (dirs.isEmpty()) {
      dirs = DEFAULT_SETS.stream().map(s -> Path.of("eval", s)).toList();
    }
    Files.createDirectories(outDir);
    DyadPipeline standard = DyadPipeline.standard(PipelineConfig.defaults());
    List<EvalRow> rows = new ArrayList<>();
    int status = 0;
    for (Path dir : dirs) {
      String name = dir.toAbsolutePath().normalize().getFileName().toString();
      long start = System.nanoTime();
      List<EvalRow> found;
      try {
        found = evaluate(name, dir, standard, out);
      } catch (IllegalArgumentException
          | IllegalStateException
          | IOException
          | java.io.UncheckedIOException e) {
        spec.commandLine().getErr().println("dyad eval: " + dir + ": " + e.getMessage());
        status = 1;
        continue;
      }
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("dyad eval: " + dir + ": not a gold set directory");
        status = 1;
        continue;
      }
      out.printf(Locale.ROOT, "== %s: scored in %.1f s%n", name, (System.nanoTime() - start) / 1e9);
      out.flush();
      rows.addAll(found);
    }
    out.println();
    out.print(table(rows));
    out.flush();
    return status;
  }

  private List<EvalRow> evaluate(String name, Path dir, DyadPipeline standard, PrintWriter out)
      throws IOException, InterruptedException {
    if (Files.isRegularFile(dir.resolve("articles.jsonl"))) {
      return articleSet(name, dir, standard, out);
    }
    if (Files.isRegularFile(dir.resolve("PLOVER_GSR_CAMEO.txt"))) {
      return report(name, SentenceSets.plover(dir.resolve("PLOVER_GSR_CAMEO.txt"), standard), out);
    }
    if (Files.isRegularFile(dir.resolve("cameo_class_test.tsv"))) {
      return report(
          name,
          SentenceSets.conflibert(dir.resolve("cameo_class_test.tsv"), CONFLIBERT_DATE, standard),
          out);
    }
    Path xml = only(dir, ".xml");
    if (xml == null) {
      return List.of();
    }
    // A set's own dictionary/ is loaded like a user's. With a file ONLY_THESE_DICTIONARIES in it,
    // it replaces the bundled dictionaries, as the PETRARCH unit tests expect their own actors,
    // agents and verbs (PETRARCH2's output on them was made with those alone); with a file
    // ONLY_THESE_VERBS, only the bundled verb patterns.
    Path own = dir.resolve("dictionary");
    DyadPipeline pipeline =
        Files.isDirectory(own)
            ? DyadPipeline.standard(
                new PipelineConfig(
                    List.of(own),
                    PipelineConfig.DEFAULT_MAX_DOCUMENT_CHARS,
                    Files.exists(own.resolve("ONLY_THESE_DICTIONARIES"))
                        ? Bundled.NONE
                        : Files.exists(own.resolve("ONLY_THESE_VERBS"))
                            ? Bundled.ACTORS_ONLY
                            : Bundled.ALL))
            : standard;
    return report(name, SentenceSets.petrarch(name, xml, only(dir, ".jsonl"), pipeline), out);
  }

  /** Writes the sentences where Dyad and gold disagree, for people to read. */
  private List<EvalRow> report(String name, SentenceSets.Result result, PrintWriter out)
      throws IOException {
    Path file = outDir.resolve(name + "-disagreements.txt");
    Files.write(file, result.disagreements(), StandardCharsets.UTF_8);
    if (!quiet) {
      out.println(
          "== " + name + ": " + result.disagreements().size() + " sentences disagree -> " + file);
    }
    return result.rows();
  }

  private static Path only(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().findFirst().orElse(null);
    }
  }

  /** A set in the shared dev-set format: coded here, scored by its score.py. */
  private List<EvalRow> articleSet(String name, Path dir, DyadPipeline pipeline, PrintWriter out)
      throws IOException, InterruptedException {
    List<CodedEvent> events = new ArrayList<>();
    for (ArticleInput in : ArticleReader.jsonl(dir.resolve("articles.jsonl"))) {
      if (!in.ok()) {
        spec.commandLine().getErr().println("dyad eval: " + in.origin() + ": " + in.error());
        continue;
      }
      DocumentOutcome o = pipeline.process(in.article());
      events.addAll(o.dyads());
    }
    Path predictions = outDir.resolve(name + "-predictions.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (CodedEvent e : events) {
        w.write(EventFormats.jsonLine(e));
        w.newLine();
      }
    }
    Path script =
        Files.isRegularFile(dir.resolve("score.py"))
            ? dir.resolve("score.py")
            : dir.toAbsolutePath().getParent().resolve("score.py");
    Path json = outDir.resolve(name + "-score.json");
    Files.deleteIfExists(json);
    Process p;
    try {
      p =
          new ProcessBuilder(
                  "python3",
                  script.toString(),
                  dir.toString(),
                  predictions.toString(),
                  "--json",
                  json.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      throw new IllegalStateException("python3 is needed to run " + script, e);
    }
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(120, TimeUnit.SECONDS);
    if (!quiet) {
      out.println("== " + name + ": " + events.size() + " events -> " + predictions);
      out.print(report);
    }
    if (!Files.isRegularFile(json)) {
      throw new IllegalStateException(script + " wrote no scores: " + report.strip());
    }
    JsonNode r = new ObjectMapper().readTree(json.toFile());
    int gold = r.path("counts").path("gold").asInt();
    int pred = r.path("counts").path("pred").asInt();
    List<EvalRow> rows = new ArrayList<>();
    for (String level : List.of("root", "full", "quad")) {
      Prf prf = new Prf(r.path(level).path("tp").asInt(), pred, gold);
      rows.add(EvalRow.withoutBaseline(name, "dyad+" + level, gold, prf));
    }
    JsonNode d = r.path("date");
    int dated = d.path("matched_with_gold_date").asInt();
    rows.add(
        EvalRow.withoutBaseline(
            name, "date accuracy", dated, new Prf(d.path("correct").asInt(), dated, dated)));
    return rows;
  }

  static String table(List<EvalRow> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-14s %-26s %6s  %5s %5s %5s  | %6s %10s %10s%n",
            "set",
            "level",
            "n",
            "P",
            "R",
            "F1",
            "shared",
            "Dyad F1",
            "PETR2 F1"));
    for (EvalRow r : rows) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-14s %-26s %6d  %5.2f %5.2f %5.2f  | %6s %10s %10s%n",
              r.set(),
              r.level(),
              r.sentences(),
              r.dyad().precision(),
              r.dyad().recall(),
              r.dyad().f1(),
              r.hasBaseline() ? String.valueOf(r.shared()) : "-",
              r.hasBaseline() ? String.format(Locale.ROOT, "%.3f", r.dyadShared().f1()) : "-",
              r.hasBaseline() ? String.format(Locale.ROOT, "%.3f", r.petrarch2().f1()) : "n/a"));
    }
    sb.append(
        "n: gold events (article sets, date accuracy: matched events with a gold date) or"
            + " sentences. shared: sentences PETRARCH2 coded (its output matched by text);"
            + " Dyad F1 and PETR2 F1 are on those. n/a: no PETRARCH2 output on this set. For"
            + " date accuracy P=R=F1=accuracy.\n");
    return sb.toString();
  }
}
