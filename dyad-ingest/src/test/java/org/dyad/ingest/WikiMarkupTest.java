package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WikiMarkupTest {
  @Test
  void navigation_sections_go_with_their_link_lists_and_other_headings_leave_their_text() {
    String text =
        "Romania thanked Iraq. == Background == The journalists were taken in March."
            + " == Related news == *Romanian journalists freed, WikiNews, May 23, 2005"
            + " *Romanian government asks kidnappers to release journalist, WikiNews"
            + " == Reactions == France welcomed the release. == Sources == *Reuters, May 23";
    assertThat(WikiMarkup.strip(text))
        .isEqualTo(
            "Romania thanked Iraq. \n\n The journalists were taken in March. \n\n\n\n"
                + " France welcomed the release.");
  }

  @Test
  void text_without_wiki_headings_is_left_alone() {
    String text =
        "Scores were 2 == 2 in the vote, and == marks nothing here. Related news follows.";
    assertThat(WikiMarkup.strip(text)).isSameAs(text);
    String plain = "China and North Korea signed a trade agreement.";
    assertThat(WikiMarkup.strip(plain)).isSameAs(plain);
  }
}
