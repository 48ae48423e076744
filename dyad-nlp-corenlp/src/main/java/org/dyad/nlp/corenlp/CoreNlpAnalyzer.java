package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.dyad.core.nlp.Dependency;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.TextAnalyzer;
import org.dyad.core.nlp.TimeExpression;
import org.dyad.core.nlp.Token;
import org.dyad.core.text.Article;
import org.dyad.core.text.Span;

/**
 * {@link TextAnalyzer} over Stanford CoreNLP 4.5.10: tokenize, ssplit, pos, lemma, ner (with
 * SUTime, anchored at the publication date) and depparse (basic Universal Dependencies).
 *
 * <p>Thread safety: safe to share. A {@link StanfordCoreNLP} pipeline holds read-only models and
 * its {@code annotate} method may be called from several threads at once, as the CoreNLP server
 * does. Loading takes tens of seconds and a few GB of heap, so build it once per JVM: use {@link
 * #shared()}.
 *
 * <p>Design decision: we convert every CoreNLP annotation into our own records right here, so that
 * no other module sees a CoreNLP type and a CoreNLP upgrade touches only this class.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {
  private static final DateTimeFormatter DOC_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private final StanfordCoreNLP pipeline;

  /** Builds a pipeline with Dyad's standard settings. Slow: prefer {@link #shared()}. */
  public CoreNlpAnalyzer() {
    this.pipeline = new StanfordCoreNLP(standardProperties());
  }

  /** The JVM-wide analyzer, loaded on first use. */
  public static CoreNlpAnalyzer shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer();
  }

  static Properties standardProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // A blank line always ends a sentence; single newlines inside paragraphs do not.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyFineGrained", "true");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("depparse.extradependencies", "NONE");
    return p;
  }

  @Override
  public ParsedDocument analyze(Article article) {
    Objects.requireNonNull(article, "article");
    String docDate = article.published().format(DOC_DATE);
    List<ParsedSentence> body = analyzeText(article.text(), docDate);
    List<ParsedSentence> title =
        article.title().isBlank() ? List.of() : analyzeText(article.title(), docDate);
    return new ParsedDocument(article, body, title);
  }

  private List<ParsedSentence> analyzeText(String text, String docDate) {
    if (text.isBlank()) {
      return List.of();
    }
    Annotation annotation = new Annotation(text);
    annotation.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    pipeline.annotate(annotation);
    List<ParsedSentence> out = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      out.add(convert(out.size(), sentence, text));
    }
    return out;
  }

  private static ParsedSentence convert(int index, CoreMap sentence, String text) {
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
              l.ner(),
              new Span(l.beginPosition(), l.endPosition())));
    }
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new ParsedSentence(
        index,
        text.substring(begin, end),
        new Span(begin, end),
        tokens,
        dependencies(sentence),
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
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return out;
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
