package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {
  @Test
  void english_news_passes_and_other_languages_do_not() {
    assertThat(
            LanguageCheck.looksEnglish(
                "Chinese President Xi Jinping has expressed his intent to strengthen ties with North Korea, the agency said on Monday."))
        .isTrue();
    assertThat(
            LanguageCheck.looksEnglish(
                "Le président chinois Xi Jinping a exprimé son intention de renforcer les liens avec la Corée du Nord, selon l'agence."))
        .isFalse();
    assertThat(
            LanguageCheck.looksEnglish(
                "Председатель КНР Си Цзиньпин заявил о намерении укреплять связи с КНДР, сообщило агентство в понедельник."))
        .isFalse();
  }

  @Test
  void a_wire_sentence_of_names_and_verbs_is_english() {
    // Skipped as not English when "says", "will" and "against" were not counted.
    assertThat(
            LanguageCheck.looksEnglish(
                "Israel's army chief says Israeli forces will carry out limited operations against"
                    + " Hamas."))
        .isTrue();
  }

  @Test
  void a_wire_sentence_without_function_words_is_english() {
    // Skipped as not English when a text needed 8% English function words whatever else it had.
    assertThat(
            LanguageCheck.looksEnglish(
                "Serbian armed forces Tuesday let free six French medical social workers held"
                    + " captive inside a UN armored personnel carrier since Friday."))
        .isTrue();
    assertThat(
            LanguageCheck.looksEnglish(
                "Pemerintah Indonesia dan Malaysia sepakat untuk memperkuat kerja sama di bidang"
                    + " keamanan yang dibahas dalam pertemuan itu dengan menteri dari kedua negara."))
        .isFalse();
    assertThat(
            LanguageCheck.looksEnglish(
                "El gobierno de España y los sindicatos firmaron un acuerdo para la reforma del"
                    + " mercado laboral con el apoyo de las empresas."))
        .isFalse();
  }

  @Test
  void short_texts_get_the_benefit_of_the_doubt() {
    assertThat(LanguageCheck.looksEnglish("Putin visits Beijing")).isTrue();
  }

  @Test
  void a_long_english_article_full_of_result_tables_is_still_english() {
    StringBuilder text =
        new StringBuilder(
            "As of 10 p.m. the Democratic Party is projected to have won the House, and it was"
                + " said that they are likely to hold on to their gains in the Senate with an edge"
                + " from voters who had not been polled by the networks before this week. ");
    for (int i = 0; i < 60; i++) {
      text.append("Ohio Smith Jones 52% 48% Texas Brown Green 61% 39% Florida Gray White 50% 50% ");
    }
    org.assertj.core.api.Assertions.assertThat(LanguageCheck.looksEnglish(text.toString()))
        .isTrue();
    String german =
        "Der russische Präsident ist am Mittwoch in Pjöngjang eingetroffen, wo er von dem"
            + " Machthaber empfangen wurde und mit ihm über die Zusammenarbeit sprach. ";
    org.assertj.core.api.Assertions.assertThat(LanguageCheck.looksEnglish(german.repeat(20)))
        .isFalse();
  }
}
