package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.text.Article;
import org.dyad.pipeline.eval.GoldScorer;
import org.dyad.pipeline.eval.Prf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flagship article: China, North Korea and Russia in September 2024. */
class FlagshipIT {
  private static final Path GOLD = Path.of("..", "eval", "flagship");
  private static List<CodedEvent> events;

  @BeforeAll
  static void code() throws Exception {
    String text = Files.readString(Path.of("..", "examples", "xi-kim-putin-2024", "article.txt"));
    DocumentOutcome o =
        SharedPipeline.PIPELINE.process(
            Article.of("xi-kim-putin-2024", LocalDate.of(2024, 9, 10), "", text));
    assertThat(o.status()).isEqualTo(DocumentOutcome.Status.CODED);
    assertThat(o.sentences()).isEqualTo(12);
    events = o.dyads();
  }

  private static List<CodedEvent> in(int sentence) {
    return events.stream().filter(e -> e.provenance().sentence() == sentence).toList();
  }

  @Test
  void xi_expresses_intent_to_cooperate_with_north_korea_in_sentence_0() {
    assertThat(in(0))
        .anySatisfy(
            e -> {
              assertThat(SharedPipeline.dyad(e)).isEqualTo("CHN->PRK 030");
              assertThat(e.source().name()).isEqualTo("Xi Jinping");
              assertThat(e.modality()).isEqualTo("intent");
            });
  }

  @Test
  void xi_praises_in_sentence_2_through_his_message() {
    assertThat(in(2))
        .anySatisfy(
            e -> {
              assertThat(e.root()).isEqualTo("05");
              assertThat(e.code().value()).isEqualTo("051");
              assertThat(e.source().country()).isEqualTo("CHN");
              assertThat(e.target().country()).isEqualTo("PRK");
              assertThat(e.source().name()).isEqualTo("Xi Jinping");
            });
  }

  @Test
  void putin_visits_in_june_in_sentence_7() {
    assertThat(in(7))
        .anySatisfy(
            e -> {
              assertThat(SharedPipeline.dyad(e)).isEqualTo("RUS->PRK 042");
              assertThat(e.date().iso()).isEqualTo("2024-06");
              assertThat(e.source().name()).isEqualTo("Vladimir Putin");
            });
  }

  @Test
  void satellite_switch_moves_north_korea_from_china_to_russia_in_sentence_8() {
    assertThat(in(8)).anySatisfy(e -> assertThat(SharedPipeline.dyad(e)).isEqualTo("PRK->RUS 061"));
    assertThat(in(8)).anySatisfy(e -> assertThat(SharedPipeline.dyad(e)).isEqualTo("PRK->CHN 160"));
    assertThat(in(8)).allSatisfy(e -> assertThat(e.date().iso()).isIn("2024-06", "2024-07"));
  }

  @Test
  void pyongyang_is_the_north_korean_government() {
    assertThat(in(1))
        .anySatisfy(
            e -> {
              assertThat(e.target().code().value()).isEqualTo("PRKGOV");
              assertThat(e.target().resolution()).isEqualTo(MentionKind.METONYM);
              assertThat(e.source().text()).isEqualTo("Xi");
            });
  }

  @Test
  void background_and_speculation_sentences_carry_no_event() {
    assertThat(in(5)).isEmpty();
    assertThat(in(10)).isEmpty();
    assertThat(in(11)).isEmpty();
  }

  @Test
  void every_event_keeps_its_sentence_trigger_and_pattern() {
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.provenance().sentenceText()).contains(e.provenance().triggerText());
              assertThat(e.provenance().patternId()).isNotBlank();
              assertThat(e.provenance().dictionaryVersion()).contains("actors-").contains("verbs-");
              assertThat(e.plover()).isNotNull();
            });
  }

  @Test
  void gold_file_scores_f1_root_of_at_least_0_7() {
    Prf score = GoldScorer.score(GOLD, events);
    System.out.println("flagship: " + score);
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void plover_output_names_actor_recipient_event_mode_and_context() throws Exception {
    CodedEvent visit =
        events.stream().filter(e -> e.code().value().equals("042")).findFirst().orElseThrow();
    var json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(org.dyad.pipeline.io.EventFormats.ploverLine(visit).orElseThrow());
    assertThat(json.path("event").asText()).isEqualTo("CONSULT");
    assertThat(json.path("mode").asText()).isEqualTo("visit");
    assertThat(json.path("context").isArray()).isTrue();
    assertThat(json.path("actor").path("country").asText()).isEqualTo("RUS");
    assertThat(json.path("recipient").path("country").asText()).isEqualTo("PRK");
    assertThat(json.path("cameo").asText()).isEqualTo("042");
    assertThat(json.path("text").asText()).isEqualTo(visit.provenance().sentenceText());
  }
}
