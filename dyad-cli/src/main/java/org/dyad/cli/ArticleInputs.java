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
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.ArticleReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The article inputs shared by the commands that code text: files, JSONL, standard input. */
final class ArticleInputs {
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

  /**
   * The articles of every input, failed ones included with their reason; null (after a message)
   * when the options contradict each other.
   */
  List<ArticleInput> read(String command, PrintWriter err) throws java.io.IOException {
    if (id != null && inputs.size() > 1) {
      err.println(
          command + ": --id names one article, but " + inputs.size() + " inputs were given");
      return null;
    }
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
              command
                  + ": "
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
