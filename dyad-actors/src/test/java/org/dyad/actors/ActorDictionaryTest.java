package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.text.Article;
import org.dyad.testkit.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
  @Test
  void bundled_dictionary_covers_states_leaders_and_igos() {
    ActorDictionary d = ActorDictionary.bundled();
    assertThat(d.size()).isGreaterThan(20_000);
    assertThat(d.lookup("north korea")).extracting(e -> e.code().value()).contains("PRK");
    assertThat(d.lookup("kim jong un")).isNotEmpty();
    assertThat(d.lookupAcronym("NATO")).extracting(e -> e.code().value()).contains("IGOWSTNAT");
    assertThat(d.lookup("international atomic energy agency"))
        .extracting(e -> e.code().value())
        .contains("IGOUNOIAE");
    assertThat(d.version()).matches("actors-[0-9a-f]{12}");
  }

  @Test
  void institutions_the_phoenix_lists_file_as_people_are_organisations() {
    ActorDictionary d = ActorDictionary.bundled();
    // "US Central Command said its forces" found no antecedent for "its": a person takes "he"
    assertThat(d.lookup("united states military"))
        .extracting(e -> e.kind())
        .containsOnly(org.dyad.core.actor.ActorKind.ORGANISATION);
    assertThat(d.lookup("white house"))
        .extracting(e -> e.kind())
        .doesNotContain(org.dyad.core.actor.ActorKind.PERSON);
    // people, dated, stay people
    assertThat(d.lookup("kim jong un"))
        .extracting(e -> e.kind())
        .containsOnly(org.dyad.core.actor.ActorKind.PERSON);
  }

  @Test
  void a_name_resolves_to_the_entry_valid_on_the_day_first() {
    ActorDictionary d = ActorDictionary.bundled();
    java.util.List<NameMatch> putin =
        d.resolve("Vladimir Putin", java.time.LocalDate.parse("2024-06-19"));
    assertThat(putin).isNotEmpty();
    assertThat(putin.get(0).chosen()).isTrue();
    assertThat(putin.get(0).code()).startsWith("RUS");
    assertThat(putin).filteredOn(NameMatch::chosen).hasSize(1);
    assertThat(d.resolve("NATO", java.time.LocalDate.parse("2024-06-19")))
        .first()
        .satisfies(m -> assertThat(m.code()).startsWith("IGO"));
    assertThat(d.resolve("Nobody Inparticular", java.time.LocalDate.parse("2024-06-19"))).isEmpty();
  }

  @Test
  void user_directory_adds_actors_and_changes_the_version(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("mine.tsv"),
        "name\taliases\tcode\tstart\tend\tkind\tsource\nZorblax Quendle\tQuendle\tNORGOV\t2020-01-01\t\tPERSON\ttest\n",
        StandardCharsets.UTF_8);
    ActorDictionary d = ActorDictionary.load(List.of(dir));
    assertThat(d.version()).isNotEqualTo(ActorDictionary.bundled().version());
    var doc =
        new WhitespaceAnalyzer()
            .analyze(Article.of("t", LocalDate.of(2024, 1, 1), "", "Zorblax Quendle spoke."));
    assertThat(new DictionaryActorResolver(d).resolve(doc).mentions())
        .singleElement()
        .satisfies(m -> assertThat(m.actor().code().value()).isEqualTo("NORGOV"));
  }

  @Test
  void malformed_user_row_names_file_and_row(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("bad.tsv"),
        "name\taliases\tcode\tstart\tend\tkind\tsource\nX\t\tnot-a-code\t\t\tSTATE\tt\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ActorDictionary.load(List.of(dir)))
        .hasMessageContaining("bad.tsv")
        .hasMessageContaining("not-a-code");
  }

  @Test
  void missing_user_directory_is_named() {
    assertThatThrownBy(() -> ActorDictionary.load(List.of(Path.of("/no/such/dir"))))
        .hasMessageContaining("/no/such/dir");
  }

  @Test
  void user_entry_for_a_name_replaces_the_bundled_ones(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("actors-mine.tsv"),
        "name\taliases\tcode\tstart\tend\tkind\tsource\nEgypt\t\tUAR\t\t\tSTATE\ttest\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("verbs-mine.tsv"), "verb\tobject\tpp\tcode\torigin\nsnub\t\t\t1246\tx\n");
    ActorDictionary d = ActorDictionary.load(List.of(dir));
    assertThat(ActorDictionary.bundled().lookup("egypt"))
        .extracting(e -> e.code().value())
        .contains("EGY");
    assertThat(d.lookup("egypt")).extracting(e -> e.code().value()).containsExactly("UAR");
    assertThat(d.lookup("cairo")).isNotEmpty(); // other names stay
  }

  @Test
  void a_dictionary_of_the_users_files_alone_has_no_bundled_entry(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("actors-mine.tsv"),
        "name\taliases\tcode\tstart\tend\tkind\tsource\nGondor\t\tGON\t\t\tSTATE\ttest\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("agents-mine.tsv"), "phrase\trole\tperson\nsoldier\tMIL\tyes\n");
    ActorDictionary only = ActorDictionary.forDirectories(List.of(dir), false);
    assertThat(only.lookup("gondor")).extracting(e -> e.code().value()).containsExactly("GON");
    assertThat(only.lookup("egypt")).isEmpty();
    assertThat(only.size()).isEqualTo(1);
    assertThat(only.agent("soldier")).hasValue(new ActorDictionary.Agent("MIL", true));
    assertThat(only.agent("village")).isEmpty(); // a bundled agent
    assertThat(ActorDictionary.bundled().agent("village")).isNotEmpty();
    assertThat(ActorDictionary.forDirectories(List.of(dir), true).lookup("egypt")).isNotEmpty();
  }
}
