package org.dyad.core.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Filters on stored dyadic events; empty strings and null dates mean "any".
 *
 * @param from first event date, inclusive
 * @param to last event date, inclusive
 * @param actor an actor code or country that is source or target ({@code RUS}, {@code RUSGOV})
 * @param source source code or country of a dyad
 * @param target target code or country of a dyad
 * @param code CAMEO code prefix ({@code 04} for the root, {@code 042})
 * @param quad quad class 1-4, or 0 for any
 * @param text words the event's sentence contains (case-insensitive), or empty
 * @param issue an issue the event's sentence is about ({@code SANCTIONS}), or empty
 * @param limit most rows returned; 0 for no limit
 * @param offset rows skipped first (pagination)
 */
public record EventQuery(
    LocalDate from,
    LocalDate to,
    String actor,
    String source,
    String target,
    String code,
    int quad,
    String text,
    String issue,
    int limit,
    int offset) {
  /** A query without quad, text, issue and offset filters. */
  public EventQuery(
      LocalDate from,
      LocalDate to,
      String actor,
      String source,
      String target,
      String code,
      int limit) {
    this(from, to, actor, source, target, code, 0, "", "", limit, 0);
  }

  /** A query without an issue filter. */
  public EventQuery(
      LocalDate from,
      LocalDate to,
      String actor,
      String source,
      String target,
      String code,
      int quad,
      String text,
      int limit,
      int offset) {
    this(from, to, actor, source, target, code, quad, text, "", limit, offset);
  }

  /** The same query restricted to events whose sentence is about {@code issue}. */
  public EventQuery withIssue(String issue) {
    return new EventQuery(from, to, actor, source, target, code, quad, text, issue, limit, offset);
  }

  public EventQuery {
    text = Objects.requireNonNullElse(text, "").strip();
    issue = Objects.requireNonNullElse(issue, "").strip().toUpperCase(java.util.Locale.ROOT);
    if (!issue.isEmpty() && !isIssueCode(issue)) {
      throw new IllegalArgumentException(
          "issue must be letters, digits and underscores (like NUCLEAR_WEAPONS), got '"
              + issue
              + "'");
    }
    if (quad < 0 || quad > 4) {
      throw new IllegalArgumentException("quad class must be 1-4 (0 for any), got " + quad);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, got " + offset);
    }
    actor = Objects.requireNonNullElse(actor, "");
    source = Objects.requireNonNullElse(source, "");
    target = Objects.requireNonNullElse(target, "");
    code = Objects.requireNonNullElse(code, "");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, got " + limit);
    }
    if (!code.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("CAMEO code must be digits, got '" + code + "'");
    }
  }

  /**
   * Whether {@code s} is written like an issue code: letters, digits, {@code _} and {@code -}
   * ({@code NUCLEAR_WEAPONS}). Stored issues are {@code ;}-separated, so no code holds one.
   */
  public static boolean isIssueCode(String s) {
    return !s.isEmpty()
        && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
  }

  /** Every stored event. */
  public static EventQuery all() {
    return new EventQuery(null, null, "", "", "", "", 0);
  }
}
