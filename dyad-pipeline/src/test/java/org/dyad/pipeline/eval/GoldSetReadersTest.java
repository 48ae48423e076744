package org.dyad.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetReadersTest {
  private static final String RECORDS =
      """
      <Validation>
      # a comment line outside tags, as in PETR2_GSR_validation.xml
      <!-- <Sentence id="COMMENTED" date="20000101"/> <Text>not a record</Text> -->
      <Sentences>
      <Sentence category="AFP" date="20080804" id="A_1" evaluate="true"/>
      <EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
      <EventCoding eventcode="141" sourcecode="&quot;X&quot;" targetcode="CHN" />
      <Text>
      The US leader prepared
      to attend the Beijing Olympics.
      </Text>
      <Sentence date="121108" id="B_2" sentence="true">
      <EventCoding noevents="True" />
      <Text>Nothing happened.</Text>
      </Sentence>
      <Sentence date="121108" id="B_2" sentence="true">
      <EventCoding sourcecode="FRA" targetcode="DEU" eventcode="040" />
      <Text>France met Germany.</Text>
      </Sentence>
      <Sentence date="121108" id="BAD_TREE" sentence="true">
      <EventCoding error="bad_input_parse" />
      <Text>A record testing a malformed tree.</Text>
      </Sentence>
      </Sentences>
      """;

  @Test
  void petrarch_records_skip_comments_and_read_codings_dates_and_text(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("gold.xml");
    Files.writeString(f, RECORDS, StandardCharsets.UTF_8);
    List<GoldSentence> gold = PetrarchRecords.read(f);
    assertThat(gold).extracting(GoldSentence::id).containsExactly("A_1", "B_2", "B_2#2");
    assertThat(gold.get(0).text())
        .isEqualTo("The US leader prepared to attend the Beijing Olympics.");
    assertThat(gold.get(0).events())
        .containsExactly(new Triple("USA", "CHN", "042"), new Triple("\"X\"", "CHN", "141"));
    assertThat(gold.get(0).date()).isEqualTo(LocalDate.of(2008, 8, 4));
    assertThat(gold.get(1).date()).isEqualTo(LocalDate.of(2012, 11, 8));
    assertThat(gold.get(1).events()).isEmpty();
    assertThat(gold.get(2).events()).containsExactly(new Triple("FRA", "DEU", "040"));
  }

  @Test
  void per_sentence_scoring_collapses_duplicates_and_counts_each_level() {
    GoldSentence g =
        new GoldSentence(
            "s",
            "t",
            LocalDate.of(2020, 1, 1),
            List.of(new Triple("USA", "CHN", "042"), new Triple("CHN", "USA", "036")));
    Map<String, List<Triple>> predicted =
        Map.of(
            "s",
            List.of(
                new Triple("USAGOV", "CHN", "042"),
                new Triple("USAGOV", "CHN", "042"),
                new Triple("CHN", "USA", "036")));
    assertThat(TripleScorer.score(List.of(g), predicted, TripleScorer.Level.TRIPLE))
        .isEqualTo(new Prf(1, 2, 2));
    assertThat(TripleScorer.score(List.of(g), predicted, TripleScorer.Level.CODE))
        .isEqualTo(new Prf(2, 2, 2));
    assertThat(TripleScorer.score(List.of(g), predicted, TripleScorer.Level.DYAD_CODE))
        .isEqualTo(new Prf(2, 2, 2));
    // Sentences without a prediction entry are left out (not coded by that coder).
    assertThat(TripleScorer.score(List.of(g), Map.of(), TripleScorer.Level.ROOT))
        .isEqualTo(Prf.ZERO);
  }

  @Test
  void plover_records_rename_draft_event_types_and_pair_every_source_with_every_target(
      @TempDir Path dir) throws IOException {
    Path f = dir.resolve("gsr.json");
    Files.writeString(
        f,
        """
        [{"id": "D", "event": "DOCUMENT", "eventText": "doc"},
         {"id": "X1", "date": "2000-01-01", "event": "DEMAND", "text": "Hungary and Romania demanded...",
          "source": [{"code": "HUN"}, {"code": "ROU"}], "target": [{"code": "SRB"}]},
         {"id": "X2", "event": "FIGHT", "text": "They fought.", "source": [{"code": "SDN"}], "target": ""}]
        """,
        StandardCharsets.UTF_8);
    List<GoldSentence> gold = PloverGsr.read(f);
    assertThat(gold).extracting(GoldSentence::id).containsExactly("X1", "X2");
    assertThat(gold.get(0).events())
        .containsExactly(new Triple("HUN", "SRB", "REQUEST"), new Triple("ROU", "SRB", "REQUEST"));
    assertThat(gold.get(1).events()).containsExactly(new Triple("SDN", "", "ASSAULT"));
  }

  @Test
  void penta_classes_follow_cameo_roots() {
    assertThat(PentaClass.of("01")).isZero();
    assertThat(PentaClass.of("02")).isZero();
    assertThat(PentaClass.of("03")).isEqualTo(1);
    assertThat(PentaClass.of("05")).isEqualTo(1);
    assertThat(PentaClass.of("07")).isEqualTo(2);
    assertThat(PentaClass.of("08")).isEqualTo(2);
    assertThat(PentaClass.of("09")).isEqualTo(3);
    assertThat(PentaClass.of("13")).isEqualTo(3);
    assertThat(PentaClass.of("16")).isEqualTo(3);
    assertThat(PentaClass.of("14")).isEqualTo(4);
    assertThat(PentaClass.of("15")).isEqualTo(4);
    assertThat(PentaClass.of("19")).isEqualTo(4);
  }

  @Test
  void petrarch2_outputs_are_keyed_by_normalised_text(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("out.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"A\", \"text\": \"The US Leader, prepared.\", \"events\": [{\"source\": \"USA\","
            + " \"target\": \"CHN\", \"code\": \"042\"}], \"error\": null}\n",
        StandardCharsets.UTF_8);
    Map<String, List<Triple>> out = PetrarchRecords.readOutputs(f);
    assertThat(out.get(PetrarchRecords.normalise("the us leader prepared")))
        .containsExactly(new Triple("USA", "CHN", "042"));
  }
}
