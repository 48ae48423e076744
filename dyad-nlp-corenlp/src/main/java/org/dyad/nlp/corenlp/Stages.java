package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import org.dyad.core.nlp.StageTiming;

/**
 * The CoreNLP annotators Dyad runs, one pipeline per stage so that each stage's time can be
 * measured: the first pass over every sentence, the parse and SUTime over the sentences chosen for
 * them.
 *
 * <p>Thread safety: safe to share; the counters are {@link LongAdder}s.
 */
final class Stages {
  private static final String THREE_CLASS_NER =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** Sentences per call of the parser and SUTime: a few seconds of parsing at most. */
  private static final int BATCH = 64;

  private final Stage split;
  private final Stage pos;
  private final Stage lemma;
  private final Stage entities;
  private final Stage times;
  private final Stage parse;

  /** Loads every model: seconds, and about a GB of heap. */
  Stages() {
    Properties tokenize = new Properties();
    tokenize.setProperty("annotators", "tokenize,ssplit");
    // A blank line always ends a sentence; single newlines inside paragraphs do not.
    tokenize.setProperty("ssplit.newlineIsSentenceBreak", "two");
    split = new Stage("tokenize+ssplit", tokenize);
    pos = new Stage("pos", annotator("pos"));
    lemma = new Stage("lemma", annotator("lemma"));
    Properties ner = annotator("ner");
    ner.setProperty("ner.model", THREE_CLASS_NER);
    ner.setProperty("ner.applyFineGrained", "false");
    ner.setProperty("ner.applyNumericClassifiers", "false");
    ner.setProperty("ner.useSUTime", "false");
    ner.setProperty("ner.buildEntityMentions", "false");
    entities = new Stage("ner", ner);
    // SUTime on its own rather than inside "ner": the entity tags are there already.
    Properties sutime = annotator("sutime");
    sutime.setProperty("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator");
    sutime.setProperty("sutime.includeRange", "true");
    times = new Stage("sutime", sutime);
    Properties depparse = annotator("depparse");
    depparse.setProperty("depparse.extradependencies", "NONE");
    parse = new Stage("depparse", depparse);
  }

  private static Properties annotator(String name) {
    Properties p = new Properties();
    p.setProperty("annotators", name);
    p.setProperty("enforceRequirements", "false"); // the earlier stages ran in their own pipelines
    return p;
  }

  /** The first pass over a text: tokens, sentences, tags, lemmas, entities. */
  Annotation shallow(String text, String docDate) {
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    if (text.isBlank()) {
      doc.set(CoreAnnotations.SentencesAnnotation.class, List.of());
      return doc;
    }
    split.run(doc, -1, -1); // counts are known once split
    LongSentences.cut(doc, LongSentences.MAX_TOKENS);
    int sentences = doc.get(CoreAnnotations.SentencesAnnotation.class).size();
    int tokens = doc.get(CoreAnnotations.TokensAnnotation.class).size();
    split.count(sentences, tokens);
    pos.run(doc, sentences, tokens);
    lemma.run(doc, sentences, tokens);
    // Persons and organisations are proper nouns: sentences without one keep the tag O.
    List<CoreMap> named = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        if (t.tag().startsWith("NNP")) {
          named.add(s);
          break;
        }
      }
    }
    if (!named.isEmpty()) {
      entities.run(part(doc, named));
    }
    return doc;
  }

  /** Parses some sentences of a first-passed document, in place. */
  void parse(Annotation doc, List<CoreMap> sentences) {
    inBatches(parse, doc, sentences);
  }

  /** Finds the time expressions of some sentences, in place: those with a time word. */
  void times(Annotation doc, List<CoreMap> sentences) {
    List<CoreMap> timed = new ArrayList<>();
    for (CoreMap s : sentences) {
      if (TemporalCues.mayHoldTime(s.get(CoreAnnotations.TokensAnnotation.class))) {
        timed.add(s);
      }
    }
    inBatches(times, doc, timed);
  }

  /**
   * Runs a stage over some sentences a batch at a time, so that a time limit, which is looked at
   * before each batch, stops a long document soon after it passes.
   */
  private static void inBatches(Stage stage, Annotation doc, List<CoreMap> sentences) {
    for (int from = 0; from < sentences.size(); from += BATCH) {
      stage.run(part(doc, sentences.subList(from, Math.min(sentences.size(), from + BATCH))));
    }
  }

  /** A document of some of {@code doc}'s sentences, sharing their tokens. */
  private static Annotation part(Annotation doc, List<CoreMap> sentences) {
    Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    part.set(
        CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    return part;
  }

  /**
   * Ends the analysis of a document whose time is up: the caller's watchdog interrupts the thread,
   * and each stage looks before it starts (CoreNLP's annotators do not look on their own).
   */
  static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new org.dyad.core.nlp.AnalysisInterruptedException();
    }
  }

  List<StageTiming> timings() {
    return List.of(
        split.timing(),
        pos.timing(),
        lemma.timing(),
        entities.timing(),
        parse.timing(),
        times.timing());
  }

  /** One timed CoreNLP pipeline. */
  private static final class Stage {
    private final String name;
    private final StanfordCoreNLP pipeline;
    private final LongAdder nanos = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder tokens = new LongAdder();

    Stage(String name, Properties properties) {
      this.name = name;
      this.pipeline = new StanfordCoreNLP(properties);
    }

    void run(Annotation doc, int sentenceCount, int tokenCount) {
      stopIfInterrupted();
      long start = System.nanoTime();
      pipeline.annotate(doc);
      nanos.add(System.nanoTime() - start);
      if (sentenceCount >= 0) {
        count(sentenceCount, tokenCount);
      }
    }

    /** Runs over a document of known sentences and tokens. */
    void run(Annotation doc) {
      run(
          doc,
          doc.get(CoreAnnotations.SentencesAnnotation.class).size(),
          doc.get(CoreAnnotations.TokensAnnotation.class).size());
    }

    void count(int sentenceCount, int tokenCount) {
      sentences.add(sentenceCount);
      tokens.add(tokenCount);
    }

    StageTiming timing() {
      return new StageTiming(name, nanos.sum(), sentences.sum(), tokens.sum());
    }
  }
}
