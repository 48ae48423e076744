package org.dyad.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.series.Period;
import org.dyad.core.store.EventQuery;

/** Query parameters read with a 400 naming the parameter and the reason when they are bad. */
final class Params {
  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  String text(String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }

  String required(String name) {
    String v = text(name);
    if (v.isEmpty()) {
      throw new ApiException(400, "parameter '" + name + "' is required");
    }
    return v;
  }

  /** An actor code, upper-cased; empty when absent. */
  String actor(String name) {
    String v = text(name).toUpperCase(Locale.ROOT);
    if (!v.isEmpty()) {
      try {
        ActorCode.of(v);
      } catch (IllegalArgumentException e) {
        throw new ApiException(
            400, "parameter '" + name + "' is not a CAMEO actor code (like PRK or RUSGOV): " + v);
      }
    }
    return v;
  }

  /** An issue code ({@code SANCTIONS}), upper-cased; empty when absent. */
  String issue(String name) {
    String v = text(name).toUpperCase(Locale.ROOT);
    if (!v.isEmpty() && !EventQuery.isIssueCode(v)) {
      throw new ApiException(
          400, "parameter '" + name + "' is not an issue code (like NUCLEAR_WEAPONS): " + v);
    }
    return v;
  }

  LocalDate date(String name) {
    String v = text(name);
    if (v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new ApiException(400, "parameter '" + name + "' is not a date (YYYY-MM-DD): " + v);
    }
  }

  int integer(String name, int fallback, int min, int max) {
    String v = text(name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ApiException(
        400, "parameter '" + name + "' must be an integer from " + min + " to " + max + ": " + v);
  }

  Period period(String name) {
    String v = text(name);
    if (v.isEmpty()) {
      return Period.MONTH;
    }
    try {
      return Period.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ApiException(
          400, "parameter '" + name + "' must be day, week, month or quarter: " + v);
    }
  }

  boolean flag(String name) {
    String v = text(name);
    if (v.isEmpty() || v.equals("false")) {
      return false;
    }
    if (v.equals("true")) {
      return true;
    }
    throw new ApiException(400, "parameter '" + name + "' must be true or false: " + v);
  }
}
