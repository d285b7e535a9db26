package org.dateline.resolve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.dateline.model.Season;
import org.dateline.model.TimeValue;
import org.dateline.resolve.TemporalExpression.MonthOfYear;
import org.dateline.resolve.TemporalExpression.RelativeUnit;
import org.dateline.resolve.TemporalExpression.SeasonOf;
import org.dateline.resolve.TemporalExpression.YearPart;

/**
 * Resolves periods longer than a day told without a full date: a month, a season, a quarter, half or
 * numbered week, and a unit counted from publication ("last week", "this weekend"), each to the
 * occurrence the clause leans to; a quarter or half stays "the" one for a few months after it ends,
 * while its results are reported. Stateless and thread-safe.
 */
final class Periods {
  private Periods() {}

  /** Returns a month: in its year if told, else last, next or this one as told, a bare one as the clause leans. */
  static YearMonth month(MonthOfYear m, LocalDate today, Direction dir) {
    YearMonth now = YearMonth.from(today);
    if (m.year().isPresent()) {
      return YearMonth.of(m.year().getAsInt(), m.month());
    }
    YearMonth same = YearMonth.of(today.getYear(), m.month());
    switch (m.relation()) {
      case LAST: return same.isBefore(now) ? same : same.minusYears(1);
      case NEXT: return same.isAfter(now) ? same : same.plusYears(1);
      case THIS: return same;
      default:
        if (same.equals(now)) {
          return same;
        }
        YearMonth past = same.isAfter(now) ? same.minusYears(1) : same;
        long back = past.until(now, java.time.temporal.ChronoUnit.MONTHS);
        // what happened "in December" happened last December, even in November; a day of a month may still
        // lean ahead in a past clause, as a deadline does ("extended to Nov. 16")
        // a month told ahead is the coming one, however near the last one lies ("will expire in September",
        // read in November): a month, unlike a day, is seldom a deadline just past
        boolean forward = dir == Direction.FUTURE
            || dir != Direction.PAST && YearlessDates.leansForward(dir, 12 - back, back);
        return forward ? past.plusYears(1) : past;
    }
  }

  /** How many days after its end a season is still the current one for "last": see {@link #season}. */
  private static final int JUST_OVER_DAYS = 30;

  /** Returns a season: in its year if told, else of the current cycle, last, next or this one as told. */
  static TimeValue season(SeasonOf s, LocalDate today, Direction dir) {
    if (s.year().isPresent()) {
      return TimeValue.ofSeason(s.year().getAsInt(), s.season());
    }
    // the season of the current cycle: winter started last December when we are in January or February
    int y = today.getYear();
    if (s.season() == Season.WINTER && today.getMonthValue() <= 2) {
      y--;
    }
    TimeValue same = TimeValue.ofSeason(y, s.season());
    LocalDate start = same.localStart().orElseThrow().toLocalDate();
    LocalDate end = same.localEndExclusive().orElseThrow().toLocalDate();
    switch (s.relation()) {
      // a season just over is still "this" one for a few weeks ("last summer", told on September 2, is the one before)
      case LAST: return end.plusDays(JUST_OVER_DAYS).isAfter(today) ? TimeValue.ofSeason(y - 1, s.season()) : same;
      case NEXT: return start.isAfter(today) ? same : TimeValue.ofSeason(y + 1, s.season());
      case THIS: {
        // the nearest one; when none is near, as a bare season in the tense told: ahead, the one to come ("this
        // summer will be hot", told in January), as past the one gone
        TimeValue nearest = nearestSeason(s.season(), today);
        // ... but one over is not told ahead ("load-shedding will not return this winter", told in April), nor one
        // to come told as past
        boolean against = dir == Direction.FUTURE
            && !nearest.localEndExclusive().orElseThrow().toLocalDate().plusDays(JUST_OVER_DAYS).isAfter(today)
            || dir == Direction.PAST
            && nearest.localStart().orElseThrow().toLocalDate().minusDays(JUST_OVER_DAYS).isAfter(today);
        if (!against && (seasonDistance(nearest, today) <= NEAR_SEASON_DAYS
            || dir != Direction.FUTURE && dir != Direction.PAST)) {
          return nearest;
        }
        return inTense(same, y, s.season(), today, dir);
      }
      default:
        return inTense(same, y, s.season(), today, dir);
    }
  }

  /**
   * Returns a season without a year in the tense told: ahead, this cycle's {@code same} unless it is over, then the
   * next; otherwise {@code same} unless it is yet to start, then the one before.
   */
  private static TimeValue inTense(TimeValue same, int y, Season season, LocalDate today, Direction dir) {
    if (dir != Direction.FUTURE) {
      return same.localStart().orElseThrow().toLocalDate().isAfter(today) ? TimeValue.ofSeason(y - 1, season) : same;
    }
    return same.localEndExclusive().orElseThrow().toLocalDate().isAfter(today) ? same : TimeValue.ofSeason(y + 1, season);
  }

  /** How many days from a season "this" may name it whatever the tense: "looking forward to classes this fall" in August. */
  private static final long NEAR_SEASON_DAYS = 60;

  /** Returns how many days lie between {@code today} and the season's occurrence {@code v}; 0 inside it. */
  private static long seasonDistance(TimeValue v, LocalDate today) {
    LocalDate start = v.localStart().orElseThrow().toLocalDate();
    LocalDate end = v.localEndExclusive().orElseThrow().toLocalDate();
    return today.isBefore(start) ? java.time.temporal.ChronoUnit.DAYS.between(today, start)
        : today.isBefore(end) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(end, today) + 1;
  }

  /** Returns the season's occurrence nearest to {@code today}: "this winter" in March is the one just ended. */
  private static TimeValue nearestSeason(Season season, LocalDate today) {
    TimeValue best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
      TimeValue v = TimeValue.ofSeason(y, season);
      long distance = seasonDistance(v, today);
      if (distance < bestDistance) {
        best = v;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * How long after its end a quarter or half is still "the" one in the news: results are reported, and
   * expected, for the period that ended a few months before; interim results within weeks, a year's last
   * period with the annual results, up to four months later.
   */
  private static final int REPORTING_LAG_MONTHS = 2;
  private static final int ANNUAL_REPORTING_LAG_MONTHS = 4;

  /** Returns a quarter, half or numbered week: in its year if told, else the one the clause leans to. */
  static TimeValue yearPart(YearPart p, LocalDate today, Direction dir) {
    if (p.unit() == Unit.WEEK) {
      // a numbered week of a health or statistics report: this year's, or last year's if its number is yet to come
      int y = p.year().orElse(today.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR));
      int now = today.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      return TimeValue.ofWeek(p.year().isEmpty() && dir != Direction.FUTURE && p.index() > now ? y - 1 : y, p.index());
    }
    int months = p.unit() == Unit.QUARTER ? 3 : 6;
    int lag = p.index() * months == 12 ? ANNUAL_REPORTING_LAG_MONTHS : REPORTING_LAG_MONTHS;
    if (p.year().isPresent()) {
      return of(p.unit(), p.year().getAsInt(), p.index());
    }
    int y = today.getYear();
    LocalDate start = LocalDate.of(y, (p.index() - 1) * months + 1, 1);
    if (dir != Direction.FUTURE && start.isAfter(today)) {
      y--;
    } else if (dir == Direction.FUTURE && start.isAfter(today)
        && !start.minusYears(1).plusMonths(months + lag).isBefore(today)) {
      y--;
    } else if (dir == Direction.FUTURE && start.plusMonths(months + lag).isBefore(today)) {
      y++;
    }
    return of(p.unit(), y, p.index());
  }

  /** Returns quarter or half {@code index} of {@code year}, as {@code unit} says. */
  static TimeValue of(Unit unit, int year, int index) {
    return unit == Unit.QUARTER ? TimeValue.ofQuarter(year, index) : TimeValue.ofHalf(year, index);
  }

  /** Returns the unit {@code u.offset()} units from publication's ("last week"); a weekend as the clause leans. */
  static TimeValue relativeUnit(RelativeUnit u, LocalDate today, Direction dir) {
    if (u.unit() != Unit.WEEKEND) {
      return Calendars.containing(u.unit(), Calendars.plus(today, u.offset(), u.unit()));
    }
    // "the weekend" is the one just past in news, the coming one with a future cue; "this weekend" is the coming
    // one unless the clause is past ("a heatwave this weekend" told on a Monday), the present one on a Sunday
    LocalDate saturday;
    // (told on a Friday, "this weekend" can only be the coming one: "unions have called a rally this weekend")
    if (u.offset() == 0 && u.said() && (dir != Direction.PAST || today.getDayOfWeek() == DayOfWeek.FRIDAY)) {
      saturday = today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.minusDays(1)
          : Calendars.nextOrSame(today, DayOfWeek.SATURDAY);
    } else if (u.offset() < 0 || (u.offset() == 0 && dir != Direction.FUTURE)) {
      // "last weekend" told on a Sunday is the one before this (which is "this weekend"); "the past weekend" is
      // the one ending, as "the weekend" is
      // (as "the weekend before last" is counted from "last weekend")
      saturday = Calendars.previousOrSame(u.offset() < 0 ? today.minusDays(u.said() || u.offset() < -1 ? 2 : 1) : today,
          DayOfWeek.SATURDAY);
      if (u.offset() == 0 && today.getDayOfWeek() == DayOfWeek.SUNDAY) {
        saturday = today.minusDays(1);
      }
    } else {
      saturday = Calendars.nextOrSame(u.offset() > 0 ? today.plusDays(1) : today, DayOfWeek.SATURDAY);
      // told on a Friday, the weekend of the morrow is "this weekend", so "next weekend" is the one after
      if (u.offset() > 0 && today.getDayOfWeek() == DayOfWeek.FRIDAY) {
        saturday = saturday.plusWeeks(1);
      }
    }
    // "the weekend before last", "the weekend after next": a week further on from the nearest one each way
    if (Math.abs(u.offset()) > 1) {
      saturday = saturday.plusWeeks(u.offset() - Integer.signum(u.offset()));
    }
    return Calendars.containing(Unit.WEEKEND, saturday);
  }
}
