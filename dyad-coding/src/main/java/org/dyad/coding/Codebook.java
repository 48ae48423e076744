package org.dyad.coding;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.event.CameoCode;
import org.dyad.core.event.Plover;

/**
 * The CAMEO codebook: every valid code with GDELT's label and Goldstein score and its PLOVER
 * reading. Goldstein scores are GDELT's table ({@code CAMEO.goldsteinscale.txt}); the ICEWS
 * variant, which differs for 016, 022, 164 and 165, is kept beside it and stands in for 1213, which
 * GDELT's table lacks.
 *
 * <p>Thread safety: immutable after loading; share one instance.
 */
public final class Codebook {
  /** What the codebook says about one code. */
  public record Entry(
      CameoCode code,
      String name,
      double goldstein,
      double goldsteinIcews,
      Plover plover,
      String goldsteinScale) {}

  private static final String RESOURCE = "/org/dyad/coding/dictionary/codebook.tsv";
  private final Map<String, Entry> entries = new HashMap<>();

  private Codebook() {}

  public static Codebook bundled() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Codebook INSTANCE = load();
  }

  private static Codebook load() {
    Codebook book = new Codebook();
    for (TsvReader.Row row : TsvReader.read(RESOURCE, TsvReader.resource(RESOURCE), 7, null)) {
      String[] c = row.array();
      try {
        CameoCode code = CameoCode.of(c[0].trim());
        // GDELT's table lacks 1213; there the ICEWS value stands in.
        double gi = c[3].isBlank() ? Double.NaN : Double.parseDouble(c[3].trim());
        double g = c[2].isBlank() ? gi : Double.parseDouble(c[2].trim());
        book.entries.put(
            code.value(),
            new Entry(
                code,
                c[1].trim(),
                g,
                gi,
                new Plover(c[4], c[5], c[6]),
                c[2].isBlank() ? "ICEWS" : "GDELT"));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(RESOURCE + ":" + row.line() + ": " + e.getMessage(), e);
      }
    }
    return book;
  }

  public Optional<Entry> get(String code) {
    return Optional.ofNullable(entries.get(code));
  }

  public boolean isValid(String code) {
    return entries.containsKey(code);
  }

  /** Whether the code is valid and its act is words (quad classes 1 and 3), not deeds. */
  public boolean isVerbal(String code) {
    Entry e = entries.get(code);
    return e != null && (e.code().quadClass() == 1 || e.code().quadClass() == 3);
  }

  /**
   * The entry for a valid code.
   *
   * @throws IllegalArgumentException naming the code when the codebook does not list it
   */
  public Entry require(String code) {
    Entry e = entries.get(code);
    if (e == null) {
      throw new IllegalArgumentException("not a CAMEO code in the codebook: '" + code + "'");
    }
    return e;
  }

  /** Every code, sorted. */
  public java.util.List<String> codes() {
    return entries.keySet().stream().sorted().toList();
  }

  public int size() {
    return entries.size();
  }
}
