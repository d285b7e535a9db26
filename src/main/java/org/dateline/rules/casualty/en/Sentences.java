package org.dateline.rules.casualty.en;

/** Small helpers over the tokens of one sentence. */
final class Sentences {
  private Sentences() {}

  /** Returns whether any phrase of the table occurs in tokens {@code [s, e)}. */
  static boolean contains(Token[] t, int s, int e, PhraseTable table) {
    for (int i = s; i < e; i++) {
      if (table.match(t, i, e) != null) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether one of the tokens {@code [s, e)} is the word {@code w}. */
  static boolean containsWord(Token[] t, int s, int e, String w) {
    for (int i = s; i < e; i++) {
      if (t[i].is(w)) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether one of the tokens {@code [s, e)} is a word of {@code words}. */
  static boolean containsAny(Token[] t, int s, int e, TokenSet words) {
    for (int i = s; i < e; i++) {
      if (words.contains(t[i])) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether tokens {@code [s, e)} name a year after "in" or "of": "in 2005", "in May 2015". */
  static boolean namesAYear(Token[] t, int s, int e) {
    for (int i = s + 1; i < e; i++) {
      String w = t[i].lower;
      boolean year = t[i].isNumber() && w.length() == 4 && (w.startsWith("19") || w.startsWith("20"));
      boolean after = t[i - 1].is("in") || t[i - 1].is("of") || i >= 2 && QuantityParser.isMonth(t[i - 1].lower)
          && (t[i - 2].is("in") || t[i - 2].is("of"));
      if (year && after) {
        return true;
      }
    }
    return false;
  }
}
