package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.actor.ResolvedDocument;
import org.dyad.core.text.Article;
import org.dyad.testkit.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;

/** Resolution on tokens alone (no parser): names, metonyms, dates, acronyms, surnames. */
class DictionaryActorResolverTest {
  private static final DictionaryActorResolver RESOLVER =
      new DictionaryActorResolver(ActorDictionary.bundled());

  private static ResolvedDocument resolve(String date, String text) {
    return RESOLVER.resolve(
        new WhitespaceAnalyzer().analyze(Article.of("t", LocalDate.parse(date), "", text)));
  }

  private static List<String> codes(ResolvedDocument d) {
    return d.mentions().stream().map(m -> m.text() + "=" + m.actor().code()).toList();
  }

  @Test
  void capital_stands_for_the_government() {
    assertThat(codes(resolve("2024-09-10", "Xi Jinping pledged closer ties with Pyongyang.")))
        .containsExactly("Xi Jinping=CHNGOV", "Pyongyang=PRKGOV");
  }

  @Test
  void seats_of_power_are_metonyms() {
    ResolvedDocument d =
        resolve("2024-01-05", "The Kremlin rejected the offer from the White House.");
    assertThat(codes(d)).containsExactly("The Kremlin=RUSGOV", "the White House=USAGOV");
    assertThat(d.mentions()).allSatisfy(m -> assertThat(m.kind()).isEqualTo(MentionKind.METONYM));
  }

  @Test
  void leaders_resolve_for_the_date_of_the_article() {
    assertThat(codes(resolve("2024-09-10", "Kim Jong Un met Vladimir Putin.")))
        .containsExactly("Kim Jong Un=PRKGOV", "Vladimir Putin=RUSGOV");
    assertThat(codes(resolve("2024-09-10", "Angela Merkel spoke.")))
        .as("a former head of government is an elite, not the government")
        .containsExactly("Angela Merkel=DEUELI");
    assertThat(codes(resolve("2010-03-01", "Angela Merkel spoke.")))
        .containsExactly("Angela Merkel=DEUGOV");
  }

  @Test
  void a_bare_surname_is_the_one_in_office_before_a_former_holder_of_that_name() {
    // The leaders table gives Bill Clinton "Clinton" as an alias; in 2012 the name alone is the
    // Secretary of State.
    assertThat(codes(resolve("2012-01-01", "Clinton spoke."))).containsExactly("Clinton=USAGOV");
    assertThat(resolve("2012-01-01", "Clinton spoke.").mentions().get(0).actor().name())
        .isEqualTo("Hillary Clinton");
    assertThat(codes(resolve("1998-05-01", "Clinton spoke."))).containsExactly("Clinton=USAGOV");
    // A document that named the former one first keeps to him.
    assertThat(codes(resolve("2012-01-01", "Bill Clinton arrived. Clinton spoke.")))
        .containsExactly("Bill Clinton=USAELI", "Clinton=USAELI");
  }

  @Test
  void a_name_two_entries_share_but_for_case_is_the_one_spelt_as_written() {
    // "ECOWAS" (hand-kept) and "Ecowas" (Phoenix, another code) fold alike: the name was
    // ambiguous and nothing was coded.
    assertThat(codes(resolve("2023-08-10", "ECOWAS threatened Niger.")))
        .containsExactly("ECOWAS=IGOWAFWAS", "Niger=NER");
  }

  @Test
  void later_surname_resolves_to_the_full_name() {
    ResolvedDocument d =
        resolve("2023-06-19", "Antony Blinken arrived in Beijing. Later Blinken met officials.");
    ActorMention later = d.mentionsIn(1).get(0);
    assertThat(later.actor().name()).isEqualTo("Antony Blinken");
    assertThat(later.actor().code().value()).isEqualTo("USAGOV");
  }

  @Test
  void short_names_match_only_in_capitals() {
    assertThat(resolve("2024-01-01", "The US and the UN spoke to us.").mentions())
        .extracting(m -> m.actor().code().value())
        .containsExactly("USA", "IGOUNO");
  }

  @Test
  void nationality_adjectives_name_their_country() {
    ResolvedDocument d = resolve("2024-01-01", "A Chinese satellite and a Russian one.");
    assertThat(codes(d)).containsExactly("Chinese=CHN", "Russian=RUS");
    assertThat(d.mentions()).allSatisfy(m -> assertThat(m.kind()).isEqualTo(MentionKind.ADJECTIVE));
  }

  @Test
  void an_acronym_the_text_defines_names_what_it_spelled_out() {
    // PRC is China in the dictionary, but not in a text that spells it out as something else
    assertThat(
            codes(
                resolve(
                    "2005-08-10",
                    "The Popular Resistance Committees , or PRC , fired rockets . The PRC said"
                        + " so .")))
        .isEmpty();
    assertThat(
            codes(
                resolve(
                    "2005-08-10",
                    "The Democratic People's Republic of Korea ( DPRK ) spoke . The DPRK left .")))
        .containsExactly(
            "The Democratic People's Republic of Korea=PRK", "DPRK=PRK", "The DPRK=PRK");
    // a misspelt organisation keeps its letters' bearer
    assertThat(
            codes(
                resolve(
                    "2005-08-10",
                    "Observers of the Organization for Security and Cooperationin Europe ( OSCE )"
                        + " arrived .")))
        .containsExactly("OSCE=IGOEUROSC");
  }

  @Test
  void america_is_the_united_states_but_latin_america_no_state() {
    assertThat(codes(resolve("2005-08-10", "He urged America to act in Latin America .")))
        .containsExactly("America=USA");
  }

  @Test
  void states_gone_are_their_successors_but_a_former_soviet_republic_is_no_actor() {
    // The Soviet Union, Yugoslavia and Czechoslovakia had no entry; "Serbian" was Montenegro's.
    assertThat(
            codes(
                resolve(
                    "1985-06-01",
                    "The Soviet Union , Yugoslavia , Czechoslovakia and Serbian leaders spoke .")))
        .containsExactly("Soviet Union=RUS", "Yugoslavia=SRB", "Czechoslovakia=CZE", "Serbian=SRB");
    assertThat(codes(resolve("1985-06-01", "Soviet troops spoke ."))).containsExactly("Soviet=RUS");
    assertThat(
            codes(
                resolve(
                    "2008-06-01",
                    "Georgia , a former Soviet republic , and the post-Soviet states pursued"
                        + " Soviet-era policies .")))
        .containsExactly("Georgia=GEO");
  }

  @Test
  void a_term_covering_the_day_beats_undated_rows_and_intelligence_services_are_known() {
    // "President Bush" was ambiguous between two undated elite rows and the term in office
    assertThat(codes(resolve("2005-06-01", "President Bush and the CIA spoke .")))
        .containsExactly("President Bush=USAGOV", "the CIA=USASPY");
    assertThat(resolve("2005-06-01", "Bush spoke .").mentions().get(0).actor().name())
        .isEqualTo("George W. Bush");
    assertThat(resolve("1991-06-01", "Bush spoke .").mentions().get(0).actor().name())
        .isEqualTo("George H. W. Bush");
  }

  @Test
  void names_news_uses_for_another_actor_are_not_the_sources_old_ones() {
    // "Islamic Jihad" was Hezbollah (LBNREB) and "Columbia" Colombia in the generated rows
    assertThat(codes(resolve("2007-09-26", "Islamic Jihad fired rockets .")))
        .containsExactly("Islamic Jihad=PSEREB");
    assertThat(codes(resolve("2007-09-26", "Columbia invited him . Colombia spoke .")))
        .containsExactly("Colombia=COL");
  }

  @Test
  void belgrade_is_serbia_and_leaders_outside_the_leaders_table_are_curated_with_their_terms() {
    // CountryInfo's Montenegro row kept the capital of the 1992-2006 union
    assertThat(codes(resolve("2024-06-01", "Belgrade protested .")))
        .containsExactly("Belgrade=SRBGOV");
    assertThat(codes(resolve("2018-05-01", "Aung San Suu Kyi spoke .")))
        .containsExactly("Aung San Suu Kyi=MMRGOV");
    assertThat(
            codes(resolve("2021-02-02", "Aung San Suu Kyi was detained . Min Aung Hlaing spoke .")))
        .containsExactly("Aung San Suu Kyi=MMROPP", "Min Aung Hlaing=MMRGOV");
    assertThat(codes(resolve("2023-06-01", "Hemedti spoke ."))).containsExactly("Hemedti=SDNREB");
  }

  @Test
  void heads_of_state_the_leaders_table_lacks_have_dated_terms_and_are_elites_after() {
    // the Phoenix rows stop around 2014 and keep some terms open: Mugabe governed "to this day"
    assertThat(codes(resolve("2023-06-01", "Robert Mugabe spoke . Emmerson Mnangagwa spoke .")))
        .containsExactly("Robert Mugabe=ZWEELI", "Emmerson Mnangagwa=ZWEGOV");
    assertThat(codes(resolve("2015-06-01", "Robert Mugabe spoke .")))
        .containsExactly("Robert Mugabe=ZWEGOV");
    assertThat(codes(resolve("2023-06-01", "Abdelmadjid Tebboune spoke .")))
        .containsExactly("Abdelmadjid Tebboune=DZAGOV");
  }

  @Test
  void armed_groups_and_places_of_recent_wars_resolve_by_the_names_news_uses() {
    assertThat(codes(resolve("2023-06-01", "M23 attacked . The ELN spoke . Idlib was shelled .")))
        .containsExactly("M23=CODREB", "ELN=COLREB", "Idlib=SYR");
    // "Congo" alone was the Republic of Congo while the larger state was Zaire
    assertThat(codes(resolve("1994-06-01", "Congo spoke ."))).containsExactly("Congo=COG");
    assertThat(codes(resolve("2004-06-01", "Congo spoke ."))).containsExactly("Congo=COD");
  }

  @Test
  void unknown_names_yield_no_mention() {
    assertThat(resolve("2024-01-01", "Zorblax Quendle visited Vrantor.").mentions()).isEmpty();
  }

  @Test
  void empty_document_has_no_mentions() {
    ResolvedDocument d = resolve("2024-01-01", "");
    assertThat(d.mentions()).isEmpty();
    assertThat(d.dictionaryVersion()).startsWith("actors-");
  }

  @Test
  void hostile_text_does_not_break_resolution() {
    String text =
        "\uFEFF<script>alert(1)</script> &amp; "
            + "Россия и Китай ".repeat(50)
            + "北京 "
            + "x".repeat(10_000);
    assertThat(resolve("2024-01-01", text).mentions()).isEmpty();
  }

  @Test
  void random_text_never_breaks_resolution_and_mentions_stay_inside_sentences() {
    long seed = System.nanoTime();
    System.out.println("random_text_never_breaks_resolution seed=" + seed);
    java.util.Random random = new java.util.Random(seed);
    String[] words = {
      "China", "Xi", "Jinping", "the", "Kremlin", "said", "US", "us", "Chinese", "troops", "he",
          "its",
      ".", ",", "North", "Korea", "Kim", "'s", "\u2019s", "-", "Port-au-Prince", "visited", "NATO",
          "x"
    };
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      String text = sb.toString();
      ResolvedDocument d = resolve("2024-01-01", text);
      for (ActorMention m : d.mentions()) {
        assertThat(m.chars().end())
            .as("seed " + seed + " text " + text)
            .isLessThanOrEqualTo(text.length());
        assertThat(text.substring(m.chars().start(), m.chars().end()))
            .as("seed " + seed)
            .isEqualTo(m.text());
      }
    }
  }
}
