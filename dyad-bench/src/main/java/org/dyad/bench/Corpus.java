package org.dyad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.text.Article;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.ArticleReader;
import org.dyad.nlp.corenlp.CoreNlpAnalyzer;

/** The first 40 articles of the shipped Wikinews benchmark sample, parsed in full once per JVM. */
final class Corpus {
  static final int DOCUMENTS = 40;

  private Corpus() {}

  static List<ParsedDocument> parsed() {
    return Holder.PARSED;
  }

  private static final class Holder {
    static final List<ParsedDocument> PARSED = load();
  }

  private static List<ParsedDocument> load() {
    Path sample = Path.of("data", "wikinews", "wikinews-bench-300.jsonl");
    if (!Files.isRegularFile(sample)) {
      sample = Path.of("..").resolve(sample); // run from the module directory
    }
    List<ParsedDocument> out = new ArrayList<>();
    for (ArticleInput in : ArticleReader.jsonl(sample, java.time.LocalDate.of(2005, 1, 1))) {
      if (out.size() == DOCUMENTS) {
        break;
      }
      Article a = in.article();
      out.add(CoreNlpAnalyzer.shared().analyze(a));
    }
    return List.copyOf(out);
  }
}
