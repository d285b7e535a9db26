package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a stretch of text into words: letters and digits, with inner hyphens, apostrophes and periods. */
final class Words {
  private Words() {}

  /** A word and its offsets; {@link #lower} is its lower-cased text without a trailing period. */
  record Word(String text, String lower, int begin, int end) {
    boolean isCapitalized() {
      return Character.isUpperCase(text.charAt(0));
    }
  }

  /** Returns the words of {@code text[begin, end)}. */
  static List<Word> of(String text, int begin, int end) {
    List<Word> out = new ArrayList<>();
    int i = begin;
    while (i < end) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < end && (Character.isLetterOrDigit(text.charAt(j)) || inner(text, j, end))) {
        j++;
      }
      int e = j;
      if (e < end && text.charAt(e) == '.' && isAbbreviation(text, i, e)) {
        e++;
      }
      String w = text.substring(i, e);
      String lower = w.toLowerCase(Locale.ROOT);
      out.add(new Word(w, lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower, i, e));
      i = e;
    }
    return out;
  }

  private static boolean inner(String text, int j, int end) {
    char c = text.charAt(j);
    return (c == '-' || c == '\'' || c == '\u2019' || c == '.') && j + 1 < end
        && Character.isLetterOrDigit(text.charAt(j + 1));
  }

  /** A short capitalized word or dotted letters keep their final period: "Ill.", "U.S.". */
  private static boolean isAbbreviation(String text, int b, int e) {
    return Character.isUpperCase(text.charAt(b)) && (e - b <= 5 || text.substring(b, e).indexOf('.') >= 0);
  }

  /** Returns the lower-cased words {@code i .. i+n-1} joined by single spaces. */
  static String join(List<Word> words, int i, int n) {
    if (n == 1) {
      return words.get(i).lower();
    }
    StringBuilder sb = new StringBuilder(words.get(i).lower());
    for (int k = 1; k < n; k++) {
      sb.append(' ').append(words.get(i + k).lower());
    }
    return sb.toString();
  }
}
