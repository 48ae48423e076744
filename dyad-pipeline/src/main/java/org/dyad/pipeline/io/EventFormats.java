package org.dyad.pipeline.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.text.Span;

/**
 * Dyad's event output formats. The JSONL schema (one event per line) is documented in the README
 * and stable: later stores and exports read it.
 *
 * <p>Thread safety: stateless.
 */
public final class EventFormats {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** TSV columns, in order. */
  public static final List<String> TSV_COLUMNS =
      List.of(
          "id",
          "doc",
          "sentence",
          "date",
          "date_precision",
          "source",
          "source_country",
          "source_name",
          "target",
          "target_country",
          "target_name",
          "cameo",
          "root",
          "quad",
          "goldstein",
          "plover_event",
          "plover_mode",
          "modality",
          "issues",
          "trigger",
          "pattern",
          "sentence_text");

  private EventFormats() {}

  /**
   * A dyadic event as an ordered map, the JSONL schema: one line per dyad, {@code event_id} naming
   * the event it belongs to (several dyads share it when the event had compound actors).
   */
  public static Map<String, Object> toMap(CodedEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("event_id", e.compoundId().isEmpty() ? e.id() : e.compoundId());
    m.put("doc", e.provenance().articleId());
    m.put("sentence", e.provenance().sentence());
    m.put("source", e.source().code().value());
    m.put("source_country", e.source().country());
    m.put("source_name", e.source().name());
    m.put("source_text", e.source().text());
    m.put("source_resolution", e.source().resolution().name().toLowerCase(java.util.Locale.ROOT));
    m.put("target", e.target().code().value());
    m.put("target_country", e.target().country());
    m.put("target_name", e.target().name());
    m.put("target_text", e.target().text());
    m.put("target_resolution", e.target().resolution().name().toLowerCase(java.util.Locale.ROOT));
    m.put("cameo", e.code().value());
    m.put("cameo_name", e.codeName());
    m.put("root", e.root());
    m.put("quad", e.quadClass());
    m.put("goldstein", e.goldstein());
    m.put(
        "goldstein_scale",
        org.dyad.coding.Codebook.bundled()
            .get(e.code().value())
            .map(c -> c.goldsteinScale())
            .orElse("GDELT"));
    Map<String, Object> plover = new LinkedHashMap<>();
    plover.put("event", e.plover().event());
    plover.put("mode", e.plover().mode());
    plover.put("context", e.plover().context());
    m.put("plover", plover);
    m.put("date", e.date().iso());
    m.put("date_precision", e.date().precision().name().toLowerCase(java.util.Locale.ROOT));
    m.put("date_expression", e.date().expression());
    m.put("date_method", e.date().method());
    m.put("modality", e.modality());
    m.put("sentence_text", e.provenance().sentenceText());
    m.put("from_title", e.provenance().fromTitle());
    m.put("trigger", e.provenance().triggerText());
    m.put("trigger_offsets", offsets(e.provenance().trigger()));
    m.put("source_offsets", offsets(e.source().chars()));
    m.put("target_offsets", offsets(e.target().chars()));
    m.put("pattern", e.provenance().patternId());
    m.put("dictionary", e.provenance().dictionaryVersion());
    m.put("coder", e.provenance().coderVersion());
    m.put("coded_at", e.provenance().codedAt().toString());
    m.put("notes", e.notes());
    m.put("issues", e.issues());
    return m;
  }

  /**
   * The event in PLOVER's JSON vocabulary ({@code actor}, {@code recipient}, {@code event}, {@code
   * mode}, {@code context}), with Dyad's CAMEO code and provenance alongside. Empty when PLOVER has
   * no type for the CAMEO code (PLOVER drops most of CAMEO's roots 01 and 02).
   */
  public static java.util.Optional<Map<String, Object>> toPloverMap(CodedEvent e) {
    if (e.plover().event().isEmpty()) {
      return java.util.Optional.empty();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("date", e.date().iso());
    m.put("date_precision", e.date().precision().name().toLowerCase(java.util.Locale.ROOT));
    m.put("event", e.plover().event());
    m.put("mode", e.plover().mode());
    m.put("context", contexts(e.plover().context()));
    m.put("actor", ploverActor(e.source()));
    m.put("recipient", ploverActor(e.target()));
    m.put("cameo", e.code().value());
    m.put("text", e.provenance().sentenceText());
    m.put("doc", e.provenance().articleId());
    m.put("sentence", e.provenance().sentence());
    m.put("trigger", e.provenance().triggerText());
    m.put("modality", e.modality());
    m.put("dictionary", e.provenance().dictionaryVersion());
    m.put("coder", e.provenance().coderVersion());
    return java.util.Optional.of(m);
  }

  private static List<String> contexts(String joined) {
    List<String> out = new java.util.ArrayList<>();
    for (String c : joined.split(";", -1)) {
      if (!c.isBlank()) {
        out.add(c.trim());
      }
    }
    return out;
  }

  /** PLOVER's actor fields: the text, the code, its country and its sector (the role). */
  private static Map<String, Object> ploverActor(org.dyad.core.event.EventActor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("actorText", a.text());
    m.put("name", a.name());
    m.put("code", a.code().value());
    m.put("country", a.country());
    m.put("sector", a.code().role());
    return m;
  }

  /** One PLOVER JSON line, or empty (see {@link #toPloverMap}). */
  public static java.util.Optional<String> ploverLine(CodedEvent e) {
    return toPloverMap(e)
        .map(
            m -> {
              try {
                return JSON.writeValueAsString(m);
              } catch (JsonProcessingException ex) {
                throw new IllegalStateException("serialising event " + e.id(), ex);
              }
            });
  }

  private static List<Integer> offsets(Span s) {
    return List.of(s.start(), s.end());
  }

  public static String jsonLine(CodedEvent e) {
    try {
      return JSON.writeValueAsString(toMap(e));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("serialising event " + e.id(), ex);
    }
  }

  public static String tsvHeader() {
    return String.join("\t", TSV_COLUMNS);
  }

  public static String tsvRow(CodedEvent e) {
    Map<String, Object> m = toMap(e);
    StringBuilder sb = new StringBuilder();
    for (String c : TSV_COLUMNS) {
      Object v =
          switch (c) {
            case "plover_event" -> e.plover().event();
            case "plover_mode" -> e.plover().mode();
            case "issues" -> String.join(";", e.issues());
            default -> m.get(c);
          };
      if (sb.length() > 0) {
        sb.append('\t');
      }
      sb.append(String.valueOf(v).replace('\t', ' ').replace('\n', ' '));
    }
    return sb.toString();
  }

  /** A readable fixed-width table of events. */
  public static String table(List<CodedEvent> events) {
    StringBuilder sb = new StringBuilder();
    String fmt = "%-4s %-10s %-10s %-18s %-10s %-18s %-5s %-34s %-4s %-6s %-10s %s%n";
    sb.append(
        String.format(
            java.util.Locale.ROOT,
            fmt,
            "sent",
            "date",
            "source",
            "source name",
            "target",
            "target name",
            "code",
            "event",
            "quad",
            "gold",
            "plover",
            "trigger"));
    for (CodedEvent e : events) {
      sb.append(
          String.format(
              java.util.Locale.ROOT,
              fmt,
              e.provenance().sentence(),
              e.date().iso(),
              e.source().code().value(),
              cut(e.source().name(), 18),
              e.target().code().value(),
              cut(e.target().name(), 18),
              e.code().value(),
              cut(e.codeName(), 34),
              e.quadClass(),
              String.format(java.util.Locale.ROOT, "%+.1f", e.goldstein()),
              e.plover().event().isEmpty() ? "-" : e.plover().event(),
              e.provenance().triggerText() + (e.modality().equals("intent") ? " (intent)" : "")));
    }
    return sb.toString();
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
