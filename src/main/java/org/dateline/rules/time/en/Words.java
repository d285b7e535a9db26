package org.dateline.rules.time.en;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The letter words of one text looked up once in every word table the date stage reads: the rule triggers, the
 * gate's common and temporal words, the fallback's date words. A letter word is a maximal run of
 * {@link Character#isLetter} characters. Built per text by {@link #of}; confined to the thread that scans it.
 */
final class Words {
  private static final byte TEMPORAL = 1;
  private static final byte GATED = 2;
  private static final byte DATE = 4;

  private final Vocabulary vocabulary;
  /** At each letter word's start, its index in the vocabulary or -1; unspecified elsewhere. */
  private final short[] entry;
  /** The starts of the temporal words, in text order. */
  private final int[] temporalStarts;
  /** The starts of the fallback's date words, in text order. */
  final int[] dateStarts;
  /**
   * In text order, the places where a rule may start: the starts of the letter words that are rule triggers, and
   * every digit or apostrophe not preceded by a letter or digit (a rule starting with a number may start there).
   * No other word start can start a rule.
   */
  final int[] ruleStarts;

  private Words(Vocabulary vocabulary, short[] entry, int[] temporalStarts, int[] dateStarts, int[] ruleStarts) {
    this.vocabulary = vocabulary;
    this.entry = entry;
    this.temporalStarts = temporalStarts;
    this.dateStarts = dateStarts;
    this.ruleStarts = ruleStarts;
  }

  /** Looks up every letter word of the lower-cased text once, reading it a word at a time. */
  static Words of(Scan s, Vocabulary v) {
    String lower = s.lower;
    int n = lower.length();
    short[] entry = new short[n];
    Starts temporal = new Starts();
    Starts dates = new Starts();
    Starts rules = new Starts();
    char[] cs = s.lowerChars; // the hottest loop of the date stage: array reads, no String checks
    boolean wordBefore = false; // whether the character before is a letter or digit
    int i = 0;
    while (i < n) {
      char c = cs[i];
      if (isLetter(c)) {
        int b = i;
        int hash = 0; // the word's String hash
        do {
          hash = 31 * hash + c;
        } while (++i < n && isLetter(c = cs[i]));
        lookUp(lower, b, i, hash, v, entry, temporal, dates, rules);
        if (i == n) {
          break;
        }
        wordBefore = true;
      }
      boolean digit = c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
      if ((digit || c == '\'') && !wordBefore) {
        rules.add(i);
      }
      wordBefore = digit;
      i++;
    }
    return new Words(v, entry, temporal.toArray(), dates.toArray(), rules.toArray());
  }

  private static boolean isLetter(char c) {
    return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  private static void lookUp(String lower, int b, int e, int hash, Vocabulary v, short[] entry, Starts temporal,
      Starts dates, Starts rules) {
    int k = v.words.indexOf(lower, b, e, hash);
    entry[b] = (short) k;
    if (k < 0) {
      return;
    }
    byte f = v.flags[k];
    if ((f & TEMPORAL) != 0) {
      temporal.add(b);
    }
    if ((f & DATE) != 0) {
      dates.add(b);
    }
    if (v.triggers[k] >= 0) {
      rules.add(b);
    }
  }

  /** Returns the start of the first temporal word at or after {@code pos}, or the text's length if there is none. */
  int nextTemporal(int pos) {
    int k = Arrays.binarySearch(temporalStarts, pos);
    int at = k >= 0 ? k : -k - 1;
    return at < temporalStarts.length ? temporalStarts[at] : entry.length;
  }

  /** Word starts collected in text order. */
  private static final class Starts {
    private int[] starts = new int[8];
    private int count;

    void add(int start) {
      starts = count == starts.length ? Arrays.copyOf(starts, count * 2) : starts;
      starts[count++] = start;
    }

    int[] toArray() {
      return Arrays.copyOf(starts, count);
    }
  }

  /** Whether the letter word starting at {@code start} is one of the gate's common words. */
  boolean gated(int start) {
    int k = entry[start];
    return k >= 0 && (vocabulary.flags[k] & GATED) != 0;
  }

  /** Returns the trigger index of the letter word starting at {@code start}, or -1. */
  int trigger(int start) {
    int k = entry[start];
    return k < 0 ? -1 : vocabulary.triggers[k];
  }

  /** The union of the word tables, each word with its tables. Immutable and thread-safe. */
  static final class Vocabulary {
    private final WordSet words;
    private final byte[] flags;
    private final int[] triggers;

    /**
     * @param triggerWords the rule triggers by trigger index; a word the longest letter run {@link RuleScanner}
     *     reads (20 letters) could cut short is refused
     */
    Vocabulary(List<String> triggerWords, Set<String> temporal, Set<String> gated, Set<String> dates) {
      Set<String> all = new LinkedHashSet<>(triggerWords);
      all.addAll(temporal);
      all.addAll(gated);
      all.addAll(dates);
      List<String> list = new ArrayList<>(all);
      if (list.size() > Short.MAX_VALUE) {
        throw new IllegalArgumentException("more than " + Short.MAX_VALUE + " words");
      }
      this.words = new WordSet(list);
      this.flags = new byte[list.size()];
      this.triggers = new int[list.size()];
      for (int k = 0; k < list.size(); k++) {
        String w = list.get(k);
        if (w.length() >= 20) {
          throw new IllegalArgumentException("a word of 20 letters or more: " + w);
        }
        flags[k] = (byte) ((temporal.contains(w) && w.length() <= 12 ? TEMPORAL : 0)
            | (gated.contains(w) && w.length() <= 12 ? GATED : 0) | (dates.contains(w) && w.length() <= 9 ? DATE : 0));
        triggers[k] = triggerWords.indexOf(w);
      }
    }
  }
}
