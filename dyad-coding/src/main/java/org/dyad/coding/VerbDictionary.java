package org.dyad.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dyad.core.nlp.Token;

/**
 * Verb and noun patterns that map a predicate to a CAMEO code.
 *
 * <p>Files (bundled under {@code org/dyad/coding/dictionary}), read in this order, a later row
 * replacing an earlier one with the same verb, object and pp: {@code verbs-tabari.tsv}, converted
 * from TABARI's 2009 CAMEO verbs; {@code verbs.tsv}, converted from PETRARCH2's CAMEO.2.0
 * dictionary; {@code verbs-dyad.tsv}, Dyad's own rows; {@code synsets.tsv}; {@code nouns.tsv};
 * {@code discards.tsv} and {@code issues.tsv}, converted from PETRARCH2's Phoenix discard and issue
 * lists (see {@link Discards} and {@link Issues}). A pattern's code must be in the {@link
 * Codebook}, or be {@code ---} (no event) or {@code SAY} (reporting verb); rows with other codes
 * are left out and listed by {@link #rejected()}.
 *
 * <p>Thread safety: immutable after loading; share one instance.
 */
public final class VerbDictionary {
  /** The code for "this verb yields no event". */
  public static final String NO_EVENT = "---";

  /** The code of a reporting verb. */
  public static final String REPORTING = "SAY";

  /** A pattern object that matches any one person the actor dictionary names. */
  public static final String ANY_PERSON = "&person";

  /**
   * One pattern: a verb (with an optional particle), optionally a direct object and a prepositional
   * argument, and the code it yields. A reversed pattern (code written ":030") codes the other
   * party acting on the subject: "received assurances from B" is B's assurance.
   */
  public record Pattern(
      String id,
      String verb,
      String particle,
      List<String> object,
      String ppPrep,
      List<String> ppWords,
      String code,
      String origin,
      boolean reversed) {
    /** A pattern of the verb (or noun) alone, for events that rules, not rows, code. */
    static Pattern bare(String id, String verb, String code, String origin) {
      return new Pattern(id, verb, "", List.of(), "", List.of(), code, origin, false);
    }

    /** The same pattern yielding another code. */
    Pattern withCode(String otherCode) {
      return new Pattern(id, verb, particle, object, ppPrep, ppWords, otherCode, origin, reversed);
    }

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
  private final Discards.Builder discardRows = new Discards.Builder();
  private final Issues.Builder issueRows = new Issues.Builder();
  private Discards discards;
  private Issues issues;
  private String version = "";

  private VerbDictionary() {}

  public static VerbDictionary bundled() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final VerbDictionary INSTANCE = load(Codebook.bundled());
  }

  /**
   * The bundled dictionary plus the user files in {@code userDirectories}: {@code verbs*.tsv}
   * (pattern rows, which replace bundled rows with the same verb, object and pp), {@code
   * nouns*.tsv}, {@code synsets*.tsv}, {@code discards*.tsv} and {@code issues*.tsv}. Other files
   * there belong to the actor dictionary.
   *
   * @throws IllegalArgumentException naming the file and line of a user row whose code is not in
   *     the codebook
   * @throws UncheckedIOException naming a user file that cannot be read
   */
  public static VerbDictionary load(Codebook codebook, List<Path> userDirectories) {
    return load(codebook, userDirectories, true);
  }

  /**
   * As {@link #load(Codebook, List)}; without {@code bundledPatterns}, only the users' verb
   * patterns and discards count (the bundled synonym sets and event nouns stay), as when scoring
   * against a gold set written for its own dictionary.
   */
  public static VerbDictionary load(
      Codebook codebook, List<Path> userDirectories, boolean bundledPatterns) {
    List<Source> sources = new ArrayList<>();
    for (String file :
        List.of(
            "verbs-tabari.tsv",
            "verbs.tsv",
            "verbs-dyad.tsv",
            "synsets.tsv",
            "synsets-dyad.tsv",
            "nouns.tsv",
            "discards.tsv",
            "discards-dyad.tsv",
            "issues.tsv")) {
      if (bundledPatterns || !(file.startsWith("verbs") || file.startsWith("discards"))) {
        sources.add(new Source(DIR + file, file, false, () -> TsvReader.resource(DIR + file)));
      }
    }
    for (Path dir : userDirectories) {
      for (Path f : tsvFiles(dir)) {
        String name = f.getFileName().toString();
        if (name.startsWith("verbs")
            || name.startsWith("nouns")
            || name.startsWith("synsets")
            || name.startsWith("discards")
            || name.startsWith("issues")) {
          sources.add(new Source(f.toString(), name, true, () -> open(f)));
        }
      }
    }
    return fromSources(codebook, sources);
  }

  static VerbDictionary load(Codebook codebook) {
    return load(codebook, List.of());
  }

  /** A dictionary file: where it is, its kind (by name), and whether a user supplied it. */
  record Source(String where, String name, boolean user, Supplier<InputStream> opener) {}

  private static VerbDictionary fromSources(Codebook codebook, List<Source> sources) {
    VerbDictionary d = new VerbDictionary();
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
    Map<String, Pattern> rows = new LinkedHashMap<>();
    for (Source source : sources) {
      if (source.name().startsWith("verbs")) {
        PatternRows.read(source, codebook, digest, rows, d.rejected);
      } else if (source.name().startsWith("synsets")) {
        for (TsvReader.Row row : TsvReader.read(source.where(), source.opener().get(), 2, digest)) {
          // A later file's set of the same name adds members: "&weapon" gains "arm".
          Set<String> members =
              new HashSet<>(d.synsets.getOrDefault(row.array()[0].trim(), Set.of()));
          members.addAll(Arrays.asList(row.array()[1].trim().split("\\|", -1)));
          d.synsets.put(row.array()[0].trim(), Set.copyOf(members));
        }
      } else if (source.name().startsWith("discards")) {
        d.discardRows.read(
            source.where(),
            source.name(),
            source.opener().get(),
            source.user(),
            digest,
            d.rejected);
      } else if (source.name().startsWith("issues")) {
        d.issueRows.read(source.where(), source.opener().get(), source.user(), digest, d.rejected);
      } else {
        d.readNouns(source, codebook, digest);
      }
    }
    d.discards = d.discardRows.build();
    d.issues = d.issueRows.build();
    for (Pattern p : rows.values()) {
      d.byVerb.computeIfAbsent(p.verb(), k -> new ArrayList<>()).add(p);
    }
    d.version = "verbs-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    return d;
  }

  private void readNouns(Source source, Codebook codebook, MessageDigest digest) {
    for (TsvReader.Row row : TsvReader.read(source.where(), source.opener().get(), 4, digest)) {
      String[] c = row.array();
      String code = c[1].trim();
      if (!codebook.isValid(code)) {
        throw new IllegalArgumentException(
            source.where()
                + ":"
                + row.line()
                + ": code '"
                + code
                + "' is not in the CAMEO codebook");
      }
      nouns.put(
          c[0].trim(),
          new NounEvent(
              c[0].trim(),
              code,
              Set.copyOf(Arrays.asList(c[2].trim().split(",", -1))),
              Set.copyOf(Arrays.asList(c[3].trim().split(",", -1)))));
    }
  }

  private static List<Path> tsvFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("dictionary directory not found: " + dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("reading dictionary directory " + dir, e);
    }
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }

  static List<String> words(String cell) {
    String t = cell.trim().toLowerCase(Locale.ROOT);
    return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+", -1));
  }

  /** The discard phrases: text that carries no political event. */
  public Discards discards() {
    return discards;
  }

  /** The issue phrases: the topics of a sentence. */
  public Issues issues() {
    return issues;
  }

  /** Patterns for a verb lemma, or an empty list. */
  public List<Pattern> patterns(String lemma) {
    return byVerb.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** Whether the verb reports what others do ("said", "told"): a 'SAY' row. */
  boolean isReporting(String lemma) {
    return patterns(lemma).stream().anyMatch(p -> p.code().equals(REPORTING));
  }

  /**
   * Whether a verb lemma has a pattern that codes an event (not a discard or a reporting verb) and
   * whose words (particle, object, preposition, prepositional object) all occur in {@code
   * sentence}: a pattern cannot match a clause without them.
   */
  boolean mayCodeIn(String lemma, SentenceForms sentence) {
    for (Pattern p : patterns(lemma)) {
      if (!p.code().equals(NO_EVENT)
          && !p.code().equals(REPORTING)
          && (p.particle().isEmpty() || sentence.words.contains(p.particle()))
          && (p.ppPrep().isEmpty() || sentence.words.contains(p.ppPrep()))
          && allMatch(p.object(), sentence)
          && allMatch(p.ppWords(), sentence)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence's lower-cased words, and the forms a pattern word may match (lemmas, words, rough
   * singulars), so that testing a pattern against it costs a lookup per pattern word.
   */
  static final class SentenceForms {
    private final Set<String> words = new HashSet<>();
    private final Set<String> forms = new HashSet<>();

    SentenceForms(List<Token> sentence) {
      for (Token t : sentence) {
        String w = t.word().toLowerCase(Locale.ROOT);
        words.add(w);
        forms.add(w);
        forms.add(t.lemma().toLowerCase(Locale.ROOT));
        forms.add(singular(w));
      }
    }
  }

  private boolean allMatch(List<String> words, SentenceForms sentence) {
    for (String w : words) {
      if (w.equals(ANY_PERSON)) {
        continue; // whether a name is a person is the actor resolver's to say
      }
      if (w.startsWith("&")
          ? Collections.disjoint(synsets.getOrDefault(w, Set.of()), sentence.forms)
          : !sentence.forms.contains(w)) {
        return false;
      }
    }
    return true;
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
      // the tagger leaves some plurals unlemmatised ("amassed troops": lemma "troops")
      return set.contains(l) || set.contains(w) || set.contains(singular(w));
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

  /** Every event code some verb pattern or event noun yields. */
  public Set<String> codesCovered() {
    Set<String> out = new HashSet<>();
    for (List<Pattern> ps : byVerb.values()) {
      for (Pattern p : ps) {
        out.add(p.code());
      }
    }
    for (NounEvent n : nouns.values()) {
      out.add(n.code());
    }
    return out;
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
