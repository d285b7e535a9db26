package org.dateline.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date or time as a calendar value with a granularity, as a news reader understands it:
 * "yesterday" is the day {@code 2026-03-10}, not midnight; "last year" is the year {@code 2025}.
 *
 * <p>The canonical text is the TimeML TIMEX3 {@code value} ({@code 2026-03-10}, {@code 2026-W10},
 * {@code 2025-SU}, {@code 199}, {@code PAST_REF}, ...), written by {@link #toString()} and read
 * back by {@link #parse}. A value is zone-free: {@link #interval(ZoneId)} places it on the time
 * line in a report's zone as a half-open interval. Vague values ({@code PAST_REF} and its kin)
 * have no interval of their own.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeValue {
  private static final int MIN_YEAR = 0;
  private static final int MAX_YEAR = 9999;
  private static final Pattern TIMEX = Pattern.compile(
      "(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2})(?:T(?:(\\d{2}):(\\d{2})(?::(\\d{2}))?|(MO|MI|AF|DT|EV|NI)))?)?"
          + "|W(\\d{2})(-WE)?|Q([1-4])|H([12])|(SP|SU|FA|WI)))?"
          + "|(\\d{3})|(\\d{2})");

  private final Granularity granularity;
  private final String value;
  private final LocalDateTime start;
  private final LocalDateTime end;

  private TimeValue(Granularity granularity, String value, LocalDateTime start, LocalDateTime end) {
    this.granularity = granularity;
    this.value = value;
    this.start = start;
    this.end = end;
  }

  /**
   * Returns a clock time, precise to the minute, or to the second where {@code dateTime} has seconds.
   *
   * @param dateTime the local date and time, not null; nanoseconds are dropped
   * @return the value, such as {@code 2026-03-10T19:26}
   * @throws IllegalArgumentException if the year is outside 0 to 9999
   */
  public static TimeValue ofTime(LocalDateTime dateTime) {
    requireNonNull(dateTime, "dateTime");
    checkYear(dateTime.getYear());
    boolean seconds = dateTime.getSecond() != 0;
    LocalDateTime s = dateTime.truncatedTo(seconds ? ChronoUnit.SECONDS : ChronoUnit.MINUTES);
    StringBuilder text = new StringBuilder(19).append(ymd(s.toLocalDate())).append('T');
    pad(text, s.getHour(), 2).append(':');
    pad(text, s.getMinute(), 2);
    if (seconds) {
      pad(text.append(':'), s.getSecond(), 2);
    }
    return new TimeValue(Granularity.TIME, text.toString(), s, s.plus(1, seconds ? ChronoUnit.SECONDS : ChronoUnit.MINUTES));
  }

  /**
   * Returns the midnight that closes a day, as TimeML writes "midnight Friday": hour 24 of that day, the same instant
   * as the next day's first minute.
   *
   * @param date the day it closes, not null
   * @return the value, such as {@code 2026-03-10T24:00}
   * @throws IllegalArgumentException if the year is outside 0 to 9999
   */
  public static TimeValue ofEndOfDay(LocalDate date) {
    requireNonNull(date, "date");
    checkYear(date.getYear());
    LocalDateTime s = date.plusDays(1).atStartOfDay();
    return new TimeValue(Granularity.TIME, ymd(date) + "T24:00", s, s.plusMinutes(1));
  }

  /**
   * Returns a part of a day, such as Tuesday evening.
   *
   * @param date the day, not null
   * @param part the part of the day, not null
   * @return the value, such as {@code 2026-03-10TEV}
   * @throws IllegalArgumentException if the year is outside 0 to 9999
   */
  public static TimeValue ofPartOfDay(LocalDate date, PartOfDay part) {
    requireNonNull(date, "date");
    requireNonNull(part, "part");
    checkYear(date.getYear());
    LocalDateTime s = date.atTime(part.start());
    LocalDateTime e = part.end().isAfter(part.start()) ? date.atTime(part.end()) : date.plusDays(1).atTime(part.end());
    return new TimeValue(Granularity.PART_OF_DAY, ymd(date) + "T" + part.code(), s, e);
  }

  /**
   * Returns a calendar day.
   *
   * @param date the day, not null
   * @return the value, such as {@code 2026-03-10}
   * @throws IllegalArgumentException if the year is outside 0 to 9999
   */
  public static TimeValue ofDay(LocalDate date) {
    requireNonNull(date, "date");
    checkYear(date.getYear());
    return new TimeValue(Granularity.DAY, ymd(date), date.atStartOfDay(), date.plusDays(1).atStartOfDay());
  }

  /**
   * Returns the ISO week (Monday to Sunday) that contains {@code date}.
   *
   * @param date any day of the week, not null
   * @return the value, such as {@code 2026-W10}
   * @throws IllegalArgumentException if the week-based year is outside 0 to 9999
   */
  public static TimeValue ofWeekContaining(LocalDate date) {
    requireNonNull(date, "date");
    return ofWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * Returns an ISO week.
   *
   * @param weekBasedYear the ISO week-based year, 0 to 9999
   * @param week the week of that year, 1 to 52 or 53
   * @return the value, such as {@code 2026-W10}
   * @throws IllegalArgumentException if the year or week is out of range
   */
  public static TimeValue ofWeek(int weekBasedYear, int week) {
    LocalDate monday = mondayOf(weekBasedYear, week);
    String text = pad(pad(new StringBuilder(8), weekBasedYear, 4).append("-W"), week, 2).toString();
    return new TimeValue(Granularity.WEEK, text, monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay());
  }

  /**
   * Returns the weekend (Saturday and Sunday) of an ISO week.
   *
   * @param weekBasedYear the ISO week-based year, 0 to 9999
   * @param week the week of that year, 1 to 52 or 53
   * @return the value, such as {@code 2026-W10-WE}
   * @throws IllegalArgumentException if the year or week is out of range
   */
  public static TimeValue ofWeekend(int weekBasedYear, int week) {
    LocalDate saturday = mondayOf(weekBasedYear, week).plusDays(5);
    return new TimeValue(Granularity.WEEKEND, String.format("%04d-W%02d-WE", weekBasedYear, week),
        saturday.atStartOfDay(), saturday.plusDays(2).atStartOfDay());
  }

  /**
   * Returns a calendar month.
   *
   * @param month the month, not null
   * @return the value, such as {@code 2026-02}
   * @throws IllegalArgumentException if the year is outside 0 to 9999
   */
  public static TimeValue ofMonth(YearMonth month) {
    requireNonNull(month, "month");
    checkYear(month.getYear());
    String text = pad(pad(new StringBuilder(7), month.getYear(), 4).append('-'), month.getMonthValue(), 2).toString();
    return new TimeValue(Granularity.MONTH, text, month.atDay(1).atStartOfDay(),
        month.plusMonths(1).atDay(1).atStartOfDay());
  }

  /**
   * Returns a season; winter {@code 2025-WI} runs from December 2025 to February 2026.
   *
   * @param year the year in which the season starts, 0 to 9999
   * @param season the season, not null
   * @return the value, such as {@code 2025-SU}
   * @throws IllegalArgumentException if the year is out of range
   */
  public static TimeValue ofSeason(int year, Season season) {
    requireNonNull(season, "season");
    checkYear(year);
    LocalDate s = LocalDate.of(year, season.firstMonth(), 1);
    return new TimeValue(Granularity.SEASON, String.format("%04d-%s", year, season.code()),
        s.atStartOfDay(), s.plusMonths(3).atStartOfDay());
  }

  /**
   * Returns a quarter of a year.
   *
   * @param year the year, 0 to 9999
   * @param quarter 1 to 4
   * @return the value, such as {@code 2026-Q1}
   * @throws IllegalArgumentException if the year or quarter is out of range
   */
  public static TimeValue ofQuarter(int year, int quarter) {
    checkYear(year);
    checkArgument(quarter >= 1 && quarter <= 4, "quarter must be 1 to 4: %s", quarter);
    LocalDate s = LocalDate.of(year, 3 * quarter - 2, 1);
    return new TimeValue(Granularity.QUARTER, String.format("%04d-Q%d", year, quarter),
        s.atStartOfDay(), s.plusMonths(3).atStartOfDay());
  }

  /**
   * Returns a half of a year.
   *
   * @param year the year, 0 to 9999
   * @param half 1 or 2
   * @return the value, such as {@code 2026-H1}
   * @throws IllegalArgumentException if the year or half is out of range
   */
  public static TimeValue ofHalf(int year, int half) {
    checkYear(year);
    checkArgument(half == 1 || half == 2, "half must be 1 or 2: %s", half);
    LocalDate s = LocalDate.of(year, 6 * half - 5, 1);
    return new TimeValue(Granularity.HALF, String.format("%04d-H%d", year, half),
        s.atStartOfDay(), s.plusMonths(6).atStartOfDay());
  }

  /**
   * Returns a calendar year.
   *
   * @param year the year, 0 to 9999
   * @return the value, such as {@code 2025}
   * @throws IllegalArgumentException if the year is out of range
   */
  public static TimeValue ofYear(int year) {
    checkYear(year);
    return new TimeValue(Granularity.YEAR, pad(new StringBuilder(4), year, 4).toString(),
        LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year + 1, 1, 1).atStartOfDay());
  }

  /**
   * Returns the decade that contains {@code year}: 1994 gives the 1990s, {@code 199}.
   *
   * @param year any year of the decade, 0 to 9999
   * @return the value
   * @throws IllegalArgumentException if the year is out of range
   */
  public static TimeValue ofDecadeContaining(int year) {
    checkYear(year);
    int first = year - year % 10;
    return new TimeValue(Granularity.DECADE, String.format("%03d", first / 10),
        LocalDate.of(first, 1, 1).atStartOfDay(), LocalDate.of(first + 10, 1, 1).atStartOfDay());
  }

  /**
   * Returns the century that contains {@code year}, as TimeML counts centuries: 1994 gives
   * {@code 19}, the years 1900 to 1999.
   *
   * @param year any year of the century, 0 to 9999
   * @return the value
   * @throws IllegalArgumentException if the year is out of range
   */
  public static TimeValue ofCenturyContaining(int year) {
    checkYear(year);
    int first = year - year % 100;
    return new TimeValue(Granularity.CENTURY, String.format("%02d", first / 100),
        LocalDate.of(first, 1, 1).atStartOfDay(), LocalDate.of(first + 100, 1, 1).atStartOfDay());
  }

  /** Returns the vague past, {@code PAST_REF}. */
  public static TimeValue past() {
    return new TimeValue(Granularity.PAST, "PAST_REF", null, null);
  }

  /** Returns the vague present, {@code PRESENT_REF}. */
  public static TimeValue present() {
    return new TimeValue(Granularity.PRESENT, "PRESENT_REF", null, null);
  }

  /** Returns the vague future, {@code FUTURE_REF}. */
  public static TimeValue future() {
    return new TimeValue(Granularity.FUTURE, "FUTURE_REF", null, null);
  }

  /**
   * Parses a TIMEX3 date or time value, as {@link #toString()} writes it.
   *
   * @param text such as {@code 2026-03-10}, {@code 2026-W10}, {@code 2026-03-10TNI}, {@code 199} or {@code PAST_REF}, not null
   * @return the value
   * @throws DateTimeParseException if the text is not such a value or names an impossible date
   */
  public static TimeValue parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    switch (s) {
      case "PAST_REF": return past();
      case "PRESENT_REF": return present();
      case "FUTURE_REF": return future();
      default: break;
    }
    Matcher m = TIMEX.matcher(s);
    if (!m.matches()) {
      throw new DateTimeParseException("not a TIMEX3 date or time value: '" + s + "'", s, 0);
    }
    try {
      return fromMatch(m);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new DateTimeParseException("impossible TIMEX3 value '" + s + "': " + e.getMessage(), s, 0, e);
    }
  }

  private static TimeValue fromMatch(Matcher m) {
    if (m.group(13) != null) {
      return ofDecadeContaining(Integer.parseInt(m.group(13)) * 10);
    }
    if (m.group(14) != null) {
      return ofCenturyContaining(Integer.parseInt(m.group(14)) * 100);
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return ofMonth(ym);
      }
      LocalDate date = ym.atDay(Integer.parseInt(m.group(3)));
      if ("24".equals(m.group(4)) && "00".equals(m.group(5)) && m.group(6) == null) {
        return ofEndOfDay(date);
      }
      if (m.group(4) != null) {
        int sec = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        TimeValue t = ofTime(date.atTime(LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), sec)));
        return t;
      }
      return m.group(7) != null ? ofPartOfDay(date, PartOfDay.ofCode(m.group(7))) : ofDay(date);
    }
    if (m.group(8) != null) {
      int week = Integer.parseInt(m.group(8));
      return m.group(9) != null ? ofWeekend(year, week) : ofWeek(year, week);
    }
    if (m.group(10) != null) {
      return ofQuarter(year, Integer.parseInt(m.group(10)));
    }
    if (m.group(11) != null) {
      return ofHalf(year, Integer.parseInt(m.group(11)));
    }
    if (m.group(12) != null) {
      return ofSeason(year, Season.ofCode(m.group(12)));
    }
    return ofYear(year);
  }

  /** Returns the granularity. */
  public Granularity granularity() {
    return granularity;
  }

  /** Returns the TIMEX3 value, the same text as {@link #toString()}. */
  public String value() {
    return value;
  }

  /** Returns whether this value is vague ({@code PAST_REF}, {@code PRESENT_REF}, {@code FUTURE_REF}). */
  public boolean isVague() {
    return granularity.isVague();
  }

  /** Returns the first local date-time of the value, inclusive; empty if it is vague. */
  public Optional<LocalDateTime> localStart() {
    return Optional.ofNullable(start);
  }

  /** Returns the local date-time after the value's end; empty if it is vague. */
  public Optional<LocalDateTime> localEndExclusive() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns the value's half-open interval in {@code zone}: "2026-03-10" in Moscow runs from
   * 2026-03-10T00:00+03:00 to 2026-03-11T00:00+03:00.
   *
   * @param zone the zone of the report, not null
   * @return the interval, or empty if the value is vague
   */
  public Optional<TimeInterval> interval(ZoneId zone) {
    requireNonNull(zone, "zone");
    if (start == null) {
      return Optional.empty();
    }
    return Optional.of(TimeInterval.of(start.atZone(zone), end.atZone(zone)));
  }

  /**
   * Returns whether this value lies inside {@code other} on the calendar, as 2026-03-10 lies inside 2026-W11.
   * A vague value encloses nothing and lies inside nothing.
   *
   * @param other the other value, not null
   * @return true if this value's local interval is inside the other's
   */
  public boolean isWithin(TimeValue other) {
    requireNonNull(other, "other");
    if (start == null || other.start == null) {
      return false;
    }
    return !start.isBefore(other.start) && !end.isAfter(other.end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeValue t && t.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the TIMEX3 value, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return value;
  }

  private static LocalDate mondayOf(int weekBasedYear, int week) {
    checkYear(weekBasedYear);
    LocalDate probe = LocalDate.of(weekBasedYear, 6, 1);
    long max = probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    checkArgument(week >= 1 && week <= max, "week must be 1 to %s in %s: %s", max, weekBasedYear, week);
    return probe.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
  }

  /** Returns the day as {@code yyyy-mm-dd}, in ASCII digits whatever the default locale; the year is 0 to 9999. */
  private static String ymd(LocalDate d) {
    StringBuilder sb = new StringBuilder(10);
    pad(sb, d.getYear(), 4).append('-');
    pad(sb, d.getMonthValue(), 2).append('-');
    return pad(sb, d.getDayOfMonth(), 2).toString();
  }

  /** Appends a non-negative number with leading zeros to {@code width} digits (this runs for every date found). */
  private static StringBuilder pad(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits);
  }

  private static void checkYear(int year) {
    checkArgument(year >= MIN_YEAR && year <= MAX_YEAR, "year must be 0 to 9999: %s", year);
  }
}
