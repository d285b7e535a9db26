package org.dateline.rules.time.en;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A set of lower-case words that answers for a stretch of a string without copying it out. Immutable. */
final class WordSet {
  private final Map<Integer, List<String>> byHash = new HashMap<>();

  WordSet(Collection<String> words) {
    for (String w : words) {
      byHash.merge(hash(w, 0, w.length()), List.of(w), (a, b) -> {
        List<String> both = new java.util.ArrayList<>(a);
        both.addAll(b);
        return List.copyOf(both);
      });
    }
  }

  boolean contains(String s, int from, int to) {
    List<String> ws = byHash.get(hash(s, from, to));
    if (ws == null) {
      return false;
    }
    for (String w : ws) {
      if (w.length() == to - from && s.regionMatches(from, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  private static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }
}
