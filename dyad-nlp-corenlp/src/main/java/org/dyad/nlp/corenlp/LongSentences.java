package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts sentences longer than a limit into pieces of at most that many tokens. Text without
 * punctuation (tables, scraped lists, a dump with its full stops lost) can make one "sentence" of
 * thousands of tokens, and the tagger, recogniser and parser grow with sentence length, the parser
 * worse than linearly. No news sentence is near the limit; a piece of a run-on is still coded on
 * its own, as the words it holds.
 *
 * <p>Thread safety: stateless.
 */
final class LongSentences {
  /**
   * Longer sentences are cut. Split roughly by full stops, 35 of the 65,421 sentences of the
   * Wikinews corpus pass it, all tables and lists without punctuation.
   */
  static final int MAX_TOKENS = 250;

  private LongSentences() {}

  /** Replaces, in place, each sentence of {@code doc} over {@code maxTokens} by its pieces. */
  static void cut(Annotation doc, int maxTokens) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences.stream().noneMatch(s -> tokens(s).size() > maxTokens)) {
      return;
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = tokens(s);
      if (tokens.size() <= maxTokens) {
        out.add(s);
        continue;
      }
      int firstToken = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      for (int from = 0; from < tokens.size(); from += maxTokens) {
        int to = Math.min(tokens.size(), from + maxTokens);
        out.add(piece(text, tokens.subList(from, to), firstToken + from));
      }
    }
    for (int i = 0; i < out.size(); i++) {
      CoreMap s = out.get(i);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      List<CoreLabel> tokens = tokens(s);
      for (int t = 0; t < tokens.size(); t++) {
        tokens.get(t).setSentIndex(i);
        tokens.get(t).setIndex(t + 1);
      }
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  private static CoreMap piece(String text, List<CoreLabel> tokens, int tokenBegin) {
    CoreMap piece = new ArrayCoreMap();
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    piece.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
    piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + tokens.size());
    return piece;
  }

  private static List<CoreLabel> tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }
}
