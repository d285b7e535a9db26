package org.dateline.rules.time.en;

import java.util.Set;

/**
 * A cheap test that spares the rules most word starts: a common word ("the", "a", "six") or a plain number
 * starts a temporal expression only if a temporal word (a unit, month, weekday, "ago", "past", ...) follows
 * within a few words. The words are looked up once per text, in {@link Words}.
 */
final class Gate {
  private static final int REACH = 40;
  static final Set<String> GATED = Set.of("the", "a", "an", "that", "some", "several", "few", "many", "this",
      "last", "next", "fiscal", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "twenty",
      "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "every", "each",
      "earlier", "later", "year", "comparable");
  static final Set<String> TEMPORAL = Set.of("minute", "minutes", "hour", "hours", "day", "days", "week",
      "weeks", "fortnight", "fortnights", "weekend", "weekends", "month", "months", "quarter", "quarters", "half",
      "year", "years", "decade", "decades", "century", "centuries", "ago", "earlier", "later", "past", "future",
      "present", "term", "period",
      "morning", "afternoon", "evening", "night", "spring", "summer", "fall", "autumn", "winter", "nineteen", "full", "end",
      "thousand", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec", "s", "st", "nd", "rd", "th", "of", "am", "pm",
      "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "bst", "cet", "msk", "coming", "same", "next",
      "following", "previous", "current", "latest", "recent", "near", "short", "before", "after", "while", "time");

  private Gate() {}

  /** Returns whether the rules should be tried at word start {@code pos}. */
  static boolean worthTrying(String lower, int pos, Words words) {
    char c = lower.charAt(pos);
    if (Character.isDigit(c)) {
      int e = pos;
      while (e < lower.length() && Character.isDigit(lower.charAt(e))) {
        e++;
      }
      char after = e < lower.length() ? lower.charAt(e) : ' ';
      if (e - pos == 4 || e - pos == 8 || after == ':' || after == '/' || after == '-' || after == '\'' || after == '.'
          || after == 'a' || after == 'p' || after == 'q' || after == 'h' || e + 1 < lower.length() && after == ' '
          && (lower.charAt(e + 1) == 'a' || lower.charAt(e + 1) == 'p')) {
        return true;
      }
      return words.nextTemporal(e) - e <= REACH;
    }
    if (!Character.isLetter(c)) {
      return true;
    }
    if (!words.gated(pos)) {
      return true;
    }
    int e = pos;
    while (e < lower.length() && Character.isLetter(lower.charAt(e))) {
      e++;
    }
    // "last Thanksgiving", "this Christmas": "last", "next" or "this" before a word that starts a rule of its own, as
    // a name of a day
    int next = e + 1;
    if (e - pos == 4 && next < lower.length() && lower.charAt(e) == ' ' && Character.isLetter(lower.charAt(next))
        && (lower.startsWith("last", pos) || lower.startsWith("next", pos) || lower.startsWith("this", pos))
        && !words.gated(next) && java.util.Arrays.binarySearch(words.ruleStarts, next) >= 0) {
      return true;
    }
    return words.nextTemporal(e) - e <= REACH;
  }
}
