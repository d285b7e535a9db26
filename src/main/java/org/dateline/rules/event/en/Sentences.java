package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small sentence splitter, linear in the text's length: a sentence ends at a line break, or at
 * {@code . ! ?} (and closing quotes) followed by a space and a capital, digit or quote, unless the
 * word before the period is an abbreviation ("Mr.", "Jan.", "Ill."), an initial ("J.") or dotted
 * letters ("U.S.").
 */
final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "sgt", "lt", "capt",
      "col", "gen", "gov", "sen", "rep", "det", "cpl", "pvt", "ofc", "insp", "supt", "rev", "prof", "jr", "sr",
      "no", "vs", "ave", "blvd", "rd", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
      "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
      "okla", "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo", "inc", "corp", "co", "ltd", "approx", "est");

  private Sentences() {}

  /** Returns the sentences of {@code text} as {@code [begin, end)} offset pairs, trimmed, in order. */
  static List<int[]> split(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, out);
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        int end = i + 1;
        while (end < n && isClosing(text.charAt(end))) {
          end++;
        }
        add(text, start, end, out);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, n, out);
    return out;
  }

  private static boolean endsSentence(String text, int dot) {
    int j = dot + 1;
    while (j < text.length() && isClosing(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    if (text.charAt(j) != ' ' && text.charAt(j) != '\t') {
      return false;
    }
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    char next = text.charAt(j);
    boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201c'
        || next == '\n';
    return opens && (text.charAt(dot) != '.' || !abbreviation(text, dot));
  }

  private static boolean abbreviation(String text, int dot) {
    int b = dot;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.') && dot - b < 12) {
      b--;
    }
    String word = text.substring(b, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    if (word.indexOf('.') >= 0) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')';
  }

  private static void add(String text, int b, int e, List<int[]> out) {
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > b) {
      out.add(new int[] {b, e});
    }
  }
}
