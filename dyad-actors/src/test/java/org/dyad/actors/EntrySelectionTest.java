package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.actors.ActorDictionary.Entry;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;
import org.junit.jupiter.api.Test;

class EntrySelectionTest {
  private static Entry person(String name, String code, String start, String end, String source) {
    return new Entry(
        name,
        ActorCode.of(code),
        start == null ? null : LocalDate.parse(start),
        end == null ? null : LocalDate.parse(end),
        ActorKind.PERSON,
        source);
  }

  private static final Entry KIM_IL =
      person("Kim Jong Il", "PRKGOV", "1994-07-08", "2011-12-17", "leaders.tsv");
  private static final Entry KIM_UN =
      person("Kim Jong Un", "PRKGOV", "2011-12-17", null, "leaders.tsv");
  private static final Entry KIM_SOUTH =
      person("Kim Dae-jung", "KORGOV", "1998-02-25", "2003-02-24", "leaders.tsv");

  @Test
  void the_holder_of_the_day_wins() {
    assertThat(
            EntrySelection.choose(List.of(KIM_IL, KIM_UN), LocalDate.of(2024, 1, 1), Set.of())
                .name())
        .isEqualTo("Kim Jong Un");
    assertThat(
            EntrySelection.choose(List.of(KIM_IL, KIM_UN), LocalDate.of(2005, 1, 1), Set.of())
                .name())
        .isEqualTo("Kim Jong Il");
  }

  @Test
  void two_people_of_two_countries_valid_the_same_day_stay_ambiguous_unless_one_was_named() {
    List<Entry> kims = List.of(KIM_IL, KIM_SOUTH);
    LocalDate day = LocalDate.of(2000, 6, 13);
    assertThat(EntrySelection.choose(kims, day, Set.of())).isNull();
    assertThat(EntrySelection.choose(kims, day, Set.of("kim dae jung")).name())
        .isEqualTo("Kim Dae-jung");
  }

  @Test
  void leaders_table_wins_over_open_ended_older_rows() {
    Entry phoenix =
        person("Angela Merkel", "DEUGOV", "2005-11-22", null, "Phoenix.Countries.actors.txt");
    Entry leaders =
        person(
            "Angela Merkel",
            "DEUGOV",
            "2005-11-22",
            "2021-12-08",
            "leaders.tsv HEAD_OF_GOVERNMENT");
    Entry chosen =
        EntrySelection.choose(List.of(phoenix, leaders), LocalDate.of(2024, 1, 1), Set.of());
    assertThat(chosen.source()).startsWith("leaders.tsv");
    assertThat(chosen.validOn(LocalDate.of(2024, 1, 1)))
        .as("a former holder: the caller codes ELI")
        .isFalse();
  }

  @Test
  void a_person_named_before_takes_the_dated_office_of_the_day_over_an_undated_row() {
    Entry undated = person("Hosni Mubarak", "EGYELI", null, null, "Phoenix.Countries.actors.txt");
    Entry office =
        person(
            "Hosni Mubarak", "EGYGOV", "1981-10-14", "2011-02-11", "Phoenix.Countries.actors.txt");
    Entry chosen =
        EntrySelection.choose(
            List.of(undated, office), LocalDate.of(2008, 1, 16), Set.of("hosni mubarak"));
    assertThat(chosen.code().value()).isEqualTo("EGYGOV");
  }

  @Test
  void between_terms_a_person_is_what_undated_rows_say_and_never_a_future_international_office() {
    List<Entry> stoltenberg =
        List.of(
            person("Jens Stoltenberg", "IGOWSTNAT", "2014-10-01", "2024-09-30", "leaders.tsv"),
            person("Jens Stoltenberg", "NORGOV", "2000-03-17", "2001-10-19", "leaders.tsv"),
            person("Jens Stoltenberg", "NORGOV", "2005-10-17", "2013-10-16", "leaders.tsv"),
            person("Jens Stoltenberg", "NORELI", null, null, "Phoenix.Countries.actors.txt"));
    assertThat(
            EntrySelection.choose(stoltenberg, LocalDate.of(2005, 9, 14), Set.of()).code().value())
        .isEqualTo("NORELI");
    List<Entry> ban =
        List.of(
            person("Ban Ki-moon", "IGOUNO", "2007-01-01", "2016-12-31", "leaders.tsv"),
            person("Ban Ki-moon", "KORGOV", "2008-01-01", null, "somewhere"));
    assertThat(EntrySelection.choose(ban, LocalDate.of(2005, 9, 14), Set.of()).code().value())
        .isEqualTo("KORGOV");
    assertThat(EntrySelection.choose(ban.subList(0, 1), LocalDate.of(2005, 9, 14), Set.of()))
        .isNull();
  }
}
