package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.nlp.Token;
import org.dyad.core.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuesTest {
  private final Issues bundled = VerbDictionary.bundled().issues();

  /** Tokens split at spaces; "word/lemma" gives a lemma. */
  private static List<Token> tokens(String sentence) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : sentence.split(" ", -1)) {
      String[] wl = w.split("/", 2);
      String lemma = wl.length > 1 ? wl[1] : wl[0].toLowerCase(Locale.ROOT);
      out.add(new Token(out.size(), wl[0], lemma, "NN", "O", new Span(at, at + wl[0].length())));
      at += wl[0].length() + 1;
    }
    return out;
  }

  @Test
  void the_phoenix_issue_list_is_bundled() {
    assertThat(bundled.size()).isGreaterThan(3_000);
    assertThat(bundled.of(tokens("The IAEA inspected the nuclear reactor in Iran .")))
        .contains("NUCLEAR_ENERGY");
  }

  @Test
  void lemmas_match_and_each_issue_is_listed_once_in_order_of_mention() {
    assertThat(
            bundled.of(
                tokens(
                    "Greece returned refugees/refugee and refugee children as malaria spread .")))
        .containsExactly("REFUGEES", "DISEASE");
  }

  @Test
  void an_exclusion_hides_the_issue_phrase_inside_it() {
    assertThat(bundled.of(tokens("Italy exported olive oil to Tunisia ."))).doesNotContain("OIL");
    assertThat(bundled.of(tokens("Iraq exported oil to Turkey ."))).contains("OIL");
  }

  @Test
  void a_user_file_adds_and_overrides_phrases(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("issues-mine.tsv"),
        "phrase\tissue\tcategory\ngrain corridor\tFOOD_SECURITY\tmine\noil\t-\tmine\n",
        StandardCharsets.UTF_8);
    Issues mine = VerbDictionary.load(Codebook.bundled(), List.of(dir)).issues();
    assertThat(mine.of(tokens("Turkey reopened the grain corridor for Ukraine .")))
        .containsExactly("FOOD_SECURITY");
    assertThat(mine.of(tokens("Iraq exported oil to Turkey ."))).doesNotContain("OIL");
  }
}
