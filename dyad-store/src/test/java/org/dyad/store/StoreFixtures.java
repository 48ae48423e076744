package org.dyad.store;

import java.time.Instant;
import java.time.LocalDate;
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
import org.dyad.core.store.DocumentRecord;
import org.dyad.core.store.DocumentStatus;
import org.dyad.core.store.StoredDocument;
import org.dyad.core.text.Article;
import org.dyad.core.text.Span;
import org.dyad.testkit.WhitespaceAnalyzer;

/** Hand-made documents and events for the store contract. */
final class StoreFixtures {
  static final Instant CODED_AT = Instant.parse("2024-09-10T08:00:00.123456Z");

  private StoreFixtures() {}

  static ParsedDocument parsed(String id, String date, String source, String text) {
    return new WhitespaceAnalyzer()
        .analyze(
            new Article(
                id, LocalDate.parse(date), source, "A title", text, "http://x/" + id, "en"));
  }

  static EventActor actor(String code, String name, int start) {
    return new EventActor(
        ActorCode.of(code), name, name, new Span(start, start + name.length()), MentionKind.NAME);
  }

  static CodedEvent event(
      String articleId,
      int sentence,
      List<EventActor> sources,
      List<EventActor> targets,
      String code,
      String date) {
    Provenance p =
        new Provenance(
            articleId,
            sentence,
            "Sentence " + sentence + " of " + articleId,
            false,
            new Span(3, 9),
            "held",
            "verbs.tsv:12",
            "actors@abc+verbs@def",
            "test-coder",
            CODED_AT);
    CodedEvent dyadic =
        CodedEvent.dyadic(
                sources.get(0),
                targets.get(0),
                CameoCode.of(code),
                "Code " + code,
                code.startsWith("1") ? -4.0 : 3.5,
                new Plover("CONSULT", "visit", "diplomatic"),
                new EventDate(LocalDate.parse(date), DatePrecision.DAY, "on Monday", "weekday"),
                "asserted",
                p,
                List.of("a note", "another"))
            .withIssues(
                code.equals("150")
                    ? List.of("NUCLEAR_WEAPONS", "SANCTIONS")
                    : List.of("OIL_SPILL"));
    if (sources.size() == 1 && targets.size() == 1) {
      return dyadic;
    }
    return dyadic.withActors(
        CodedEvent.hash("compound|" + articleId + sentence + code), sources, targets, "");
  }

  static StoredDocument doc(ParsedDocument parsed, List<CodedEvent> events, long fingerprint) {
    return new StoredDocument(parsed, events, fingerprint, "input-" + parsed.article().id());
  }

  static DocumentRecord coded(int position, String articleId, int events) {
    return new DocumentRecord(
        position, "in.jsonl:" + (position + 1), articleId, DocumentStatus.CODED, "", events);
  }
}
