package org.dyad.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.SentenceSelector;
import org.dyad.core.nlp.TextAnalyzer;
import org.dyad.core.nlp.TimeSelector;
import org.dyad.core.nlp.Token;
import org.dyad.core.text.Article;
import org.dyad.core.text.Span;

/**
 * A {@link TextAnalyzer} for tests that need tokens but no parser: sentences end at {@code .!?}
 * followed by a space, tokens are words, possessive {@code 's} and punctuation; a capitalised word
 * gets the tag {@code NNP}, a word ending in -ed {@code VBD}, others {@code NN}; no dependencies.
 *
 * <p>Thread safety: stateless.
 */
public final class WhitespaceAnalyzer implements TextAnalyzer {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]?");
  private static final Pattern TOKEN =
      Pattern.compile(
          "[’']s\\b|[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-’']*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[^\\s\\p{L}\\p{N}]");

  /** No parses or times to skip: every sentence is analysed alike, whatever the selectors say. */
  @Override
  public ParsedDocument analyze(Article article, SentenceSelector parse, TimeSelector date) {
    String text = article.text();
    List<ParsedSentence> out = new ArrayList<>();
    Matcher sm = SENTENCE.matcher(text);
    while (sm.find()) {
      String raw = sm.group();
      if (raw.isBlank()) {
        continue;
      }
      int start = sm.start() + (raw.length() - raw.stripLeading().length());
      int end = sm.end() - (raw.length() - raw.stripTrailing().length());
      List<Token> tokens = new ArrayList<>();
      Matcher tm = TOKEN.matcher(text.substring(start, end));
      while (tm.find()) {
        String w = tm.group();
        String pos =
            Character.isUpperCase(w.codePointAt(0))
                ? "NNP"
                : w.endsWith("ed") ? "VBD" : w.matches("\\p{Punct}") ? w : "NN";
        if (w.equals("’s") || w.equals("'s")) {
          pos = "POS";
        }
        tokens.add(
            new Token(
                tokens.size(),
                w,
                w.toLowerCase(java.util.Locale.ROOT),
                pos,
                "O",
                new Span(start + tm.start(), start + tm.end())));
      }
      out.add(
          new ParsedSentence(
              out.size(),
              text.substring(start, end),
              new Span(start, end),
              tokens,
              List.of(),
              List.of()));
    }
    return new ParsedDocument(article, out, List.of());
  }
}
