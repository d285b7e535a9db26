package org.dateline.rules.casualty.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.CasualtyCategory;

/**
 * A table of word sequences, each with a casualty category, matched against tokens by their first
 * word. In a phrase, {@code ?} stands for one optional word or number of any kind ("suffered ?
 * injuries" matches "suffered injuries" and "suffered serious injuries", "in the past ? months"
 * matches "in the past 17 months"), and {@code @} for a name of one to four capitalised words ("taken to @
 * hospital" matches "taken to Dhaka Medical College Hospital").
 *
 * <p>Immutable and thread-safe once built.
 */
final class PhraseTable {
  /** How many capitalised words an {@code @} takes. */
  private static final int MAX_NAME = 4;
  private final Map<String, Entry[]> byFirstWord;
  /** The {@link WordFlags} bit of this table's first words, or 0 if it has none. */
  private final int firstWordFlag;

  private PhraseTable(Map<String, Entry[]> byFirstWord, int firstWordFlag) {
    this.byFirstWord = byFirstWord;
    this.firstWordFlag = firstWordFlag;
  }

  /**
   * Returns a builder of a table whose first words carry the given {@link WordFlags} bit, so that
   * a token without it is refused without a look-up.
   *
   * @param firstWordFlag the bit, or 0 for a table without one
   */
  static Builder builder(int firstWordFlag) {
    return new Builder(firstWordFlag);
  }

  /** Returns the first words of the table's phrases. */
  java.util.Set<String> firstWords() {
    return byFirstWord.keySet();
  }

  /** A phrase matched at tokens {@code [begin, end)}. */
  static final class Match {
    final CasualtyCategory category;
    final int end;

    Match(CasualtyCategory category, int end) {
      this.category = category;
      this.end = end;
    }
  }

  private static final class Entry {
    final String[] words;
    final CasualtyCategory category;

    Entry(String[] words, CasualtyCategory category) {
      this.words = words;
      this.category = category;
    }
  }

  /**
   * Adds to {@code keys} the longest word of every phrase: a sentence without any of them cannot
   * match this table.
   */
  void addKeyWords(java.util.Set<String> keys) {
    for (Entry[] entries : byFirstWord.values()) {
      for (Entry e : entries) {
        String longest = "";
        for (String w : e.words) {
          longest = w.length() > longest.length() ? w : longest;
        }
        keys.add(longest);
      }
    }
  }

  /** Returns the longest phrase starting at token {@code i} and ending before {@code limit}, or null. */
  Match match(Token[] t, int i, int limit) {
    if (i >= limit || (firstWordFlag != 0 && (t[i].flags & firstWordFlag) == 0)) {
      return null;
    }
    Entry[] entries = byFirstWord.get(t[i].lower);
    if (entries == null) {
      return null;
    }
    Match best = null;
    for (Entry e : entries) {
      int end = matchFrom(e.words, 1, t, i + 1, limit);
      if (end >= 0 && (best == null || end > best.end)) {
        best = new Match(e.category, end);
      }
    }
    return best;
  }

  private static int matchFrom(String[] words, int k, Token[] t, int i, int limit) {
    if (k == words.length) {
      return i;
    }
    if (words[k].equals("?")) {
      // "?" takes one word or one number: "in the past ? months" reads "in the past 17 months"
      int skip = i < limit && (t[i].isWord() || t[i].isNumber()) ? matchFrom(words, k + 1, t, i + 1, limit) : -1;
      return skip >= 0 ? skip : matchFrom(words, k + 1, t, i, limit);
    }
    if (words[k].equals("@")) {
      // "@" takes a name, the longest first: "Mahatma Gandhi hospital", "Dhaka Medical College Hospital"
      int n = 0;
      while (n < MAX_NAME && i + n < limit && t[i + n].isWord() && t[i + n].capitalized) {
        n++;
      }
      for (; n > 0; n--) {
        int end = matchFrom(words, k + 1, t, i + n, limit);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    }
    return i < limit && t[i].is(words[k]) ? matchFrom(words, k + 1, t, i + 1, limit) : -1;
  }

  /** Collects phrases. Not thread-safe. */
  static final class Builder {
    private final Map<String, List<Entry>> map = new HashMap<>();
    private final int firstWordFlag;

    private Builder(int firstWordFlag) {
      this.firstWordFlag = firstWordFlag;
    }

    Builder add(CasualtyCategory category, String... phrases) {
      for (String p : phrases) {
        String[] words = p.split(" ");
        map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, category));
      }
      return this;
    }

    PhraseTable build() {
      Map<String, Entry[]> copy = new HashMap<>();
      map.forEach((k, v) -> copy.put(k, v.toArray(new Entry[0])));
      return new PhraseTable(Map.copyOf(copy), firstWordFlag);
    }
  }
}
