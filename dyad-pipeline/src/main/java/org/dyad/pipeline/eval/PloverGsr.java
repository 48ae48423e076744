package org.dyad.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the PLOVER gold-standard records (a JSON array; CAMEO-manual examples re-coded in PLOVER
 * 0.5b1). Event types are renamed to the PLOVER version Dyad emits (from the 2021 CAMEO-to-PLOVER
 * table): DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT.
 */
public final class PloverGsr {
  private static final Map<String, String> RENAMED =
      Map.of(
          "DEMAND", "REQUEST",
          "DISAPPROVE", "ACCUSE",
          "INVESTIGATE", "ACCUSE",
          "FIGHT", "ASSAULT");

  private PloverGsr() {}

  /** The coded sentences; each source and target pair becomes one triple. */
  public static List<GoldSentence> read(Path file) {
    JsonNode all;
    try {
      all = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    List<GoldSentence> out = new ArrayList<>();
    for (JsonNode r : all) {
      String event = r.path("event").asText();
      if (event.equals("DOCUMENT") || r.path("text").asText().isBlank()) {
        continue;
      }
      String type = RENAMED.getOrDefault(event, event);
      List<String> sources = codes(r.path("source"));
      List<String> targets = codes(r.path("target"));
      if (targets.isEmpty()) {
        targets = List.of("");
      }
      List<Triple> events = new ArrayList<>();
      for (String s : sources.isEmpty() ? List.of("") : sources) {
        for (String t : targets) {
          events.add(new Triple(s, t, type));
        }
      }
      LocalDate date = LocalDate.parse(r.path("date").asText("2000-01-01"));
      out.add(new GoldSentence(r.path("id").asText(), r.path("text").asText(), date, events));
    }
    return out;
  }

  private static List<String> codes(JsonNode actors) {
    List<String> out = new ArrayList<>();
    if (actors.isArray()) {
      for (JsonNode a : actors) {
        out.add(a.path("code").asText());
      }
    }
    return out;
  }
}
