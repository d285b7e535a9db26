package org.dateline.rules.time.en;

import java.util.List;

/**
 * A set of lower-case words that answers for a stretch of a string without copying it out: an open-addressing
 * table of the words' hashes, so a look-up allocates nothing. Each word has an index, its position in the list
 * it was built from. Immutable and thread-safe.
 */
final class WordSet {
  private final String[] slots;
  private final int[] slotHashes;
  private final int[] slotIndexes;
  private final int mask;
  private final int maxLength;

  WordSet(java.util.Collection<String> words) {
    List<String> list = List.copyOf(words);
    int size = Integer.highestOneBit(Math.max(4, list.size() * 4) - 1) << 1;
    slots = new String[size];
    slotHashes = new int[size];
    slotIndexes = new int[size];
    mask = size - 1;
    int longest = 0;
    for (int i = 0; i < list.size(); i++) {
      String w = list.get(i);
      longest = Math.max(longest, w.length());
      int h = hash(w, 0, w.length());
      int k = h & mask;
      while (slots[k] != null && !slots[k].equals(w)) {
        k = (k + 1) & mask;
      }
      if (slots[k] == null) {
        slots[k] = w;
        slotHashes[k] = h;
        slotIndexes[k] = i;
      }
    }
    maxLength = longest;
  }

  boolean contains(String s, int from, int to) {
    return indexOf(s, from, to) >= 0;
  }

  /** Returns the index of the word {@code s[from, to)} in the list the set was built from, or -1. */
  int indexOf(String s, int from, int to) {
    return to - from > maxLength ? -1 : indexOf(s, from, to, stringHash(s, from, to));
  }

  /**
   * Returns the index of the word {@code s[from, to)}, whose {@link String#hashCode} the caller computed as it
   * read the word, or -1.
   */
  int indexOf(String s, int from, int to, int stringHash) {
    int len = to - from;
    if (len > maxLength) {
      return -1;
    }
    int h = stringHash ^ (stringHash >>> 16);
    for (int k = h & mask; slots[k] != null; k = (k + 1) & mask) {
      if (slotHashes[k] == h && slots[k].length() == len && s.regionMatches(from, slots[k], 0, len)) {
        return slotIndexes[k];
      }
    }
    return -1;
  }

  private static int hash(String s, int from, int to) {
    int h = stringHash(s, from, to);
    return h ^ (h >>> 16);
  }

  private static int stringHash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }
}
