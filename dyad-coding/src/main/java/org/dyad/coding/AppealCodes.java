package org.dyad.coding;

/**
 * Maps what an appeal (020) or demand (100) asks for to CAMEO's code for asking it: "urged Beijing
 * to hold talks" appeals to meet (026), "demanded that China lift the ban" demands easing of
 * economic sanctions (1054) when lifting the ban codes as easing them (085).
 */
final class AppealCodes {
  private AppealCodes() {}

  /**
   * The code for appealing for ({@code demand} false) or demanding the act coded {@code asked};
   * {@code generic} when CAMEO has no code for asking that act.
   */
  static String of(String generic, String asked, boolean demand) {
    String suffix = suffix(asked);
    if (suffix == null) {
      return generic;
    }
    return (demand ? "10" : "02") + suffix;
  }

  /** The digits after the root: the same in the appeal (02x) and the demand (10x) branch. */
  private static String suffix(String asked) {
    String three = asked.substring(0, Math.min(3, asked.length()));
    return switch (asked.substring(0, 2)) {
      case "04" -> "6";
      case "05" -> "2";
      case "06" -> subtype("1", three);
      case "07" -> subtype("3", three);
      case "08" ->
          switch (three) {
            case "081" -> "51";
            case "082" -> "52";
            case "083" -> asked.length() == 4 ? "4" + asked.charAt(3) : "4";
            case "084" -> "53";
            case "085" -> "54";
            case "086" -> "55";
            case "087" -> "56";
            default -> "5";
          };
      default -> null;
    };
  }

  /** "061" asked gives "11" (economic cooperation), "060" gives "1". */
  private static String subtype(String branch, String three) {
    char kind = three.length() == 3 ? three.charAt(2) : '0';
    return kind >= '1' && kind <= '4' ? branch + kind : branch;
  }
}
