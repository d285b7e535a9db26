package org.dateline.rules.time.en;

/**
 * Steps over runs of letters and spaces in lower-cased text for the tense readers: where a word starts or ends, where
 * a phrase ends, whether a word of a set stands in a stretch, whether a position is inside a cue's span. Stateless
 * and thread-safe.
 */
final class WordRuns {
  private WordRuns() {}

  /** The letters of the word that ends just before {@code i}, past spaces, not before {@code lo}; "" if none. */
  static String lastWordBefore(String t, int lo, int i) {
    int end = endBeforeSpaces(t, lo, i);
    return t.substring(letterRunStart(t, lo, end), end);
  }

  /** Whether {@code w} starts somewhere in {@code t[lo, hi)}; reads no further, unlike {@code lastIndexOf}. */
  static boolean occurs(String t, String w, int lo, int hi) {
    for (int i = Math.max(0, lo); i < hi && i + w.length() <= t.length(); i++) {
      if (t.startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns where the date's own phrase starts within {@code [lo, b)}: past the last comma, so that "last" or "since"
   * of another phrase ("The trial, which began last week, resumes Monday") does not date this one; {@code lo} if no
   * comma stands there.
   */
  static int afterComma(String t, int lo, int b) {
    for (int i = b - 1; i >= lo; i--) {
      // a comma between digits groups a number ("40,000 homes"), no phrase
      if (t.charAt(i) == ',' && !(i > 0 && i + 1 < t.length() && Character.isDigit(t.charAt(i - 1))
          && Character.isDigit(t.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return lo;
  }

  /** Returns where {@code mark} first ends a phrase in {@code [e, to)}, or {@code to}; reads no further. */
  static int phraseEnd(String t, int e, String mark, int to) {
    for (int i = e; i + mark.length() <= to; i++) {
      if (t.startsWith(mark, i)) {
        return i;
      }
    }
    return to;
  }

  /** A test of a span of text by its start and end. */
  interface SpanTest {
    boolean test(int start, int end);
  }

  /**
   * Returns the (start, end) pairs of {@code spans} without those {@code drop} holds; {@code spans} itself when it
   * drops none.
   */
  static int[] spansWithout(int[] spans, SpanTest drop) {
    int[] out = new int[spans.length];
    int n = 0;
    for (int k = 0; k + 1 < spans.length; k += 2) {
      if (!drop.test(spans[k], spans[k + 1])) {
        out[n++] = spans[k];
        out[n++] = spans[k + 1];
      }
    }
    return n == spans.length ? spans : java.util.Arrays.copyOf(out, n);
  }

  /** Returns where the phrase after the last {@code mark} in {@code [lo, b)} starts, or {@code lo}; reads no further. */
  static int afterLast(String t, int lo, String mark, int b) {
    for (int i = b - mark.length(); i >= lo; i--) {
      if (t.startsWith(mark, i)) {
        return i + mark.length();
      }
    }
    return lo;
  }

  /** Returns where the run of letters that ends at {@code end} starts, at or after {@code lo}. */
  static int letterRunStart(String t, int lo, int end) {
    int b = end;
    while (b > lo && Character.isLetter(t.charAt(b - 1))) {
      b--;
    }
    return b;
  }

  /** Returns {@code end} moved back over the spaces before it, not before {@code lo}. */
  static int endBeforeSpaces(String t, int lo, int end) {
    int e = end;
    while (e > lo && t.charAt(e - 1) == ' ') {
      e--;
    }
    return e;
  }

  /** Whether a word of {@code words} stands in {@code t} between {@code from} and {@code to}. */
  static boolean wordBetween(String t, int from, int to, WordSet words) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(t.charAt(i)) && (i == 0 || !Character.isLetter(t.charAt(i - 1)))) {
        int e = wordEnd(t, i, to);
        if (words.contains(t, i, e)) {
          return true;
        }
        i = e;
      }
    }
    return false;
  }

  /** Returns where the run of letters that starts at {@code start} ends, not after {@code hi}. */
  static int wordEnd(String t, int start, int hi) {
    int e = start;
    while (e < hi && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return e;
  }

  /** Whether {@code pos} lies inside one of {@code spans}, given as start and end pairs. */
  static boolean insideAny(int[] spans, int pos) {
    for (int i = 0; i < spans.length; i += 2) {
      if (spans[i] <= pos && pos < spans[i + 1]) {
        return true;
      }
    }
    return false;
  }
}
