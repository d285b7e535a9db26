package org.dateline.rules.casualty.en;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads cardinal numbers written in words or digits, table-driven: "six", "thirty-seven", "one
 * hundred and twenty-three", "a dozen", "two dozen", "a hundred", "37", "1,200", "247 025",
 * "1.5 million".
 *
 * <p>Word numbers follow the usual English grammar (units after tens, "and" only after a scale
 * word, scales in decreasing order); a word that breaks it ends the number. Values above
 * {@link #MAX} are refused, so absurd input cannot overflow.
 */
final class NumberWords {
  /** The largest value read: a trillion, far above any casualty figure. */
  static final long MAX = 1_000_000_000_000L;

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19));
  private static final Map<String, Integer> TENS_WORDS = Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
      "eighty", 80, "ninety", 90);
  /** Scale words, with South Asian usage's lakh (100,000) and crore (10,000,000): "2 lakh people". */
  private static final Map<String, Long> SCALES = Map.of(
      "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L, "lakh", 100_000L, "lakhs", 100_000L,
      "crore", 10_000_000L, "crores", 10_000_000L);
  /** The digits of a short-scaled number: "1.5" of "1.5m", at most one point. */
  private static final java.util.regex.Pattern SHORT_NUMERAL =
      java.util.regex.Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,2})?");
  private static final int MAX_SHORT_DIGITS = 6;
  private static final int MAX_TOKENS = 12;

  private NumberWords() {}

  /** A number read from tokens {@code [from, end)}. */
  static final class Match {
    final long value;
    final int end;

    Match(long value, int end) {
      this.value = value;
      this.end = end;
    }
  }

  /** Returns whether the lower-case word is a number word that can start a number ("a" excluded). */
  static boolean isNumberWord(String w) {
    return SMALL.containsKey(w) || TENS_WORDS.containsKey(w);
  }

  /** Returns the number words that can start a number ("a" excluded). */
  static java.util.Set<String> numberWords() {
    java.util.Set<String> words = new java.util.HashSet<>(SMALL.keySet());
    words.addAll(TENS_WORDS.keySet());
    return words;
  }

  /** Returns the value of a scale word ("thousand", "million", "billion"), or 0. */
  static long scale(String w) {
    Long s = SCALES.get(w);
    return s == null ? 0 : s;
  }

  /**
   * Reads the number at {@code from}, in words or digits, ending before {@code limit}.
   *
   * @return the number, or null if none starts there
   */
  static Match read(Token[] t, int from, int limit) {
    if (from >= limit) {
      return null;
    }
    if (t[from].isNumber()) {
      return numeral(t, from, limit);
    }
    long written = shortScaled(t[from].lower);
    return written > 0 ? new Match(written, from + 1) : words(t, from, limit);
  }

  /**
   * Returns the value of a number with its scale written onto the digits, as British and wire
   * headlines write millions: "1.5m displaced", "2bn"; or 0. The word is one token.
   */
  static long shortScaled(String w) {
    int n = w.length();
    int digits = w.endsWith("mn") || w.endsWith("bn") ? n - 2 : w.endsWith("m") ? n - 1 : -1;
    if (digits <= 0 || digits > MAX_SHORT_DIGITS || !Character.isDigit(w.charAt(0))
        || !SHORT_NUMERAL.matcher(w).region(0, digits).matches()) {
      return 0;
    }
    long sc = w.charAt(digits) == 'b' ? 1_000_000_000L : 1_000_000L;
    double v = Double.parseDouble(w.substring(0, digits)) * sc;
    long r = Math.round(v);
    return r > MAX || Math.abs(v - r) > 1e-6 ? 0 : r;
  }

  /**
   * Parses a whole text as one number, for tests and callers outside the token stream.
   *
   * @return the value, or empty if the text is not exactly one number
   */
  static OptionalLong parse(String text) {
    Token[] t = Tokenizer.tokenize(text).tokens;
    Match m = read(t, 0, t.length);
    return m != null && m.end == t.length ? OptionalLong.of(m.value) : OptionalLong.empty();
  }

  /** Reads "37", "1,200", "247 025", "1.5 million", "3 thousand". */
  static Match numeral(Token[] t, int from, int limit) {
    String s = t[from].lower;
    int end = from + 1;
    if (s.indexOf('.') >= 0) {
      long dotted = from + 1 < limit && scale(t[from + 1].lower) > 0 ? -1 : dotGrouped(s);
      return dotted > 0 ? new Match(dotted, from + 1) : decimalTimesScale(t, from, limit);
    }
    long v = grouped(s);
    if (v < 0) {
      return null;
    }
    while (v <= MAX / 1000 && end < limit && spaceGroup(t[end - 1], t[end])) {
      v = v * 1000 + Long.parseLong(t[end].lower);
      end++;
    }
    if (v > MAX) {
      return null;
    }
    if (end < limit && scale(t[end].lower) > 0) {
      long sc = scale(t[end].lower);
      if (v > MAX / sc) {
        return null;
      }
      return new Match(v * sc, end + 1);
    }
    return new Match(v, end);
  }

  /** Whether the groups are "2,50,000" style: one or two digits, pairs, then three digits. */
  private static boolean indianGrouping(String[] groups) {
    int n = groups.length;
    if (groups[0].isEmpty() || groups[0].length() > 2 || groups[n - 1].length() != 3 || n > 5) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      if (groups[i].length() != 2) {
        return false;
      }
    }
    return true;
  }

  private static boolean spaceGroup(Token prev, Token next) {
    return next.isNumber() && next.begin == prev.end + 1 && next.lower.length() == 3
        && next.lower.chars().allMatch(Character::isDigit) && prev.lower.length() <= 3;
  }

  /**
   * Returns the value of "1,200" or "37", or of South Asian grouping in lakhs ("2,50,000"), or -1 if
   * the grouping is wrong or the value too large.
   */
  static long grouped(String s) {
    String[] groups = s.split(",", -1);
    if (groups.length > 2 && indianGrouping(groups)) {
      return Long.parseLong(s.replace(",", ""));
    }
    if (groups[0].isEmpty() || groups[0].length() > (groups.length == 1 ? 13 : 3)) {
      return -1;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return -1;
      }
    }
    String digits = s.replace(",", "");
    if (digits.length() > 13) {
      return -1;
    }
    long v = Long.parseLong(digits);
    return v > MAX ? -1 : v;
  }

  /**
   * Reads thousands grouped by dots, as many reports translated from other languages write them
   * ("50.000", "1.250.000"), or returns -1. A count of people has no decimals, and three digits after
   * every dot group thousands; "1.5" and "12.25" are no such number.
   */
  static long dotGrouped(String s) {
    int dot = s.indexOf('.');
    if (dot < 1 || dot > 3 || s.length() > 15) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean dotPlace = i > dot && (i - dot) % 4 == 0 || i == dot;
      if (dotPlace ? c != '.' : c < '0' || c > '9') {
        return -1;
      }
    }
    if ((s.length() - dot) % 4 != 0) {
      return -1;
    }
    long v = Long.parseLong(s.replace(".", ""));
    return v > MAX ? -1 : v;
  }

  private static Match decimalTimesScale(Token[] t, int from, int limit) {
    String s = t[from].lower;
    if (s.indexOf(',') >= 0 || s.indexOf('.') != s.lastIndexOf('.') || s.length() > 12
        || from + 1 >= limit || scale(t[from + 1].lower) == 0) {
      return null;
    }
    long sc = scale(t[from + 1].lower);
    double v = Double.parseDouble(s) * sc;
    long r = Math.round(v);
    if (r > MAX || Math.abs(v - r) > 1e-6) {
      return null;
    }
    return new Match(r, from + 2);
  }

  /** Reads a number in words: "six", "thirty-seven", "one hundred and twenty-three", "a dozen". */
  static Match words(Token[] t, int from, int limit) {
    if (from >= limit || !mayStartWords(t[from])) {
      return null;
    }
    Reader r = new Reader();
    int lastGood = -1;
    long lastValue = 0;
    int stop = Math.min(limit, from + MAX_TOKENS);
    for (int i = from; i < stop; i++) {
      Token tok = t[i];
      if (!tok.isWord()) {
        break;
      }
      String next = i + 1 < stop && t[i + 1].isWord() ? firstPart(t[i + 1].lower) : "";
      if (!r.acceptToken(tok.lower, i == from, next)) {
        break;
      }
      if (r.complete()) {
        lastGood = i + 1;
        lastValue = r.value();
      }
    }
    return lastGood < 0 ? null : new Match(lastValue, lastGood);
  }

  /**
   * Whether a number in words may start at the token: only "a" ("a hundred") and a number word, alone or before a
   * hyphen ("thirty-seven"), can begin one.
   */
  private static boolean mayStartWords(Token tok) {
    if (tok.has(WordFlags.NUMBER_WORD) || tok.is("a")) {
      return true;
    }
    int h = tok.lower.indexOf('-');
    return h > 0 && isNumberWord(tok.lower.substring(0, h));
  }

  private static String firstPart(String w) {
    int h = w.indexOf('-');
    return h < 0 ? w : w.substring(0, h);
  }

  /** The state of reading one number in words. */
  private static final class Reader {
    private static final int NONE = 0, UNIT = 1, TEEN = 2, TENS = 3, HUNDRED = 4, SCALE = 5,
        DOZEN = 6, AND = 7, A = 8;
    private long total;
    private long current;
    private int last = NONE;
    private long lastScale = Long.MAX_VALUE;

    boolean complete() {
      return last != NONE && last != AND && last != A;
    }

    long value() {
      return total + current;
    }

    boolean acceptToken(String token, boolean first, String next) {
      if (token.indexOf('-') < 0) {
        return accept(token, first, next);
      }
      String[] parts = token.split("-", -1);
      for (int k = 0; k < parts.length; k++) {
        String nextPart = k + 1 < parts.length ? parts[k + 1] : next;
        if (parts[k].equals("a") || parts[k].equals("and") || !accept(parts[k], first && k == 0, nextPart)) {
          return false;
        }
      }
      return true;
    }

    private boolean accept(String w, boolean first, String next) {
      if (w.equals("a") || w.equals("an")) {
        boolean ok = first && (w.equals("a") && (next.equals("hundred") || next.equals("dozen") || scale(next) > 0));
        return ok && set(A, 1);
      }
      if (w.equals("and")) {
        return (last == HUNDRED || last == SCALE) && (isNumberWord(next)) && set(AND, current);
      }
      Integer small = SMALL.get(w);
      if (small != null) {
        boolean after = last == NONE || last == HUNDRED || last == SCALE || last == AND
            || (last == TENS && small >= 1 && small <= 9 && current % 10 == 0);
        return after && set(small >= 1 && small <= 9 ? UNIT : TEEN, current + small);
      }
      Integer tens = TENS_WORDS.get(w);
      if (tens != null) {
        return (last == NONE || last == HUNDRED || last == SCALE || last == AND) && set(TENS, current + tens);
      }
      return acceptMultiplier(w);
    }

    private boolean acceptMultiplier(String w) {
      boolean counted = last == UNIT || last == TEEN || last == TENS || last == A;
      if (w.equals("hundred")) {
        return counted && current < 100 && set(HUNDRED, current * 100);
      }
      if (w.equals("dozen")) {
        return counted && current < 100 && set(DOZEN, current * 12);
      }
      long sc = scale(w);
      if (sc == 0 || !(counted || last == HUNDRED || last == DOZEN) || sc >= lastScale
          || current > MAX / sc) {
        return false;
      }
      total += current * sc;
      lastScale = sc;
      return set(SCALE, 0);
    }

    private boolean set(int state, long value) {
      last = state;
      current = value;
      return true;
    }
  }
}
