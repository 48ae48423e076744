package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.text.ArticleInput;
import org.dyad.pipeline.DocumentOutcome;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.report.UnresolvedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad actors --unresolved}: the names the dictionaries missed. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = {
      "Report on actors in a corpus. With --unresolved: read the articles and list the most"
          + " frequent named people and organisations that no dictionary entry resolved, with"
          + " counts and an example sentence, so that dictionaries can be kept fresh.",
      "INPUT as for 'dyad code'."
    })
final class ActorsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArticleInputs input;

  @Option(
      names = "--unresolved",
      required = true,
      description = "List names that no dictionary entry resolved.")
  boolean unresolved;

  @Option(
      names = "--top",
      defaultValue = "30",
      description = "How many names to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--tsv", description = "Print TSV (name, type, mentions, documents, example).")
  boolean tsv;

  @Mixin DictionaryOptions dictionary;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (top < 1) {
      err.println("dyad actors: --top must be at least 1, got " + top);
      return 2;
    }
    List<ArticleInput> articles = input.read("dyad actors", err);
    if (articles == null) {
      return 2;
    }
    DyadPipeline pipeline = DyadPipeline.standard(dictionary.config());
    UnresolvedReport report = new UnresolvedReport();
    int failed = 0;
    for (ArticleInput in : articles) {
      if (!in.ok()) {
        err.println("dyad actors: " + in.origin() + ": " + in.error());
        failed++;
        continue;
      }
      DocumentOutcome o = pipeline.process(in.article());
      if (o.status() == DocumentOutcome.Status.CODED) {
        report.add(o.articleId(), o.unresolved());
      } else {
        err.println("dyad actors: " + in.origin() + ": " + o.reason());
        failed++;
      }
    }
    List<UnresolvedReport.Row> rows = report.top(top);
    if (tsv) {
      out.println("name\ttype\tmentions\tdocuments\texample_document\texample_sentence");
      for (UnresolvedReport.Row r : rows) {
        out.println(
            String.join(
                "\t",
                r.name(),
                r.entityType(),
                String.valueOf(r.mentions()),
                String.valueOf(r.documents()),
                r.exampleDocument(),
                r.exampleSentence().replace('\t', ' ')));
      }
    } else {
      out.printf(
          Locale.ROOT,
          "%d documents read; the %d most frequent unresolved names:%n",
          report.documents(),
          rows.size());
      out.printf(
          Locale.ROOT, "%-32s %-12s %8s %5s  %s%n", "name", "type", "mentions", "docs", "example");
      for (UnresolvedReport.Row r : rows) {
        out.printf(
            Locale.ROOT,
            "%-32s %-12s %8d %5d  %s: %s%n",
            r.name(),
            r.entityType(),
            r.mentions(),
            r.documents(),
            r.exampleDocument(),
            abbreviate(r.exampleSentence(), 100));
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }
}
