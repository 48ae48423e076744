package org.dyad.pipeline.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.event.CameoCode;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.event.DatePrecision;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.EventDate;
import org.dyad.core.event.Plover;
import org.dyad.core.event.Provenance;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.series.Period;
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.EventStore;
import org.dyad.core.store.StoredDocument;
import org.dyad.core.text.Article;
import org.dyad.store.Stores;
import org.dyad.testkit.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored triangle: North Korea cooperates mostly with China for 15 months, then mostly with
 * Russia. The finding is the alignment shift, dated, sized and backed by events.
 */
class AlignmentShiftsIT {
  private static final LocalDate START = LocalDate.of(2022, 1, 1);

  @TempDir Path dir;

  @Test
  void an_actor_moving_from_one_partner_toward_another_is_a_dated_alignment_shift() {
    try (EventStore store = Stores.duckDb(dir)) {
      long run = store.startRun("test", "triangle", "");
      for (int m = 0; m < 30; m++) {
        int withChina = m < 15 ? 8 : 2;
        int withRussia = m < 15 ? 2 : 8;
        store(store, run, m, withChina, withRussia);
      }
      List<AlignmentShifts.Finding> findings =
          AlignmentShifts.find(store, "PRK", Period.MONTH, null, 4, 3);
      assertThat(findings).isNotEmpty();
      AlignmentShifts.Finding top = findings.get(0);
      assertThat(findings)
          .filteredOn(f -> f.kind() == AlignmentShifts.Kind.ALIGNMENT)
          .extracting(AlignmentShifts.Finding::partner)
          .containsExactlyInAnyOrder("RUS", "CHN");
      AlignmentShifts.Finding russia =
          findings.stream().filter(f -> f.partner().equals("RUS")).findFirst().orElseThrow();
      assertThat(russia.shift().at()).isEqualTo(START.plusMonths(15));
      assertThat(russia.shift().size()).isGreaterThan(0.8);
      assertThat(russia.shift().confidence()).isGreaterThan(0.99);
      assertThat(russia.evidence())
          .hasSize(3)
          .allSatisfy(e -> assertThat(e.date().date()).isAfterOrEqualTo(START.plusMonths(15)));
      assertThat(top.shift().confidence()).isGreaterThan(0.99);
      assertThat(findings).noneMatch(f -> f.kind() == AlignmentShifts.Kind.RELATION);
    }
  }

  private static void store(EventStore store, long run, int month, int withChina, int withRussia) {
    LocalDate day = START.plusMonths(month).plusDays(9);
    int n = withChina + withRussia;
    String text = "North Korea met a partner. ".repeat(n).strip();
    String id = "m" + month;
    ParsedDocument parsed =
        new WhitespaceAnalyzer().analyze(new Article(id, day, "Wire", "", text, "", "en"));
    List<CodedEvent> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      events.add(meeting(id, i, day, i < withChina ? "CHN" : "RUS"));
    }
    store.storeCoded(
        run,
        new DocumentRecord(month, "month " + month, id, DocumentStatus.CODED, "", n),
        new StoredDocument(parsed, events, month, ""));
  }

  private static CodedEvent meeting(String article, int sentence, LocalDate day, String partner) {
    return CodedEvent.dyadic(
        new EventActor(
            ActorCode.of("PRKGOV"),
            "Kim Jong Un",
            "North Korea",
            new org.dyad.core.text.Span(0, 11),
            MentionKind.NAME),
        new EventActor(
            ActorCode.of(partner + "GOV"),
            partner,
            "a partner",
            new org.dyad.core.text.Span(16, 25),
            MentionKind.DESCRIPTION),
        CameoCode.of("040"),
        "Consult",
        1.0,
        new Plover("CONSULT", "", ""),
        new EventDate(day, DatePrecision.DAY, "", "test"),
        "asserted",
        new Provenance(
            article,
            sentence,
            "North Korea met a partner.",
            false,
            new org.dyad.core.text.Span(12, 15),
            "met",
            "test",
            "",
            "",
            Instant.EPOCH),
        List.of());
  }
}
