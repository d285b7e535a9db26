package org.dateline.rules.time.en;

import java.util.Set;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.ClockTime;

/**
 * Recognises the times a page stamps, not its story: an update stamp ("Updated 14:32 GMT"), a live page's entry time
 * ("16:05 GMT - The envoy has arrived") and a listing's weekday heading ("FRIDAY: The quiz show returns"). Stateless
 * and thread-safe.
 */
final class PageStamps {
  private PageStamps() {}

  /** Words that stamp a page with its time: "Updated 14:32 GMT", "Last updated at 09:10", "Posted: Monday". */
  private static final Set<String> STAMPS = Set.of("updated", "published", "posted");

  /** An agency's credit of a photograph, which ends a caption: "(AP Photo/Jane Doe)", "(Reuters photo)". */
  private static final java.util.regex.Pattern PHOTO_CREDIT = java.util.regex.Pattern.compile(
      "\\(\\s{0,2}(?:ap|afp|aap|epa|pa|dpa|upi|ani|pti|reuters|xinhua|bloomberg)\\s{1,3}photo\\b"
      + "|\\(\\s{0,2}(?:[a-z]{2,20}\\s{1,3}){0,2}\\/?\\s{0,2}getty\\s{1,3}images\\b");
  /** How far after a date a caption's credit is looked for. */
  private static final int CAPTION_REACH = 160;

  /**
   * Whether the date stands in a photograph's caption, its credit after it on the same line: a caption tells in the
   * present what the picture shows, which has happened ("Protesters gather outside parliament on Saturday. (AP
   * Photo)").
   */
  static boolean caption(Scan s, Candidate c) {
    int end = Math.min(s.length(), c.end() + CAPTION_REACH);
    int line = s.lower.indexOf('\n', c.end());
    end = line >= 0 && line < end ? line : end;
    return (WordRuns.occurs(s.lower, "photo", c.end(), end) || WordRuns.occurs(s.lower, "getty", c.end(), end))
        && PHOTO_CREDIT.matcher(s.lower).region(c.end(), end).find();
  }

  /**
   * Whether a weekday in capitals opens its sentence with a colon after it ("FRIDAY: The quiz show returns with a new
   * host"): a listing's heading, the day the entries under it are on, on or after publication.
   */
  static boolean listingHeading(Scan s, Candidate c) {
    int b = c.begin();
    int e = c.end();
    if (!(c.expression() instanceof TemporalExpression.Weekday) || e >= s.length() || s.text.charAt(e) != ':' || e - b < 6) {
      return false;
    }
    for (int i = b; i < e; i++) {
      if (!Character.isUpperCase(s.text.charAt(i))) {
        return false;
      }
    }
    int i = WordRuns.endBeforeSpaces(s.text, 0, b);
    if (!(i == 0 || ".!?\n".indexOf(s.text.charAt(i - 1)) >= 0)) {
      return false;
    }
    // an entry that opens by telling who said what is a dated report, not a listing: "SUNDAY: Police said two men
    // were arrested" (a listing's entry may tell a past in passing: "a prequel to the novel that spawned a film")
    int to = Math.min(s.length(), e + HEADING_ENTRY);
    for (int i2 = e + 1; i2 < to; i2++) {
      if (".!?\n".indexOf(s.lower.charAt(i2)) >= 0) {
        break;
      }
      if (Character.isLetter(s.lower.charAt(i2)) && !Character.isLetter(s.lower.charAt(i2 - 1))) {
        int we = WordRuns.wordEnd(s.lower, i2, s.length());
        if (Tense.SAYING.contains(s.lower, i2, we)) {
          return false;
        }
      }
    }
    return true;
  }

  /** How far after a listing's heading its entry's opening is read for a verb of saying. */
  private static final int HEADING_ENTRY = 40;

  /**
   * Whether a stamp word that opens a line stands just before {@code begin}, maybe with "at", "on" or a colon
   * between: a page's stamp tells no story in the past, and an update stamped after the first publication is still
   * of its day ("The rules were updated at 14:32" is a sentence, in the past).
   */
  static boolean stamped(Scan s, int begin) {
    int e = begin;
    for (int words = 0; words < 2; words++) {
      while (e > 0 && (s.lower.charAt(e - 1) == ' ' || s.lower.charAt(e - 1) == ':')) {
        e--;
      }
      int b = e;
      while (b > 0 && Character.isLetter(s.lower.charAt(b - 1)) && e - b < 12) {
        b--;
      }
      String w = s.lower.substring(b, e);
      if (STAMPS.contains(w)) {
        return opensLine(s, s.wordBefore(b).equals("last") || s.wordBefore(b).equals("first")
            ? s.lower.lastIndexOf(s.wordBefore(b), b) : b);
      }
      if (!w.equals("at") && !w.equals("on")) {
        return false;
      }
      e = b;
    }
    return false;
  }

  /**
   * Whether a clock time with no day is a page's time, not the story's: a stamp ("Updated 11:05 GMT") or a live
   * entry's time. It is of the page's day, whatever day the story named before it.
   */
  static boolean pageTime(Scan s, Candidate c) {
    return c.expression() instanceof ClockTime t && t.day().isEmpty()
        && (stamped(s, c.begin()) || entryTime(s, c) && zoned(s, c));
  }

  /**
   * Whether a clock time names its zone ("13:20 GMT", "16:20 local", "9:05 ET"), as a live page stamps its entries;
   * a story's own timeline of an evening ("10:03 PM - the first officers arrived", "6:57 p.m. Less than three minutes
   * later") names none, and its times stay on the story's day.
   */
  private static boolean zoned(Scan s, Candidate c) {
    int end = c.end();
    int k = WordRuns.letterRunStart(s.text, c.begin(), end);
    String last = s.text.substring(k, end);
    return last.equalsIgnoreCase("local") || last.equalsIgnoreCase("time") && s.lower.startsWith("local", Math.max(0, k - 6))
        || last.length() >= 2 && last.length() <= 5 && last.chars().allMatch(Character::isUpperCase) && last.endsWith("T");
  }

  /**
   * Whether a clock time opens a line and a colon or a dash follows it, as a live page times each entry ("16:05 GMT -
   * The envoy has arrived"), or, written with a colon, the entry's first capitalised word ("... in Lviv. 16:05 GMT The
   * envoy has arrived"): the entry's time, of the page's day even after its first publication.
   */
  static boolean entryTime(Scan s, Candidate c) {
    if (!(c.expression() instanceof ClockTime t) || t.day().isPresent() || !opensLine(s, c.begin())) {
      return false;
    }
    int i = c.end();
    while (i < s.length() && s.lower.charAt(i) == ' ') {
      i++;
    }
    if (s.lower.startsWith("local", i) && (s.lower.startsWith(" -", i + 5) || s.lower.startsWith(" \u2013", i + 5)
        || s.lower.startsWith(" \u2014", i + 5) || s.lower.startsWith(":", i + 5))) {
      i = s.lower.charAt(i + 5) == ':' ? i + 5 : i + 6; // "14:05 local - Sirens sounded": the entry's local time
    }
    return i < s.length() && (":-\u2013\u2014".indexOf(s.lower.charAt(i)) >= 0
        || i > c.end() && Character.isUpperCase(s.text.charAt(i)) && s.text.indexOf(':', c.begin()) > c.begin()
        && s.text.indexOf(':', c.begin()) < c.end() && zoned(s, c));
  }

  /** Whether {@code pos} opens the text, a line or a stamp after a separator ("| Updated"), not a sentence's verb. */
  private static boolean opensLine(Scan s, int pos) {
    int i = WordRuns.endBeforeSpaces(s.lower, 0, pos);
    return i == 0 || "\n|\u2022-\u2014.".indexOf(s.lower.charAt(i - 1)) >= 0;
  }
}
