package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.StageTiming;
import org.dyad.core.text.Article;
import org.dyad.core.text.ArticleInput;
import org.dyad.ingest.ArticleReader;
import org.dyad.pipeline.config.PipelineConfig;
import org.junit.jupiter.api.Test;

/**
 * Parsing only the sentences that can yield an event codes the same events as parsing every
 * sentence, on the dev set, the flagship and the triangle fixture (25 articles).
 */
class SelectiveParsingIT {
  static final DyadPipeline EVERY =
      DyadPipeline.standard(PipelineConfig.defaults().withParseEverySentence(true));

  static List<Article> articles() {
    List<Article> out = new ArrayList<>();
    for (Path p :
        List.of(
            Path.of("..", "eval", "dev", "articles.jsonl"),
            Path.of("..", "eval", "flagship", "articles.jsonl"),
            Path.of("..", "examples", "triangle-2024", "articles.jsonl"))) {
      for (ArticleInput in : ArticleReader.jsonl(p)) {
        out.add(in.article());
      }
    }
    return out;
  }

  @Test
  void codes_the_events_that_parsing_every_sentence_codes() {
    List<Article> articles = articles();
    assertThat(articles).hasSize(25);
    int events = 0;
    int parsedSelectively = 0;
    int sentences = 0;
    for (Article a : articles) {
      DocumentOutcome selective = SharedPipeline.PIPELINE.process(a);
      DocumentOutcome every = EVERY.process(a);
      assertThat(keys(selective.dyads())).as(a.id()).isEqualTo(keys(every.dyads()));
      events += every.dyads().size();
      for (ParsedSentence s : selective.parsed().sentences()) {
        sentences++;
        parsedSelectively += s.dependencies().isEmpty() ? 0 : 1;
      }
      for (ParsedSentence s : every.parsed().sentences()) {
        assertThat(s.dependencies()).as("sentence %d of %s", s.index(), a.id()).isNotEmpty();
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "SelectiveParsingIT: %d events either way; %d of %d sentences parsed selectively%n",
        events,
        parsedSelectively,
        sentences);
    assertThat(events).isGreaterThan(100);
    assertThat(parsedSelectively).isLessThan(sentences);
  }

  @Test
  void a_sentence_left_unparsed_keeps_its_words_tags_and_entities() {
    Article a =
        Article.of(
            "a1",
            java.time.LocalDate.of(2024, 9, 10),
            "",
            "The weather in the capital was mild on Monday. Chinese President Xi Jinping praised"
                + " North Korea on Monday.");
    ParsedDocument d = SharedPipeline.PIPELINE.parse(a);
    ParsedSentence weather = d.sentences().get(0);
    ParsedSentence praise = d.sentences().get(1);
    assertThat(weather.dependencies()).isEmpty();
    assertThat(weather.timeExpressions()).isEmpty();
    assertThat(weather.tokens()).extracting(t -> t.lemma()).contains("weather", "be", "mild");
    assertThat(praise.dependencies()).isNotEmpty();
    assertThat(praise.timeExpressions()).extracting(t -> t.value()).containsExactly("2024-09-09");
    assertThat(praise.tokens().get(3).ner()).isEqualTo("PERSON"); // Jinping
  }

  @Test
  void stage_timings_count_what_each_stage_saw() {
    SharedPipeline.PIPELINE.process(
        Article.of(
            "a2",
            java.time.LocalDate.of(2024, 9, 10),
            "",
            "Russia and China held joint drills. It rained."));
    List<StageTiming> t = SharedPipeline.PIPELINE.stageTimings();
    assertThat(t)
        .extracting(StageTiming::stage)
        .containsExactly(
            "tokenize+ssplit",
            "pos",
            "lemma",
            "ner",
            "depparse",
            "sutime",
            "actor resolution",
            "event coding");
    StageTiming split = t.get(0);
    StageTiming parse = t.get(4);
    assertThat(split.sentences()).isGreaterThan(parse.sentences());
    assertThat(split.nanos()).isPositive();
    assertThat(parse.tokens()).isPositive();
  }

  private static List<String> keys(List<CodedEvent> events) {
    List<String> out = new ArrayList<>();
    for (CodedEvent e : events) {
      out.add(
          e.provenance().sentence()
              + " "
              + e.source().code().value()
              + ">"
              + e.target().code().value()
              + " "
              + e.code().value()
              + " "
              + e.date().iso()
              + " "
              + e.provenance().triggerText());
    }
    out.sort(null);
    return out;
  }
}
