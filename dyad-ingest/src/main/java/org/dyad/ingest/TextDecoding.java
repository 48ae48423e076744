package org.dyad.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes of a text file to text: UTF-8 (with or without a byte-order mark) and UTF-16 (with a mark,
 * or without one when every other byte is zero, as Windows tools write it). Anything else is
 * refused with a reason a user can act on: binary data (an image saved as {@code .txt}), or the
 * offset of the first byte that is not UTF-8. Text is never guessed into another encoding, since a
 * wrong guess would code garbage.
 *
 * <p>Thread safety: stateless.
 */
final class TextDecoding {
  /** How many bytes are looked at to tell UTF-16 and binary data from text. */
  private static final int SNIFF = 4096;

  private TextDecoding() {}

  /** Why bytes are not text. */
  static final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    NotTextException(String reason) {
      super(reason);
    }
  }

  static String decode(byte[] bytes) throws NotTextException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    Charset utf16 = utf16WithoutMark(bytes);
    if (utf16 != null) {
      return strict(bytes, 0, utf16);
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new NotTextException(
          "binary data, not text (a zero byte at offset " + nul + "): an image or other file?");
    }
    String text = strict(bytes, 0, StandardCharsets.UTF_8);
    long controls = text.chars().limit(SNIFF).filter(TextDecoding::isStrayControl).count();
    if (controls * 100 > Math.min(text.length(), SNIFF)) {
      throw new NotTextException(
          "binary data, not text (" + controls + " control characters in its first characters)");
    }
    return text;
  }

  private static boolean isStrayControl(int c) {
    return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
  }

  /** UTF-16 without a mark: most even (big-endian) or odd (little-endian) bytes are zero. */
  private static Charset utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String strict(byte[] bytes, int from, Charset charset) throws NotTextException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, bytes.length + 1L));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      throw new NotTextException(
          String.format(
              Locale.ROOT,
              "not valid %s text: byte 0x%02X at offset %d (convert the file to UTF-8)",
              charset.name(),
              at < bytes.length ? bytes[at] & 0xFF : 0,
              at));
    }
    out.flip();
    return out.toString();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
