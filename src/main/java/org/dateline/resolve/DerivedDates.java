package org.dateline.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.dateline.model.Granularity;
import org.dateline.model.TimeValue;
import org.dateline.resolve.TemporalExpression.Ago;

/**
 * Resolves expressions counted from another that they contain, which Resolver resolves first: the
 * week, weekend or quarter holding a day ("the week of March 6"), the weekday next to a day, the
 * nearest occurrence of a holiday ("last Thanksgiving"), a day counted from a day ("the day before
 * last Tuesday") and a time a span before another ("twenty years ago today"). Stateless and thread-safe.
 */
final class DerivedDates {
  private DerivedDates() {}

  /**
   * A day of the week, month or year a market closed or moved over ("ended the week up 1.4%", "rose 2% for the
   * month"). An anchor of that unit is its own when it is publication's period or the one before ("In February, sales
   * ended the month up 3%", told in March; not "a Fed cut next month" nor "a rout in March" told in July). Else a day
   * told near it (not after publication, no further back than about two of the unit) or publication's day: a period
   * closed is that day's, unless the day opens a period (a Monday, a month's first three days, January's first week),
   * when it is the one before ("released on Monday, January 5, showed the economy ended the year in recession");
   * publication's own day is read as a close is reported, the period closed by it (the week on a Friday to Sunday, the
   * month in its last three days, the year from December 28, else the one before). A move over one told in the past is
   * that of its day unless the day opens a period ("climbed 4% for the month", told on March 2, is February's); one
   * told otherwise is its day's.
   */
  private static LocalDate marketDay(Unit unit, boolean closed, boolean pastMove, boolean ahead,
      Optional<TimeValue> anchor, LocalDate today) {
    Optional<LocalDate> start = anchor.filter(v -> !v.isVague()).flatMap(TimeValue::localStart)
        .map(java.time.LocalDateTime::toLocalDate);
    if (start.isPresent() && anchor.get().granularity() == unit.granularity() && !start.get().isAfter(today)
        && !start.get().isBefore(firstOf(unit, Calendars.plus(today, -1, unit)))) {
      return start.get();
    }
    long reach = unit == Unit.WEEK ? 14 : unit == Unit.MONTH ? 62 : 400;
    boolean told = start.isPresent() && anchor.get().granularity().compareTo(Granularity.DAY) <= 0
        && !start.get().isAfter(today) && java.time.temporal.ChronoUnit.DAYS.between(start.get(), today) < reach;
    LocalDate day = told ? start.get() : today;
    if (!closed && !pastMove || ahead) {
      return day;
    }
    if (told || pastMove) {
      // (a day told in a move's clause is in the period moved over: "surged on July 2 and is up 6% for the month")
      return opensPeriod(unit, day) && !(told && pastMove) ? Calendars.plus(day, -1, unit) : day;
    }
    switch (unit) {
      case WEEK: return day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) >= 0 ? day : day.minusWeeks(1);
      case MONTH: return day.getDayOfMonth() > day.lengthOfMonth() - 3 ? day : day.minusMonths(1);
      default: return day.getMonthValue() == 12 && day.getDayOfMonth() >= 28 ? day : day.minusYears(1);
    }
  }

  /** The first day of the week, month or year holding {@code d}. */
  private static LocalDate firstOf(Unit unit, LocalDate d) {
    switch (unit) {
      case WEEK: return d.minusDays(d.getDayOfWeek().getValue() - 1L);
      case MONTH: return d.withDayOfMonth(1);
      default: return d.withDayOfYear(1);
    }
  }

  /** Whether a day opens its week, month or year: a Monday, a month's first three days, January's first week. */
  private static boolean opensPeriod(Unit unit, LocalDate d) {
    switch (unit) {
      case WEEK: return d.getDayOfWeek() == DayOfWeek.MONDAY;
      case MONTH: return d.getDayOfMonth() <= 3;
      default: return d.getDayOfYear() <= 7;
    }
  }

  /**
   * Returns the week, weekend, month, quarter or year holding the day resolved (a market's period: see
   * {@link #marketDay}); the weekend of a Monday or Tuesday holiday is the one before it.
   */
  static Resolution containing(TemporalExpression.Containing c, ReferenceTime ref, Direction dir,
      Optional<TimeValue> anchor) {
    if (c.day() instanceof TemporalExpression.Anaphoric a && a.offset() == 0 && a.unit() == Unit.DAY
        && c.unit() != Unit.WEEKEND && c.unit() != Unit.QUARTER) {
      return Resolution.of(Calendars.containing(c.unit(), marketDay(c.unit(), !a.whole(), a.whole() && dir == Direction.PAST,
          dir == Direction.FUTURE, anchor, ref.date())));
    }
    Resolution day = Resolver.dispatch(c.day(), ref, dir, anchor);
    Optional<TimeValue> t = day.time().filter(v -> v.granularity() == org.dateline.model.Granularity.DAY
        || c.unit() == Unit.QUARTER && v.granularity() == org.dateline.model.Granularity.MONTH);
    if (t.isEmpty()) {
      return Resolution.unresolved(Resolver.placeholder(c.unit()), "the day is not known: " + day);
    }
    LocalDate d = t.get().localStart().orElseThrow().toLocalDate();
    if (dir != Direction.FUTURE) {
      // the period running at publication, whatever the clause's tense: "as Easter week began", told on its Monday
      Optional<LocalDate> ahead = Resolver.dispatch(c.day(), ref, Direction.FUTURE, anchor).time()
          .filter(v -> v.granularity() == org.dateline.model.Granularity.DAY)
          .flatMap(TimeValue::localStart).map(java.time.LocalDateTime::toLocalDate);
      if (ahead.isPresent() && Calendars.containing(c.unit(), ahead.get())
          .equals(Calendars.containing(c.unit(), ref.date()))) {
        d = ahead.get();
      }
    }
    if (c.unit() == Unit.WEEKEND && (d.getDayOfWeek() == DayOfWeek.MONDAY || d.getDayOfWeek() == DayOfWeek.TUESDAY)) {
      // a Monday or Tuesday holiday closes the weekend before it: "the Memorial Day weekend", "the Easter Monday weekend"
      d = Calendars.previousOrSame(d, DayOfWeek.SUNDAY);
    }
    Resolution r = Resolution.of(Calendars.containing(c.unit(), d));
    return day.problem().map(r::withProblem).orElse(r);
  }

  /** Returns the weekday next to the day it counts from, that day resolved as the clause leans. */
  static Resolution weekdayBeside(TemporalExpression.WeekdayBeside w, ReferenceTime ref, Direction dir,
      Optional<TimeValue> anchor) {
    Resolution from = Resolver.dispatch(w.from(), ref, dir, anchor);
    Optional<LocalDate> day = from.time().filter(v -> v.granularity() == Granularity.DAY)
        .flatMap(TimeValue::localStart).map(java.time.LocalDateTime::toLocalDate);
    if (day.isEmpty()) {
      return Resolution.unresolved("XXXX-XX-XX", "the day is not known: " + from);
    }
    java.time.temporal.TemporalAdjuster beside = w.direction() < 0
        ? java.time.temporal.TemporalAdjusters.previous(w.day()) : java.time.temporal.TemporalAdjusters.next(w.day());
    return Resolution.of(TimeValue.ofDay(day.get().with(beside)));
  }

  /**
   * Resolves "last Thanksgiving" to the latest one before publication's day, "next Easter" to the first after it,
   * and "this Christmas" to publication's year's.
   */
  static Resolution nearestOccurrence(TemporalExpression.NearestOccurrence n, ReferenceTime ref, Direction dir,
      Optional<TimeValue> anchor, LocalDate today) {
    int year = today.getYear();
    Resolution r = Resolver.dispatch(Resolver.inYear(n.part(), year), ref, dir, anchor);
    Optional<LocalDate> day = r.time().flatMap(TimeValue::localStart).map(java.time.LocalDateTime::toLocalDate);
    if (day.isEmpty()) {
      return r;
    }
    if (n.direction() == 0) {
      // "this New Year's Eve" told in the past on New Year's Day is the one just gone; told ahead, the coming one
      boolean gone = dir == Direction.PAST && day.get().isAfter(today);
      boolean coming = dir == Direction.FUTURE && day.get().isBefore(today);
      return gone || coming ? Resolver.dispatch(Resolver.inYear(n.part(), year + (gone ? -1 : 1)), ref, dir, anchor)
          : r;
    }
    if (n.direction() < 0 && !day.get().isBefore(today)) {
      return Resolver.dispatch(Resolver.inYear(n.part(), year - 1), ref, dir, anchor);
    }
    if (n.direction() > 0 && !day.get().isAfter(today)) {
      return Resolver.dispatch(Resolver.inYear(n.part(), year + 1), ref, dir, anchor);
    }
    return r;
  }

  /** Returns the day resolved, shifted by {@code d.days()}; a time that is not a day comes back as it is. */
  static Resolution dayShift(TemporalExpression.DayShift d, ReferenceTime ref, Direction dir,
      Optional<TimeValue> anchor) {
    Resolution r = Resolver.dispatch(d.day(), ref, dir, anchor);
    if (r.time().isEmpty() || r.time().get().granularity() != org.dateline.model.Granularity.DAY) {
      return r;
    }
    LocalDate day = r.time().get().localStart().orElseThrow().toLocalDate().plusDays(d.days());
    Resolution shifted = Resolution.of(TimeValue.ofDay(day));
    return r.problem().map(shifted::withProblem).orElse(shifted);
  }

  /** The time {@code a.from()} names, the span before: of its granularity, or the span back from publication. */
  static Resolution agoFrom(TemporalExpression.AgoFrom a, ReferenceTime ref, Direction dir,
      Optional<TimeValue> anchor) {
    Resolution r = Resolver.dispatch(a.from(), ref, dir, anchor);
    Optional<TimeValue> shifted = r.time().flatMap(v -> Calendars.shift(v, -a.amount(), a.unit()));
    if (shifted.isEmpty()) {
      return Resolver.dispatch(new Ago(a.amount(), a.unit()), ref, dir, anchor);
    }
    Resolution out = Resolution.of(shifted.get());
    return r.problem().map(out::withProblem).orElse(out);
  }
}
