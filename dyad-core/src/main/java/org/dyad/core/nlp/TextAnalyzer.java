package org.dyad.core.nlp;

import java.util.List;
import org.dyad.core.text.Article;

/**
 * Splits an article into sentences and analyses each: tokens, lemmas, part-of-speech and entity
 * tags, a basic dependency tree, and time expressions normalised against the publication date.
 *
 * <p>Contract: never returns null; the article is not modified; an empty text gives a document
 * without sentences. Sentence offsets index into {@link Article#text()}; the title is analysed
 * apart so that body sentence indices do not count it. A sentence the selector passes over keeps
 * its tokens, lemmas and tags but has no dependencies and no time expressions; a parsed one has
 * time expressions only if the time selector chose it.
 *
 * <p>Thread safety: implementations state their own; the CoreNLP adapter may be shared.
 */
public interface TextAnalyzer {
  /** Analyses every sentence in full. */
  default ParsedDocument analyze(Article article) {
    return analyze(article, SentenceSelector.ALL, TimeSelector.ALL);
  }

  /**
   * Analyses every sentence cheaply, parses those {@code parse} chooses, then finds time
   * expressions in the parsed sentences {@code date} chooses. Analyzers without a cheap pass may
   * analyse every sentence in full.
   */
  ParsedDocument analyze(Article article, SentenceSelector parse, TimeSelector date);

  /** The time each stage of analysis has taken so far in this JVM; empty if not measured. */
  default List<StageTiming> stageTimings() {
    return List.of();
  }
}
