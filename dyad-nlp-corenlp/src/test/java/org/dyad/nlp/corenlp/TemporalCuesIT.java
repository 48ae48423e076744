package org.dyad.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * SUTime run on every sentence of 150 Wikinews articles (CC BY, {@code data/wikinews/}) finds no
 * dated expression in a sentence {@link TemporalCues} would pass over.
 */
class TemporalCuesIT {
  static final Path SAMPLE = Path.of("..", "data", "wikinews", "wikinews-politics-500.jsonl");

  @Test
  void every_sentence_with_a_time_expression_has_a_cue() throws IOException {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,sutime");
    p.setProperty("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("sutime.includeRange", "true");
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    ObjectMapper json = new ObjectMapper();
    List<String> missed = new ArrayList<>();
    int sentences = 0;
    int withTime = 0;
    int withCue = 0;
    int missedSentences = 0;
    List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).subList(0, 150);
    for (String line : lines) {
      JsonNode doc = json.readTree(line);
      Annotation a = new Annotation(doc.path("text").asText());
      a.set(CoreAnnotations.DocDateAnnotation.class, doc.path("date").asText("2006-01-01"));
      nlp.annotate(a);
      for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentences++;
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        boolean cue = TemporalCues.mayHoldTime(tokens);
        withCue += cue ? 1 : 0;
        List<CoreMap> times = s.get(TimeAnnotations.TimexAnnotations.class);
        if (times != null && !times.isEmpty()) {
          withTime++;
          if (!cue) {
            missedSentences++;
            for (CoreMap t : times) {
              Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
              String text = t.get(CoreAnnotations.TextAnnotation.class);
              boolean lowerCaseMonth =
                  text.equals(text.toLowerCase(java.util.Locale.ROOT))
                      && (text.contains("march") || text.contains("may"));
              if (timex.value() != null && timex.value().matches("^\\d{4}.*") && !lowerCaseMonth) {
                missed.add(timex.value() + " in: " + s.get(CoreAnnotations.TextAnnotation.class));
              }
            }
          }
        }
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "TemporalCuesIT: %d sentences, %d with a time expression, %d with a cue; %d with an"
            + " expression but no cue%n",
        sentences,
        withTime,
        withCue,
        missedSentences);
    assertThat(withTime).isGreaterThan(300);
    // What the cues miss are SUTime's misreadings: "Min Ko Naing" as minutes, "at the time", and
    // the modal "may" or a protest "march" dated as a month. Rare, and better missed.
    assertThat(missed).as("dated expressions without a cue").isEmpty();
    assertThat(missedSentences).isLessThan(withTime / 50);
    assertThat(withCue).isLessThan(sentences);
  }
}
