package org.dyad.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.DictionaryActorResolver;
import org.dyad.coding.Codebook;
import org.dyad.coding.DependencyEventCoder;
import org.dyad.coding.VerbDictionary;
import org.dyad.core.actor.ActorResolver;
import org.dyad.core.actor.ResolvedDocument;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.event.EventCoder;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.nlp.SentenceSelector;
import org.dyad.core.nlp.StageTiming;
import org.dyad.core.nlp.TextAnalyzer;
import org.dyad.core.nlp.TimeSelector;
import org.dyad.core.text.Article;
import org.dyad.nlp.corenlp.CoreNlpAnalyzer;
import org.dyad.pipeline.config.PipelineConfig;

/**
 * Raw article in, coded events out: analysis, actor resolution, event coding.
 *
 * <p>Contract: {@link #process} never throws for a bad document; it returns an outcome that says
 * coded, skipped (empty, too long, not English) or failed (with the stage and reason), so that a
 * batch goes on.
 *
 * <p>Thread safety: safe to share when its stages are, which the standard ones are.
 */
public final class DyadPipeline {
  private final TextAnalyzer analyzer;
  private final ActorResolver resolver;
  private final EventCoder coder;
  private final PipelineConfig config;
  private final SentenceSelector selector;
  private final TimeSelector dating;
  private final StageClock resolution = new StageClock("actor resolution");
  private final StageClock coding = new StageClock("event coding");

  public DyadPipeline(
      TextAnalyzer analyzer, ActorResolver resolver, EventCoder coder, PipelineConfig config) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.config = Objects.requireNonNull(config, "config");
    this.selector =
        config.parseEverySentence() ? SentenceSelector.ALL : new EventCandidates(resolver, coder);
    this.dating = this::sentencesToDate;
  }

  /**
   * The standard pipeline: CoreNLP (loaded once per JVM), bundled dictionaries plus the config's.
   */
  public static DyadPipeline standard(PipelineConfig config) {
    ActorDictionary actors =
        ActorDictionary.forDirectories(config.dictionaryDirectories(), config.bundled().actors());
    return new DyadPipeline(
        CoreNlpAnalyzer.shared(),
        new DictionaryActorResolver(actors),
        new DependencyEventCoder(
            config.dictionaryDirectories().isEmpty()
                ? VerbDictionary.bundled()
                : VerbDictionary.load(
                    Codebook.bundled(), config.dictionaryDirectories(), config.bundled().verbs()),
            Codebook.bundled(),
            Clock.systemUTC()),
        config);
  }

  /** Which parsed sentences need time expressions: the coder says, from a trial coding. */
  private java.util.Set<Integer> sentencesToDate(ParsedDocument parsed) {
    long start = System.nanoTime();
    ResolvedDocument resolved = resolver.resolve(parsed);
    long resolvedAt = System.nanoTime();
    resolution.add(resolvedAt - start, parsed);
    java.util.Set<Integer> out = coder.sentencesToDate(resolved);
    coding.add(System.nanoTime() - resolvedAt, parsed);
    return out;
  }

  /** The dictionary versions events are coded with, as their provenance gives them. */
  public String dictionaryVersion() {
    return resolver.version() + "+" + coder.version();
  }

  /**
   * Only the analysis stage (tokens, tags, entities, dependencies, times), for callers that keep
   * parses and code them later with {@link #codeParsed}.
   */
  public ParsedDocument parse(Article article) {
    return analyzer.analyze(article, selector, dating);
  }

  /**
   * The time each stage has taken so far in this JVM: the analyzer's stages, then actor resolution
   * and event coding.
   */
  public List<StageTiming> stageTimings() {
    List<StageTiming> out = new ArrayList<>(analyzer.stageTimings());
    out.add(resolution.timing());
    out.add(coding.timing());
    return out;
  }

  /** Actor resolution and event coding of an analysed document: no parsing, so fast. */
  public DocumentOutcome codeParsed(ParsedDocument parsed) {
    String stage = "actor resolution";
    String id = parsed.article().id();
    try {
      long start = System.nanoTime();
      ResolvedDocument resolved = resolver.resolve(parsed);
      long resolvedAt = System.nanoTime();
      resolution.add(resolvedAt - start, parsed);
      stage = "event coding";
      List<CodedEvent> events = coder.code(resolved);
      coding.add(System.nanoTime() - resolvedAt, parsed);
      return new DocumentOutcome(
          id,
          DocumentOutcome.Status.CODED,
          "",
          events,
          resolved.unresolved(),
          parsed.sentences().size(),
          parsed);
    } catch (RuntimeException | StackOverflowError e) {
      return DocumentOutcome.failed(id, stage + " failed: " + e);
    }
  }

  /**
   * Analyses and codes one article, within the configured size and time limits; never throws for a
   * bad document.
   */
  public DocumentOutcome process(Article article) {
    String id = article.id();
    if (article.text().isBlank()) {
      return DocumentOutcome.skipped(id, "empty text");
    }
    if (article.text().length() > config.maxDocumentChars()) {
      return DocumentOutcome.skipped(
          id,
          "text of "
              + article.text().length()
              + " characters exceeds the limit of "
              + config.maxDocumentChars());
    }
    if (!article.language().isEmpty() && !article.language().equals("en")) {
      return DocumentOutcome.skipped(id, "language '" + article.language() + "' is not English");
    }
    if (!LanguageCheck.looksEnglish(article.text())) {
      return DocumentOutcome.skipped(id, "text does not look English (Dyad codes English only)");
    }
    try (DocumentDeadline deadline = new DocumentDeadline(config.documentTimeLimit())) {
      ParsedDocument parsed;
      try {
        parsed = analyzer.analyze(article, selector, dating);
      } catch (RuntimeException | StackOverflowError e) {
        // Dyad's stages and some of CoreNLP's stop with their own exception when interrupted.
        return DocumentOutcome.failed(
            id, deadline.expired() ? overTime() : "analysis failed: " + e);
      }
      if (deadline.expired()) { // it ended in the last stage, after the limit
        return DocumentOutcome.failed(id, overTime());
      }
      return codeParsed(parsed);
    }
  }

  private String overTime() {
    return "analysis took longer than the limit of "
        + config.documentTimeLimit().toSeconds()
        + " s per document";
  }

  /**
   * The analysis and actor resolution of an article, for inspecting why an event was or was not
   * coded.
   */
  public ResolvedDocument explain(Article article) {
    return resolver.resolve(analyzer.analyze(article, selector, dating));
  }

  /** The coder's remarks on a sentence of an explained document (discard phrase, issues). */
  public List<String> remarks(ResolvedDocument doc, int sentence) {
    return coder.remarks(doc, sentence);
  }

  /** Processes each article in order; one failure does not stop the others. */
  public List<DocumentOutcome> processAll(List<Article> articles) {
    List<DocumentOutcome> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      out.add(process(a));
    }
    return out;
  }
}
