package org.dyad.coding;

/**
 * Maps a cooperative action code to the CAMEO code for refusing it: "said it would not provide
 * support to Israel" declares a refusal of material cooperation (121), "will not meet" rejects a
 * meeting (125), "will not release the prisoners" refuses to yield them (1243).
 */
final class RefusalCodes {
  private RefusalCodes() {}

  /** The refusal code, or null when the code is not a cooperative action one can refuse. */
  static String of(String code) {
    String three = code.substring(0, Math.min(3, code.length()));
    return switch (code.substring(0, 2)) {
      case "03" -> "120";
      case "04" -> "125";
      case "05" -> three.equals("057") ? "127" : "120";
      case "06" ->
          switch (three) {
            case "061" -> "1211";
            case "062" -> "1212";
            case "063" -> "1213";
            default -> "121";
          };
      case "07" -> "121";
      case "08" ->
          switch (three) {
            case "081" -> "1241";
            case "082" -> "1242";
            case "083" -> "123";
            case "084" -> "1243";
            case "085" -> "1244";
            case "086" -> "1245";
            case "087" -> "1246";
            default -> "124";
          };
      default -> null;
    };
  }
}
