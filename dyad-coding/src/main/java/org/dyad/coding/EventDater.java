package org.dyad.coding;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.event.DatePrecision;
import org.dyad.core.event.EventDate;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.TimeExpression;

/**
 * Dates an event from the time expressions of its sentence.
 *
 * <p>The governing expression is the one closest to the trigger in the dependency tree ("met ... on
 * Monday, saying missiles were fired on October 1": Monday dates the meeting). Values come from
 * SUTime, already resolved against the publication date; a past-tense event whose weekday resolved
 * after publication moves back a week. "Two weeks after Putin's visit" adds the duration to the
 * date of the visit coded earlier in the document. Without an expression the event takes the
 * publication date.
 *
 * <p>Thread safety: stateless.
 */
final class EventDater {
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
  private static final Pattern DURATION = Pattern.compile("^P(\\d+)([DWMY])$");
  private static final int MAX_DISTANCE = 6;

  private EventDater() {}

  /**
   * @param anchors dates of events coded earlier in the document, by trigger lemma
   */
  static EventDate date(
      ParsedSentence s,
      DependencyTree tree,
      int trigger,
      LocalDate published,
      boolean pastTense,
      Map<String, EventDate> anchors) {
    EventDate d = dateFromText(s, tree, trigger, published, pastTense, anchors);
    if (d.date().isAfter(published)) {
      // A report cannot tell of an event after its own date: "warned that Iran could reach the US
      // by 2015" is a warning made now, and "about 2100 [1800 GMT]" is a time, not a year.
      return new EventDate(
          published,
          DatePrecision.DAY,
          d.expression(),
          "publication (the text's " + d.iso() + " is after it)");
    }
    return d;
  }

  private static EventDate dateFromText(
      ParsedSentence s,
      DependencyTree tree,
      int trigger,
      LocalDate published,
      boolean pastTense,
      Map<String, EventDate> anchors) {
    Optional<EventDate> relative = relative(s, tree, trigger, anchors);
    if (relative.isPresent()) {
      return relative.get();
    }
    Optional<EventDate> earlier = clauseBefore(s, tree, trigger, published, pastTense, anchors);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression t : s.timeExpressions()) {
      if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
        continue;
      }
      if (s.tokens().get(t.startToken()).ner().equals("ORGANIZATION")) {
        continue;
      }
      int d = distance(tree, trigger, t);
      if (d < bestDistance) {
        bestDistance = d;
        best = t;
      }
    }
    if (best != null && bestDistance <= MAX_DISTANCE) {
      // The tense of the clause the expression sits in decides "on Sunday": "said on Sunday" is
      // the past Sunday even when the reported action ("would bring") lies ahead.
      boolean past = pastTense || pastClause(tree, best.startToken());
      Optional<EventDate> parsed = parse(best.value(), best.text(), published, past);
      if (parsed.isPresent() && plausible(parsed.get(), published)) {
        return parsed.get();
      }
    }
    return EventDate.published(published);
  }

  /**
   * Whether a date lies within a century of publication: news reports events of its own time, and a
   * date further off is a misread number ("last 1,000 year" read as the year 995).
   */
  private static boolean plausible(EventDate d, LocalDate published) {
    return Math.abs(d.date().getYear() - published.getYear()) <= 100;
  }

  private static boolean pastClause(DependencyTree tree, int token) {
    for (int k = tree.head(token), steps = 0; k >= 0 && steps < 4; k = tree.head(k), steps++) {
      String pos = tree.token(k).pos();
      if (pos.startsWith("VB")) {
        return pos.equals("VBD") || pos.equals("VBN");
      }
    }
    return false;
  }

  /**
   * Arcs from the trigger down to the expression, or up and down through the trigger's governors.
   */
  private static int distance(DependencyTree tree, int trigger, TimeExpression t) {
    int best = Integer.MAX_VALUE;
    for (int k = t.startToken(); k < t.endToken(); k++) {
      int up = 0;
      for (int a = trigger; a >= 0 && up <= MAX_DISTANCE; a = tree.head(a), up++) {
        if (tree.dominates(a, k)) {
          int down = tree.depth(k) - tree.depth(a);
          // Expressions under a governor count, but less than those under the trigger itself.
          best = Math.min(best, down + up * 2);
          break;
        }
      }
    }
    return best;
  }

  static Optional<EventDate> parse(
      String value, String text, LocalDate published, boolean pastTense) {
    Matcher m = DAY.matcher(value);
    if (m.find()) {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (pastTense && d.isAfter(published) && d.minusDays(7).isBefore(published.plusDays(1))) {
        d = d.minusWeeks(1); // "on Tuesday" in a report of a past event: the last Tuesday
      }
      return Optional.of(new EventDate(d, DatePrecision.DAY, text, "timex"));
    }
    m = MONTH.matcher(value);
    if (m.find()) {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
      if (pastTense && d.isAfter(published)) {
        d = d.minusYears(1);
      }
      return Optional.of(new EventDate(d, DatePrecision.MONTH, text, "timex"));
    }
    m = WEEK.matcher(value);
    if (m.find()) {
      LocalDate d =
          LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)));
      return Optional.of(new EventDate(d, DatePrecision.MONTH, text, "timex week"));
    }
    m = YEAR.matcher(value);
    if (m.find()) {
      return Optional.of(
          new EventDate(
              LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR, text, "timex"));
    }
    return Optional.empty();
  }

  /** "Two weeks after Putin's visit": an offset from an event dated earlier in the document. */
  private static Optional<EventDate> relative(
      ParsedSentence s, DependencyTree tree, int trigger, Map<String, EventDate> anchors) {
    for (int c : tree.children(trigger)) {
      String marker = tree.caseMarker(c);
      if (!marker.equals("after") && !marker.equals("before")) {
        continue;
      }
      EventDate anchor = anchors.get(tree.token(c).lemma().toLowerCase(Locale.ROOT));
      if (anchor == null) {
        continue;
      }
      Optional<String> duration = durationNear(s, tree, trigger, c);
      if (duration.isEmpty()) {
        continue;
      }
      Matcher m = DURATION.matcher(duration.get());
      if (!m.matches()) {
        continue;
      }
      int n = Integer.parseInt(m.group(1));
      int sign = marker.equals("after") ? 1 : -1;
      LocalDate base =
          anchor.precision() == DatePrecision.DAY ? anchor.date() : anchor.date().plusDays(14);
      LocalDate d = shift(base, m.group(2), sign * (long) n);
      DatePrecision p =
          anchor.precision() == DatePrecision.DAY && !m.group(2).equals("M")
              ? DatePrecision.DAY
              : DatePrecision.MONTH;
      String text = s.textOf(Math.min(firstToken(tree, c), c), c + 1);
      return Optional.of(new EventDate(d, p, text, "relative to " + anchor.iso()));
    }
    return Optional.empty();
  }

  /**
   * "The vote came three days after Kristersson visited Budapest": an event in a clause of "N days
   * after" (or before) happened N days before (after) the event of the main clause, dated by its
   * own expression, by the earlier event its subject names ("the vote"), or by publication.
   */
  private static Optional<EventDate> clauseBefore(
      ParsedSentence s,
      DependencyTree tree,
      int trigger,
      LocalDate published,
      boolean pastTense,
      Map<String, EventDate> anchors) {
    for (int k = trigger, steps = 0; tree.head(k) >= 0 && steps < 5; k = tree.head(k), steps++) {
      int h = tree.head(k);
      int mark = -1;
      int main = -1;
      Optional<String> duration = Optional.empty();
      if (tree.relation(k).startsWith("advcl")) {
        for (int c : tree.children(k, "mark")) {
          if (isAfterOrBefore(tree, c)) {
            mark = c; // "came three days after he visited": "after" marks the clause
            main = h;
            duration = durationUnder(s, tree, List.of(h, k, c));
          }
        }
      } else if (durationAt(s, h).isPresent()) {
        for (int c : tree.children(h, "case")) {
          if (isAfterOrBefore(tree, c)) {
            mark = c; // "three days after he visited": the parser hangs the clause on "days"
            main = tree.head(h);
            duration = durationAt(s, h);
          }
        }
      }
      if (mark < 0 || main < 0) {
        continue;
      }
      Matcher m = duration.map(DURATION::matcher).orElse(null);
      if (m == null || !m.matches()) {
        return Optional.empty();
      }
      EventDate base = null;
      for (int subj : tree.children(main, "nsubj")) {
        base = anchors.get(tree.token(subj).lemma().toLowerCase(Locale.ROOT));
      }
      if (base == null) {
        base = date(s, tree, main, published, pastTense, Map.of());
      }
      if (base.precision() != DatePrecision.DAY) {
        return Optional.empty();
      }
      int n = Integer.parseInt(m.group(1));
      long sign = tree.token(mark).word().equalsIgnoreCase("after") ? -1 : 1;
      LocalDate d = shift(base.date(), m.group(2), sign * n);
      DatePrecision p =
          m.group(2).equals("D") || m.group(2).equals("W")
              ? DatePrecision.DAY
              : DatePrecision.MONTH;
      return Optional.of(
          new EventDate(
              d, p, duration.get() + " " + tree.token(mark).word(), "relative to " + base.iso()));
    }
    return Optional.empty();
  }

  /** The date moved by {@code amount} units of an ISO duration ({@code D}, {@code W}, ...). */
  private static LocalDate shift(LocalDate date, String unit, long amount) {
    return switch (unit) {
      case "D" -> date.plusDays(amount);
      case "W" -> date.plusWeeks(amount);
      case "M" -> date.plusMonths(amount);
      default -> date.plusYears(amount);
    };
  }

  private static boolean isAfterOrBefore(DependencyTree tree, int token) {
    String w = tree.token(token).word().toLowerCase(Locale.ROOT);
    return w.equals("after") || w.equals("before");
  }

  /** The value of the duration expression covering a token. */
  private static Optional<String> durationAt(ParsedSentence s, int token) {
    for (TimeExpression t : s.timeExpressions()) {
      if (t.type().equals("DURATION") && t.startToken() <= token && token < t.endToken()) {
        return Optional.of(t.value());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> durationUnder(
      ParsedSentence s, DependencyTree tree, List<Integer> heads) {
    for (TimeExpression t : s.timeExpressions()) {
      if (!t.type().equals("DURATION")) {
        continue;
      }
      for (int k = t.startToken(); k < t.endToken(); k++) {
        if (heads.contains(tree.head(k))) {
          return Optional.of(t.value());
        }
      }
    }
    return Optional.empty();
  }

  private static int firstToken(DependencyTree tree, int i) {
    Deque<Integer> todo = new ArrayDeque<>(tree.subtree(i));
    return todo.isEmpty() ? i : todo.peekFirst();
  }

  private static Optional<String> durationNear(
      ParsedSentence s, DependencyTree tree, int trigger, int anchorNoun) {
    for (TimeExpression t : s.timeExpressions()) {
      if (!t.type().equals("DURATION")) {
        continue;
      }
      for (int k = t.startToken(); k < t.endToken(); k++) {
        int h = tree.head(k);
        if (h == trigger || h == anchorNoun || tree.head(anchorNoun) == k) {
          return Optional.of(t.value());
        }
      }
    }
    return Optional.empty();
  }
}
