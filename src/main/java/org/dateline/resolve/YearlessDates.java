package org.dateline.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.dateline.model.TimeValue;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.NthWeekdayOfMonth;
import org.dateline.resolve.TemporalExpression.Weekday;

/**
 * Resolves days and holidays told without a year (a weekday, a month and day, the n-th weekday of a
 * month, a day counted from Easter, a festival from its table) to the occurrence around publication
 * the clause leans to: past-biased, unless the coming one is much nearer or the clause looks ahead.
 * Stateless and thread-safe.
 */
final class YearlessDates {
  private YearlessDates() {}

  /** Returns a weekday's day: "last" and "next" step past today, "this" is this week's, a bare one leans as the clause does. */
  static LocalDate weekday(Weekday w, LocalDate today, Direction dir) {
    DayOfWeek d = w.day();
    switch (w.relation()) {
      case LAST: return Calendars.previousOrSame(today.minusDays(1), d);
      case NEXT: return Calendars.nextOrSame(today.plusDays(1), d);
      case THIS: return today.with(DayOfWeek.MONDAY).plusDays(d.getValue() - 1L);
      default: return dir == Direction.FUTURE ? Calendars.nextOrSame(today, d) : Calendars.previousOrSame(today, d);
    }
  }

  /**
   * Returns a month and day: in its year if told, else the occurrence the clause leans to ({@link #leansForward});
   * 29 February the nearest leap year's on that side.
   */
  static Resolution monthDay(MonthDay m, LocalDate today, Direction dir) {
    if (m.year().isPresent()) {
      return Resolution.of(TimeValue.ofDay(LocalDate.of(m.year().getAsInt(), m.month(), m.day())));
    }
    if (m.month() == Month.FEBRUARY && m.day() == 29) {
      int y = today.getYear();
      boolean back = dir != Direction.FUTURE;
      while (!java.time.Year.isLeap(y) || (back ? LocalDate.of(y, 2, 29).isAfter(today)
          : LocalDate.of(y, 2, 29).isBefore(today))) {
        y += back ? -1 : 1;
      }
      return Resolution.of(TimeValue.ofDay(LocalDate.of(y, 2, 29)));
    }
    LocalDate d = LocalDate.of(today.getYear(), m.month(), m.day());
    LocalDate past = d.isAfter(today) ? d.minusYears(1) : d;
    LocalDate future = d.isBefore(today) ? d.plusYears(1) : d;
    long back = java.time.temporal.ChronoUnit.DAYS.between(past, today);
    long ahead = java.time.temporal.ChronoUnit.DAYS.between(today, future);
    return Resolution.of(TimeValue.ofDay(leansForward(dir, ahead, back) ? future : past));
  }

  /**
   * Whether a date without a year that lies {@code ahead} units after publication, or {@code back} units
   * before it a year earlier, is the coming one: news leaves the year out for dates of the current year,
   * so a date a few weeks ahead is far likelier than one eleven months back. Without a tense cue the past
   * wins unless the future is less than half as far; in a clause that reports speech, unless it is less than
   * a quarter as far ("payable Dec. 7" in a report of 20 November that "the board said"); in a clause telling
   * what happened, only a date a few weeks ahead, as a new deadline ("the offer was extended to Dec. 7"); with
   * a future
   * cue, the coming one unless the past one is less than a quarter as far ("by Jan. 14" on 15 January).
   */
  static boolean leansForward(Direction dir, long ahead, long back) {
    if (dir == Direction.FUTURE) {
      return back * 4 >= ahead;
    }
    return ahead * (dir == Direction.UNMARKED ? 2 : dir == Direction.REPORTED ? 4 : 12) < back;
  }

  /**
   * Returns the n-th weekday of its month: with no year, the occurrence around publication the clause leans to, as
   * for a date ("Thanksgiving" six days ahead is the coming one even in a clause without a tense).
   */
  static LocalDate nthWeekday(NthWeekdayOfMonth h, LocalDate today, Direction dir) {
    return h.year().isPresent() ? nth(h, h.year().getAsInt()) : leaning(y -> nth(h, y), today, dir, true);
  }

  /** Returns the day counted from Easter: with no year, the occurrence around publication the clause leans to. */
  static LocalDate easterDay(TemporalExpression.EasterDay h, LocalDate today, Direction dir) {
    if (h.year().isPresent()) {
      return Calendars.easter(h.year().getAsInt()).plusDays(h.days());
    }
    return leaning(y -> Calendars.easter(y).plusDays(h.days()), today, dir, false);
  }

  /**
   * Returns the yearly holiday {@code inYear} gives that the clause leans to: the last one up to publication or the
   * next one from it, weighed as {@link #leansForward} weighs a date without a year; when {@code pastIsPast}, a clause
   * telling what happened has the last one ("shoppers queued on Black Friday"), as no deadline is set to the day.
   */
  private static LocalDate leaning(java.util.function.IntFunction<LocalDate> inYear, LocalDate today, Direction dir,
      boolean pastIsPast) {
    int y = today.getYear();
    LocalDate d = inYear.apply(y);
    LocalDate past = d.isAfter(today) ? inYear.apply(y - 1) : d;
    LocalDate future = d.isBefore(today) ? inYear.apply(y + 1) : d;
    long back = java.time.temporal.ChronoUnit.DAYS.between(past, today);
    long ahead = java.time.temporal.ChronoUnit.DAYS.between(today, future);
    return !(pastIsPast && dir == Direction.PAST) && leansForward(dir, ahead, back) ? future : past;
  }

  /**
   * Returns a festival's day from its table: with no year, the occurrence the clause leans to among the tabled days
   * around publication (the last one up to it and the next one from it; where the table ends, the one left when the
   * clause leans to it or it lies under half a year away).
   */
  static Resolution festival(TemporalExpression.FestivalDay f, LocalDate today, Direction dir) {
    Festival fest = f.festival();
    if (f.year().isPresent()) {
      int y = f.year().getAsInt();
      return fest.in(y).map(d -> Resolution.of(TimeValue.ofDay(d)))
          .orElseGet(() -> Resolution.unresolved("XXXX-XX-XX", "no table of " + fest + " days for " + y));
    }
    int y = today.getYear();
    Optional<LocalDate> past = fest.in(y).filter(d -> !d.isAfter(today)).or(() -> fest.in(y - 1));
    Optional<LocalDate> future = fest.in(y).filter(d -> !d.isBefore(today)).or(() -> fest.in(y + 1));
    if (past.isEmpty() && future.isEmpty()) {
      return Resolution.unresolved("XXXX-XX-XX", "no table of " + fest + " days around " + y);
    }
    if (past.isEmpty() || future.isEmpty()) {
      // the table ends on one side: the other is taken when the clause leans to it, or it is under half a year away
      LocalDate only = past.isPresent() ? past.get() : future.get();
      boolean leansThere = past.isPresent() ? dir == Direction.PAST : dir == Direction.FUTURE;
      boolean near = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(only, today)) < 183;
      boolean against = past.isPresent() ? dir == Direction.FUTURE : dir == Direction.PAST;
      return !against && (leansThere || near) ? Resolution.of(TimeValue.ofDay(only))
          : Resolution.unresolved("XXXX-XX-XX", "no table of " + fest + " days around " + y);
    }
    long back = java.time.temporal.ChronoUnit.DAYS.between(past.get(), today);
    long ahead = java.time.temporal.ChronoUnit.DAYS.between(today, future.get());
    boolean forward = dir != Direction.PAST && leansForward(dir, ahead, back);
    return Resolution.of(TimeValue.ofDay(forward ? future.get() : past.get()));
  }

  private static LocalDate nth(NthWeekdayOfMonth h, int year) {
    LocalDate first = LocalDate.of(year, h.month(), 1);
    return h.n() < 0 ? first.with(java.time.temporal.TemporalAdjusters.lastInMonth(h.day()))
        : first.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(h.n(), h.day()));
  }
}
