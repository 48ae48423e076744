package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.text.ArticleInput;
import org.dyad.pipeline.DocumentOutcome;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.io.EventFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

  @Mixin ArticleInputs input;

  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "table, jsonl, tsv or plover (PLOVER JSON lines; events without a PLOVER type are"
              + " left out) (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin DictionaryOptions dictionary;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ArticleInput> articles = input.read("dyad code", err);
    if (articles == null) {
      return 2;
    }
    DyadPipeline pipeline = DyadPipeline.standard(dictionary.config());
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
      for (CodedEvent e : o.dyads()) {
        switch (format) {
          case JSONL -> out.println(EventFormats.jsonLine(e));
          case TSV -> out.println(EventFormats.tsvRow(e));
          case PLOVER -> EventFormats.ploverLine(e).ifPresent(out::println);
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
                + " events, "
                + o.dyads().size()
                + " dyads");
        out.print(EventFormats.table(o.dyads()));
        out.println();
      }
      out.flush();
    }
    return failed == 0 ? 0 : 1;
  }
}
