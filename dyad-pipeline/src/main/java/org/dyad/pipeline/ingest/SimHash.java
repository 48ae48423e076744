package org.dyad.pipeline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Near-duplicate detection by SimHash (Charikar 2002, "Similarity estimation techniques from
 * rounding algorithms"; used for web pages by Manku, Jain and Das Sarma, WWW 2007): each three-word
 * shingle of the text votes on 64 bits with its hash, and the sign of each bit's tally is the
 * fingerprint. Texts that share most shingles differ in few bits; Manku et al. take three bits of
 * 64 as the near-duplicate threshold for 8 billion pages, and so does Dyad.
 *
 * <p>Thread safety: stateless.
 */
public final class SimHash {
  /** Fingerprints at most this many bits apart are near-duplicates. */
  public static final int THRESHOLD = 3;

  private static final int SHINGLE = 3;

  private SimHash() {}

  public static long of(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+", -1)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    int[] tally = new int[64];
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < shingles && !words.isEmpty(); i++) {
      String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE)));
      long h = hash(shingle);
      for (int b = 0; b < 64; b++) {
        tally[b] += ((h >>> b) & 1L) == 1L ? 1 : -1;
      }
    }
    long fp = 0;
    for (int b = 0; b < 64; b++) {
      if (tally[b] > 0) {
        fp |= 1L << b;
      }
    }
    return fp;
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** The closest fingerprint in {@code index} within the threshold, by id. */
  public static Optional<Map.Entry<String, Integer>> nearest(long fp, Map<String, Long> index) {
    String best = null;
    int bestDistance = THRESHOLD + 1;
    for (Map.Entry<String, Long> e : index.entrySet()) {
      int d = distance(fp, e.getValue());
      if (d < bestDistance) {
        best = e.getKey();
        bestDistance = d;
      }
    }
    return best == null ? Optional.empty() : Optional.of(Map.entry(best, bestDistance));
  }

  /** 64-bit FNV-1a of the UTF-8 bytes, finished with a MurmurHash3 mix for better bit spread. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
