package org.dyad.coding;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.nlp.Token;
import org.dyad.core.store.EventQuery;

/**
 * The topics a sentence is about (NUCLEAR, REFUGEES, CORRUPTION), from phrases of the issue
 * dictionary, which is converted from the Phoenix issue coding. Each event carries the issues of
 * its sentence, so that users can select "sanctions over the nuclear programme" among all 163s.
 *
 * <p>An exclusion row (issue {@code -}) hides the phrases inside it: "olive oil" is not OIL.
 *
 * <p>Thread safety: immutable after building; share one instance.
 */
public final class Issues {
  /** The issue of an exclusion row. */
  static final String EXCLUDED = "-";

  private final PhraseTable<String> phrases;

  private Issues(PhraseTable<String> phrases) {
    this.phrases = phrases;
  }

  /** Reads issue files in order: a later row for a phrase replaces an earlier one. */
  static final class Builder {
    private final PhraseTable.Builder<String> rows = new PhraseTable.Builder<>();

    /**
     * Reads rows of phrase, issue ({@code -} for an exclusion) and category.
     *
     * @param rejected gets the reason of a bundled row whose issue is not a code
     * @throws IllegalArgumentException naming the file and line of a user's row whose issue is not
     *     a code (letters, digits, {@code _}, {@code -})
     */
    void read(
        String where, InputStream in, boolean user, MessageDigest digest, List<String> rejected) {
      for (TsvReader.Row row : TsvReader.read(where, in, 2, digest)) {
        String issue = row.array()[1].trim();
        if (!issue.equals(EXCLUDED) && !EventQuery.isIssueCode(issue)) {
          String reason = "issue '" + issue + "' is not a code like NUCLEAR_WEAPONS, nor '-'";
          if (user) {
            throw new IllegalArgumentException(where + ":" + row.line() + ": " + reason);
          }
          rejected.add(where + ":" + row.line() + ": " + reason);
          continue;
        }
        rows.put(row.array()[0].trim(), issue);
      }
    }

    Issues build() {
      return new Issues(rows.build());
    }
  }

  /** The distinct issues of {@code tokens}, in order of first mention. */
  public List<String> of(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (String issue : phrases.all(tokens)) {
      if (!issue.equals(EXCLUDED) && !out.contains(issue)) {
        out.add(issue);
      }
    }
    return out;
  }

  int size() {
    return phrases.size();
  }
}
