package org.dyad.pipeline.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.core.actor.UnresolvedMention;

/**
 * Counts the named people and organisations that no dictionary entry resolved, across documents, so
 * that the most frequent can be added to a dictionary. Names are grouped case-insensitively with
 * their entity type; the first sentence a name was seen in is kept as its example.
 *
 * <p>Thread safety: not thread-safe; feed it from one thread.
 */
public final class UnresolvedReport {
  /** One unresolved name. */
  public record Row(
      String name,
      String entityType,
      int mentions,
      int documents,
      String exampleDocument,
      String exampleSentence) {}

  private static final class Tally {
    final String name;
    final String type;
    final String exampleDoc;
    final String exampleSentence;
    final Set<String> documents = new HashSet<>();
    int mentions;

    Tally(String name, String type, String exampleDoc, String exampleSentence) {
      this.name = name;
      this.type = type;
      this.exampleDoc = exampleDoc;
      this.exampleSentence = exampleSentence;
    }
  }

  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private int documents;

  /** Adds one document's unresolved mentions. */
  public void add(String documentId, List<UnresolvedMention> mentions) {
    documents++;
    for (UnresolvedMention m : mentions) {
      String name = m.text().strip().replaceAll("\\s+", " ");
      if (name.isEmpty()) {
        continue;
      }
      String key = name.toLowerCase(Locale.ROOT) + "|" + m.entityType();
      Tally t =
          tallies.computeIfAbsent(
              key, k -> new Tally(name, m.entityType(), documentId, m.sentenceText().strip()));
      t.mentions++;
      t.documents.add(documentId);
    }
  }

  /** Documents added so far. */
  public int documents() {
    return documents;
  }

  /** The {@code limit} most mentioned names, most frequent first (ties: more documents, name). */
  public List<Row> top(int limit) {
    List<Row> rows = new ArrayList<>();
    for (Tally t : tallies.values()) {
      rows.add(
          new Row(t.name, t.type, t.mentions, t.documents.size(), t.exampleDoc, t.exampleSentence));
    }
    rows.sort(
        Comparator.comparingInt(Row::mentions)
            .reversed()
            .thenComparing(Comparator.comparingInt(Row::documents).reversed())
            .thenComparing(Row::name));
    return rows.subList(0, Math.min(limit, rows.size()));
  }
}
