package org.dateline.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.dateline.model.Granularity;
import org.dateline.model.Season;
import org.dateline.model.TimeValue;
import org.dateline.resolve.TemporalExpression.Ago;
import org.dateline.resolve.TemporalExpression.Anaphoric;
import org.dateline.resolve.TemporalExpression.MonthOfYear;

/**
 * Resolves expressions told from the last date the text mentioned, its anchor ("a day earlier",
 * "that winter", "the following March", "the previous Tuesday", "in the same period of 2019"),
 * and "ago", which a comparison with a recent period anchors; without an anchor, from publication or
 * unresolved with a reason. Stateless and thread-safe.
 */
final class AnchoredDates {
  private AnchoredDates() {}

  /**
   * Returns the unit containing the day so many units before publication; "a year ago" told beside a recent
   * month, quarter or half, that period a year before.
   */
  static Resolution ago(Ago a, LocalDate today, Optional<TimeValue> anchor) {
    // "earnings rose from $5 a year ago": in a comparison with a recent period, the same period a year before
    // (a reporting period: a month, quarter or half; "two years ago" is a year whatever came before)
    if (a.unit() == Unit.YEAR && a.amount() == 1 && anchor.isPresent()) {
      TimeValue v = anchor.get();
      org.dateline.model.Granularity g = v.granularity();
      boolean finer = g == org.dateline.model.Granularity.MONTH || g == org.dateline.model.Granularity.QUARTER
          || g == org.dateline.model.Granularity.HALF;
      LocalDate start = v.localStart().map(java.time.LocalDateTime::toLocalDate).orElse(null);
      if (finer && start != null && !start.isAfter(today) && start.isAfter(today.minusYears(1))) {
        return Calendars.shift(v, -a.amount(), Unit.YEAR).map(Resolution::of).orElseThrow();
      }
    }
    return Resolution.of(Calendars.containing(a.unit(), Calendars.plus(today, -a.amount(), a.unit())));
  }

  /** Returns the anchor's period moved into {@code year} ("the same quarter of 2019"), or the year without one. */
  static Resolution samePeriod(int year, Optional<TimeValue> anchor) {
    Optional<TimeValue> a = anchor.filter(v -> !v.isVague()
        && v.granularity().compareTo(org.dateline.model.Granularity.YEAR) < 0);
    if (a.isEmpty()) {
      return Resolution.of(TimeValue.ofYear(year));
    }
    int from = a.get().localStart().orElseThrow().getYear();
    return Calendars.shift(a.get(), year - from, Unit.YEAR).map(Resolution::of).orElseThrow();
  }

  /** Returns the weekday before or after the anchor's day ("the previous Tuesday"), or publication's without one. */
  static LocalDate anaphoricWeekday(TemporalExpression.AnaphoricWeekday w, LocalDate today,
      Optional<TimeValue> anchor) {
    LocalDate from = anchor.filter(v -> !v.isVague() && v.granularity().compareTo(org.dateline.model.Granularity.DAY) <= 0)
        .flatMap(TimeValue::localStart).map(java.time.LocalDateTime::toLocalDate).orElse(today);
    return w.direction() < 0 ? Calendars.previousOrSame(from.minusDays(1), w.day())
        : Calendars.nextOrSame(from.plusDays(1), w.day());
  }

  /**
   * Returns the start and end (exclusive) of the anchor, a date of the text with bounds, or of publication's day
   * without one: what an anaphoric season or month ("that winter", "the following March") is told from.
   */
  private static java.time.LocalDateTime[] anchorSpan(Optional<TimeValue> anchor, LocalDate today) {
    Optional<TimeValue> from = anchor.filter(v -> !v.isVague() && v.localStart().isPresent()
        && v.localEndExclusive().isPresent());
    return new java.time.LocalDateTime[] {from.flatMap(TimeValue::localStart).orElse(today.atStartOfDay()),
        from.flatMap(TimeValue::localEndExclusive).orElse(today.plusDays(1).atStartOfDay())};
  }

  /**
   * Returns the season a text tells from its last date: the one of that date's year ("that winter" after January is
   * the winter that began the December before), the first to begin after the date ends, or the last to end before it
   * begins.
   */
  static TimeValue anaphoricSeason(TemporalExpression.AnaphoricSeason a, LocalDate today,
      Optional<TimeValue> anchor) {
    java.time.LocalDateTime[] span = anchorSpan(anchor, today);
    java.time.LocalDateTime start = span[0];
    java.time.LocalDateTime end = span[1];
    int y = start.getYear() - (a.season() == Season.WINTER && start.getMonthValue() <= 2 ? 1 : 0);
    TimeValue same = TimeValue.ofSeason(y, a.season());
    if (a.direction() > 0 && same.localStart().orElseThrow().isBefore(end)) {
      return TimeValue.ofSeason(y + 1, a.season());
    }
    if (a.direction() < 0 && same.localEndExclusive().orElseThrow().isAfter(start)) {
      return TimeValue.ofSeason(y - 1, a.season());
    }
    return same;
  }

  /**
   * Returns the month of an anaphoric month ("that December", "the following March"), told from the anchor's
   * year, or from publication's with no anchor.
   */
  static TimeValue anaphoricMonth(TemporalExpression.AnaphoricMonth a, LocalDate today,
      Optional<TimeValue> anchor) {
    java.time.LocalDateTime[] span = anchorSpan(anchor, today);
    java.time.LocalDateTime start = span[0];
    java.time.LocalDateTime end = span[1];
    YearMonth same = YearMonth.of(start.getYear(), a.month());
    if (a.direction() > 0 && same.atDay(1).atStartOfDay().isBefore(end)) {
      return TimeValue.ofMonth(same.plusYears(1));
    }
    if (a.direction() < 0 && same.plusMonths(1).atDay(1).atStartOfDay().isAfter(start)) {
      return TimeValue.ofMonth(same.minusYears(1));
    }
    return TimeValue.ofMonth(same);
  }

  /** Returns a yearless part put in the anchor's year, or one counted from it; unresolved with no year told before. */
  static Resolution inToldYear(TemporalExpression.InToldYear y, ReferenceTime ref, Direction dir,
      Optional<TimeValue> anchor) {
    Optional<java.time.LocalDateTime> start = anchor.filter(a -> !a.isVague()
        && a.granularity().compareTo(org.dateline.model.Granularity.YEAR) <= 0).flatMap(TimeValue::localStart);
    if (start.isEmpty()) {
      String placeholder = y.part() instanceof MonthOfYear ? "XXXX-XX"
          : y.part() instanceof TemporalExpression.SeasonOf season ? "XXXX-" + season.season().code() : "XXXX-XX-XX";
      return Resolution.unresolved(placeholder, "no earlier year in the text to count from");
    }
    return Resolver.dispatch(Resolver.inYear(y.part(), start.get().getYear() + y.yearOffset()), ref, dir, anchor);
  }

  /** Returns the anchor shifted by units ("a day earlier", "the following week"); unresolved without an anchor. */
  static Resolution anaphoric(Anaphoric a, LocalDate today, Optional<TimeValue> anchor) {
    String placeholder = Resolver.placeholder(a.unit());
    if (anchor.isEmpty() && a.whole() && a.offset() == -1 && a.unit() == Unit.YEAR) {
      // "sales rose 3% from the previous year" with no year told before compares with publication's year
      return Resolution.of(TimeValue.ofYear(today.getYear() - 1));
    }
    boolean clock = a.unit() == Unit.HOUR || a.unit() == Unit.MINUTE;
    if (clock && anchor.map(v -> v.isVague() || v.granularity() != Granularity.TIME).orElse(true)) {
      // "90 minutes later" after no clock time tells how long, as TimeML writes it ("two hours" before "later")
      return Resolution.ofValue(org.dateline.model.TimexType.DURATION, a.unit().duration(Math.abs(a.offset())));
    }
    if (anchor.isEmpty()) {
      return Resolution.unresolved(placeholder, "no earlier date in the text to count from");
    }
    Optional<java.time.LocalDateTime> start = anchor.get().localStart();
    // the day of "midnight on Sunday" (Sunday's T24:00, which starts Monday) is Sunday: "the next day" is Monday
    Optional<java.time.LocalDate> day = start.map(t -> anchor.get().value().endsWith("T24:00")
        ? t.toLocalDate().minusDays(1) : t.toLocalDate());
    if (a.whole() && !anchor.get().isVague() && day.isPresent()
        && anchor.get().granularity().compareTo(a.unit().granularity()) <= 0) {
      return Resolution.of(Calendars.containing(a.unit(), Calendars.plus(day.get(), a.offset(), a.unit())));
    }
    if (start.isPresent() && a.unit().granularity().compareTo(Granularity.DAY) >= 0
        && anchor.get().granularity().compareTo(Granularity.DAY) < 0) {
      // "a day earlier" than "overnight" or "at 3 p.m." is that day, not its night or hour
      return Resolution.of(TimeValue.ofDay(Calendars.plus(day.get(), a.offset(), a.unit())));
    }
    return Calendars.shift(anchor.get(), a.offset(), a.unit()).map(Resolution::of)
        .orElseGet(() -> Resolution.unresolved(placeholder, "the anchor " + anchor.get() + " is coarser than a "
            + a.unit().name().toLowerCase(java.util.Locale.ROOT)));
  }
}
