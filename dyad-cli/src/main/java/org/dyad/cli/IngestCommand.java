package org.dyad.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.Sources;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.ingest.Ingest;
import org.dyad.pipeline.ingest.IngestProgress;
import org.dyad.pipeline.io.EventFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad ingest}: code sources into the store, resumably. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Code articles into the store. Runs again on the same inputs add nothing; a run stopped at"
          + " any point and started again ends with the events of an uninterrupted run.",
      "SOURCE: a file (.txt, .html, .jsonl, .xml/.rss/.atom feed, .warc[.gz]), a directory of"
          + " them, or an http(s) URL of a feed or page."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SOURCE", arity = "1..*")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--date",
      description = "Publication date for inputs that give none (text files, undated JSONL lines).")
  LocalDate date;

  @Option(names = "--threads", description = "Parsing threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--progress",
      defaultValue = "auto",
      description = "bar, lines, none, or auto (a bar on a terminal, lines elsewhere).")
  String progress;

  @Option(
      names = "--max-document-bytes",
      paramLabel = "N",
      description =
          "Fail, without reading it, a document larger than this: a file of one article or feed,"
              + " a JSONL line, a WARC record or a page (default: ${DEFAULT-VALUE}).")
  long maxDocumentBytes = Sources.DEFAULT_MAX_DOCUMENT_BYTES;

  @Option(names = "--print", description = "Print the events this run stored, as a table.")
  boolean print;

  @Mixin StoreOptions store;

  @Mixin DictionaryOptions dictionary;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Sources readers = new Sources(date, maxDocumentBytes);
    List<ArticleInput> inputs = new ArrayList<>();
    for (String s : sources) {
      inputs.addAll(readers.read(s));
    }
    DyadPipeline pipeline = DyadPipeline.standard(dictionary.config());
    try (EventStore st = store.open()) {
      err.println("dyad ingest: " + inputs.size() + " documents into " + st.location());
      Ingest ingest = new Ingest(pipeline, st, threads, reporter(err));
      RunSummary run = ingest.run(String.join(" ", sources), inputs.iterator(), inputs.size());
      err.println();
      if (print) {
        printEvents(st, run, out);
      }
      out.println(summary(run));
      int failed = run.counts().getOrDefault(DocumentStatus.FAILED, 0);
      if (failed > 0) {
        out.println("failed documents and their reasons: dyad runs show " + run.id());
      }
      return failed > 0 ? 1 : 0;
    }
  }

  private static void printEvents(EventStore st, RunSummary run, PrintWriter out) {
    for (DocumentRecord d : st.outcomes(run.id())) {
      if (d.status() != DocumentStatus.CODED) {
        continue;
      }
      List<CodedEvent> dyads = new ArrayList<>();
      for (CodedEvent e : st.articleEvents(d.articleId())) {
        dyads.addAll(e.dyads());
      }
      out.println(d.input() + " (article " + d.articleId() + "): " + dyads.size() + " events");
      out.print(EventFormats.table(dyads));
    }
  }

  static String summary(RunSummary run) {
    StringBuilder sb = new StringBuilder("run " + run.id() + ": " + run.documents() + " documents");
    for (DocumentStatus s : DocumentStatus.values()) {
      sb.append(", ")
          .append(run.counts().getOrDefault(s, 0))
          .append(' ')
          .append(s.name().toLowerCase(Locale.ROOT));
    }
    sb.append("; ").append(run.events()).append(" events stored");
    if (run.finished() != null) {
      Duration d = Duration.between(run.started(), run.finished());
      sb.append(String.format(Locale.ROOT, "; %.1f s", d.toMillis() / 1000.0));
    }
    return sb.toString();
  }

  private Consumer<IngestProgress> reporter(PrintWriter err) {
    // bin/dyad tells whether standard error is a terminal ([ -t 2 ]); Java cannot, portably.
    boolean terminal = "1".equals(System.getenv("DYAD_STDERR_TTY"));
    String mode = progress.equals("auto") ? (terminal ? "bar" : "lines") : progress;
    long[] lastLine = {0};
    return p -> {
      switch (mode) {
        case "bar" -> {
          err.print("\r" + bar(p));
          err.flush();
        }
        case "lines" -> {
          long now = p.elapsed().toSeconds();
          if (p.documents() == p.total() || now - lastLine[0] >= 10 || p.documents() % 100 == 0) {
            lastLine[0] = now;
            err.println(line(p));
            err.flush();
          }
        }
        default -> {}
      }
    };
  }

  static String line(IngestProgress p) {
    Duration eta = p.eta();
    return String.format(
        Locale.ROOT,
        "dyad ingest: %d/%s documents, %d coded, %d events, %.2f docs/s%s",
        p.documents(),
        p.total() < 0 ? "?" : String.valueOf(p.total()),
        p.coded(),
        p.events(),
        p.rate(),
        eta == null ? "" : ", ETA " + format(eta));
  }

  static String bar(IngestProgress p) {
    int width = 30;
    int filled = p.total() <= 0 ? 0 : (int) ((long) width * p.documents() / p.total());
    Duration eta = p.eta();
    return String.format(
        Locale.ROOT,
        "[%s%s] %d/%s docs  %d events  %.2f docs/s  ETA %s ",
        "#".repeat(filled),
        " ".repeat(width - filled),
        p.documents(),
        p.total() < 0 ? "?" : String.valueOf(p.total()),
        p.events(),
        p.rate(),
        eta == null ? "?" : format(eta));
  }

  private static String format(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
