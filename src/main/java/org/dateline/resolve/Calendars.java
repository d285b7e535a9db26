package org.dateline.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.dateline.model.Granularity;
import org.dateline.model.PartOfDay;
import org.dateline.model.Season;
import org.dateline.model.TimeValue;

/** Calendar arithmetic shared by the resolver's cases. */
final class Calendars {
  private Calendars() {}

  /**
   * Whether news written in {@code zone} puts the day before the month in a numeric date ("05/11/2026" is 5
   * November): as Europe, Africa, Asia and Oceania write it. The Americas, the Philippines and UTC, the zone of
   * wire copy and of a report whose zone is unknown, put the month first, as US news does; a bare offset is
   * read by its sign (east of Greenwich writes the day first).
   */
  static boolean writesDayFirst(java.time.ZoneId zone) {
    if (zone instanceof java.time.ZoneOffset o) {
      return o.getTotalSeconds() > 0;
    }
    String id = zone.getId();
    return !MONTH_FIRST_ZONES.matcher(id).lookingAt();
  }

  private static final java.util.regex.Pattern MONTH_FIRST_ZONES = java.util.regex.Pattern.compile(
      "America/|US/|Canada/|Etc/|UTC|UCT|GMT|Zulu|Universal|Greenwich|Asia/Manila|Pacific/Honolulu|EST|MST|PST|CST");

  /**
   * Returns the day of Independence Day in the country a report's zone tells: 15 August in India (Asia/Kolkata, or
   * the offset +05:30 it alone uses in news), 14 August in Pakistan (Asia/Karachi, or +05:00, whose English news is
   * mostly Pakistan's), 12 June in the Philippines
   * (Asia/Manila), 1 October in Nigeria (Africa/Lagos), 6 March in Ghana (Africa/Accra), 17 August in Indonesia
   * (Asia/Jakarta), else 4 July.
   */
  static java.time.MonthDay independenceDay(java.time.ZoneId zone) {
    String id = zone.getId();
    if (id.equals("Asia/Kolkata") || id.equals("Asia/Calcutta") || id.equals("+05:30")) {
      return java.time.MonthDay.of(8, 15);
    }
    return INDEPENDENCE_DAYS.getOrDefault(id.equals("+05:00") ? "Asia/Karachi" : id, java.time.MonthDay.of(7, 4));
  }

  /** Independence Day by a country's zone, besides India's. */
  private static final java.util.Map<String, java.time.MonthDay> INDEPENDENCE_DAYS = java.util.Map.of(
      "Asia/Karachi", java.time.MonthDay.of(8, 14), "Asia/Manila", java.time.MonthDay.of(6, 12),
      "Africa/Lagos", java.time.MonthDay.of(10, 1), "Africa/Accra", java.time.MonthDay.of(3, 6),
      "Asia/Jakarta", java.time.MonthDay.of(8, 17));

  static LocalDate previousOrSame(LocalDate d, DayOfWeek day) {
    return d.with(TemporalAdjusters.previousOrSame(day));
  }

  static LocalDate nextOrSame(LocalDate d, DayOfWeek day) {
    return d.with(TemporalAdjusters.nextOrSame(day));
  }

  /** Returns the value of granularity {@code unit} that contains {@code d}. */
  static TimeValue containing(Unit unit, LocalDate d) {
    switch (unit) {
      case DAY: return TimeValue.ofDay(d);
      case WEEK: return TimeValue.ofWeekContaining(d);
      case WEEKEND: {
        TimeValue w = TimeValue.ofWeekContaining(d);
        return TimeValue.parse(w.value() + "-WE");
      }
      case MONTH: return TimeValue.ofMonth(YearMonth.from(d));
      case QUARTER: return TimeValue.ofQuarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
      case HALF: return TimeValue.ofHalf(d.getYear(), (d.getMonthValue() - 1) / 6 + 1);
      case YEAR: return TimeValue.ofYear(d.getYear());
      case DECADE: return TimeValue.ofDecadeContaining(d.getYear());
      case CENTURY: return TimeValue.ofCenturyContaining(d.getYear());
      default: return TimeValue.ofDay(d);
    }
  }

  static LocalDate plus(LocalDate d, long amount, Unit unit) {
    if (unit == Unit.MINUTE || unit == Unit.HOUR) {
      return d;
    }
    return d.plus(amount * unit.multiple(), unit.chronoUnit());
  }

  /**
   * Returns {@code v} moved by {@code amount} units, at its own granularity: 1989-Q3 a year earlier is
   * 1988-Q3. Empty if the value has no calendar interval or is coarser than the unit.
   */
  static java.util.Optional<TimeValue> shift(TimeValue v, int amount, Unit unit) {
    if (v.isVague() || v.granularity().compareTo(unit.granularity()) > 0) {
      return java.util.Optional.empty();
    }
    LocalDateTime start = v.localStart().orElseThrow();
    LocalDateTime moved = unit == Unit.HOUR || unit == Unit.MINUTE
        ? start.plus(amount, unit.chronoUnit()) : start.plus((long) amount * unit.multiple(), unit.chronoUnit());
    return java.util.Optional.of(sameGranularity(v, moved));
  }

  private static TimeValue sameGranularity(TimeValue v, LocalDateTime t) {
    Granularity g = v.granularity();
    switch (g) {
      case TIME: return TimeValue.ofTime(t);
      case PART_OF_DAY: {
        String code = v.value().substring(v.value().length() - 2);
        return TimeValue.ofPartOfDay(t.toLocalDate(), PartOfDay.ofCode(code));
      }
      case SEASON: return TimeValue.ofSeason(t.getYear(), Season.ofCode(v.value().substring(5)));
      default: return containing(unitOf(g), t.toLocalDate());
    }
  }

  /** Returns Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    return LocalDate.of(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
  }

  static Unit unitOf(Granularity g) {
    for (Unit u : Unit.values()) {
      if (u.granularity() == g && u != Unit.MINUTE && u != Unit.HOUR) {
        return u;
      }
    }
    return Unit.DAY;
  }
}
