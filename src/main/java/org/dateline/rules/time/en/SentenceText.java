package org.dateline.rules.time.en;

import java.util.regex.Pattern;

/**
 * Reads the plain text around dates: where a quote opens and whether its speaker goes on after it, whether a sentence
 * ends or a new one opens in a gap, and whether a verb of saying or a "since" stands before a date.
 */
final class SentenceText {
  private SentenceText() {}

  /** Returns where a direct quote opened in {@code t[from, at)} and still open at {@code at} opens, or -1. */
  static int openQuote(String t, int from, int at) {
    int open = -1;
    for (int i = from; i < at; i++) {
      char ch = t.charAt(i);
      if (ch == '\u201c') {
        open = i;
      } else if (ch == '\u201d') {
        open = -1;
      } else if (ch == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  /** A speaker going on after a quote closes: '"...," he added', '"...", she continued'. */
  private static final Pattern GOES_ON = Pattern.compile("^[^.!?]{0,40}?\\b(?:added|adds|continued|went\\s{1,3}on)\\b");

  /** How far after a date the close of its quote is looked for. */
  private static final int QUOTE_CLOSE_REACH = 200;

  /** Whether the quote holding the text at {@code at} closes and its speaker is told to go on right after. */
  static boolean goesOn(String lower, int at) {
    int end = Math.min(lower.length(), at + QUOTE_CLOSE_REACH);
    for (int i = at; i < end; i++) {
      char ch = lower.charAt(i);
      if (ch == '"' || ch == '\u201d') {
        return GOES_ON.matcher(lower).region(i + 1, Math.min(lower.length(), i + 1 + 60)).lookingAt();
      }
    }
    return false;
  }

  /** Whether a sentence ends in {@code t[from, to)}: a full stop, a question or an exclamation mark. */
  static boolean sentenceEnds(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = t.charAt(i);
      if (ch == '.' || ch == '!' || ch == '?') {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence or a line ends in {@code t[from, to)}. */
  static boolean sentenceBreak(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = t.charAt(i);
      if (ch == '\n' || ch == ';' || (ch == '.' || ch == '!' || ch == '?') && i + 1 < t.length()
          && Character.isWhitespace(t.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Nouns in "-ing" that are no gerund: "after morning training", "since spring". */
  private static final WordSet ING_NOUNS = new WordSet(java.util.Set.of("morning", "evening", "spring", "nothing",
      "something", "anything", "everything", "during", "meeting", "building", "wedding", "ceiling", "thing", "king",
      "ring", "string", "wing", "lightning", "sibling", "opening", "closing", "funding", "housing", "training"));

  /** Whether {@code t[g, ge)} is a gerund: a word in "-ing" of more than four letters that is no such noun. */
  private static boolean gerund(String t, int g, int ge) {
    return ge - g > 4 && t.startsWith("ing", ge - 3) && !ING_NOUNS.contains(t, g, ge);
  }

  /** How far before a date the "since" of its phrase may stand: "since the start of the invasion in February 2022". */
  private static final int SINCE_REACH = 60;

  /**
   * Whether the date closes a stretch that runs up to now, "since" opening its phrase (no comma or full stop between):
   * "the highest plume since October 2024" tells no story in 2024, and the days told after it keep publication's year
   * ("since cutting rates in 2025" tells a deed of 2025, which does).
   */
  static boolean sinceInPhrase(Scan s, int at) {
    String t = s.lower;
    for (int i = at - 1; i >= Math.max(0, at - SINCE_REACH); i--) {
      char ch = t.charAt(i);
      if (ch == ',' || ch == '.' || ch == ';') {
        return false;
      }
      if (ch == 's' && t.startsWith("since ", i) && (i == 0 || !Character.isLetter(t.charAt(i - 1)))) {
        // ... but not a gerund's phrase, which tells a deed of that time: "since cutting rates three times in 2025"
        int w = i + 6;
        int we = w;
        while (we < at && Character.isLetter(t.charAt(we))) {
          we++;
        }
        // (a capitalised word is a name's: "since Beijing hosted the Games in 2008")
        return !(gerund(t, w, we) && Character.isLowerCase(s.text.charAt(w)));
      }
    }
    return false;
  }

  /**
   * Whether a date at {@code at} of lower-cased text {@code t} dates only a saying, a verb of saying
   * standing right before it over an "on" and a "reporters" ("AFAD said on Thursday", "told
   * reporters Tuesday"): the story's clock times ("the quake hit at 11:42 p.m.") do not count from
   * such a day. (A period after "said" does anchor: "said third-quarter profit rose ... a year
   * earlier".)
   */
  static boolean sayingBefore(String t, int at) {
    int i = skipBack(t, at);
    if (i >= 2 && t.startsWith("on", i - 2) && (i == 2 || t.charAt(i - 3) == ' ')) {
      i = skipBack(t, i - 2);
    }
    int wordEnd = i;
    while (i > 0 && Character.isLetter(t.charAt(i - 1))) {
      i--;
    }
    if (t.startsWith("reporters", i) && wordEnd - i == "reporters".length()) {
      return sayingBefore(t, i);
    }
    if (wordEnd > i && Tense.SAYING.contains(t, i, wordEnd)) {
      return true;
    }
    // "told parliament on Tuesday", "told the BBC on Monday": "told" and whom it was told to, one or two words
    int k = i;
    for (int words = 0; words < 2 && k > 0; words++) {
      k = skipBack(t, k);
      int e = k;
      while (k > 0 && Character.isLetter(t.charAt(k - 1))) {
        k--;
      }
      if (e == k) {
        return false;
      }
      if (e - k == 4 && t.startsWith("told", k)) {
        return words > 0 || wordEnd > i;
      }
    }
    return false;
  }

  /** Returns the index after the last non-space character before {@code i}. */
  static int skipBack(String t, int i) {
    while (i > 0 && t.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  /**
   * Whether a new sentence opens in the gap {@code [from, to)} after a clock time's full stop: "between 4 a.m. and 5
   * a.m. On June 21, police arrested ...".
   */
  static boolean newSentence(Scan s, int from, int to) {
    int k = from;
    while (k < to && Character.isWhitespace(s.text.charAt(k))) {
      k++;
    }
    return from > 0 && s.text.charAt(from - 1) == '.' && k > from && k < to && Character.isUpperCase(s.text.charAt(k));
  }
}
