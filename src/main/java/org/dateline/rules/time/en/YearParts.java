package org.dateline.rules.time.en;

import java.time.Month;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeValue;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.YearPart;
import org.dateline.resolve.Unit;

/**
 * Reads quarters and halves of a year: "Q3 2026", "3Q26", "the second half of 2025", "the April-June quarter", "the
 * September quarter", "the last half of next year"; a half or quarter of a game is none. Stateless and thread-safe.
 */
final class YearParts {
  private YearParts() {}

  /**
   * Words of a game near a bare half or quarter, which is then the game's ("scored twice in the second half",
   * "trailed in the fourth quarter"), not the year's.
   */
  private static final WordSet GAME = new WordSet(Set.of("scored", "scoring", "scores", "goal", "goals",
      "match", "game", "games", "minute", "minutes", "penalty", "striker", "halftime", "half-time", "touchdown",
      "touchdowns", "equaliser", "equalizer", "header", "innings", "quarterback", "referee", "whistle", "substitute",
      "rebounds", "three-pointer"));
  /** How far around a bare half or quarter a word of a game is looked for. */
  private static final int GAME_WINDOW = 120;

  /**
   * A quarter or half written as business news codes it, capitalized: "Q3", "Q3 2026", "H1 2026". A
   * half needs its year ("H1" alone is as often a visa or a virus).
   */
  static TemporalExpression periodCode(Matcher m, Scan s) {
    boolean half = m.group("u").equals("h");
    int i = Integer.parseInt(m.group("o"));
    OptionalInt y = CalendarRules.year(m, "y");
    if (!s.isUpper(m.start()) || half && (i > 2 || y.isEmpty())) {
      return null;
    }
    Unit u = half ? Unit.HALF : Unit.QUARTER;
    if (y.isPresent()) {
      return part(half, y.getAsInt(), i);
    }
    return new YearPart(u, i, y);
  }

  /** Whether a word of a game stands in {@code s.lower[from, to)}: one look-up a word, no pattern. */
  private static boolean gameNear(Scan s, int from, int to) {
    char[] c = s.lowerChars;
    int i = from;
    while (i < to) {
      while (i < to && !(Character.isLetter(c[i]))) {
        i++;
      }
      int b = i;
      while (i < to && (Character.isLetter(c[i]) || c[i] == '-')) {
        i++;
      }
      if (i > b && (b == 0 || !Character.isLetter(c[b - 1])) && GAME.contains(s.lower, b, i)) {
        return true;
      }
    }
    return false;
  }

  /** After a bare half or quarter that no year follows: a part of another span of time ("of the week"). */
  private static final Pattern OF_OTHER = Pattern.compile("\\s{1,3}of\\s{1,3}(?:(?:the|this|that|next|last|its)\\s{1,3})?"
      + "(?:week|weekend|month|day|night|season|term|decade|century|january|february|march|april|may|june|july"
      + "|august|september|october|november|december)\\b");

  /**
   * Reads "the second quarter of 2026", "the first half", "the third quarter of last year"; not a game's half or a
   * week's.
   */
  static TemporalExpression yearPart(Matcher m, Scan s) {
    Unit u = m.group("u").equals("quarter") ? Unit.QUARTER : Unit.HALF;
    int i = Lexicon.ordinal(m.group("o"));
    if (u == Unit.HALF && i > 2) {
      return null;
    }
    if (m.group().startsWith("the") && m.group().contains("-") && !m.group().contains("fiscal-")) {
      return null;
    }
    if (m.group("r") != null) {
      return new TemporalExpression.RelativeYearPart(u, i, RelativeRules.offset(m.group("r")));
    }
    OptionalInt y = CalendarRules.year(m, "y");
    y = y.isPresent() ? y : CalendarRules.year(m, "y2");
    y = y.isPresent() ? y : CalendarRules.year(m, "y0");
    if (y.isPresent()) {
      return part(u == Unit.HALF, y.getAsInt(), i);
    }
    if (gameNear(s, Math.max(0, m.start() - GAME_WINDOW), Math.min(s.lower.length(), m.end() + GAME_WINDOW))) {
      return null;
    }
    if (OF_OTHER.matcher(s.lower).region(m.end(), s.length()).lookingAt()) {
      return null; // "the second half of the week" is the week's, told by the week's own mention
    }
    return new YearPart(u, i, y);
  }

  /**
   * Reads a quarter or half named by its first and last months, as business news in India and Japan writes it:
   * "the April-June quarter" (Q2), "the July-December half" (H2). Months that are no calendar quarter or half
   * ("the April-September half" of a fiscal year) are left to the month rules. A "period" is either, by the months
   * it spans ("the July-to-September period").
   */
  static TemporalExpression monthsPart(Matcher m, Scan s) {
    Month first = Lexicon.month(m.group("m").trim());
    Month last = Lexicon.month(m.group("m2").trim());
    if (first == null || last == null) {
      return null;
    }
    // "the July-to-September period" is a quarter, "the January-June period" a half, by the months it spans
    String unit = m.group("u");
    boolean quarter = unit.equals("quarter") || unit.equals("period") && last.getValue() - first.getValue() == 2;
    int months = quarter ? 3 : 6;
    if ((first.getValue() - 1) % months != 0
        || last.getValue() - first.getValue() != months - 1 || !MonthDates.plausibleMonth(m, s)) {
      return null;
    }
    int index = (first.getValue() - 1) / months + 1;
    OptionalInt y = CalendarRules.year(m, "y");
    Unit u = quarter ? Unit.QUARTER : Unit.HALF;
    if (y.isPresent()) {
      return part(!quarter, y.getAsInt(), index);
    }
    return new YearPart(u, index, y);
  }

  /**
   * Reads a quarter or half named by the month it ends in: "the September quarter" (Q3), "the December quarter"
   * (Q4), "the June half" (H1), "the December 2026 half" (2026-H2), "March-quarter sales" (Q1).
   */
  static TemporalExpression endingMonthPart(Matcher m, Scan s) {
    Month month = Lexicon.month(m.group("m"));
    boolean half = m.group("u").equals("half");
    if (month == null || !MonthDates.plausibleMonth(m, s) || half && month != Month.JUNE && month != Month.DECEMBER
        || m.start() == m.start("m") && s.charAt(m.end("m")) != '-' && (half || !beforeNoun(s, m.end()))) {
      // "December quarter" without "the" or a hyphen is as often the quarter of a December, but not before the noun it
      // dates: "September quarter inflation figures", "March quarter GDP"
      return null;
    }
    int index = month.getValue() / (half ? 6 : 3);
    OptionalInt y = CalendarRules.year(m, "y");
    if (y.isPresent()) {
      return part(half, y.getAsInt(), index);
    }
    return new YearPart(half ? Unit.HALF : Unit.QUARTER, index, y);
  }

  /** Words after a bare "<month> quarter" that make it no period of a year: "the March quarter of". */
  private static final WordSet NOT_DATED_AFTER = new WordSet(java.util.Set.of("of", "final", "finals", "finalist",
      "finalists", "and", "or", "to", "in", "on", "at", "for", "by", "from", "with", "is", "was", "will"));

  /**
   * Whether a word of small letters that is no preposition or verb, or an acronym ("GDP", "CPI"), follows {@code end}:
   * a noun the quarter dates.
   */
  private static boolean beforeNoun(Scan s, int end) {
    if (end + 1 >= s.length() || s.text.charAt(end) != ' ' || !Character.isLetter(s.text.charAt(end + 1))) {
      return false;
    }
    int we = WordRuns.wordEnd(s.lower, end + 1, Math.min(s.length(), end + 16));
    if (Character.isUpperCase(s.text.charAt(end + 1))) {
      return we - end - 1 >= 2 && we - end - 1 <= 5 && s.text.substring(end + 1, we).chars().allMatch(Character::isUpperCase);
    }
    return !NOT_DATED_AFTER.contains(s.lower, end + 1, we);
  }

  /** Reads "3Q26" (2026-Q3) and "1H 2027" (2027-H1), capitalised; a half is 1H or 2H. */
  static TemporalExpression ordinalPeriodCode(Matcher m, Scan s) {
    int i = Integer.parseInt(m.group("o"));
    boolean half = m.group("u").equals("h");
    if (!s.isUpper(m.start("u")) || half && i > 2) {
      return null;
    }
    int y = CalendarRules.fullYear(m.group("y"));
    return part(half, y, i);
  }

  /**
   * Reads "the last half of 1989" (H2), "the back half of the year" (H2, "the front half" H1), "the final quarter of 1989" (Q4), "the first two quarters of 1990" (H1), and
   * the same of a year told from publication ("the final quarter of the year", "the last half of next year"). Months
   * that make a quarter or a half are one: "the first three months of the year" (Q1), "the last six months of 2025" (H2).
   */
  static TemporalExpression endPart(Matcher m, Scan s) {
    String o = m.group("o");
    boolean first = o.equals("first") || o.equals("front");
    boolean two = m.group("two") != null;
    String u = m.group("mo") == null ? m.group("u") : m.group("mo").equals("three") ? "quarter" : "half";
    if ((o.equals("back") || o.equals("front")) && !"half".equals(m.group("u"))) {
      return null; // "the back half of the year" is its second half; no quarter is told so
    }
    if (o.equals("front")) {
      return yearHalf(m, 1);
    }
    if (m.group("mo") == null && (two != u.equals("quarters") || first && !two)) {
      return null; // "the first quarter of" is the ordinal rule's
    }
    Unit unit = u.equals("quarter") ? Unit.QUARTER : Unit.HALF;
    int index = first ? 1 : u.equals("quarter") ? 4 : 2;
    if (m.group("r") != null) {
      return new TemporalExpression.RelativeYearPart(unit, index, RelativeRules.offset(m.group("r")));
    }
    int y = Integer.parseInt(m.group("y"));
    return part(unit == Unit.HALF, y, index);
  }

  /** The half {@code index} of the year an {@link #endPart} match names. */
  private static TemporalExpression yearHalf(Matcher m, int index) {
    if (m.group("r") != null) {
      return new TemporalExpression.RelativeYearPart(Unit.HALF, index, RelativeRules.offset(m.group("r")));
    }
    return part(true, Integer.parseInt(m.group("y")), index);
  }

  /** The half ({@code half}) or the quarter {@code index} of the year {@code y}. */
  private static TemporalExpression part(boolean half, int y, int index) {
    return new Explicit(half ? TimeValue.ofHalf(y, index) : TimeValue.ofQuarter(y, index));
  }
}
