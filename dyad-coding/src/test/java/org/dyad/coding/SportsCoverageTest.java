package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.text.Span;
import org.junit.jupiter.api.Test;

class SportsCoverageTest {
  private final Discards bundled = VerbDictionary.bundled().discards();

  @Test
  void an_article_dense_with_cues_and_scores_keeps_only_force_outside_cued_sentences() {
    SportsCoverage sports =
        coverage(
            "England edge France in Paris",
            "England beat France 30 - 20 in Paris on Saturday .",
            "The visitors led at half time after a try from their fly half .",
            "Their coach praised the referee .",
            "France will host Italy next week .",
            "Gunmen killed two guards outside the ground , police said .");
    assertThat(sports.isSports()).isTrue();
    assertThat(sports.cues()).contains(SportsCoverage.SCORE, "half time", "fly half");
    assertThat(sports.keeps(0, "182")).isFalse(); // the match, a cued sentence
    assertThat(sports.keeps(3, "036")).isFalse(); // a fixture, though no cue says so
    assertThat(sports.keeps(4, "190")).isTrue(); // killing with no cue: a real attack
    assertThat(sports.keeps(3, "182")).isFalse(); // force without killing: a result
  }

  @Test
  void a_political_article_that_mentions_a_match_is_no_sports_coverage() {
    SportsCoverage politics =
        coverage(
            "Leaders meet after World Cup",
            "The two presidents met after the football match in Seoul .",
            "They agreed to reopen the border and to resume talks on trade .",
            "Japan and South Korea signed a fisheries deal .",
            "Both leaders praised the agreement .");
    assertThat(politics.isSports()).isFalse();
    assertThat(politics.keeps(1, "040")).isTrue();
  }

  @Test
  void a_sentence_with_two_cues_is_sports_even_in_a_political_article() {
    SportsCoverage politics =
        coverage(
            "Talks resume",
            "Ireland hailed their 19-13 victory over England at the stadium .",
            "Britain and Ireland resumed talks on Northern Ireland .",
            "The talks will continue next week .");
    assertThat(politics.isSports()).isFalse();
    assertThat(politics.keeps(0, "051")).isFalse();
    assertThat(politics.keeps(1, "040")).isTrue();
    // A vote count is no score unless a sports word stands beside it.
    assertThat(SportsCoverage.hasScore(TestTokens.of("The council voted 15 - 0 ."))).isTrue();
    assertThat(
            coverage("Vote", "The council voted 15 - 0 to condemn Iran .", "Iran protested .")
                .keeps(0, "122"))
        .isTrue();
  }

  private SportsCoverage coverage(String title, String... sentences) {
    List<ParsedSentence> body = new ArrayList<>();
    for (String s : sentences) {
      body.add(sentence(body.size(), s));
    }
    return SportsCoverage.of(List.of(sentence(0, title)), body, bundled);
  }

  private static ParsedSentence sentence(int index, String text) {
    return new ParsedSentence(
        index, text, new Span(0, text.length()), TestTokens.of(text), List.of(), List.of());
  }
}
