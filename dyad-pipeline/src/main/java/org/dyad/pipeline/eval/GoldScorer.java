package org.dyad.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.event.CodedEvent;

/**
 * Precision, recall and F1 at the dyad + root level, with the matching rules of the shared scorer
 * {@code score.py}: countries normalised (IGO codes to one token), predictions de-duplicated on
 * (article, sentence, source, target, code), domestic predictions left out, each gold event and
 * prediction used once. The full report (other levels, dates, tags) comes from {@code score.py}.
 *
 * <p>Thread safety: stateless.
 */
public final class GoldScorer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[][] IGO_PREFIXES = {
    {"IGOUNOIAE", "IAEA"}, {"IGOWAFWAS", "ECOWAS"}, {"IGOWSTNAT", "NATO"}, {"IGOEUREEC", "EU"},
    {"IGOAFRAFU", "AU"}, {"IGOSEAASN", "ASEAN"}, {"IGOGOS", "G7"}, {"IGOUNO", "UNO"}
  };

  private GoldScorer() {}

  /** Scores events against {@code gold.jsonl} in a gold directory. */
  public static Prf score(Path goldDir, List<CodedEvent> events) {
    Map<String, Integer> gold = new HashMap<>();
    int goldCount = 0;
    try {
      for (String line :
          Files.readAllLines(goldDir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode g = JSON.readTree(line);
        String key =
            key(
                g.get("article").asText(),
                g.get("sentence").asInt(),
                country(g.get("source_country").asText()),
                country(g.get("target_country").asText()),
                g.get("cameo").asText().substring(0, 2));
        gold.merge(key, 1, Integer::sum);
        goldCount++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading gold events in " + goldDir, e);
    }
    Set<String> seen = new HashSet<>();
    List<String> predictions = new ArrayList<>();
    for (CodedEvent e : events) {
      String src = country(e.source().country());
      String tgt = country(e.target().country());
      if (src.equals(tgt)) {
        continue;
      }
      String full =
          key(e.provenance().articleId(), e.provenance().sentence(), src, tgt, e.code().value());
      if (seen.add(full)) {
        predictions.add(
            key(e.provenance().articleId(), e.provenance().sentence(), src, tgt, e.root()));
      }
    }
    int tp = 0;
    for (String p : predictions) {
      Integer left = gold.get(p);
      if (left != null && left > 0) {
        gold.put(p, left - 1);
        tp++;
      }
    }
    return new Prf(tp, predictions.size(), goldCount);
  }

  private static String key(String doc, int sentence, String src, String tgt, String code) {
    return doc + "|" + sentence + "|" + src + "|" + tgt + "|" + code;
  }

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("UN", "UNO"),
          Map.entry("UNO", "UNO"),
          Map.entry("IAEA", "IAEA"),
          Map.entry("IAE", "IAEA"),
          Map.entry("NATO", "NATO"),
          Map.entry("NAT", "NATO"),
          Map.entry("EU", "EU"),
          Map.entry("EEC", "EU"),
          Map.entry("ECOWAS", "ECOWAS"),
          Map.entry("AU", "AU"),
          Map.entry("G7", "G7"),
          Map.entry("GOS", "G7"),
          Map.entry("ASEAN", "ASEAN"));

  /** The shared scorer's country normalisation. */
  static String country(String code) {
    String v = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    if (ALIASES.containsKey(v)) {
      return ALIASES.get(v);
    }
    if (v.startsWith("IGO")) {
      for (String[] p : IGO_PREFIXES) {
        if (v.startsWith(p[0])) {
          return p[1];
        }
      }
      return v.length() > 3 ? v.substring(3, Math.min(6, v.length())) : "IGO";
    }
    return v.length() > 3 ? v.substring(0, 3) : v;
  }
}
