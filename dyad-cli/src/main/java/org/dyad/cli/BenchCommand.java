package org.dyad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.text.ArticleInput;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.config.PipelineConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad bench}: how fast the stages run on this machine. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the pipeline on the given articles (INPUT as for 'dyad code'; default"
          + " eval/dev/articles.jsonl): parse them once on one thread, then run the coding stage"
          + " (actor resolution and event coding, no parsing) over the parses for --rounds rounds"
          + " on one thread, after one warm-up round. Prints sentences per second of each."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArticleInputs input;

  @Option(
      names = "--rounds",
      defaultValue = "20",
      description = "Timed rounds of the coding stage (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (rounds < 1) {
      err.println("dyad bench: --rounds must be at least 1, got " + rounds);
      return 2;
    }
    if (input.inputs.isEmpty()) {
      input.inputs.add("eval/dev/articles.jsonl");
    }
    List<ArticleInput> articles = input.read("dyad bench", err);
    if (articles == null) {
      return 2;
    }
    long t0 = System.nanoTime();
    DyadPipeline pipeline = DyadPipeline.standard(PipelineConfig.defaults());
    List<ParsedDocument> parsed = new ArrayList<>();
    // The first parse also loads the models; time it apart.
    long loadEnd = 0;
    int sentences = 0;
    for (ArticleInput in : articles) {
      if (!in.ok()) {
        err.println("dyad bench: " + in.origin() + ": " + in.error());
        continue;
      }
      ParsedDocument d = pipeline.parse(in.article());
      if (loadEnd == 0) {
        loadEnd = System.nanoTime();
      }
      parsed.add(d);
      sentences += d.sentences().size() + d.title().size();
    }
    long parseEnd = System.nanoTime();
    out.printf(
        Locale.ROOT,
        "documents %d, sentences %d; first document (models loaded) %.1f s; parsing the rest"
            + " %.1f sentences/s (1 thread)%n",
        parsed.size(),
        sentences,
        (loadEnd - t0) / 1e9,
        (sentences - (parsed.isEmpty() ? 0 : parsed.get(0).sentences().size()))
            / Math.max(1e-9, (parseEnd - loadEnd) / 1e9));
    int events = codeAll(pipeline, parsed); // warm-up
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      codeAll(pipeline, parsed);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "coding stage (resolution + event coding, 1 thread): %.0f sentences/s over %d rounds;"
            + " %d events per round%n",
        (double) sentences * rounds / seconds,
        rounds,
        events);
    out.printf(
        Locale.ROOT,
        "heap in use at the end: %d MB%n",
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    out.flush();
    return 0;
  }

  private static int codeAll(DyadPipeline pipeline, List<ParsedDocument> parsed) {
    int events = 0;
    for (ParsedDocument d : parsed) {
      events += pipeline.codeParsed(d).events().size();
    }
    return events;
  }
}
