package org.dyad.spark;

import java.io.Serializable;
import java.util.List;

/**
 * The plain, serialisable rows the job moves between executors: Dyad's own records are not
 * serialisable, and need not be.
 */
final class Records {
  private Records() {}

  /** Where an input document came from: its file and its place in it, for a stable order. */
  record Position(String file, int index) implements Serializable, Comparable<Position> {
    @Override
    public int compareTo(Position o) {
      int c = file.compareTo(o.file);
      return c != 0 ? c : Integer.compare(index, o.index);
    }
  }

  /** One input document, read; {@code error} is set when it could not be. */
  record Doc(
      Position position,
      String origin,
      String id,
      String published,
      String source,
      String title,
      String text,
      String url,
      String language,
      String error)
      implements Serializable {}

  /** What became of one document: the outcome columns of the job's output. */
  record Outcome(
      Position position, String origin, String articleId, String status, String reason, int events)
      implements Serializable {}

  /**
   * One coded dyadic event: what clustering needs, and its export row without the cluster figures
   * (cluster_id, mentions, articles, sources), which are filled in once the clusters are known.
   */
  record Mention(
      String id,
      String source,
      String target,
      String code,
      String date,
      String articleId,
      String articleSource,
      Position position,
      int sentence,
      List<String> fields)
      implements Serializable {}
}
