package org.dyad.core.event;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CAMEO event code, always a string with its leading zero ({@code 010}, {@code 0211}): never a
 * number. Validity against the codebook is checked by the coding module when it loads.
 */
public record CameoCode(String value) {
  private static final Pattern FORM = Pattern.compile("\\d{2,4}");

  public CameoCode {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("CAMEO code must be 2-4 digits, got '" + value + "'");
    }
    int root = Integer.parseInt(value.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root must be 01-20, got '" + value + "'");
    }
  }

  public static CameoCode of(String value) {
    return new CameoCode(value);
  }

  /** The two-digit root ({@code 04} for {@code 042}). */
  public String root() {
    return value.substring(0, 2);
  }

  public int rootNumber() {
    return Integer.parseInt(root());
  }

  /**
   * GDELT 2.0 quad class: 1 verbal cooperation (roots 01-05), 2 material cooperation (06-08), 3
   * verbal conflict (09-13), 4 material conflict (14-20).
   */
  public int quadClass() {
    int r = rootNumber();
    return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
  }

  @Override
  public String toString() {
    return value;
  }
}
