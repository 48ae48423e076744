package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dyad.core.nlp.Dependency;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.SentenceSelector;
import org.dyad.core.nlp.StageTiming;
import org.dyad.core.nlp.TextAnalyzer;
import org.dyad.core.nlp.TimeExpression;
import org.dyad.core.nlp.TimeSelector;
import org.dyad.core.nlp.Token;
import org.dyad.core.text.Article;
import org.dyad.core.text.Span;

/**
 * {@link TextAnalyzer} over Stanford CoreNLP 4.5.10, in three passes. The first gives every
 * sentence tokens, lemmas and part-of-speech tags, and person/organisation/location tags where it
 * has a proper noun; the second a basic Universal Dependencies parse to the sentences a {@link
 * SentenceSelector} chooses; the third time expressions (SUTime, anchored at the publication date)
 * to the parsed sentences a {@link TimeSelector} chooses and that hold a time word ({@link
 * TemporalCues}).
 *
 * <p>Design decisions: the parse and SUTime each cost several times the first pass, and most news
 * sentences cannot yield a dyadic event, so only those that can are parsed, and only those whose
 * events depend on a date are dated. Entities come from the 3-class CRF model alone: the coder
 * needs persons and organisations, which that model tags first in CoreNLP's default combination
 * anyway, and the fine-grained rules (titles, countries, causes of death) cost three quarters of
 * CoreNLP's default entity time while giving the coder nothing. Every CoreNLP annotation is
 * converted into our own records here, so no other module sees a CoreNLP type.
 *
 * <p>Thread safety: safe to share; CoreNLP annotators hold read-only models and may be called from
 * several threads at once, as the CoreNLP server does. Loading takes seconds and about a GB of
 * heap, so the models are loaded once per JVM, on first use.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
  private static final DateTimeFormatter DOC_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private final Stages stages;

  private CoreNlpAnalyzer(Stages stages) {
    this.stages = stages;
  }

  /** The JVM-wide analyzer; the first call loads the models. */
  public static CoreNlpAnalyzer shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer(new Stages());
  }

  @Override
  public List<StageTiming> stageTimings() {
    return stages.timings();
  }

  @Override
  public ParsedDocument analyze(Article article, SentenceSelector parse, TimeSelector date) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(parse, "parse");
    Objects.requireNonNull(date, "date");
    String docDate = article.published().format(DOC_DATE);
    Annotation body = stages.shallow(article.text(), docDate);
    Annotation title = stages.shallow(article.title(), docDate);
    ParsedDocument shallow =
        new ParsedDocument(
            article, convertAll(body, article.text()), convertAll(title, article.title()));
    SentenceSelector.Selection chosen = parse.select(shallow);
    List<ParsedSentence> bodySentences =
        deepen(body, article.text(), shallow.sentences(), chosen.body());
    ParsedDocument parsed =
        new ParsedDocument(
            article,
            bodySentences,
            deepen(title, article.title(), shallow.title(), chosen.title()));
    return withTimes(parsed, body, chosen.body(), date);
  }

  /**
   * Adds time expressions to the parsed sentences {@code date} names, asking again after each
   * round: times can make an event of a sentence that names one in turn (at most three rounds).
   */
  private ParsedDocument withTimes(
      ParsedDocument parsed, Annotation body, Set<Integer> isParsed, TimeSelector date) {
    List<CoreMap> sentences = body.get(CoreAnnotations.SentencesAnnotation.class);
    Set<Integer> dated = new HashSet<>();
    ParsedDocument current = parsed;
    for (int round = 0; round < 3; round++) {
      List<Integer> wanted = new ArrayList<>();
      for (int i : date.sentencesToDate(current)) {
        if (isParsed.contains(i) && dated.add(i)) {
          wanted.add(i);
        }
      }
      if (wanted.isEmpty()) {
        break;
      }
      Collections.sort(wanted);
      List<CoreMap> picked = new ArrayList<>();
      for (int i : wanted) {
        picked.add(sentences.get(i));
      }
      stages.times(body, picked);
      List<ParsedSentence> out = new ArrayList<>(current.sentences());
      for (int i : wanted) {
        out.set(i, convert(i, sentences.get(i), current.article().text(), true));
      }
      current = new ParsedDocument(current.article(), out, current.title());
    }
    return current;
  }

  /** Parses the chosen sentences and puts them in place of their first-pass versions. */
  private List<ParsedSentence> deepen(
      Annotation doc, String text, List<ParsedSentence> shallow, Set<Integer> chosen) {
    if (chosen.isEmpty()) {
      return shallow;
    }
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> picked = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (chosen.contains(i)) {
        picked.add(sentences.get(i));
      }
    }
    stages.parse(doc, picked);
    List<ParsedSentence> out = new ArrayList<>(shallow);
    for (int i = 0; i < sentences.size(); i++) {
      if (chosen.contains(i)) {
        out.set(i, convert(i, sentences.get(i), text, true));
      }
    }
    return out;
  }

  private static List<ParsedSentence> convertAll(Annotation doc, String text) {
    List<ParsedSentence> out = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return out;
    }
    for (CoreMap s : sentences) {
      out.add(convert(out.size(), s, text, false));
    }
    return out;
  }

  private static ParsedSentence convert(int index, CoreMap sentence, String text, boolean deep) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      tokens.add(
          new Token(
              i,
              l.originalText() != null ? l.originalText() : l.word(),
              l.lemma(),
              l.tag(),
              Objects.requireNonNullElse(l.ner(), "O"),
              new Span(l.beginPosition(), l.endPosition())));
    }
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    List<Dependency> arcs = deep ? ParseRepairs.repair(tokens, dependencies(sentence)) : List.of();
    return new ParsedSentence(
        index,
        text.substring(begin, end),
        new Span(begin, end),
        deep ? GerundRepairs.retag(tokens, arcs) : tokens,
        arcs,
        timeExpressions(sentence, labels));
  }

  private static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> arcs = new ArrayList<>();
    for (var root : graph.getRoots()) {
      arcs.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      arcs.add(
          new Dependency(
              e.getGovernor().index() - 1,
              e.getDependent().index() - 1,
              e.getRelation().toString()));
    }
    return arcs;
  }

  private static List<TimeExpression> timeExpressions(CoreMap sentence, List<CoreLabel> labels) {
    List<TimeExpression> out = new ArrayList<>();
    List<CoreMap> mentions = sentence.get(TimeAnnotations.TimexAnnotations.class);
    if (mentions == null) {
      return out; // SUTime was not run on it
    }
    int sentenceStart = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    for (CoreMap m : mentions) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null) {
        continue;
      }
      int start = m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart;
      int end = m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart;
      if (start < 0 || end > labels.size() || end <= start) {
        continue;
      }
      out.add(
          new TimeExpression(
              m.get(CoreAnnotations.TextAnnotation.class),
              start,
              end,
              timex.timexType(),
              timex.value() != null ? timex.value() : Objects.toString(timex.altVal(), "")));
    }
    return out;
  }
}
