package org.dateline.rules.time.en;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Calls a {@link DateRecognizer} sparingly: only on clauses holding a date word (a month, a weekday, "ago")
 * that no rule consumed, and keeps only what it finds outside the rules' candidates.
 */
final class Fallback {
  static final Set<String> DATE_WORDS = Set.of("january", "february", "april", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sept", "sep",
      "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ago");

  private Fallback() {}

  /**
   * Adds what the recogniser finds around each date word no candidate covers, outside the candidates.
   *
   * @param words the text's words, whose {@link Words#dateStarts} are the date words' starts
   */
  static List<Candidate> addMissed(Scan s, Words words, List<Candidate> found, DateRecognizer recognizer,
      ZonedDateTime ref) {
    List<Candidate> all = new ArrayList<>(found);
    int covered = 0;
    int next = 0;
    String lower = s.lower;
    for (int i : words.dateStarts) {
      int e = i;
      while (e < lower.length() && Character.isLetter(lower.charAt(e))) {
        e++;
      }
      while (next < found.size() && found.get(next).end() <= i) {
        next++;
      }
      boolean inside = next < found.size() && found.get(next).begin() <= i;
      // "Monday.com": a word of a web address, as the rules read it too
      boolean address = RelativeRules.webAddress(s, e);
      // "Super Tuesday", "Bloody Sunday", "the Sunday Times": a name the rules left out on purpose, not a date they
      // missed; nor is "a Sunday", any Sunday
      if (i >= covered && !inside && !address && !RelativeRules.namedDay(s.text, i)
          && !RelativeRules.titled(s.text, i, e) && !RelativeRules.anyWeekday(s, i, e)) {
        int from = clauseStart(s, i);
        int to = clauseEnd(s, e);
        for (Candidate c : recognizer.recognize(s.text, from, to, ref)) {
          if (all.stream().noneMatch(x -> x.begin() < c.end() && c.begin() < x.end())) {
            all.add(c);
          }
        }
        covered = to;
      }
    }
    all.sort(Comparator.comparingInt(Candidate::begin));
    return all;
  }

  private static int clauseStart(Scan s, int i) {
    int b = i;
    while (b > 0 && i - b < 200 && !boundary(s.text, b - 1)) {
      b--;
    }
    return b;
  }

  private static int clauseEnd(Scan s, int e) {
    int x = e;
    while (x < s.length() && x - e < 200 && !boundary(s.text, x)) {
      x++;
    }
    return x;
  }

  private static boolean boundary(String t, int i) {
    char c = t.charAt(i);
    return c == '\n' || c == ';' || c == '.' && (i + 1 == t.length() || t.charAt(i + 1) == ' ')
        && !(i >= 3 && Character.isUpperCase(t.charAt(i - 3)) && t.charAt(i - 4 < 0 ? 0 : i - 4) == ' ');
  }
}
