package org.dyad.coding;

/**
 * Maps an action code to the CAMEO code for intending it: "vowed to strengthen ties" is 030, not
 * the strengthening; "plans to visit" is 036, "offered to mediate" 039; "vowed to strike" is a
 * threat of force (138).
 */
final class IntentCodes {
  private IntentCodes() {}

  static String of(String code) {
    String root = code.substring(0, 2);
    return switch (root) {
      case "04" -> code.equals("045") ? "039" : "036"; // offering to mediate is 039
      case "05" -> code.equals("052") ? "032" : "030";
      case "06" -> code.startsWith("061") ? "0311" : code.startsWith("062") ? "0312" : "031";
      case "07" ->
          switch (code.substring(0, Math.min(3, code.length()))) {
            case "071" -> "0331";
            case "072" -> "0332";
            case "073" -> "0333";
            case "074" -> "0334";
            default -> "033";
          };
      case "08" ->
          switch (code.substring(0, Math.min(3, code.length()))) {
            case "081" -> "0351";
            case "082" -> "0352";
            case "083" -> "034";
            case "084" -> "0353";
            case "085" -> "0354";
            case "086" -> "0355";
            case "087" -> "0356";
            default -> "035";
          };
      case "14" -> "133";
      case "16" -> code.startsWith("161") ? "1313" : code.startsWith("163") ? "1312" : "131";
      case "17" -> code.startsWith("172") ? "132" : "137"; // administrative sanctions, repression
      case "15", "18", "19", "20" -> "138";
      default -> code;
    };
  }
}
