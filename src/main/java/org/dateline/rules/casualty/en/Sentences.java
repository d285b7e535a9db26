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
}
