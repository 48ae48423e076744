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
  void short_texts_get_the_benefit_of_the_doubt() {
    assertThat(LanguageCheck.looksEnglish("Putin visits Beijing")).isTrue();
  }
}
