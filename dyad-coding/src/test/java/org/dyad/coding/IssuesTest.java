package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuesTest {
  private final Issues bundled = VerbDictionary.bundled().issues();

  @Test
  void the_phoenix_issue_list_is_bundled() {
    assertThat(bundled.size()).isGreaterThan(3_000);
    assertThat(bundled.of(TestTokens.of("The IAEA inspected the nuclear reactor in Iran .")))
        .contains("NUCLEAR_ENERGY");
  }

  @Test
  void lemmas_match_and_each_issue_is_listed_once_in_order_of_mention() {
    assertThat(
            bundled.of(
                TestTokens.of(
                    "Greece returned refugees/refugee and refugee children as malaria spread .")))
        .containsExactly("REFUGEES", "DISEASE");
  }

  @Test
  void an_exclusion_hides_the_issue_phrase_inside_it() {
    assertThat(bundled.of(TestTokens.of("Italy exported olive oil to Tunisia .")))
        .doesNotContain("OIL");
    assertThat(bundled.of(TestTokens.of("Iraq exported oil to Turkey ."))).contains("OIL");
  }

  @Test
  void a_user_file_adds_and_overrides_phrases(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("issues-mine.tsv"),
        "phrase\tissue\tcategory\ngrain corridor\tFOOD_SECURITY\tmine\noil\t-\tmine\n",
        StandardCharsets.UTF_8);
    Issues mine = VerbDictionary.load(Codebook.bundled(), List.of(dir)).issues();
    assertThat(mine.of(TestTokens.of("Turkey reopened the grain corridor for Ukraine .")))
        .containsExactly("FOOD_SECURITY");
    assertThat(mine.of(TestTokens.of("Iraq exported oil to Turkey ."))).doesNotContain("OIL");
  }

  @Test
  void a_user_row_whose_issue_is_not_a_code_names_file_and_line(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("issues.tsv"),
        "phrase\tissue\tcategory\ngrain corridor\tFOOD;SECURITY\tmine\n",
        StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> VerbDictionary.load(Codebook.bundled(), List.of(dir)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issues.tsv:2")
        .hasMessageContaining("'FOOD;SECURITY'");
    assertThat(VerbDictionary.bundled().rejected()).noneMatch(r -> r.contains("issue"));
  }
}
