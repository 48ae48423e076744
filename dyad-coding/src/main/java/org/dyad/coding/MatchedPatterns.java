package org.dyad.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.dyad.coding.VerbDictionary.Pattern;

/**
 * The patterns a verb matched: the most specific of all ({@code general}), and for each
 * prepositional phrase that names a party the most specific pattern naming it ({@code byPp}).
 *
 * @param general the most specific pattern matched
 * @param byPp per phrase token, the most specific pattern whose preposition the phrase fills
 */
record MatchedPatterns(Pattern general, Map<Integer, Pattern> byPp) {
  /** The patterns of {@code candidates} that verb {@code v} matches; null if none does. */
  static MatchedPatterns of(
      List<Pattern> candidates,
      int v,
      ClauseMatcher matcher,
      Arguments args,
      TargetFinder targets) {
    Map<Integer, Pattern> byPp = new LinkedHashMap<>();
    Pattern general = null;
    for (Pattern p : candidates) {
      Optional<Integer> pp = matcher.matches(p, v);
      if (pp == null) {
        continue;
      }
      if (pp.isPresent() && targets.borderOnly(pp.get(), p.code())) {
        continue; // "deployed troops to its border with Ukraine" is no deployment to Ukraine
      }
      if (pp.isPresent() && !args.actorsOf(pp.get()).isEmpty()) {
        Pattern prev = byPp.get(pp.get());
        if (prev == null || p.specificity() > prev.specificity()) {
          byPp.put(pp.get(), p);
        }
      }
      if (general == null || p.specificity() > general.specificity()) {
        general = p;
      }
    }
    return general == null ? null : new MatchedPatterns(general, byPp);
  }

  /** The same matches with every pattern passed through {@code f}. */
  MatchedPatterns map(UnaryOperator<Pattern> f) {
    Map<Integer, Pattern> mapped = new LinkedHashMap<>(byPp);
    mapped.replaceAll((pp, p) -> f.apply(p));
    return new MatchedPatterns(f.apply(general), mapped);
  }

  /**
   * Whether the phrases' patterns are coded, each to its phrase's party, rather than the general
   * one: a bare-preposition pattern names its phrase's party, but one with an object and particle
   * says more ("broke off talks with South Korea" halts talks, 164, no "break with", 130).
   */
  boolean byPhrase() {
    if (byPp.isEmpty()) {
      return false;
    }
    return general.ppPrep().isEmpty()
        ? byPp.values().stream().anyMatch(p -> p.specificity() >= general.specificity())
        : byPp.containsValue(general);
  }
}
