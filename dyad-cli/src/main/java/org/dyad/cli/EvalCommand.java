package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.dyad.core.event.CodedEvent;
import org.dyad.pipeline.DocumentOutcome;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.config.PipelineConfig;
import org.dyad.pipeline.eval.GoldScorer;
import org.dyad.pipeline.io.ArticleInput;
import org.dyad.pipeline.io.ArticleReader;
import org.dyad.pipeline.io.EventFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval}: code gold sets and score them. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Code each gold directory's articles.jsonl, write the predictions, and score them against gold.jsonl:"
          + " root-level P/R/F1 from Dyad's scorer, then the full report of the shared scorer score.py"
          + " (python3) when it sits in the gold directory or its parent."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "GOLD_DIR",
      description = "Gold directories (default: eval/flagship eval/dev).")
  List<Path> goldDirs = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "target/eval",
      description = "Where predictions go (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> dirs =
        goldDirs.isEmpty() ? List.of(Path.of("eval/flagship"), Path.of("eval/dev")) : goldDirs;
    DyadPipeline pipeline = DyadPipeline.standard(PipelineConfig.defaults());
    Files.createDirectories(outDir);
    int status = 0;
    for (Path dir : dirs) {
      Path articles = dir.resolve("articles.jsonl");
      if (!Files.isRegularFile(articles)) {
        spec.commandLine().getErr().println("dyad eval: " + dir + ": no articles.jsonl");
        status = 1;
        continue;
      }
      List<CodedEvent> events = new ArrayList<>();
      for (ArticleInput in : ArticleReader.jsonl(articles)) {
        if (!in.ok()) {
          spec.commandLine().getErr().println("dyad eval: " + in.origin() + ": " + in.error());
          continue;
        }
        DocumentOutcome o = pipeline.process(in.article());
        events.addAll(o.events());
      }
      String label = dir.toAbsolutePath().normalize().getFileName().toString();
      Path predictions = outDir.resolve(label + "-predictions.jsonl");
      try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        for (CodedEvent e : events) {
          w.write(EventFormats.jsonLine(e));
          w.newLine();
        }
      }
      out.println("== " + label + ": " + events.size() + " events -> " + predictions);
      out.println("dyad scorer: " + GoldScorer.score(dir, events));
      out.flush();
      runSharedScorer(dir, predictions, out);
    }
    return status;
  }

  private void runSharedScorer(Path dir, Path predictions, PrintWriter out) throws Exception {
    Path script =
        Files.isRegularFile(dir.resolve("score.py"))
            ? dir.resolve("score.py")
            : dir.toAbsolutePath().getParent().resolve("score.py");
    if (!Files.isRegularFile(script)) {
      return;
    }
    ProcessBuilder pb =
        new ProcessBuilder("python3", script.toString(), dir.toString(), predictions.toString())
            .redirectErrorStream(true);
    Process p;
    try {
      p = pb.start();
    } catch (java.io.IOException e) {
      out.println("(python3 not found: the full report of score.py is skipped)");
      return;
    }
    out.print(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    p.waitFor(60, TimeUnit.SECONDS);
    out.flush();
  }
}
