package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * Whether an article is sports coverage, where countries stand for teams: "England beat France
 * 30-20" is no assault, "Zambia will host Lesotho" no visit. No single phrase tells it, as a
 * political story may mention a match; an article is sports coverage when its sentences are dense
 * with discard phrases, cue words ({@link Discards.Scope#CUE}: "striker", "referee") and match
 * scores. There the only events kept are acts of force in sentences without a cue or score: the
 * gunmen who attacked a cricket team's bus, police firing on protesters beside the Olympic torch.
 *
 * <p>Thread safety: immutable.
 */
final class SportsCoverage {
  /** Different cues an article must have: one repeated word is a topic, not a register. */
  static final int MIN_DISTINCT_CUES = 3;

  /** The share of sentences (title included) with a cue or a score. */
  static final double MIN_CUED_SHARE = 0.25;

  /** Body sentences with a cue: a match named in a headline and a lead is a political story's. */
  static final int MIN_CUED_SENTENCES = 3;

  /** Different cues that make a sentence sports on its own: "hailed the 19-13 victory" alone. */
  static final int SENTENCE_CUES = 2;

  static final String SCORE = "a match score";

  /** A score as one token: "19-13", "2–1". */
  private static final Pattern SCORE_TOKEN = Pattern.compile("\\d{1,2}[-\u2013]\\d{1,2}");

  /**
   * Words of killing and armed attack, which sports reports do not use for play: force is kept in
   * sports coverage only beside one ("England kicked it into touch" is no assault, "troops killed
   * two gunmen" is one).
   */
  private static final Set<String> LETHAL =
      Set.of(
          "kill",
          "die",
          "dead",
          "death",
          "bomb",
          "bombing",
          "gunman",
          "gunmen",
          "grenade",
          "explosion",
          "explode",
          "missile",
          "shelling",
          "murder",
          "massacre",
          "assassinate",
          "hostage",
          "troops",
          "soldier",
          "militant",
          "rebel",
          "terrorist",
          "airstrike");

  private final boolean sports;
  private final Set<Integer> lethalSentences;
  private final Set<Integer> cuedSentences;
  private final Set<Integer> sportsSentences;
  private final List<String> cues;

  private SportsCoverage(
      boolean sports,
      Set<Integer> lethalSentences,
      Set<Integer> cuedSentences,
      Set<Integer> sportsSentences,
      List<String> cues) {
    this.sports = sports;
    this.lethalSentences = lethalSentences;
    this.cuedSentences = cuedSentences;
    this.sportsSentences = sportsSentences;
    this.cues = cues;
  }

  static SportsCoverage of(
      List<ParsedSentence> title, List<ParsedSentence> sentences, Discards discards) {
    Set<String> distinct = new HashSet<>();
    Set<Integer> cued = new HashSet<>();
    Set<Integer> sportsSentences = new HashSet<>();
    Set<Integer> lethal = new HashSet<>();
    int cuedTitle = 0;
    for (ParsedSentence s : title) {
      List<String> found = cuesIn(s.tokens(), discards);
      distinct.addAll(found);
      cuedTitle += found.isEmpty() ? 0 : 1;
    }
    for (ParsedSentence s : sentences) {
      List<String> found = cuesIn(s.tokens(), discards);
      distinct.addAll(found);
      if (!found.isEmpty()) {
        cued.add(s.index());
      }
      if (new HashSet<>(found).size() >= SENTENCE_CUES) {
        sportsSentences.add(s.index());
      }
      if (s.tokens().stream().anyMatch(t -> LETHAL.contains(t.lemma().toLowerCase(Locale.ROOT)))) {
        lethal.add(s.index());
      }
    }
    int all = title.size() + sentences.size();
    boolean sports =
        distinct.size() >= MIN_DISTINCT_CUES
            && cued.size() >= MIN_CUED_SENTENCES
            && cued.size() + cuedTitle >= MIN_CUED_SHARE * all;
    return new SportsCoverage(
        sports, lethal, cued, sportsSentences, sports ? List.copyOf(distinct) : List.of());
  }

  /** The distinct cues of a sentence: its discard and cue phrases, {@link #SCORE} for a score. */
  private static List<String> cuesIn(List<Token> tokens, Discards discards) {
    List<String> out = new ArrayList<>();
    for (Discards.Discard d : discards.registerWords(tokens)) {
      out.add(d.phrase());
    }
    if (hasScore(tokens)) {
      out.add(SCORE);
    }
    return out;
  }

  /** "30-20", as one token or as number, hyphen, number: "4-6 6-4" in tennis. */
  static boolean hasScore(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (SCORE_TOKEN.matcher(w).matches()) {
        return true;
      }
      if (i + 2 < tokens.size()
          && smallNumber(w)
          && (tokens.get(i + 1).word().equals("-") || tokens.get(i + 1).word().equals("\u2013"))
          && smallNumber(tokens.get(i + 2).word())) {
        return true;
      }
    }
    return false;
  }

  private static boolean smallNumber(String w) {
    return !w.isEmpty() && w.length() <= 2 && w.chars().allMatch(Character::isDigit);
  }

  boolean isSports() {
    return sports;
  }

  /** Whether the sentence is sports on its own, having {@link #SENTENCE_CUES} cues. */
  boolean sportsSentence(int sentence) {
    return sportsSentences.contains(sentence);
  }

  /** Whether every event of the article stands: no sports coverage and no sports sentence. */
  boolean keepsAll() {
    return !sports && sportsSentences.isEmpty();
  }

  /**
   * Whether an event coded {@code code} in sentence {@code sentence} stands: outside sports
   * coverage, unless its sentence has {@link #SENTENCE_CUES} cues; in it, only force (roots 18-20)
   * in a sentence without a cue that has a {@link #LETHAL} word.
   */
  boolean keeps(int sentence, String code) {
    if (!sports) {
      return !sportsSentence(sentence);
    }
    String root = code.substring(0, 2);
    return root.compareTo("18") >= 0
        && !cuedSentences.contains(sentence)
        && lethalSentences.contains(sentence);
  }

  /** The distinct cues found, for {@code dyad explain}. */
  List<String> cues() {
    return cues;
  }
}
