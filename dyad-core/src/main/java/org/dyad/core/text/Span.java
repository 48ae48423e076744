package org.dyad.core.text;

/** A half-open range {@code [start, end)} of character offsets into an article's text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "need 0 <= start <= end, got start=" + start + ", end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }
}
