package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscardsTest {
  private final Discards bundled = VerbDictionary.bundled().discards();

  @Test
  void sport_and_entertainment_phrases_are_bundled_with_their_scope_and_row() {
    assertThat(bundled.size()).isGreaterThan(300);
    assertThat(bundled.find(TestTokens.of("Brazil beat Argentina in the World Cup final .")))
        .hasValueSatisfying(
            d -> {
              assertThat(d.phrase()).isEqualTo("world cup");
              assertThat(d.scope()).isEqualTo(Discards.Scope.STORY);
              assertThat(d.where()).startsWith("discards.tsv:");
            });
    assertThat(bundled.find(TestTokens.of("Japan won the Asian Cup against China .")))
        .hasValueSatisfying(d -> assertThat(d.scope()).isEqualTo(Discards.Scope.SENTENCE));
    // Disasters are left out: a disaster sentence naming two states is most often aid.
    assertThat(bundled.find(TestTokens.of("Britain sent aid to Indonesia after the tsunami .")))
        .isEmpty();
  }

  @Test
  void phrases_match_whole_words_in_any_case_with_punctuation_ignored() {
    assertThat(bundled.find(TestTokens.of("India lost the Semi-Final to Pakistan ."))).isPresent();
    assertThat(bundled.find(TestTokens.of("India lost the semi final to Pakistan ."))).isPresent();
    // "tennis" is a phrase; "tennisball" and "Tennison" are other words.
    assertThat(bundled.find(TestTokens.of("Tennison met the Swedish foreign minister .")))
        .isEmpty();
  }

  @Test
  void political_senses_the_converter_left_out_are_not_discarded() {
    assertThat(bundled.find(TestTokens.of("She won by a landslide and met Putin in 1991 .")))
        .isEmpty();
    assertThat(bundled.find(TestTokens.of("The worst fighting since World War II ."))).isEmpty();
  }

  @Test
  void a_user_file_adds_phrases_and_switches_bundled_ones_off(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("discards-mine.tsv"),
        "phrase\tscope\tnote\nesports league\tstory\tmine\ntennis\toff\tmine\n",
        StandardCharsets.UTF_8);
    VerbDictionary mine = VerbDictionary.load(Codebook.bundled(), List.of(dir));
    assertThat(mine.discards().find(TestTokens.of("The Esports League banned Russia .")))
        .isPresent();
    assertThat(mine.discards().find(TestTokens.of("Tennis diplomacy between China and the US .")))
        .isEmpty();
    assertThat(bundled.find(TestTokens.of("Tennis diplomacy between China and the US .")))
        .isPresent();
    assertThat(mine.version()).isNotEqualTo(VerbDictionary.bundled().version());
  }

  @Test
  void a_cue_word_discards_nothing_alone_but_counts_as_a_register_word() {
    List<org.dyad.core.nlp.Token> match =
        TestTokens.of("Britain and France will match the offer .");
    assertThat(bundled.find(match)).isEmpty();
    assertThat(bundled.registerWords(match))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.scope()).isEqualTo(Discards.Scope.CUE);
              assertThat(d.where()).startsWith("discards-dyad.tsv:");
            });
    // A phrase of another scope counts too: "tennis" tells sports as well as "striker".
    assertThat(bundled.registerWords(TestTokens.of("The tennis striker .")))
        .extracting(Discards.Discard::phrase)
        .containsExactly("tennis", "striker");
  }

  @Test
  void a_user_row_with_an_unknown_scope_names_file_and_line(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("discards.tsv"),
        "phrase\tscope\tnote\ncricket\tparagraph\tmine\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> VerbDictionary.load(Codebook.bundled(), List.of(dir)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("discards.tsv:2")
        .hasMessageContaining("'paragraph'");
  }
}
