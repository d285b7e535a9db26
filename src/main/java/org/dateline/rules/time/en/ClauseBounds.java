package org.dateline.rules.time.en;

import java.util.Set;

/**
 * Finds where the clause around a date starts and ends for its tense to be read: at a sentence's full stop (not an
 * abbreviation's), a line end, a semicolon or a colon (not a clock time's); a clause also starts after a closing
 * quotation. Stateless and thread-safe.
 */
final class ClauseBounds {
  private ClauseBounds() {}

  /** How far around a date its clause is read for verb cues. */
  static final int CUE_WINDOW = 60;
  /** How far back a clause with no verb cue near its date is read for one. */
  static final int FAR_CUE_WINDOW = 160;
  /** Abbreviations whose full stop does not end a sentence. */
  private static final WordSet ABBREVIATIONS = new WordSet(Set.of("jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
      "capt", "st", "no", "prof", "rev", "vs",
      // US states as datelines write them ("KANSAS CITY, Mo. (KMBC) --"); those that are words too ("Ill.") are left out
      "ala", "ariz", "calif", "colo", "conn", "fla", "kan", "mich", "minn", "mo", "mont", "neb", "nev", "okla", "tenn",
      "tex", "wis", "wyo"));

  /** Whether the colon at {@code i} is inside a clock time ("10:30"). */
  static boolean colonInClock(Scan s, int i) {
    return Character.isDigit(s.charBefore(i)) && Character.isDigit(s.charAt(i + 1));
  }

  /** Returns where the clause that holds {@code begin} starts, reading at most {@link #CUE_WINDOW} back. */
  static int clauseStart(Scan s, int begin) {
    return clauseStart(s, begin, CUE_WINDOW);
  }

  /**
   * Returns where the clause that holds {@code begin} starts, reading at most {@code window} back: after a sentence's
   * full stop, a line end, a semicolon, a colon or a quotation that ends its sentence.
   */
  static int clauseStart(Scan s, int begin, int window) {
    int from = Math.max(0, begin - window);
    for (int i = begin - 1; i >= from; i--) {
      char ch = s.text.charAt(i);
      if (ch == '.' && i + 1 < s.length() && Character.isWhitespace(s.text.charAt(i + 1)) && !abbreviation(s, i)
          || ch == '\n' || ch == ';' || colon(s, i)) {
        return i + 1;
      }
      if (ch == '.' && i + 2 < begin && isCloseQuote(s.text.charAt(i + 1)) && Character.isWhitespace(s.text.charAt(i + 2))) {
        return i + 2; // a quotation ends the sentence: 'my desk." Lawmakers ...'
      }
    }
    return from;
  }

  /**
   * Whether a colon at {@code i} ends a clause, as before a quotation ("told reporters on Thursday: \"We will
   * meet again on Monday.\""); one in a clock time ("10:30") does not.
   */
  private static boolean colon(Scan s, int i) {
    return s.text.charAt(i) == ':' && !colonInClock(s, i);
  }

  /**
   * Whether the full stop at {@code dot} ends an abbreviation inside a sentence ("Dec. 30", "Gen. Smith"): the
   * word before it is a month or title abbreviation, or the text goes on with a digit or a lower-case letter.
   */
  static boolean abbreviation(Scan s, int dot) {
    int k = dot + 1;
    while (k < s.length() && k < dot + 4 && Character.isWhitespace(s.text.charAt(k))) {
      k++;
    }
    // a stop before a digit, a lower-case letter, a comma ("Birmingham, Ala., killed") or a bracketed number ("at
    // 2 p.m. (1900 GMT) on Wednesday") ends no sentence
    if (k < s.length() && (Character.isDigit(s.text.charAt(k)) || Character.isLowerCase(s.text.charAt(k))
        || s.text.charAt(k) == ',' || s.text.charAt(k) == '(' && Character.isDigit(s.charAt(k + 1)))) {
      return true;
    }
    String w = s.wordBefore(dot);
    return ABBREVIATIONS.contains(w, 0, w.length()) || clockBeforeDay(s, dot, k);
  }

  /**
   * Whether the stop at {@code dot} ends "a.m." or "p.m." and a weekday follows at {@code k}: "from 11 p.m. Friday
   * until ..." is one clause.
   */
  private static boolean clockBeforeDay(Scan s, int dot, int k) {
    if (dot < 3 || !(s.lower.startsWith("a.m", dot - 3) || s.lower.startsWith("p.m", dot - 3))) {
      return false;
    }
    int e = k;
    while (e < s.length() && e - k < 10 && Character.isLetter(s.lower.charAt(e))) {
      e++;
    }
    return e > k && Lexicon.weekday(s.lower.substring(k, e)) != null;
  }

  /** Whether {@code c} may close a quotation. */
  private static boolean isCloseQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019';
  }

  /**
   * Returns where the clause that holds {@code end} ends, reading at most {@code window} on: at a sentence's full
   * stop, a line end, a semicolon or a colon.
   */
  static int clauseEnd(Scan s, int end, int window) {
    int to = Math.min(s.length(), end + window);
    if (end > 0 && s.text.charAt(end - 1) == '.' && end + 1 < to && s.text.charAt(end) == ' '
        && Character.isUpperCase(s.text.charAt(end + 1))) {
      return end; // the date's own full stop ends the sentence: "on Sunday at 3:25 p.m. Fans may ..."
    }
    for (int i = end; i < to; i++) {
      char ch = s.text.charAt(i);
      if (ch == '.' && !abbreviation(s, i) || ch == '\n' || ch == ';' || colon(s, i)) {
        return i;
      }
    }
    return to;
  }
}
