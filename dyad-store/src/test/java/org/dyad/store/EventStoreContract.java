package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.store.StoreFixtures.actor;
import static org.dyad.store.StoreFixtures.coded;
import static org.dyad.store.StoreFixtures.doc;
import static org.dyad.store.StoreFixtures.event;
import static org.dyad.store.StoreFixtures.parsed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.series.DyadVolume;
import org.dyad.core.series.Partner;
import org.dyad.core.series.Period;
import org.dyad.core.series.SeriesPoint;
import org.dyad.core.series.SeriesQuery;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.EventCluster;
import org.dyad.core.store.EventQuery;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.RunSummary;
import org.dyad.core.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventStore} does; DuckDB and PostgreSQL run the same tests. */
abstract class EventStoreContract {
  protected EventStore store;

  /** A new, empty store. */
  protected abstract EventStore openEmpty() throws Exception;

  /** The same store opened again (after {@link EventStore#close}). */
  protected abstract EventStore reopen() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openEmpty();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private final ParsedDocument a1 =
      parsed("a1", "2024-06-19", "Wire", "Putin visited Pyongyang. Kim welcomed him warmly.");
  private final ParsedDocument a2 =
      parsed("a2", "2024-06-20", "Daily", "Russia and China held drills near Japan.");

  private List<CodedEvent> a1Events() {
    return List.of(
        event(
            "a1",
            0,
            List.of(actor("RUSGOV", "Vladimir Putin", 0)),
            List.of(actor("PRK", "North Korea", 14)),
            "042",
            "2024-06-18"),
        event(
            "a1",
            1,
            List.of(actor("PRKGOV", "Kim Jong Un", 25)),
            List.of(actor("RUSGOV", "Vladimir Putin", 37)),
            "043",
            "2024-06-19"));
  }

  private List<CodedEvent> a2Events() {
    return List.of(
        event(
            "a2",
            0,
            List.of(actor("RUS", "Russia", 0), actor("CHN", "China", 11)),
            List.of(actor("JPN", "Japan", 35)),
            "150",
            "2024-06-20"));
  }

  protected long storeBoth() {
    long run = store.startRun("ingest", "test", "dict");
    store.storeCoded(run, coded(0, "a1", 2), doc(a1, a1Events(), 11L));
    store.storeCoded(run, coded(1, "a2", 2), doc(a2, a2Events(), 22L));
    store.finishRun(run);
    return run;
  }

  @Test
  void stored_events_come_back_as_dyads_equal_to_what_was_stored() {
    storeBoth();
    List<CodedEvent> expected = new ArrayList<>();
    for (CodedEvent e : a1Events()) {
      expected.addAll(e.dyads());
    }
    for (CodedEvent e : a2Events()) {
      expected.addAll(e.dyads());
    }
    List<CodedEvent> back = store.events(EventQuery.all());
    assertThat(back).hasSize(4);
    assertThat(back).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void a_compound_event_is_stored_once_and_read_as_its_dyads() {
    storeBoth();
    List<CodedEvent> drills = store.events(new EventQuery(null, null, "", "", "JPN", "", 0));
    assertThat(drills)
        .extracting(e -> e.source().country())
        .containsExactlyInAnyOrder("RUS", "CHN");
    assertThat(drills)
        .allSatisfy(d -> assertThat(d.compoundId()).isEqualTo(a2Events().get(0).id()));
  }

  @Test
  void storing_an_article_again_adds_nothing() {
    storeBoth();
    long again = store.startRun("ingest", "test", "dict");
    store.storeCoded(again, coded(0, "a1", 2), doc(a1, a1Events(), 11L));
    assertThat(store.events(EventQuery.all())).hasSize(4);
    assertThat(store.articleCount()).isEqualTo(2);
    assertThat(store.hasArticle("a1")).isTrue();
    assertThat(store.hasArticle("nope")).isFalse();
  }

  @Test
  void filters_select_by_date_actor_dyad_and_code_prefix() {
    storeBoth();
    assertThat(store.events(new EventQuery(LocalDate.parse("2024-06-19"), null, "", "", "", "", 0)))
        .hasSize(3);
    assertThat(store.events(new EventQuery(null, LocalDate.parse("2024-06-18"), "", "", "", "", 0)))
        .hasSize(1);
    assertThat(store.events(new EventQuery(null, null, "PRK", "", "", "", 0))).hasSize(2);
    assertThat(store.events(new EventQuery(null, null, "", "PRKGOV", "RUS", "", 0)))
        .extracting(e -> e.code().value())
        .containsExactly("043");
    assertThat(store.events(new EventQuery(null, null, "", "", "", "04", 0))).hasSize(2);
    assertThat(store.events(new EventQuery(null, null, "", "", "", "", 3))).hasSize(3);
  }

  @Test
  void sql_in_a_filter_value_is_only_a_value() {
    storeBoth();
    assertThat(store.events(new EventQuery(null, null, "RUS' OR '1'='1", "", "", "", 0))).isEmpty();
    assertThat(store.events(new EventQuery(null, null, "x'; DROP TABLE dyads; --", "", "", "", 0)))
        .isEmpty();
    assertThat(store.events(EventQuery.all())).hasSize(4);
  }

  @Test
  void parses_come_back_exactly_for_recoding() {
    storeBoth();
    List<ParsedDocument> back = new ArrayList<>();
    store.forEachParsed(back::add);
    assertThat(back).hasSize(2);
    assertThat(back.get(0).article()).isEqualTo(a1.article());
    assertThat(back.get(0).sentences()).isEqualTo(a1.sentences());
    assertThat(back.get(1).article()).isEqualTo(a2.article());
  }

  @Test
  void replacing_an_articles_events_leaves_the_others() {
    storeBoth();
    store.replaceEvents("a1", List.of(a1Events().get(0)));
    assertThat(store.events(new EventQuery(null, null, "PRK", "", "", "", 0))).hasSize(1);
    assertThat(store.events(EventQuery.all())).hasSize(3);
    assertThatThrownBy(() -> store.replaceEvents("missing", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing");
  }

  @Test
  void a_run_keeps_a_manifest_of_every_document() {
    long run = storeBoth();
    long second = store.startRun("ingest", "again", "dict");
    store.recordOutcome(
        second, new DocumentRecord(0, "in:1", "a1", DocumentStatus.DUPLICATE, "already stored", 0));
    store.recordOutcome(
        second, new DocumentRecord(1, "in:2", "", DocumentStatus.FAILED, "bad JSON", 0));
    RunSummary first = store.run(run).orElseThrow();
    assertThat(first.documents()).isEqualTo(2);
    assertThat(first.events()).isEqualTo(4);
    assertThat(first.finished()).isNotNull();
    RunSummary s = store.run(second).orElseThrow();
    assertThat(s.finished()).isNull();
    assertThat(s.counts()).isEqualTo(Map.of(DocumentStatus.DUPLICATE, 1, DocumentStatus.FAILED, 1));
    assertThat(store.outcomes(second))
        .extracting(DocumentRecord::reason)
        .containsExactly("already stored", "bad JSON");
    assertThat(store.runs()).extracting(RunSummary::id).containsExactly(run, second);
  }

  @Test
  void reports_of_one_event_in_several_articles_form_one_cluster() {
    storeBoth();
    ParsedDocument a3 = parsed("a3", "2024-06-21", "Other Wire", "Putin arrived in Pyongyang.");
    long run = store.startRun("ingest", "t", "d");
    store.storeCoded(
        run,
        coded(0, "a3", 1),
        doc(
            a3,
            List.of(
                event(
                    "a3",
                    0,
                    List.of(actor("RUSGOV", "Vladimir Putin", 0)),
                    List.of(actor("PRK", "North Korea", 17)),
                    "042",
                    "2024-06-19")),
            33L));
    List<EventCluster> visits = store.clusters(new EventQuery(null, null, "", "", "", "042", 0));
    assertThat(visits)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.mentions()).isEqualTo(2);
              assertThat(c.articles()).isEqualTo(2);
              assertThat(c.sources()).isEqualTo(2);
              assertThat(c.firstDate()).isEqualTo(LocalDate.parse("2024-06-18"));
              assertThat(c.lastDate()).isEqualTo(LocalDate.parse("2024-06-19"));
            });
    assertThat(store.clusters(EventQuery.all())).hasSize(4);
  }

  @Test
  void series_count_a_relation_per_bin_next_to_the_news_volume() {
    storeBoth();
    List<SeriesPoint> days =
        store.series(new SeriesQuery("RUS", "PRK", false, Period.DAY, null, null));
    assertThat(days)
        .extracting(SeriesPoint::start)
        .containsExactly(LocalDate.parse("2024-06-18"), LocalDate.parse("2024-06-19"));
    assertThat(days).extracting(SeriesPoint::verbalCooperation).containsExactly(1, 1);
    assertThat(days).extracting(SeriesPoint::allEvents).containsExactly(1L, 1L);
    assertThat(days).extracting(SeriesPoint::articles).containsExactly(0L, 1L);
    assertThat(
            store.series(
                new SeriesQuery(
                    "RUS", "PRK", false, Period.DAY, null, LocalDate.parse("2024-06-20"))))
        .extracting(SeriesPoint::allEvents)
        .containsExactly(1L, 1L, 2L);
    assertThat(days.get(0).roots()).isEqualTo(Map.of("04", 1));
    assertThat(store.series(new SeriesQuery("RUS", "PRK", true, Period.DAY, null, null)))
        .extracting(SeriesPoint::events)
        .containsExactly(1);
    List<SeriesPoint> month =
        store.series(new SeriesQuery("JPN", "CHN", false, Period.MONTH, null, null));
    assertThat(month)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.start()).isEqualTo(LocalDate.parse("2024-06-01"));
              assertThat(p.materialConflict()).isEqualTo(1);
              assertThat(p.netCooperation()).isEqualTo(-1.0);
              assertThat(p.allEvents()).isEqualTo(4);
              assertThat(p.perThousandEvents()).isEqualTo(250.0);
            });
    assertThat(
            store.series(
                new SeriesQuery(
                    "RUS", "PRK", false, Period.WEEK, LocalDate.parse("2024-06-19"), null)))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.start()).isEqualTo(LocalDate.parse("2024-06-17"));
              assertThat(p.events()).isEqualTo(1);
            });
  }

  @Test
  void partners_are_ranked_by_events_in_either_direction() {
    storeBoth();
    assertThat(store.partners("RUS", null, null, 5))
        .extracting(Partner::code, Partner::events)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PRK", 2L),
            org.assertj.core.groups.Tuple.tuple("JPN", 1L));
    assertThat(store.partners("RUSGOV", null, null, 5))
        .extracting(Partner::code)
        .containsExactly("PRK");
    assertThat(store.partners("RUS", LocalDate.parse("2024-06-20"), null, 1))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("JPN");
              assertThat(p.first()).isEqualTo(LocalDate.parse("2024-06-20"));
            });
  }

  @Test
  void events_filter_by_quad_class_and_sentence_words_and_page_by_offset() {
    storeBoth();
    List<CodedEvent> all = store.events(EventQuery.all());
    assertThat(store.events(new EventQuery(null, null, "", "", "", "", 4, "", 0, 0)))
        .extracting(e -> e.code().value())
        .containsOnly("150");
    assertThat(store.events(new EventQuery(null, null, "", "", "", "", 0, "  OF A2  ", 0, 0)))
        .allSatisfy(e -> assertThat(e.provenance().sentenceText()).containsIgnoringCase("of a2"))
        .isNotEmpty();
    assertThat(store.events(new EventQuery(null, null, "", "", "", "", 0, "100%_!", 0, 0)))
        .isEmpty();
    assertThat(store.events(new EventQuery(null, null, "", "", "", "", 0, "", 2, 1)))
        .containsExactlyElementsOf(all.subList(1, 3));
    assertThat(store.event(all.get(2).id())).contains(all.get(2));
    assertThat(store.event("no-such-id")).isEmpty();
    assertThatThrownBy(() -> new EventQuery(null, null, "", "", "", "", 5, "", 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quad class");
  }

  @Test
  void events_filter_by_a_whole_issue_of_their_sentence() {
    storeBoth();
    EventQuery all = EventQuery.all();
    assertThat(store.events(all.withIssue("sanctions")))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.issues()).contains("SANCTIONS"))
        .extracting(e -> e.code().value())
        .containsOnly("150");
    assertThat(store.events(all.withIssue("OIL_SPILL")))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.issues()).containsExactly("OIL_SPILL"));
    // Whole issues only, and '_' is no wildcard.
    assertThat(store.events(all.withIssue("OIL"))).isEmpty();
    assertThat(store.events(all.withIssue("OIL-SPILL"))).isEmpty();
    assertThatThrownBy(() -> all.withIssue("OIL%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issue");
  }

  @Test
  void volume_counts_every_event_and_article_per_bin() {
    storeBoth();
    assertThat(store.volume(Period.DAY, null, null))
        .extracting(
            org.dyad.core.series.VolumePoint::start,
            org.dyad.core.series.VolumePoint::events,
            org.dyad.core.series.VolumePoint::articles)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-06-18"), 1L, 0L),
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-06-19"), 1L, 1L),
            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2024-06-20"), 2L, 1L));
    assertThat(store.volume(Period.MONTH, LocalDate.parse("2024-06-20"), null))
        .singleElement()
        .satisfies(v -> assertThat(v.events()).isEqualTo(2));
  }

  @Test
  void dyad_volumes_are_the_relations_between_countries_per_direction() {
    storeBoth();
    assertThat(store.dyadVolumes(null, null))
        .extracting(
            DyadVolume::source,
            DyadVolume::target,
            DyadVolume::verbalCooperation,
            DyadVolume::materialConflict)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("RUS", "PRK", 1, 0),
            org.assertj.core.groups.Tuple.tuple("PRK", "RUS", 1, 0),
            org.assertj.core.groups.Tuple.tuple("RUS", "JPN", 0, 1),
            org.assertj.core.groups.Tuple.tuple("CHN", "JPN", 0, 1));
    assertThat(store.dyadVolumes(LocalDate.parse("2024-06-19"), LocalDate.parse("2024-06-19")))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.source()).isEqualTo("PRK");
              assertThat(v.events()).isEqualTo(1);
              assertThat(v.goldsteinSum()).isGreaterThan(0);
            });
  }

  @Test
  void a_failed_write_stores_nothing_of_the_document() {
    long run = store.startRun("ingest", "t", "d");
    CodedEvent e = a1Events().get(0);
    assertThatThrownBy(() -> store.storeCoded(run, coded(0, "a1", 2), doc(a1, List.of(e, e), 11L)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("a1");
    assertThat(store.hasArticle("a1")).isFalse();
    assertThat(store.outcomes(run)).isEmpty();
    store.storeCoded(run, coded(0, "a1", 2), doc(a1, a1Events(), 11L));
    assertThat(store.events(EventQuery.all())).hasSize(2);
  }

  @Test
  void data_and_schema_survive_reopening() throws Exception {
    storeBoth();
    store.close();
    store = reopen();
    assertThat(store.events(EventQuery.all())).hasSize(4);
    assertThat(store.fingerprints()).containsEntry("a1", 11L).containsEntry("a2", 22L);
  }
}
