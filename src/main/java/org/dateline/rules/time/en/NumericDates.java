package org.dateline.rules.time.en;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeValue;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.MonthDay;

/**
 * Reads dates written in digits: "2026-03-10T14:02Z", "2026/11/18", "26/11/2026" (day or month first, or left to the
 * resolver), "21-11-2026", "18.11.2026", "on 26.11.", a date of birth "(14.02.95)" and "11-26-26 1405EST", with the
 * clock time some carry. Stateless and thread-safe.
 */
final class NumericDates {
  private NumericDates() {}

  /** Words before a yearless dotted day that take a day: "on 26.11.", "adjourned to 18.03.". */
  private static final Pattern DOTTED_DAY_BEFORE = Pattern.compile(
      "\\b(?:on|by|to|until|till|from|before|after|since)\\s{1,3}$");

  /** An age after a comma or "aged", then a bracket, just before a date of birth: "Jon Smith, 31 (", "aged 31 (". */
  private static final Pattern AGE_BRACKET = Pattern.compile("(?:,|\\baged)\\s{1,2}\\d{1,3}\\s{1,2}\\($");

  /** Whether a dotted day stands alone in brackets right after an age: "Jon Smith, 31 (14.02.95)". */
  static boolean birthInBrackets(Matcher m, Scan s) {
    return m.end() < s.length() && s.charAt(m.end()) == ')'
        && AGE_BRACKET.matcher(s.lower).region(Math.max(0, m.start() - 14), m.start()).find();
  }

  /** Reads a day and month written with dots and no year ("on 26.11.") after a word that takes a day. */
  static TemporalExpression dottedDay(Matcher m, Scan s) {
    char b = s.charBefore(m.start());
    if (b == '.' || Character.isLetterOrDigit(b)
        || !DOTTED_DAY_BEFORE.matcher(s.lower).region(Math.max(0, m.start() - 8), m.start()).find()) {
      return null;
    }
    int mo = Integer.parseInt(m.group("mo"));
    int day = Integer.parseInt(m.group("d"));
    if (mo < 1 || mo > 12 || day < 1 || day > Month.of(mo).maxLength()) {
      return null;
    }
    return new MonthDay(Month.of(mo), day, OptionalInt.empty());
  }

  /** The day of a numeric date's groups "y", "mo" and "d", or empty if there is no such day ("2026-02-30"). */
  private static Optional<LocalDate> day(Matcher m) {
    return day(CalendarRules.fullYear(m.group("y")), Integer.parseInt(m.group("mo")), Integer.parseInt(m.group("d")));
  }

  /** The day of a numeric date's groups "y", "mo" and "d" as a value, or null if there is no such day. */
  static TemporalExpression explicitDay(Matcher m) {
    return day(m).map(d -> (TemporalExpression) new Explicit(TimeValue.ofDay(d))).orElse(null);
  }

  /** The day {@code y}-{@code mo}-{@code d}, or empty if there is no such day. */
  private static Optional<LocalDate> day(int y, int mo, int d) {
    if (mo < 1 || mo > 12 || d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(y, mo, d));
  }

  /** A numeric date with an optional clock time in groups "h", "mi" and "s". */
  static TemporalExpression numeric(Matcher m, Scan s) {
    Optional<LocalDate> day = day(m);
    if (day.isEmpty()) {
      return null;
    }
    TemporalExpression date = new Explicit(TimeValue.ofDay(day.get()));
    return m.group("h") == null ? date : clockOn(date, m);
  }

  /**
   * A police log's number and "of" just before its day, as British and Irish forces ask witnesses to quote it: "quote
   * reference 2041 of 02/11/26", "log 0459 of 12/11/2026". Such a day is written day first, wherever the report was
   * published.
   */
  private static final Pattern POLICE_LOG = Pattern.compile(
      "\\b(?:log|reference|ref|incident|occurrence|serial|crime)(?:\\s{1,3}(?:no\\.?|number))?\\s{1,3}\\d{1,6}\\s{1,3}of\\s{1,3}$");

  /**
   * Reads a date written with slashes. A number over 12 tells which is the day ("26/11/2026", "11/26/2026"); two
   * that could each be the month ("05/11/2026") are left to the resolver, which reads them as the report's
   * country writes ({@link TemporalExpression.NumericDay}), unless a police log's number comes before it.
   */
  static TemporalExpression slashed(Matcher m, Scan s) {
    int a = Integer.parseInt(m.group("mo"));
    int b = Integer.parseInt(m.group("d"));
    int y = CalendarRules.fullYear(m.group("y"));
    TemporalExpression day;
    boolean logged = POLICE_LOG.matcher(s.lower).region(Math.max(0, m.start() - 40), m.start()).find();
    if (a >= 1 && a <= 12 && b >= 1 && b <= 12 && a != b && !logged) {
      day = new TemporalExpression.NumericDay(a, b, y);
    } else {
      Optional<LocalDate> date = a <= 12 && !logged ? day(y, a, b) : day(y, b, a);
      if (date.isEmpty()) {
        return null;
      }
      day = new Explicit(TimeValue.ofDay(date.get()));
    }
    return m.group("h") == null ? day : clockOn(day, m);
  }

  /** The clock time of groups "h", "mi" and "s" on {@code day}, or null past 23 hours. */
  private static TemporalExpression clockOn(TemporalExpression day, Matcher m) {
    int h = Integer.parseInt(m.group("h"));
    int sec = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
    return h > 23 ? null : new ClockTime(Optional.of(day), LocalTime.of(h, Integer.parseInt(m.group("mi")), sec));
  }

  /** Reads "11-26-26" and its clock time "1405EST", a month first as wire stamps write it. */
  static TemporalExpression dashed(Matcher m, Scan s) {
    Optional<LocalDate> date = day(m);
    if (date.isEmpty()) {
      return null;
    }
    TemporalExpression day = new Explicit(TimeValue.ofDay(date.get()));
    String hm = m.group("hm");
    if (hm == null) {
      return day;
    }
    int h = Integer.parseInt(hm.substring(0, 2));
    int mi = Integer.parseInt(hm.substring(2));
    return h > 23 ? day : new ClockTime(Optional.of(day), LocalTime.of(h, mi));
  }
}
