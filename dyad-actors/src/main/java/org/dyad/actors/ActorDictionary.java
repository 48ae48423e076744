package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;

/**
 * Dyad's actor dictionary: named actors with dated codes, nationality adjectives, and role nouns.
 *
 * <p>Format: UTF-8 TSV files with a header row; {@code #} starts a comment line. {@code actors.tsv}
 * and any other {@code *.tsv} with the same columns ({@code name, aliases, code, start, end, kind,
 * source}) list named actors, one row per code and period; {@code adjectives.tsv} maps adjectives
 * and demonyms to a country; {@code agents.tsv} maps role nouns to a role code. The bundled files
 * are built by {@code tools/dictionaries/build_actors.py}; users add their own directory of files
 * in the same format.
 *
 * <p>Thread safety: immutable after loading; share one instance.
 */
public final class ActorDictionary {
  /** One named actor's code for one period. */
  record Entry(
      String name, ActorCode code, LocalDate start, LocalDate end, ActorKind kind, String source) {
    boolean validOn(LocalDate day) {
      return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
  }

  /** A role noun such as "troops" (MIL) or "president" (GOV, a person). */
  record Agent(String role, boolean person) {}

  private static final String BUNDLED = "/org/dyad/actors/dictionary/";
  private static final String[] BUNDLED_FILES = {"actors.tsv", "curated.tsv"};

  private final Map<String, List<Entry>> named = new HashMap<>();
  private final Map<String, List<Entry>> acronyms = new HashMap<>();
  private final Map<String, String> adjectives = new HashMap<>();
  private final Map<String, Agent> agents = new HashMap<>();
  private final Map<String, String> stateNames = new HashMap<>();

  /** People with a dated office, by the last word of their name: "President Bush". */
  private final Map<String, List<Entry>> officeHoldersBySurname = new HashMap<>();

  /** Roles that are an office one holds, not a former standing (ELI) or a bare country. */
  private static final Set<String> OFFICES = Set.of("GOV", "MIL", "LEG", "JUD");

  private final MessageDigest digest;
  private final Set<String> overridden = new HashSet<>();
  private boolean userNames;
  private final Map<String, Integer> longestByFirstWord = new HashMap<>();
  private int maxWords = 1;
  private String version = "";

  private ActorDictionary() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** The dictionary shipped with Dyad. */
  public static ActorDictionary bundled() {
    return BundledHolder.INSTANCE;
  }

  private static final class BundledHolder {
    static final ActorDictionary INSTANCE = load(List.of());
  }

  /** The bundled dictionary when {@code userDirectories} is empty, else {@link #load} of them. */
  public static ActorDictionary forDirectories(List<Path> userDirectories) {
    return forDirectories(userDirectories, true);
  }

  /**
   * As {@link #forDirectories(List)}; without {@code withBundled}, only the users' files are read,
   * as when reproducing another coder's run with its own dictionaries.
   */
  public static ActorDictionary forDirectories(List<Path> userDirectories, boolean withBundled) {
    if (userDirectories.isEmpty()) {
      return bundled();
    }
    return withBundled ? load(userDirectories) : loadOnly(userDirectories);
  }

  /**
   * The bundled dictionary plus the actor files in the given directories: {@code adjectives*.tsv},
   * {@code agents*.tsv}, and named actors in any other {@code *.tsv} except the coder's {@code
   * verbs*}, {@code nouns*} and {@code synsets*}. A user's entries for a name replace the bundled
   * entries for it; later user rows add to earlier ones.
   *
   * @throws UncheckedIOException naming the file that could not be read
   * @throws IllegalArgumentException naming the file and line of a malformed row
   */
  public static ActorDictionary load(List<Path> userDirectories) {
    ActorDictionary d = new ActorDictionary();
    for (String f : BUNDLED_FILES) {
      d.readNamed(BUNDLED + f, open(BUNDLED + f));
    }
    d.readAdjectives(BUNDLED + "adjectives.tsv", open(BUNDLED + "adjectives.tsv"));
    d.readAgents(BUNDLED + "agents-phoenix.tsv", open(BUNDLED + "agents-phoenix.tsv"));
    d.readAgents(BUNDLED + "agents.tsv", open(BUNDLED + "agents.tsv"));
    return d.withDirectories(userDirectories);
  }

  /** The actor files in the given directories alone, without the bundled dictionary. */
  public static ActorDictionary loadOnly(List<Path> userDirectories) {
    return new ActorDictionary().withDirectories(userDirectories);
  }

  private ActorDictionary withDirectories(List<Path> userDirectories) {
    for (Path dir : userDirectories) {
      readDirectory(dir);
    }
    version = "actors-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    return this;
  }

  private static InputStream open(String resource) {
    InputStream in = ActorDictionary.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled dictionary file missing: " + resource);
    }
    return in;
  }

  private void readDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("actor dictionary directory not found: " + dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith("verbs")
            || name.startsWith("nouns")
            || name.startsWith("synsets")
            || name.startsWith("discards")
            || name.startsWith("issues")) {
          continue; // the event coder's files
        }
        InputStream in = Files.newInputStream(f);
        if (name.startsWith("adjectives")) {
          readAdjectives(f.toString(), in);
        } else if (name.startsWith("agents")) {
          readAgents(f.toString(), in);
        } else {
          userNames = true;
          readNamed(f.toString(), in);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading actor dictionary directory " + dir, e);
    }
  }

  private List<String[]> rows(String where, InputStream in, int columns) {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < columns) {
          throw new IllegalArgumentException(
              where
                  + ":"
                  + n
                  + ": expected "
                  + columns
                  + " tab-separated columns, got "
                  + cells.length);
        }
        out.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + where, e);
    }
    return out;
  }

  private void readNamed(String where, InputStream in) {
    int line = 0;
    for (String[] c : rows(where, in, 7)) {
      line++;
      Entry e;
      try {
        e = EntryRows.entry(c);
      } catch (IllegalArgumentException | DateTimeParseException ex) {
        throw new IllegalArgumentException(where + ": row " + line + ": " + ex.getMessage(), ex);
      }
      if (e.kind() == ActorKind.STATE) {
        stateNames.putIfAbsent(e.code().value(), e.name());
      }
      if (e.kind() == ActorKind.PERSON
          && e.start() != null
          && OFFICES.contains(e.code().role())
          && e.name().contains(" ")) {
        String folded = Normalizer.fold(e.name());
        officeHoldersBySurname
            .computeIfAbsent(folded.substring(folded.lastIndexOf(' ') + 1), k -> new ArrayList<>())
            .add(e);
      }
      addName(e.name(), e);
      if (!c[1].isBlank()) {
        for (String alias : c[1].split("\\|", -1)) {
          addName(alias.trim(), e);
        }
      }
    }
  }

  private void addName(String name, Entry e) {
    if (name.isEmpty()) {
      return;
    }
    if (Normalizer.isAcronym(name)) {
      if (userNames && overridden.add(name)) {
        acronyms.remove(name.replace(".", ""));
      }
      acronyms.computeIfAbsent(name.replace(".", ""), k -> new ArrayList<>()).add(e);
      return;
    }
    String key = Normalizer.fold(name);
    if (userNames && overridden.add(key)) {
      named.remove(key); // a user's entry for a name replaces the bundled ones
    }
    named.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    int words = key.split(" ", -1).length + 2; // slack: tokens and folded words differ ("'s")
    maxWords = Math.max(maxWords, words);
    longestByFirstWord.merge(Normalizer.firstWord(key), words, Math::max);
  }

  private void readAdjectives(String where, InputStream in) {
    for (String[] c : rows(where, in, 2)) {
      adjectives.put(Normalizer.fold(c[0]), ActorCode.of(c[1].trim()).value());
    }
  }

  private void readAgents(String where, InputStream in) {
    for (String[] c : rows(where, in, 3)) {
      agents.put(Normalizer.fold(c[0]), new Agent(c[1].trim(), c[2].trim().equals("yes")));
    }
  }

  /**
   * What a name (or acronym) can stand for: every entry, the one the coder picks on {@code day}
   * first, then those valid on that day, then the rest by start date. Context that the coder also
   * uses (people already named in the article, roles nearby) is not known here.
   */
  public List<NameMatch> resolve(String text, LocalDate day) {
    List<Entry> all = new ArrayList<>(lookup(Normalizer.fold(text)));
    all.addAll(lookupAcronym(text.strip()));
    Entry chosen = all.isEmpty() ? null : EntrySelection.choose(all, day, Set.of());
    return all.stream()
        .distinct()
        .sorted(
            Comparator.comparing((Entry e) -> !e.equals(chosen))
                .thenComparing(e -> !e.validOn(day))
                .thenComparing(e -> e.start() == null ? LocalDate.MIN : e.start()))
        .map(
            e ->
                new NameMatch(
                    e.name(),
                    e.code().value(),
                    e.start(),
                    e.end(),
                    e.kind(),
                    e.source(),
                    e.equals(chosen)))
        .toList();
  }

  /**
   * The one person in office on {@code day} whose name ends in {@code foldedSurname}, with that
   * office: "President Bush" in 2008 is George W. Bush, USAGOV. Empty when no one or several people
   * of that surname hold an office then.
   */
  Optional<Entry> officeHolder(String foldedSurname, LocalDate day) {
    List<Entry> valid =
        officeHoldersBySurname.getOrDefault(foldedSurname, List.of()).stream()
            .filter(e -> e.validOn(day))
            .toList();
    if (valid.stream().map(Entry::name).distinct().count() != 1) {
      return Optional.empty();
    }
    return valid.stream().max(Comparator.comparing(Entry::start));
  }

  /** Entries for a folded phrase, or an empty list. */
  List<Entry> lookup(String foldedPhrase) {
    return named.getOrDefault(foldedPhrase, List.of());
  }

  /** Entries for a short name written in capitals ("US", "NATO"). */
  List<Entry> lookupAcronym(String text) {
    return acronyms.getOrDefault(text, List.of());
  }

  Optional<String> adjectiveCountry(String foldedPhrase) {
    return Optional.ofNullable(adjectives.get(foldedPhrase));
  }

  Optional<Agent> agent(String foldedLemmaPhrase) {
    return Optional.ofNullable(agents.get(foldedLemmaPhrase));
  }

  /** The name of the state with this code ("North Korea" for PRK), or {@code fallback}. */
  String stateName(String code, String fallback) {
    return stateNames.getOrDefault(code, fallback);
  }

  /**
   * The longest span, in tokens, worth trying for a name whose folded first word is {@code word}; 0
   * when no name starts with it.
   */
  int longestNameStartingWith(String word) {
    return longestByFirstWord.getOrDefault(word, 0);
  }

  /** Longest name in words that a lookup can match. */
  int maxWords() {
    return maxWords;
  }

  /** Content hash of every file read, for provenance: {@code actors-<12 hex digits>}. */
  public String version() {
    return version;
  }

  /** Number of distinct names and aliases. */
  public int size() {
    return named.size() + acronyms.size();
  }
}
