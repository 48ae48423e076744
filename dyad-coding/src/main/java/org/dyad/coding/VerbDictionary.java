package org.dyad.coding;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verb and noun patterns that map a predicate to a CAMEO code.
 *
 * <p>Files (bundled under {@code org/dyad/coding/dictionary}): {@code verbs.tsv}, converted from
 * PETRARCH2's CAMEO.2.0 dictionary; {@code verbs-dyad.tsv}, Dyad's own rows, which replace rows
 * with the same verb, object and pp; {@code synsets.tsv}; {@code nouns.tsv}. A pattern's code must
 * be in the {@link Codebook}, or be {@code ---} (no event) or {@code SAY} (reporting verb); rows
 * with other codes are left out and listed by {@link #rejected()}.
 *
 * <p>Thread safety: immutable after loading; share one instance.
 */
public final class VerbDictionary {
  /** The code for "this verb yields no event". */
  public static final String NO_EVENT = "---";

  /** The code of a reporting verb. */
  public static final String REPORTING = "SAY";

  /**
   * One pattern: a verb (with an optional particle), optionally a direct object and a prepositional
   * argument, and the code it yields.
   */
  public record Pattern(
      String id,
      String verb,
      String particle,
      List<String> object,
      String ppPrep,
      List<String> ppWords,
      String code,
      String origin) {
    /** How much of the clause the pattern checks; the most specific match wins. */
    int specificity() {
      return object.size() * 2
          + ppWords.size() * 2
          + (ppPrep.isEmpty() ? 0 : 1)
          + (particle.isEmpty() ? 0 : 1);
    }
  }

  /** An event noun and the prepositions that introduce its source and target. */
  public record NounEvent(
      String noun, String code, Set<String> sourcePreps, Set<String> targetPreps) {}

  private static final String DIR = "/org/dyad/coding/dictionary/";

  private final Map<String, List<Pattern>> byVerb = new HashMap<>();
  private final Map<String, Set<String>> synsets = new HashMap<>();
  private final Map<String, NounEvent> nouns = new HashMap<>();
  private final List<String> rejected = new ArrayList<>();
  private String version = "";

  private VerbDictionary() {}

  public static VerbDictionary bundled() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final VerbDictionary INSTANCE = load(Codebook.bundled());
  }

  static VerbDictionary load(Codebook codebook) {
    VerbDictionary d = new VerbDictionary();
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
    Map<String, Pattern> rows = new LinkedHashMap<>();
    for (String file : List.of("verbs.tsv", "verbs-dyad.tsv")) {
      for (TsvReader.Row row :
          TsvReader.read(DIR + file, TsvReader.resource(DIR + file), 5, digest)) {
        String[] c = row.array();
        String code = c[3].trim();
        final String id = file + ":" + row.line();
        if (!code.equals(NO_EVENT) && !code.equals(REPORTING) && !codebook.isValid(code)) {
          d.rejected.add(id + ": code '" + code + "' is not in the CAMEO codebook");
          continue;
        }
        if (code.equals("010") && c[1].isBlank() && c[2].isBlank()) {
          // Design decision: a bare verb never yields 010 "make statement". Reporting verbs carry
          // the events they report; PETRARCH2's 010-from-"said" is the field's best-known noise.
          code = NO_EVENT;
        }
        String[] verb = c[0].trim().toLowerCase(Locale.ROOT).split(" ", 2);
        List<String> pp = words(c[2]);
        Pattern p =
            new Pattern(
                id,
                verb[0],
                verb.length > 1 ? verb[1] : "",
                words(c[1]),
                pp.isEmpty() ? "" : pp.get(0),
                pp.isEmpty() ? List.of() : pp.subList(1, pp.size()),
                code,
                c[4].trim());
        // A Dyad row that marks a whole verb as "no event" or "reporting" replaces all its
        // patterns.
        if (file.equals("verbs-dyad.tsv")
            && (code.equals(NO_EVENT) || code.equals(REPORTING))
            && c[1].isBlank()
            && c[2].isBlank()) {
          rows.keySet().removeIf(k -> k.startsWith(c[0].trim() + "|"));
        }
        rows.put(c[0].trim() + "|" + c[1].trim() + "|" + c[2].trim(), p);
      }
    }
    for (Pattern p : rows.values()) {
      d.byVerb.computeIfAbsent(p.verb(), k -> new ArrayList<>()).add(p);
    }
    for (TsvReader.Row row :
        TsvReader.read(DIR + "synsets.tsv", TsvReader.resource(DIR + "synsets.tsv"), 2, digest)) {
      d.synsets.put(
          row.array()[0].trim(), Set.copyOf(Arrays.asList(row.array()[1].trim().split("\\|", -1))));
    }
    for (TsvReader.Row row :
        TsvReader.read(DIR + "nouns.tsv", TsvReader.resource(DIR + "nouns.tsv"), 4, digest)) {
      String[] c = row.array();
      String code = c[1].trim();
      codebook.require(code);
      d.nouns.put(
          c[0].trim(),
          new NounEvent(
              c[0].trim(),
              code,
              Set.copyOf(Arrays.asList(c[2].trim().split(",", -1))),
              Set.copyOf(Arrays.asList(c[3].trim().split(",", -1)))));
    }
    d.version = "verbs-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    return d;
  }

  private static List<String> words(String cell) {
    String t = cell.trim().toLowerCase(Locale.ROOT);
    return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+", -1));
  }

  /** Patterns for a verb lemma, or an empty list. */
  public List<Pattern> patterns(String lemma) {
    return byVerb.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  public Optional<NounEvent> noun(String lemma) {
    return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
  }

  /**
   * Whether a pattern word matches a token: equal to its lemma or lower-cased form, or a member of
   * the synonym set it names ({@code &military}).
   */
  public boolean matches(String patternWord, String lemma, String word) {
    String l = lemma.toLowerCase(Locale.ROOT);
    String w = word.toLowerCase(Locale.ROOT);
    if (patternWord.startsWith("&")) {
      Set<String> set = synsets.getOrDefault(patternWord, Set.of());
      return set.contains(l) || set.contains(w);
    }
    return patternWord.equals(l) || patternWord.equals(w) || patternWord.equals(singular(w));
  }

  /**
   * A rough singular, as the dictionary converter makes it: capitalised plurals at the start of a
   * sentence ("Sanctions were imposed") come out of the tagger as proper nouns, unlemmatised.
   */
  static String singular(String w) {
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")
        && w.length() > 3) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Rows left out at load time, with the reason. */
  public List<String> rejected() {
    return List.copyOf(rejected);
  }

  /** Content hash of the files read: {@code verbs-<12 hex digits>}. */
  public String version() {
    return version;
  }

  public int size() {
    return byVerb.values().stream().mapToInt(List::size).sum();
  }
}
