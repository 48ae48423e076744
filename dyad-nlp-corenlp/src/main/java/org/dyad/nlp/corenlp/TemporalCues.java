package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence may hold a time expression, from its words: a digit, a month or weekday, a
 * unit of time, a season, a holiday, or a word such as "yesterday", "ago" or "recently".
 *
 * <p>Design decision: SUTime costs as much per sentence as the dependency parse, and most sentences
 * hold no time expression. Every expression SUTime finds contains one of these words ({@code
 * TemporalCuesIT} checks this on real news), so sentences without one are not run through it. The
 * list errs on the side of running SUTime.
 */
final class TemporalCues {
  private static final Set<String> WORDS =
      Set.of(
          // months and weekdays, lower-cased; "may", "march", "sun" and "sat" only capitalised
          "january",
          "february",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          // units and parts of days and years
          "second",
          "seconds",
          "minute",
          "minutes",
          "hour",
          "hours",
          "hr",
          "hrs",
          "day",
          "days",
          "week",
          "weeks",
          "weekend",
          "weekends",
          "weekday",
          "weekdays",
          "fortnight",
          "month",
          "months",
          "year",
          "years",
          "yr",
          "yrs",
          "decade",
          "decades",
          "century",
          "centuries",
          "millennium",
          "millennia",
          "quarter",
          "quarters",
          "semester",
          "season",
          "seasons",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "morning",
          "mornings",
          "afternoon",
          "afternoons",
          "evening",
          "evenings",
          "night",
          "nights",
          "nightfall",
          "noon",
          "midday",
          "midnight",
          "dawn",
          "dusk",
          "daybreak",
          "sunrise",
          "sunset",
          "overnight",
          "tonight",
          "today",
          "yesterday",
          "tomorrow",
          "o'clock",
          "a.m.",
          "p.m.",
          "am",
          "pm",
          "gmt",
          "utc",
          // relative and recurring times
          "now",
          "nowadays",
          "currently",
          "current",
          "recently",
          "recent",
          "lately",
          "ago",
          "earlier",
          "later",
          "soon",
          "past",
          "present",
          "future",
          "previously",
          "formerly",
          "once",
          "twice",
          "annual",
          "annually",
          "daily",
          "nightly",
          "hourly",
          "weekly",
          "monthly",
          "yearly",
          "quarterly",
          "biannual",
          "biennial",
          "anniversary",
          // holidays SUTime knows
          "christmas",
          "easter",
          "thanksgiving",
          "halloween",
          "eve",
          "ramadan",
          "hanukkah",
          "passover",
          "kwanzaa",
          "valentine",
          "valentine's",
          "yom",
          "rosh",
          "diwali",
          "eid");

  private static final Set<String> CAPITALISED_ONLY = Set.of("May", "March", "Sun", "Sat");

  private TemporalCues() {}

  static boolean mayHoldTime(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (CAPITALISED_ONLY.contains(w) || WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }
}
