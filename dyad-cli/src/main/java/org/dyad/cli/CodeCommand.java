package org.dyad.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.event.CodedEvent;
import org.dyad.pipeline.DocumentOutcome;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.config.PipelineConfig;
import org.dyad.pipeline.io.ArticleInput;
import org.dyad.pipeline.io.ArticleReader;
import org.dyad.pipeline.io.EventFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad code}: code articles and print their events. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Code news articles into events and print them.",
      "INPUT is a text file (one article; give --date), a .jsonl file with {id, date, title, text} per line,"
          + " or '-' / nothing for standard input (text, or JSONL with --jsonl)."
    })
final class CodeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", description = "Text or JSONL files; '-' for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--date",
      description = "Publication date of text inputs (YYYY-MM-DD); default today.")
  LocalDate date;

  @Option(names = "--id", description = "Article id of a single text input; default the file name.")
  String id;

  @Option(names = "--jsonl", description = "Read standard input as JSONL.")
  boolean stdinJsonl;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, jsonl or tsv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--dictionary",
      paramLabel = "DIR",
      description = "Extra actor dictionary directory (TSV files).")
  List<Path> dictionaries = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (id != null && inputs.size() > 1) {
      err.println("dyad code: --id names one article, but " + inputs.size() + " inputs were given");
      return 2;
    }
    List<ArticleInput> articles = read(err);
    DyadPipeline pipeline =
        DyadPipeline.standard(
            new PipelineConfig(dictionaries, PipelineConfig.DEFAULT_MAX_DOCUMENT_CHARS));
    int failed = 0;
    if (format == OutputFormat.TSV) {
      out.println(EventFormats.tsvHeader());
    }
    for (ArticleInput in : articles) {
      if (!in.ok()) {
        err.println("dyad code: " + in.origin() + ": " + in.error());
        failed++;
        continue;
      }
      DocumentOutcome o = pipeline.process(in.article());
      if (o.status() != DocumentOutcome.Status.CODED) {
        err.println(
            "dyad code: "
                + in.origin()
                + " (article "
                + o.articleId()
                + "): "
                + o.status().name().toLowerCase(java.util.Locale.ROOT)
                + ": "
                + o.reason());
        failed += o.status() == DocumentOutcome.Status.FAILED ? 1 : 0;
        continue;
      }
      for (CodedEvent e : o.events()) {
        switch (format) {
          case JSONL -> out.println(EventFormats.jsonLine(e));
          case TSV -> out.println(EventFormats.tsvRow(e));
          case TABLE -> {} // printed per article below
        }
      }
      if (format == OutputFormat.TABLE) {
        out.println(
            "article "
                + o.articleId()
                + ": "
                + o.sentences()
                + " sentences, "
                + o.events().size()
                + " events");
        out.print(EventFormats.table(o.events()));
        out.println();
      }
      out.flush();
    }
    return failed == 0 ? 0 : 1;
  }

  private List<ArticleInput> read(PrintWriter err) throws java.io.IOException {
    LocalDate day = date != null ? date : LocalDate.now(java.time.ZoneOffset.UTC);
    List<ArticleInput> out = new ArrayList<>();
    List<String> sources = inputs.isEmpty() ? List.of("-") : inputs;
    for (String s : sources) {
      if (s.equals("-")) {
        BufferedReader r =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (stdinJsonl) {
          out.addAll(ArticleReader.jsonl("stdin", r, date));
        } else {
          out.add(ArticleReader.text("stdin", r, day, id != null ? id : "stdin"));
        }
        continue;
      }
      Path p = Path.of(s);
      if (!Files.isRegularFile(p)) {
        out.add(ArticleInput.failed(s, "no such file"));
      } else if (s.endsWith(".jsonl")) {
        out.addAll(ArticleReader.jsonl(p, date));
      } else {
        if (date == null) {
          err.println(
              "dyad code: "
                  + s
                  + ": no --date given, using today's date "
                  + day
                  + " to resolve relative dates");
        }
        out.add(ArticleReader.text(p, day, id));
      }
    }
    return out;
  }
}
