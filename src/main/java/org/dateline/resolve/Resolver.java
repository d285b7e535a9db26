package org.dateline.resolve;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.dateline.model.TimeValue;
import org.dateline.model.TimexType;
import org.dateline.resolve.TemporalExpression.Ago;
import org.dateline.resolve.TemporalExpression.Anaphoric;
import org.dateline.resolve.TemporalExpression.Apposition;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.Duration;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.MonthOfYear;
import org.dateline.resolve.TemporalExpression.NthWeekdayOfMonth;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;
import org.dateline.resolve.TemporalExpression.Recurring;
import org.dateline.resolve.TemporalExpression.RelativeDay;
import org.dateline.resolve.TemporalExpression.RelativeUnit;
import org.dateline.resolve.TemporalExpression.RelativeYearPart;
import org.dateline.resolve.TemporalExpression.SeasonOf;
import org.dateline.resolve.TemporalExpression.Vague;
import org.dateline.resolve.TemporalExpression.Weekday;
import org.dateline.resolve.TemporalExpression.YearPart;

/**
 * Resolves {@link TemporalExpression}s against a report's publication, as a careful news reader does:
 * past-biased (a bare weekday is the most recent one on or before publication, a month without a year
 * the nearest not after it) unless the clause looks forward; narrative shifts ("the next day") against
 * the last date the text mentioned.
 *
 * <p>Stateless and thread-safe. Never throws because of the expression: what cannot be resolved comes
 * back {@linkplain Resolution#unresolved unresolved} with a reason.
 */
public final class Resolver {
  private Resolver() {}

  /**
   * Resolves an expression.
   *
   * @param e the expression, not null
   * @param ref the publication time and zone, not null
   * @param direction which way an expression without a year leans, not null
   * @param anchor the last date the text mentioned, for narrative shifts; empty if none, not null
   * @return the resolution
   */
  public static Resolution resolve(TemporalExpression e, ReferenceTime ref, Direction direction,
      Optional<TimeValue> anchor) {
    requireNonNull(e, "e");
    requireNonNull(ref, "ref");
    requireNonNull(direction, "direction");
    requireNonNull(anchor, "anchor");
    try {
      return dispatch(e, ref, direction, anchor);
    } catch (DateTimeException | IllegalArgumentException | ArithmeticException ex) {
      return Resolution.unresolved("XXXX-XX-XX", "impossible date: " + ex.getMessage());
    }
  }

  /**
   * Resolves an expression by its kind, without {@link #resolve}'s checks and catch: the family classes
   * call it back for the expressions theirs contain.
   */
  static Resolution dispatch(TemporalExpression e, ReferenceTime ref, Direction dir, Optional<TimeValue> anchor) {
    LocalDate today = ref.date();
    if (e instanceof Explicit x) {
      return Resolution.of(x.value());
    } else if (e instanceof RelativeDay r) {
      return Resolution.of(TimeValue.ofDay(today.plusDays(r.offset())));
    } else if (e instanceof Weekday w) {
      return Resolution.of(TimeValue.ofDay(YearlessDates.weekday(w, today, dir)));
    } else if (e instanceof MonthDay m) {
      return YearlessDates.monthDay(m, today, dir);
    } else if (e instanceof TemporalExpression.NumericDay n) {
      boolean dayFirst = Calendars.writesDayFirst(ref.zone());
      return Resolution.of(TimeValue.ofDay(LocalDate.of(n.year(), dayFirst ? n.second() : n.first(),
          dayFirst ? n.first() : n.second())));
    } else if (e instanceof TemporalExpression.DayOfMonth d) {
      // told ahead, the next such day from today; otherwise the last one up to today
      boolean ahead = dir == Direction.FUTURE;
      int shift = d.monthOffset().orElse(ahead ? (d.day() >= today.getDayOfMonth() ? 0 : 1)
          : (d.day() <= today.getDayOfMonth() ? 0 : -1));
      YearMonth month = YearMonth.from(today).plusMonths(shift);
      if (!month.isValidDay(d.day())) {
        return Resolution.unresolved("XXXX-XX-XX", "no day " + d.day() + " in " + month);
      }
      return Resolution.of(TimeValue.ofDay(month.atDay(d.day())));
    } else if (e instanceof NthWeekdayOfMonth h) {
      return Resolution.of(TimeValue.ofDay(YearlessDates.nthWeekday(h, today, dir)));
    } else if (e instanceof TemporalExpression.EasterDay h) {
      return Resolution.of(TimeValue.ofDay(YearlessDates.easterDay(h, today, dir)));
    } else if (e instanceof TemporalExpression.IndependenceDay i) {
      java.time.MonthDay day = Calendars.independenceDay(ref.zone());
      return YearlessDates.monthDay(new MonthDay(day.getMonth(), day.getDayOfMonth(), i.year()), today, dir);
    } else if (e instanceof TemporalExpression.FestivalDay f) {
      return YearlessDates.festival(f, today, dir);
    } else if (e instanceof TemporalExpression.Containing c) {
      return DerivedDates.containing(c, ref, dir, anchor);
    } else if (e instanceof MonthOfYear m) {
      return Resolution.of(TimeValue.ofMonth(Periods.month(m, today, dir)));
    } else if (e instanceof SeasonOf s) {
      return Resolution.of(Periods.season(s, today, dir));
    } else if (e instanceof YearPart p) {
      return Resolution.of(Periods.yearPart(p, today, dir));
    } else if (e instanceof TemporalExpression.SamePeriodIn p) {
      return AnchoredDates.samePeriod(p.year(), anchor);
    } else if (e instanceof RelativeYearPart p) {
      return Resolution.of(Periods.of(p.unit(), today.getYear() + p.yearOffset(), p.index()));
    } else if (e instanceof RelativeUnit u) {
      return Resolution.of(Periods.relativeUnit(u, today, dir));
    } else if (e instanceof TemporalExpression.NewYear) {
      return Resolution.of(TimeValue.ofYear(today.getYear() + (today.getMonth() == Month.JANUARY ? 0 : 1)));
    } else if (e instanceof Ago a) {
      return AnchoredDates.ago(a, today, anchor);
    } else if (e instanceof TemporalExpression.WeekdayBeside w) {
      return DerivedDates.weekdayBeside(w, ref, dir, anchor);
    } else if (e instanceof TemporalExpression.AnaphoricWeekday w) {
      return Resolution.of(TimeValue.ofDay(AnchoredDates.anaphoricWeekday(w, today, anchor)));
    } else if (e instanceof TemporalExpression.AnaphoricSeason a) {
      return Resolution.of(AnchoredDates.anaphoricSeason(a, today, anchor));
    } else if (e instanceof TemporalExpression.AnaphoricMonth a) {
      return Resolution.of(AnchoredDates.anaphoricMonth(a, today, anchor));
    } else if (e instanceof TemporalExpression.InToldYear y) {
      return AnchoredDates.inToldYear(y, ref, dir, anchor);
    } else if (e instanceof TemporalExpression.InRelativeYear y) {
      return dispatch(inYear(y.part(), today.getYear() + y.yearOffset()), ref, dir, anchor);
    } else if (e instanceof TemporalExpression.NearestOccurrence n) {
      return DerivedDates.nearestOccurrence(n, ref, dir, anchor, today);
    } else if (e instanceof Anaphoric a) {
      return AnchoredDates.anaphoric(a, today, anchor);
    } else if (e instanceof PartOfDayOf p) {
      return TimesOfDay.partOfDay(p, ref, dir, anchor);
    } else if (e instanceof ClockTime c) {
      return TimesOfDay.clockTime(c, ref, dir, anchor);
    } else if (e instanceof TemporalExpression.DayShift d) {
      return DerivedDates.dayShift(d, ref, dir, anchor);
    } else if (e instanceof TemporalExpression.ThisDayIn d) {
      return Resolution.of(TimeValue.ofDay(today.withYear(d.year()))); // 29 February falls on the 28th
    } else if (e instanceof TemporalExpression.AgoFrom a) {
      return DerivedDates.agoFrom(a, ref, dir, anchor);
    } else if (e instanceof Vague v) {
      return Resolution.of(vague(v));
    } else if (e instanceof Duration d) {
      return Resolution.ofValue(TimexType.DURATION, d.value());
    } else if (e instanceof Recurring s) {
      return Resolution.ofValue(TimexType.SET, s.value());
    } else {
      return Appositions.apposition((Apposition) e, ref, dir, anchor);
    }
  }

  /**
   * Returns a month, day, holiday or season without a year put in the given year.
   *
   * @param part a {@code MonthOfYear}, {@code MonthDay}, {@code NthWeekdayOfMonth}, {@code EasterDay},
   *     {@code FestivalDay}, {@code IndependenceDay}, {@code SeasonOf} or a {@code DayShift} from a yearless
   *     {@code NthWeekdayOfMonth} ("Black Friday", "Election Day"), not null
   * @param year the year
   * @return the same expression with the year
   * @throws ClassCastException if the part is of another kind
   */
  public static TemporalExpression inYear(TemporalExpression part, int year) {
    OptionalInt y = OptionalInt.of(year);
    if (part instanceof MonthOfYear m) {
      return new MonthOfYear(m.month(), y, m.relation());
    } else if (part instanceof MonthDay d) {
      return new MonthDay(d.month(), d.day(), y);
    } else if (part instanceof NthWeekdayOfMonth h) {
      return new NthWeekdayOfMonth(h.n(), h.day(), h.month(), y);
    } else if (part instanceof TemporalExpression.EasterDay e) {
      return new TemporalExpression.EasterDay(e.days(), y);
    } else if (part instanceof TemporalExpression.FestivalDay f) {
      return new TemporalExpression.FestivalDay(f.festival(), y);
    } else if (part instanceof TemporalExpression.IndependenceDay) {
      return new TemporalExpression.IndependenceDay(y);
    } else if (part instanceof TemporalExpression.DayShift d) {
      return new TemporalExpression.DayShift(inYear(d.day(), year), d.days()); // "Election Day next year"
    }
    SeasonOf s = (SeasonOf) part;
    return new SeasonOf(s.season(), y, s.relation());
  }

  /** Returns the unresolved value of a time of {@code unit}'s grain: "XXXX", "XXXX-XX", "XXXX-WXX" or "XXXX-XX-XX". */
  static String placeholder(Unit unit) {
    switch (unit) {
      case YEAR: case DECADE: case CENTURY: return "XXXX";
      case MONTH: case QUARTER: case HALF: return "XXXX-XX";
      case WEEK: case WEEKEND: return "XXXX-WXX";
      default: return "XXXX-XX-XX";
    }
  }

  private static TimeValue vague(Vague v) {
    switch (v.granularity()) {
      case PAST: return TimeValue.past();
      case FUTURE: return TimeValue.future();
      default: return TimeValue.present();
    }
  }
}
