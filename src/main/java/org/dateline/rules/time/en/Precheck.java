package org.dateline.rules.time.en;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says, from the first characters at a word start, which of the rules that word can start could match there at
 * all, so the scanner runs only those patterns. The answer is computed from the patterns themselves, never from
 * data: for a first token (a trigger word, or a number of one or two digits), a separator (nothing or one space)
 * and one or two following characters, each pattern is matched against that prefix alone; a rule is ruled out
 * only if it fails without the regex engine reaching the end of the prefix ({@link Matcher#hitEnd()} false),
 * which means no text that begins with the prefix can match it.
 *
 * <p>The prefix is matched after a space, with transparent bounds, as the scanner matches the real text; it is
 * used only where the real character before the word is one {@code \b} also treats as no word character (the
 * rule patterns have no look-behind and no {@code ^}, checked when built). Tables are computed on first use of
 * each token and never change after; a race computes the same table twice. Thread-safe.
 */
final class Precheck {
  /** Every rule may match: the mask that filters nothing. */
  static final long ALL = -1L;
  private static final int ASCII = 128;
  private static final int LETTERS = 26;

  private final List<Pattern> patterns;
  /** For each token (see {@link #token}), the ids of the rules it can start. */
  private final int[][] rulesOf;
  private final String[] tokens;
  private final AtomicReferenceArray<Tables> tables;

  /** A token's masks (bit k: the token's k-th rule may match) by the characters after it. */
  private record Tables(long[] adjacent, long[] spaced, long[] spacedTwo) {}

  /**
   * @param patterns the rule patterns by rule id
   * @param words the trigger words, by trigger index
   * @param byTrigger the rule ids each trigger word starts
   * @param numberRules the rule ids a number starts
   */
  Precheck(List<Pattern> patterns, List<String> words, int[][] byTrigger, int[] numberRules) {
    for (Pattern p : patterns) {
      if (p.pattern().contains("(?<=") || p.pattern().contains("(?<!") || p.pattern().replace("[^", "").contains("^")) {
        throw new IllegalArgumentException("a rule pattern looks behind its start: " + p);
      }
    }
    for (int[] ids : byTrigger) {
      if (ids.length > 64) {
        throw new IllegalArgumentException("more than 64 rules for one trigger");
      }
    }
    this.patterns = List.copyOf(patterns);
    int numbers = numberRules == null ? 0 : 110;
    this.tokens = new String[words.size() + numbers];
    this.rulesOf = new int[tokens.length][];
    for (int i = 0; i < words.size(); i++) {
      tokens[i] = words.get(i);
      rulesOf[i] = byTrigger[i];
    }
    for (int v = 0; v < numbers; v++) {
      tokens[words.size() + v] = v < 10 ? Integer.toString(v) : String.format("%02d", v - 10);
      rulesOf[words.size() + v] = numberRules;
    }
    this.tables = new AtomicReferenceArray<>(tokens.length);
  }

  /**
   * Returns the mask of the rules that may match at {@code pos}, bit k standing for the k-th id of the word's
   * rules; {@link #ALL} when the prefix is not one the tables cover.
   *
   * @param trigger the trigger index of the word at pos, or -1 for a number
   */
  long mask(String lower, int pos, int limit, int trigger) {
    if (pos > 0 && !plainBefore(lower.charAt(pos - 1))) {
      return ALL;
    }
    int e = pos;
    int token = trigger;
    if (trigger < 0) {
      while (e < limit && e - pos < 3 && Character.isDigit(lower.charAt(e))) {
        e++;
      }
      int len = e - pos;
      if (len == 0 || len > 2 || lower.charAt(pos) > '9' || len == 2 && lower.charAt(pos + 1) > '9') {
        return ALL;
      }
      int v = len == 1 ? lower.charAt(pos) - '0' : 10 + 10 * (lower.charAt(pos) - '0') + lower.charAt(pos + 1) - '0';
      token = tokens.length - 110 + v;
    } else {
      e = pos + tokens[token].length();
    }
    if (e >= limit) {
      return ALL;
    }
    Tables t = tables(token);
    char c0 = lower.charAt(e);
    if (c0 != ' ') {
      return c0 < ASCII ? t.adjacent[c0] : ALL;
    }
    if (e + 1 >= limit || lower.charAt(e + 1) >= ASCII) {
      return ALL;
    }
    char c1 = lower.charAt(e + 1);
    if (c1 >= 'a' && c1 <= 'z' && e + 2 < limit) {
      char c2 = lower.charAt(e + 2);
      if (c2 >= 'a' && c2 <= 'z') {
        return t.spacedTwo[(c1 - 'a') * LETTERS + c2 - 'a'];
      }
    }
    return t.spaced[c1];
  }

  /** Whether {@code \b} reads {@code c} as no word character, as it reads the space the tables were built after. */
  private static boolean plainBefore(char c) {
    return c != '_' && !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK;
  }

  private Tables tables(int token) {
    Tables t = tables.get(token);
    if (t == null) {
      t = build(tokens[token], rulesOf[token]);
      tables.set(token, t);
    }
    return t;
  }

  private Tables build(String token, int[] ids) {
    long[] adjacent = new long[ASCII];
    long[] spaced = new long[ASCII];
    long[] spacedTwo = new long[LETTERS * LETTERS];
    StringBuilder probe = new StringBuilder();
    for (int k = 0; k < ids.length; k++) {
      Matcher m = patterns.get(ids[k]).matcher("").useTransparentBounds(true).useAnchoringBounds(false);
      for (char c = 0; c < ASCII; c++) {
        probe.setLength(0);
        adjacent[c] |= mayMatch(m, probe.append(' ').append(token).append(c)) ? 1L << k : 0;
        probe.setLength(0);
        boolean spacedMay = mayMatch(m, probe.append(' ').append(token).append(' ').append(c));
        spaced[c] |= spacedMay ? 1L << k : 0;
        if (spacedMay && c >= 'a' && c <= 'z') {
          for (char c2 = 'a'; c2 <= 'z'; c2++) {
            probe.setLength(0);
            boolean may = mayMatch(m, probe.append(' ').append(token).append(' ').append(c).append(c2));
            spacedTwo[(c - 'a') * LETTERS + c2 - 'a'] |= may ? 1L << k : 0;
          }
        }
      }
    }
    return new Tables(adjacent, spaced, spacedTwo);
  }

  /** Whether some text that begins with {@code probe} (after its leading space) may match at its start. */
  private static boolean mayMatch(Matcher m, CharSequence probe) {
    String s = probe.toString();
    m.reset(s);
    m.region(1, s.length());
    return m.lookingAt() || m.hitEnd();
  }
}
