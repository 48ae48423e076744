package org.dyad.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.text.Span;
import org.junit.jupiter.api.Test;

class DependencyTreeTest {
  /** "Xi met Putin in Moscow": met is the root. */
  private static ParsedSentence sentence() {
    String[] words = {"Xi", "met", "Putin", "in", "Moscow"};
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(
          new Token(
              i,
              words[i],
              words[i].toLowerCase(java.util.Locale.ROOT),
              i == 1 ? "VBD" : i == 3 ? "IN" : "NNP",
              "O",
              new Span(pos, pos + words[i].length())));
      pos += words[i].length() + 1;
    }
    List<Dependency> arcs =
        List.of(
            new Dependency(Dependency.ROOT, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(1, 2, "obj"),
            new Dependency(4, 3, "case"),
            new Dependency(1, 4, "obl"));
    return new ParsedSentence(
        0, "Xi met Putin in Moscow", new Span(0, 22), tokens, arcs, List.of());
  }

  @Test
  void navigates_heads_children_and_case_markers() {
    DependencyTree t = sentence().tree();
    assertThat(t.head(0)).isEqualTo(1);
    assertThat(t.children(1, "obl")).containsExactly(4);
    assertThat(t.caseMarker(4)).isEqualTo("in");
    assertThat(t.subtree(4)).containsExactly(3, 4);
    assertThat(t.dominates(1, 3)).isTrue();
    assertThat(t.depth(3)).isEqualTo(2);
  }

  @Test
  void a_main_verb_hung_on_the_relative_clause_before_its_comma_is_told_apart() {
    // "Sarkozy , who leads , offered": the parser's misreading makes "offered" a dep of "leads"
    String[] words = {"Sarkozy", ",", "who", "leads", ",", "offered"};
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    for (int i = 0; i < words.length; i++) {
      tokens.add(
          new Token(i, words[i], words[i], "NN", "O", new Span(pos, pos + words[i].length())));
      pos += words[i].length() + 1;
    }
    List<Dependency> arcs =
        List.of(
            new Dependency(Dependency.ROOT, 0, "root"),
            new Dependency(0, 1, "punct"),
            new Dependency(3, 2, "nsubj"),
            new Dependency(0, 3, "acl:relcl"),
            new Dependency(3, 4, "punct"),
            new Dependency(3, 5, "dep"));
    DependencyTree t =
        new ParsedSentence(
                0, String.join(" ", words), new Span(0, pos - 1), tokens, arcs, List.of())
            .tree();
    assertThat(t.hungOnARelative(5)).isTrue();
    assertThat(t.hungOnARelative(3)).isFalse();
    assertThat(sentence().tree().hungOnARelative(2)).isFalse();
  }

  @Test
  void text_of_a_token_range_comes_from_the_sentence() {
    assertThat(sentence().textOf(2, 5)).isEqualTo("Putin in Moscow");
  }
}
