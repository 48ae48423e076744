package org.dyad.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH validation files ({@code <Sentence>} records with {@code <EventCoding>} lines and
 * a {@code <Text>}) and PETRARCH2's JSONL output on them.
 *
 * <p>The files are not strict XML ({@code #} lines sit between tags), so records are found with
 * patterns, after comments are removed.
 */
public final class PetrarchRecords {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*)/?>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final ObjectMapper JSON = new ObjectMapper();

  private PetrarchRecords() {}

  /**
   * The records of a validation file. A repeated id gets a suffix ({@code AGENTS_18#2}) so that
   * each record is scored on its own. Records that expect PETRARCH to reject a malformed parse tree
   * ({@code error="bad_input_parse"}) are left out: Dyad parses the text itself and never reads
   * that tree.
   *
   * @throws IllegalArgumentException naming the file and record that is malformed
   */
  public static List<GoldSentence> read(Path file) {
    String all = COMMENT.matcher(readString(file)).replaceAll(" ");
    List<GoldSentence> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Matcher m = SENTENCE.matcher(all);
    List<int[]> starts = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : all.length();
      Map<String, String> attrs = attributes(all.substring(starts.get(i)[0], starts.get(i)[1]));
      String body = all.substring(starts.get(i)[1], end);
      Matcher text = TEXT.matcher(body);
      String id = attrs.getOrDefault("id", "");
      if (!text.find() || id.isEmpty()) {
        throw new IllegalArgumentException(
            file + ": record " + (i + 1) + " has no id or no <Text>");
      }
      int repeat = seen.merge(id, 1, Integer::sum);
      if (repeat > 1) {
        id = id + "#" + repeat;
      }
      List<Triple> events = new ArrayList<>();
      boolean malformedTree = false;
      Matcher coding = CODING.matcher(body.substring(0, text.start()));
      while (coding.find()) {
        Map<String, String> c = attributes(coding.group(1));
        malformedTree |= "bad_input_parse".equals(c.get("error"));
        if (c.containsKey("eventcode")) {
          events.add(new Triple(c.get("sourcecode"), c.get("targetcode"), c.get("eventcode")));
        }
      }
      LocalDate date;
      try {
        String d = attrs.getOrDefault("date", "");
        date = LocalDate.parse(d.length() == 6 ? "20" + d : d, YYYYMMDD); // some records: yyMMdd
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException(file + ": record " + id + ": bad date", e);
      }
      if (malformedTree) {
        continue;
      }
      out.add(new GoldSentence(id, text.group(1).replaceAll("\\s+", " ").trim(), date, events));
    }
    return out;
  }

  /**
   * PETRARCH2's events per sentence, keyed by {@link #normalise normalised} text. Sentences where
   * PETRARCH2 failed count as coded with no events.
   */
  public static Map<String, List<Triple>> readOutputs(Path jsonl) {
    Map<String, List<Triple>> out = new HashMap<>();
    try {
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode r = JSON.readTree(line);
        List<Triple> events = new ArrayList<>();
        for (JsonNode e : r.path("events")) {
          events.add(
              new Triple(
                  e.path("source").asText(), e.path("target").asText(), e.path("code").asText()));
        }
        out.put(normalise(r.path("text").asText()), events);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + jsonl, e);
    }
    return out;
  }

  /** Text reduced to lower-case letters and digits, for matching records across files. */
  public static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static Map<String, String> attributes(String s) {
    Map<String, String> out = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(s);
    while (m.find()) {
      out.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&amp;", "&"));
    }
    return out;
  }

  static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }
}
