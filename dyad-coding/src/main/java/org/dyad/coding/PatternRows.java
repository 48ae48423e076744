package org.dyad.coding;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.coding.VerbDictionary.Source;

/**
 * Reads verb pattern rows (verb, object, preposition phrase, code, note) into patterns: a code
 * written ":030" reverses the event, "by/with" gives one pattern per preposition, and in an
 * overriding file a bare "---" row silences the whole verb. A row with a code outside the codebook
 * or an empty alternative preposition is refused.
 *
 * <p>Thread safety: stateless.
 */
final class PatternRows {
  private PatternRows() {}

  /**
   * Reads the pattern rows of {@code source} into {@code rows}, keyed by verb, object and
   * preposition cells, so that a later file's row replaces an earlier one's.
   *
   * @param rejected gets the reason of each bundled row that cannot be read
   * @throws IllegalArgumentException naming the file and line of a user's row that cannot be read
   */
  static void read(
      Source source,
      Codebook codebook,
      MessageDigest digest,
      Map<String, Pattern> rows,
      List<String> rejected) {
    boolean base =
        !source.user()
            && (source.name().equals("verbs.tsv") || source.name().equals("verbs-tabari.tsv"));
    for (TsvReader.Row row : TsvReader.read(source.where(), source.opener().get(), 5, digest)) {
      String[] c = row.array();
      String code = c[3].trim();
      // ":030": the other party does 030 to the subject ("received assurances from B").
      boolean reversed = code.startsWith(":");
      code = reversed ? code.substring(1) : code;
      final String id = source.name() + ":" + row.line();
      String reason = invalidRow(code, c[2], codebook);
      if (reason != null) {
        if (source.user()) {
          throw new IllegalArgumentException(source.where() + ":" + row.line() + ": " + reason);
        }
        rejected.add(id + ": " + reason);
        continue;
      }
      if (code.equals("010") && c[1].isBlank() && c[2].isBlank()) {
        // Design decision: a bare verb never yields 010 "make statement". Reporting verbs carry
        // the events they report; PETRARCH2's 010-from-"said" is the field's best-known noise.
        code = VerbDictionary.NO_EVENT;
      }
      String[] verb = c[0].trim().toLowerCase(Locale.ROOT).split(" ", 2);
      List<String> pp = VerbDictionary.words(c[2]);
      // In an overriding file, a row that marks a whole verb as "no event" replaces all its
      // patterns. A reporting row does not: "expressed condolences", "claimed responsibility",
      // "declared a ceasefire" keep their codes while "expressed" alone reports a clause.
      if (!base && code.equals(VerbDictionary.NO_EVENT) && c[1].isBlank() && c[2].isBlank()) {
        rows.keySet().removeIf(k -> k.startsWith(c[0].trim() + "|"));
      }
      // "by/with sanction": one pattern per preposition
      String[] preps = (pp.isEmpty() ? "" : pp.get(0)).split("/", -1);
      for (String prep : preps) {
        Pattern p =
            new Pattern(
                id,
                verb[0],
                verb.length > 1 ? verb[1] : "",
                VerbDictionary.words(c[1]),
                prep,
                pp.isEmpty() ? List.of() : pp.subList(1, pp.size()),
                code,
                c[4].trim(),
                reversed);
        String ppKey =
            preps.length == 1 ? c[2].trim() : String.join(" ", prep, String.join(" ", p.ppWords()));
        rows.put(c[0].trim() + "|" + c[1].trim() + "|" + ppKey.strip(), p);
      }
    }
  }

  /**
   * Why a pattern row cannot be read, or null: a code outside the codebook, "by/" as a preposition.
   */
  private static String invalidRow(String code, String ppCell, Codebook codebook) {
    if (!code.equals(VerbDictionary.NO_EVENT)
        && !code.equals(VerbDictionary.REPORTING)
        && !codebook.isValid(code)) {
      return "code '" + code + "' is not in the CAMEO codebook";
    }
    List<String> pp = VerbDictionary.words(ppCell);
    if (!pp.isEmpty() && Arrays.asList(pp.get(0).split("/", -1)).contains("")) {
      return "preposition '" + pp.get(0) + "' has an empty alternative";
    }
    return null;
  }
}
