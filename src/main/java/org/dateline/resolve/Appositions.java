package org.dateline.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.dateline.model.Granularity;
import org.dateline.model.TimeValue;
import org.dateline.resolve.TemporalExpression.Apposition;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.Weekday;

/**
 * Resolves a date told twice, a relative and an explicit part side by side ("yesterday, Tuesday",
 * "Monday, Nov. 18", "Tuesday (4)"): both parts are read, a weekday may tell a yearless date's year,
 * and where the parts disagree the result says so. Stateless and thread-safe.
 */
final class Appositions {
  private Appositions() {}

  /** How many days from the report's day a day's year is taken as told, whatever its weekday. */
  private static final int NEAR_DAYS = 14;

  /**
   * The year before or after the resolved one in which the month and day fall on {@code day}, when the
   * resolved one's do not; empty when the resolved date agrees, lies within {@link #NEAR_DAYS} of the report's day,
   * or neither neighbour agrees on the side of the report's day the clause leans to.
   */
  private static OptionalInt weekdayYear(Resolution explicit, DayOfWeek day, MonthDay md, LocalDate today,
      Direction dir) {
    Optional<LocalDate> date = explicit.time().flatMap(TimeValue::localStart).map(LocalDateTime::toLocalDate);
    if (date.isEmpty() || date.get().getDayOfWeek() == day
        || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(today, date.get())) <= NEAR_DAYS) {
      return OptionalInt.empty(); // near the report's day a wrong weekday is a slip, told as a disagreement
    }
    for (int shift : new int[] {-1, 1}) {
      int y = date.get().getYear() + shift;
      if (!YearMonth.of(y, md.month()).isValidDay(md.day())) {
        continue;
      }
      LocalDate d = LocalDate.of(y, md.month(), md.day());
      if (d.getDayOfWeek() == day) {
        // a clause told in the past keeps its day behind the report, one told ahead keeps it ahead
        boolean wrongSide = dir == Direction.PAST && d.isAfter(today) || dir == Direction.FUTURE && d.isBefore(today);
        return wrongSide ? OptionalInt.empty() : OptionalInt.of(y);
      }
    }
    return OptionalInt.empty();
  }

  /** Returns the date both parts tell, the explicit one where they differ, with the disagreement as its problem. */
  static Resolution apposition(Apposition a, ReferenceTime ref, Direction dir, Optional<TimeValue> anchor) {
    Resolution relative = Resolver.dispatch(a.relative(), ref, dir, anchor);
    Resolution explicit = Resolver.dispatch(a.explicit(), ref, dir, anchor);
    if (a.relative() instanceof Weekday w && a.explicit() instanceof MonthDay md && md.year().isEmpty()) {
      // "Monday, Nov. 18" with no year: the year next to the one guessed whose Nov. 18 is a Monday, if the
      // guessed one's is not; the weekday is told, the year only supposed
      OptionalInt year = weekdayYear(explicit, w.day(), md, ref.date(), dir);
      if (year.isPresent()) {
        Resolution guessed = explicit;
        explicit = Resolver.dispatch(new MonthDay(md.month(), md.day(), year), ref, dir, anchor);
        // the year is a reading, not a fact the text states: say so, as a disagreement is said
        return explicit.withProblem("year read from the weekday: " + w.day().toString().toLowerCase(java.util.Locale.ROOT)
            + " falls on " + explicit.value() + ", not on " + guessed.value());
      }
    }
    if (a.explicit() instanceof TemporalExpression.DayOfMonth dm && dm.monthOffset().isEmpty()
        && relative.time().isPresent() && relative.problem().isEmpty()
        && relative.time().get().granularity() == Granularity.DAY
        && relative.time().get().localStart().orElseThrow().getDayOfMonth() == dm.day()) {
      return relative; // "today (9)" on the 9th: the number agrees
    }
    if (a.relative() instanceof Weekday w && a.explicit() instanceof TemporalExpression.DayOfMonth dm
        && dm.monthOffset().isEmpty()) {
      // "Tuesday (4)": the day of that number nearest publication that falls on the weekday
      java.time.LocalDate best = null;
      for (int k = -2; k <= 2; k++) {
        java.time.YearMonth month = java.time.YearMonth.from(ref.date()).plusMonths(k);
        if (dm.day() <= month.lengthOfMonth() && month.atDay(dm.day()).getDayOfWeek() == w.day()
            && (best == null || Math.abs(month.atDay(dm.day()).toEpochDay() - ref.date().toEpochDay())
                < Math.abs(best.toEpochDay() - ref.date().toEpochDay()))) {
          best = month.atDay(dm.day());
        }
      }
      if (best != null) {
        return Resolution.of(TimeValue.ofDay(best));
      }
      if (relative.time().isPresent()) {
        // no day of that number near publication falls on the weekday: the bracket may hold anything, the weekday
        // is the date told
        return relative.withProblem("no " + w.day().toString().toLowerCase(java.util.Locale.ROOT) + " the "
            + dm.day() + "th near publication: the number in brackets is not read");
      }
    }
    if (explicit.time().isEmpty()) {
      return relative;
    }
    if (a.relative() instanceof Weekday w && explicit.time().get().granularity() == Granularity.DAY
        && explicit.time().get().localStart().orElseThrow().getDayOfWeek() == w.day()) {
      return explicit; // "on Monday, May 4": the date falls on the weekday told, whichever way the clause leans
    }
    if (relative.time().isPresent() && !relative.value().equals(explicit.value())) {
      return explicit.withProblem("the parts disagree: " + relative.value() + " vs " + explicit.value());
    }
    return explicit;
  }
}
