package org.dyad.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dyad.core.text.Span;
import org.junit.jupiter.api.Test;

class ConlluTest {
  private static ParsedSentence sentence() {
    List<Token> tokens =
        List.of(
            new Token(0, "Putin", "Putin", "NNP", "PERSON", new Span(10, 15)),
            new Token(1, "visited", "visit", "VBD", "O", new Span(16, 23)),
            new Token(2, "a\tb|c\\d", "a\tb|c\\d", "NN", "O", new Span(24, 31)),
            new Token(3, "in", "in", "IN", "O", new Span(32, 34)),
            new Token(4, "June", "June", "NNP", "DATE", new Span(35, 39)));
    List<Dependency> deps =
        List.of(
            new Dependency(Dependency.ROOT, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(1, 2, "obj"),
            new Dependency(4, 3, "case"),
            new Dependency(1, 4, "obl:tmod"));
    return new ParsedSentence(
        3,
        "Putin visited a\tb|c\\d in June",
        new Span(10, 39),
        tokens,
        deps,
        List.of(new TimeExpression("June", 4, 5, "DATE", "2024-06")));
  }

  @Test
  void a_sentence_survives_the_round_trip_with_tabs_bars_and_backslashes() {
    ParsedSentence s = sentence();
    String block = Conllu.write(s);
    assertThat(block).contains("2\tvisited\tvisit\t_\tVBD\t_\t0\troot\t_\tStart=16|End=23|NER=O");
    ParsedSentence back = Conllu.read(block);
    assertThat(back.tokens()).isEqualTo(s.tokens());
    assertThat(back.timeExpressions()).isEqualTo(s.timeExpressions());
    assertThat(back.text()).isEqualTo(s.text());
    assertThat(back.span()).isEqualTo(s.span());
    assertThat(back.index()).isEqualTo(3);
    assertThat(back.dependencies()).containsExactlyInAnyOrderElementsOf(s.dependencies());
  }

  @Test
  void an_unparsed_token_keeps_no_head() {
    ParsedSentence s =
        new ParsedSentence(
            0,
            "Hi",
            new Span(0, 2),
            List.of(new Token(0, "Hi", "hi", "UH", "O", new Span(0, 2))),
            List.of(),
            List.of());
    assertThat(Conllu.read(Conllu.write(s)).dependencies()).isEmpty();
  }

  @Test
  void a_broken_line_is_named() {
    assertThatThrownBy(() -> Conllu.read("# sent_id = 0\n# text = x\n# span = 0 1\n1\tx\tx\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 4")
        .hasMessageContaining("10 columns");
  }
}
