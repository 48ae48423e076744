package org.dyad.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a reader, each at most a limit long: a longer line is read through to its end but
 * not kept, so one runaway line (a dump without newlines) cannot exhaust memory.
 *
 * <p>Thread safety: one reader, one thread.
 */
final class BoundedLines {
  /**
   * A line: its text without the line end, or null when it was longer than the limit.
   *
   * @param text the line, or null when too long
   * @param length its length in characters
   */
  record Line(String text, long length) {}

  private final Reader in;
  private final long maxChars;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;

  BoundedLines(Reader in, long maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    StringBuilder sb = new StringBuilder();
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? line(sb, length) : null;
        }
      }
      any = true;
      char c = buffer[position++];
      if (c == '\n') {
        return line(sb, length);
      }
      length++;
      if (sb != null && length > maxChars) {
        sb = null; // too long: count the rest, keep nothing
      }
      if (sb != null) {
        sb.append(c);
      }
    }
  }

  private static Line line(StringBuilder sb, long length) {
    if (sb == null) {
      return new Line(null, length);
    }
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == '\r') {
      sb.setLength(end - 1);
      length--;
    }
    return new Line(sb.toString(), length);
  }
}
