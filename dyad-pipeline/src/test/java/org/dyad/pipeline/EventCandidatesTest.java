package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.DictionaryActorResolver;
import org.dyad.coding.DependencyEventCoder;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.SentenceSelector;
import org.dyad.core.nlp.Token;
import org.dyad.core.text.Article;
import org.dyad.core.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which first-pass sentences are worth parsing, with the bundled dictionaries. */
class EventCandidatesTest {
  static EventCandidates candidates;

  @BeforeAll
  static void load() {
    candidates =
        new EventCandidates(
            new DictionaryActorResolver(ActorDictionary.bundled()), DependencyEventCoder.bundled());
  }

  /** A first-pass sentence from "word/lemma/TAG" triples. */
  static ParsedSentence sentence(int index, String tagged) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String t : tagged.split(" ", -1)) {
      String[] p = t.split("/", -1);
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(p[0]);
      String ner = p.length > 3 && !p[3].isEmpty() ? p[3] : "O";
      tokens.add(new Token(tokens.size(), p[0], p[1], p[2], ner, new Span(start, text.length())));
    }
    return new ParsedSentence(
        index, text.toString(), new Span(0, text.length()), tokens, List.of(), List.of());
  }

  static SentenceSelector.Selection select(ParsedSentence... sentences) {
    Article a = Article.of("t", LocalDate.of(2024, 9, 10), "", "");
    return candidates.select(new ParsedDocument(a, List.of(sentences), List.of()));
  }

  @Test
  void an_actor_and_a_trigger_make_a_candidate() {
    assertThat(
            select(
                    sentence(
                        0, "Russia/Russia/NNP condemned/condemn/VBD Georgia/Georgia/NNP ./././"))
                .body())
        .containsExactly(0);
  }

  @Test
  void a_sentence_without_an_actor_is_not_parsed() {
    assertThat(
            select(sentence(0, "The/the/DT weather/weather/NN was/be/VBD mild/mild/JJ ./././"))
                .body())
        .isEmpty();
    assertThat(
            select(sentence(0, "Someone/someone/NN condemned/condemn/VBD it/it/PRP ./././")).body())
        .isEmpty();
  }

  @Test
  void a_sentence_without_a_trigger_is_not_parsed() {
    assertThat(select(sentence(0, "Russia/Russia/NNP is/be/VBZ large/large/JJ ./././")).body())
        .isEmpty();
  }

  @Test
  void an_event_verb_counts_only_as_a_verb_and_an_event_noun_as_a_noun() {
    // "visit" as a noun is an event noun; "condemn" is a verb pattern, not a noun event
    assertThat(
            select(
                    sentence(
                        0, "Putin/Putin/NNP/PERSON 's/'s/POS visit/visit/NN ended/end/VBD ./././"))
                .body())
        .containsExactly(0);
  }

  @Test
  void choices_are_made_per_sentence() {
    assertThat(
            select(
                    sentence(0, "The/the/DT weather/weather/NN was/be/VBD mild/mild/JJ ./././"),
                    sentence(
                        1, "China/China/NNP praised/praise/VBD Pyongyang/Pyongyang/NNP ./././"))
                .body())
        .containsExactly(1);
  }
}
