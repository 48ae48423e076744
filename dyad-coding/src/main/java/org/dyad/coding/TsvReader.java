package org.dyad.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/** Reads Dyad's TSV dictionaries: {@code #} comments, one header row, tab-separated cells. */
final class TsvReader {
  private TsvReader() {}

  /** A data row with its line number, for error messages. */
  record Row(int line, List<String> cells) {
    /** The cells as an array, for positional access. */
    String[] array() {
      return cells.toArray(new String[0]);
    }
  }

  static InputStream resource(String path) {
    InputStream in = TsvReader.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("bundled dictionary file missing: " + path);
    }
    return in;
  }

  /**
   * Rows with at least {@code columns} cells (missing trailing cells are empty).
   *
   * @param digest updated with every line, for the dictionary version; may be null
   */
  static List<Row> read(String where, InputStream in, int columns, MessageDigest digest) {
    List<Row> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        n++;
        if (digest != null) {
          digest.update(line.getBytes(StandardCharsets.UTF_8));
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < columns) {
          String[] padded = new String[columns];
          for (int i = 0; i < columns; i++) {
            padded[i] = i < cells.length ? cells[i] : "";
          }
          cells = padded;
        }
        out.add(new Row(n, List.of(cells)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + where, e);
    }
    return out;
  }
}
