package org.dyad.pipeline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
  /** Fingerprints at most this many bits apart are near-duplicate candidates. */
  public static final int THRESHOLD = 10;

  /** Candidates whose shingle sets overlap at least this much (Jaccard) are near-duplicates. */
  public static final double MIN_OVERLAP = 0.7;

  private static final int SHINGLE = 3;

  private SimHash() {}

  public static long of(String text) {
    int[] tally = new int[64];
    for (String shingle : shingles(text)) {
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

  /** The text's three-word shingles, lower case, punctuation ignored. */
  static Set<String> shingles(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+", -1)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    Set<String> out = new HashSet<>();
    int n = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < n && !words.isEmpty(); i++) {
      out.add(String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE))));
    }
    return out;
  }

  /** Overlap of the two texts' shingle sets: |A ∩ B| / |A ∪ B|. */
  public static double jaccard(String a, String b) {
    Set<String> sa = shingles(a);
    Set<String> sb = shingles(b);
    if (sa.isEmpty() && sb.isEmpty()) {
      return 1;
    }
    int common = 0;
    for (String s : sa) {
      if (sb.contains(s)) {
        common++;
      }
    }
    return common / (double) (sa.size() + sb.size() - common);
  }

  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** Ids in {@code index} whose fingerprints are within the threshold, closest first. */
  public static List<String> candidates(long fp, Map<String, Long> index) {
    List<Map.Entry<String, Integer>> near = new ArrayList<>();
    for (Map.Entry<String, Long> e : index.entrySet()) {
      int d = distance(fp, e.getValue());
      if (d <= THRESHOLD) {
        near.add(Map.entry(e.getKey(), d));
      }
    }
    near.sort(Map.Entry.comparingByValue());
    return near.stream().map(Map.Entry::getKey).toList();
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
