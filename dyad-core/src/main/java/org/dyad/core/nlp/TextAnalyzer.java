package org.dyad.core.nlp;

import org.dyad.core.text.Article;

/**
 * Splits an article into sentences and analyses each: tokens, lemmas, part-of-speech and entity
 * tags, a basic dependency tree, and time expressions normalised against the publication date.
 *
 * <p>Contract: never returns null; the article is not modified; an empty text gives a document
 * without sentences. Sentence offsets index into {@link Article#text()}; the title is analysed
 * apart so that body sentence indices do not count it.
 *
 * <p>Thread safety: implementations state their own; the CoreNLP adapter may be shared.
 */
public interface TextAnalyzer {
  ParsedDocument analyze(Article article);
}
