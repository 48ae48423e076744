package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.ResolvedDocument;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.TimeExpression;
import org.dyad.core.nlp.Token;
import org.dyad.core.text.Article;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.config.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad explain}: show the parse and the actors the coder sees, for tuning dictionaries. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Print each sentence's tokens (lemma, tag, entity, dependency), time expressions, resolved"
            + " actors, and the coder's remarks (a discard phrase, the sentence's issues).")
final class ExplainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "TEXT", description = "The text to explain.")
  String text;

  @Option(names = "--date", description = "Publication date (YYYY-MM-DD); default today.")
  LocalDate date;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LocalDate day = date != null ? date : LocalDate.now(ZoneOffset.UTC);
    DyadPipeline pipeline = DyadPipeline.standard(PipelineConfig.defaults());
    ResolvedDocument doc = pipeline.explain(Article.of("explain", day, "", text));
    for (ParsedSentence s : doc.parsed().sentences()) {
      out.println("[" + s.index() + "] " + s.text());
      DependencyTree tree = s.tree();
      for (Token t : s.tokens()) {
        out.printf(
            Locale.ROOT,
            "  %3d %-16s %-14s %-5s %-12s %-12s <- %d%n",
            t.index(),
            t.word(),
            t.lemma(),
            t.pos(),
            t.ner(),
            tree.relation(t.index()),
            tree.head(t.index()));
      }
      for (TimeExpression te : s.timeExpressions()) {
        out.println("  time: " + te.text() + " = " + te.type() + " " + te.value());
      }
      for (ActorMention m : doc.mentionsIn(s.index())) {
        out.println(
            "  actor: "
                + m.text()
                + " -> "
                + m.actor().code()
                + " ("
                + m.actor().name()
                + ", "
                + m.kind().name().toLowerCase(Locale.ROOT)
                + (m.antecedent().isEmpty() ? "" : " via " + m.antecedent())
                + ")");
      }
      for (String remark : pipeline.remarks(doc, s.index())) {
        out.println("  coder: " + remark);
      }
    }
    out.flush();
    return 0;
  }
}
