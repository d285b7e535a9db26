package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.dateline.model.Granularity;
import org.dateline.model.PartOfDay;
import org.dateline.model.Season;
import org.dateline.model.TimeValue;
import org.dateline.model.TimexType;
import org.dateline.resolve.TemporalExpression.Ago;
import org.dateline.resolve.TemporalExpression.Anaphoric;
import org.dateline.resolve.TemporalExpression.Apposition;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.Duration;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.MonthOfYear;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;
import org.dateline.resolve.TemporalExpression.RelativeDay;
import org.dateline.resolve.TemporalExpression.RelativeUnit;
import org.dateline.resolve.TemporalExpression.SeasonOf;
import org.dateline.resolve.TemporalExpression.Vague;
import org.dateline.resolve.TemporalExpression.Weekday;
import org.dateline.resolve.TemporalExpression.YearPart;
import org.junit.jupiter.api.Test;

/** The resolver alone, at fixed reference times. */
class ResolverTest {
  /** Wednesday 2026-03-11 12:00 in Moscow. */
  private static final ReferenceTime MOSCOW = ReferenceTime.of(ZonedDateTime.parse("2026-03-11T12:00+03:00[Europe/Moscow]"));
  /** 00:30 on Friday 6 March 2026 in Kyiv: still Thursday 5 March in UTC. */
  private static final ReferenceTime KYIV_AFTER_MIDNIGHT =
      ReferenceTime.of(ZonedDateTime.parse("2026-03-06T00:30+02:00[Europe/Kyiv]"));
  /** Sunday 2026-03-29 03:30 in Berlin, an hour after clocks went forward. */
  private static final ReferenceTime BERLIN_DST = ReferenceTime.of(ZonedDateTime.parse("2026-03-29T03:30+02:00[Europe/Berlin]"));
  /** Friday 2027-01-01 00:10 in New York. */
  private static final ReferenceTime NEW_YEAR = ReferenceTime.of(ZonedDateTime.parse("2027-01-01T00:10-05:00[America/New_York]"));

  private static String past(TemporalExpression e, ReferenceTime ref) {
    return Resolver.resolve(e, ref, Direction.PAST, Optional.empty()).value();
  }

  @Test
  void relativeDaysCountFromTheLocalDateOfPublication() {
    assertEquals("2026-03-11", past(new RelativeDay(0), MOSCOW));
    assertEquals("2026-03-10", past(new RelativeDay(-1), MOSCOW));
    assertEquals("2026-03-06", past(new RelativeDay(0), KYIV_AFTER_MIDNIGHT));
    assertEquals("2026-03-05", past(new RelativeDay(-1), KYIV_AFTER_MIDNIGHT));
    assertEquals("2026-03-28", past(new RelativeDay(-1), BERLIN_DST));
    assertEquals("2026-12-31", past(new RelativeDay(-1), NEW_YEAR));
  }

  @Test
  void easterFollowsTheGregorianComputus() {
    assertEquals(java.time.LocalDate.of(2000, 4, 23), Calendars.easter(2000));
    assertEquals(java.time.LocalDate.of(2024, 3, 31), Calendars.easter(2024));
    assertEquals(java.time.LocalDate.of(2025, 4, 20), Calendars.easter(2025));
    assertEquals(java.time.LocalDate.of(2026, 4, 5), Calendars.easter(2026));
    assertEquals(java.time.LocalDate.of(2038, 4, 25), Calendars.easter(2038));
    assertEquals("2026-04-03", past(new TemporalExpression.EasterDay(-2, OptionalInt.empty()), MOSCOW));
    // ... but the week of Easter running at publication is this one, whatever the tense ("as Easter week began")
    ReferenceTime holyMonday = ReferenceTime.of(ZonedDateTime.parse("2026-03-30T09:00+01:00[Europe/London]"));
    assertEquals("2026-W14", past(new TemporalExpression.Containing(Unit.WEEK,
        new TemporalExpression.EasterDay(0, OptionalInt.empty())), holyMonday));
    assertEquals("2026-W14", past(new TemporalExpression.Containing(Unit.WEEK,
        new TemporalExpression.EasterDay(0, OptionalInt.of(2026))), MOSCOW));
  }

  @Test
  void aMonthJustAheadIsLastYearsWhenItHappenedAndMayBeTheComingOneWhenOnlyReported() {
    ReferenceTime november = ReferenceTime.of(ZonedDateTime.parse("2026-11-20T09:00-05:00[America/New_York]"));
    MonthOfYear january = new MonthOfYear(Month.JANUARY, OptionalInt.empty(), Relation.NONE);
    assertEquals("2026-01", Resolver.resolve(january, november, Direction.PAST, Optional.empty()).value());
    assertEquals("2027-01", Resolver.resolve(january, november, Direction.REPORTED, Optional.empty()).value());
    assertEquals("2027-01", Resolver.resolve(january, november, Direction.UNMARKED, Optional.empty()).value());
    MonthDay deadline = new MonthDay(Month.NOVEMBER, 30, OptionalInt.empty());
    assertEquals("2026-11-30", Resolver.resolve(deadline, november, Direction.PAST, Optional.empty()).value());
  }

  @Test
  void bareWeekdaysAreTheMostRecentOnOrBeforePublicationUnlessTheClauseLooksForward() {
    assertEquals("2026-03-09", past(new Weekday(DayOfWeek.MONDAY, Relation.NONE), MOSCOW));
    assertEquals("2026-03-11", past(new Weekday(DayOfWeek.WEDNESDAY, Relation.NONE), MOSCOW));
    assertEquals("2026-03-05", past(new Weekday(DayOfWeek.THURSDAY, Relation.NONE), KYIV_AFTER_MIDNIGHT));
    assertEquals("2026-03-13", Resolver.resolve(new Weekday(DayOfWeek.FRIDAY, Relation.NONE), MOSCOW, Direction.FUTURE,
        Optional.empty()).value());
    assertEquals("2026-03-04", past(new Weekday(DayOfWeek.WEDNESDAY, Relation.LAST), MOSCOW));
    assertEquals("2026-03-16", past(new Weekday(DayOfWeek.MONDAY, Relation.NEXT), MOSCOW));
    assertEquals("2026-03-27", past(new Weekday(DayOfWeek.FRIDAY, Relation.NONE), BERLIN_DST));
  }

  @Test
  void monthDaysWithoutAYearTakeTheNearestPastUnlessTheFutureIsMuchNearer() {
    assertEquals("2026-03-10", past(new MonthDay(Month.MARCH, 10, OptionalInt.empty()), MOSCOW));
    assertEquals("2025-12-25", past(new MonthDay(Month.DECEMBER, 25, OptionalInt.empty()), MOSCOW));
    assertEquals("2026-03-20", past(new MonthDay(Month.MARCH, 20, OptionalInt.empty()), MOSCOW));
    assertEquals("2025-09-20", past(new MonthDay(Month.SEPTEMBER, 20, OptionalInt.empty()), MOSCOW));
    assertEquals("2026-12-25", Resolver.resolve(new MonthDay(Month.DECEMBER, 25, OptionalInt.empty()), MOSCOW,
        Direction.FUTURE, Optional.empty()).value());
    assertEquals("2026-12-25", past(new MonthDay(Month.DECEMBER, 25, OptionalInt.empty()), NEW_YEAR));
  }

  @Test
  void aNumericDayThatCouldBeReadEitherWayIsReadAsTheZonesCountryWritesIt() {
    TemporalExpression fiveEleven = new TemporalExpression.NumericDay(5, 11, 2026);
    assertEquals("2026-11-05", past(fiveEleven, MOSCOW));
    assertEquals("2026-11-05", past(fiveEleven, ReferenceTime.of(ZonedDateTime.parse("2026-11-22T23:30+05:30"))));
    assertEquals("2026-11-05",
        past(fiveEleven, ReferenceTime.of(ZonedDateTime.parse("2026-11-22T09:00Z[Europe/London]"))));
    assertEquals("2026-05-11", past(fiveEleven, NEW_YEAR));
    assertEquals("2026-05-11", past(fiveEleven, ReferenceTime.of(ZonedDateTime.parse("2026-11-22T09:00-05:00"))));
    assertEquals("2026-05-11", past(fiveEleven, ReferenceTime.of(ZonedDateTime.parse("2026-11-22T09:00Z"))));
    assertEquals("2026-05-11", past(fiveEleven, ReferenceTime.of(ZonedDateTime.parse("2026-11-22T09:00Z[UTC]"))));
    assertThrows(IllegalArgumentException.class, () -> new TemporalExpression.NumericDay(13, 5, 2026));
  }

  @Test
  void anImpossibleDateComesBackUnresolvedWithAReason() {
    Resolution r = Resolver.resolve(new MonthDay(Month.FEBRUARY, 30, OptionalInt.of(2026)), MOSCOW, Direction.PAST,
        Optional.empty());
    assertTrue(r.time().isEmpty());
    assertTrue(r.problem().orElseThrow().startsWith("impossible date"), r.toString());
  }

  @Test
  void unitsAreCalendarIntervalsAroundPublication() {
    assertEquals("2026-W10", past(new RelativeUnit(Unit.WEEK, -1), MOSCOW));
    assertEquals("2026-02", past(new RelativeUnit(Unit.MONTH, -1), MOSCOW));
    assertEquals("2025", past(new RelativeUnit(Unit.YEAR, -1), MOSCOW));
    assertEquals("2026", past(new RelativeUnit(Unit.YEAR, 0), MOSCOW));
    assertEquals("2026", past(new RelativeUnit(Unit.YEAR, -1), NEW_YEAR));
    assertEquals("2026-12", past(new MonthOfYear(Month.DECEMBER, OptionalInt.empty(), Relation.NONE), NEW_YEAR));
    assertEquals("2026-W10-WE", past(new RelativeUnit(Unit.WEEKEND, 0), MOSCOW));
    assertEquals("2026-W13-WE", past(new RelativeUnit(Unit.WEEKEND, 0), BERLIN_DST));
    assertEquals("2025-Q4", past(new RelativeUnit(Unit.QUARTER, -1), MOSCOW));
    assertEquals("2025-Q3", past(new YearPart(Unit.QUARTER, 3, OptionalInt.empty()), MOSCOW));
    assertEquals("2026-Q1", past(new YearPart(Unit.QUARTER, 1, OptionalInt.empty()), MOSCOW));
    // told ahead at New Year, the fourth quarter just ended is still the one results are due for, while the third,
    // reported months ago, is the coming one
    assertEquals("2026-Q4", Resolver.resolve(new YearPart(Unit.QUARTER, 4, OptionalInt.empty()), NEW_YEAR,
        Direction.FUTURE, Optional.empty()).value());
    assertEquals("2027-Q3", Resolver.resolve(new YearPart(Unit.QUARTER, 3, OptionalInt.empty()), NEW_YEAR,
        Direction.FUTURE, Optional.empty()).value());
  }

  @Test
  void seasonsAndAgo() {
    assertEquals("2025-SU", past(new SeasonOf(Season.SUMMER, OptionalInt.empty(), Relation.LAST), MOSCOW));
    assertEquals("2025-WI", past(new SeasonOf(Season.WINTER, OptionalInt.empty(), Relation.THIS), MOSCOW));
    assertEquals("2026-03-09", past(new Ago(2, Unit.DAY), MOSCOW));
    assertEquals("2025", past(new Ago(1, Unit.YEAR), MOSCOW));
    assertEquals("2025-12", past(new Ago(3, Unit.MONTH), MOSCOW));
  }

  @Test
  void aYearAgoBesideARecentQuarterIsThatQuarterAYearBefore() {
    Resolution r = Resolver.resolve(new Ago(1, Unit.YEAR), MOSCOW, Direction.PAST,
        Optional.of(TimeValue.ofQuarter(2025, 4)));
    assertEquals("2024-Q4", r.value());
  }

  @Test
  void theSamePeriodInAnotherYearFollowsTheAnchor() {
    assertEquals("2024-Q3", Resolver.resolve(new TemporalExpression.SamePeriodIn(2024), MOSCOW, Direction.PAST,
        Optional.of(TimeValue.ofQuarter(2025, 3))).value());
    assertEquals("2024", past(new TemporalExpression.SamePeriodIn(2024), MOSCOW));
  }

  @Test
  void partsOfDayAndClockTimes() {
    assertEquals("2026-03-10TNI", past(new PartOfDayOf(new RelativeDay(-1), PartOfDay.NIGHT), MOSCOW));
    assertEquals("2026-03-05TNI", past(new PartOfDayOf(new RelativeDay(-1), PartOfDay.NIGHT), KYIV_AFTER_MIDNIGHT));
    assertEquals("2026-03-10T19:26", past(new ClockTime(Optional.of(new Weekday(DayOfWeek.TUESDAY, Relation.NONE)),
        LocalTime.of(19, 26)), MOSCOW));
    Resolution r = Resolver.resolve(new PartOfDayOf(new Weekday(DayOfWeek.TUESDAY, Relation.NONE), PartOfDay.EVENING),
        MOSCOW, Direction.PAST, Optional.empty());
    assertEquals(TimexType.TIME, r.type());
    assertEquals(Granularity.PART_OF_DAY, r.time().orElseThrow().granularity());
  }

  @Test
  void aPartOfTheStorysDayIsTheAnchorsOrWithoutOnePublications() {
    PartOfDayOf evening = new PartOfDayOf(new Anaphoric(0, Unit.DAY, true), PartOfDay.EVENING);
    assertEquals("2026-02-20TEV", Resolver.resolve(evening, MOSCOW, Direction.PAST,
        Optional.of(TimeValue.parse("2026-02-20"))).value());
    assertEquals("2026-03-11TEV", Resolver.resolve(evening, MOSCOW, Direction.UNMARKED, Optional.empty()).value());
    // told in the past at noon, an evening with no day named is yesterday's, as a bare clock time is
    assertEquals("2026-03-10TEV", Resolver.resolve(evening, MOSCOW, Direction.PAST, Optional.empty()).value());
    PartOfDayOf nextNight = new PartOfDayOf(new Anaphoric(1, Unit.DAY, true), PartOfDay.NIGHT);
    assertEquals("XXXX-XX-XXTNI", Resolver.resolve(nextNight, MOSCOW, Direction.PAST, Optional.empty()).value());
  }

  @Test
  void aSeasonToldFromTheTextsLastDateIsTheOneOfItsYearOrTheFirstAfterOrTheLastBefore() {
    TemporalExpression.AnaphoricSeason following = new TemporalExpression.AnaphoricSeason(Season.SPRING, 1);
    assertEquals("2020-SP", Resolver.resolve(following, MOSCOW, Direction.PAST, Optional.of(TimeValue.parse("2019-03")))
        .value());
    assertEquals("2019-SP", Resolver.resolve(following, MOSCOW, Direction.PAST, Optional.of(TimeValue.parse("2019-01")))
        .value());
    TemporalExpression.AnaphoricSeason that = new TemporalExpression.AnaphoricSeason(Season.WINTER, 0);
    assertEquals("2020-WI", Resolver.resolve(that, MOSCOW, Direction.PAST, Optional.of(TimeValue.parse("2021-01")))
        .value());
    TemporalExpression.AnaphoricSeason previous = new TemporalExpression.AnaphoricSeason(Season.SUMMER, -1);
    assertEquals("2025-SU", Resolver.resolve(previous, MOSCOW, Direction.PAST, Optional.empty()).value());
    assertThrows(IllegalArgumentException.class, () -> new TemporalExpression.AnaphoricSeason(Season.SUMMER, 2));
  }

  @Test
  void aMonthToldFromTheTextsLastDateIsTheOneOfItsYearOrTheFirstAfterOrTheLastBefore() {
    TemporalExpression.AnaphoricMonth that = new TemporalExpression.AnaphoricMonth(Month.DECEMBER, 0);
    assertEquals("2018-12", Resolver.resolve(that, MOSCOW, Direction.PAST, Optional.of(TimeValue.parse("2018-04")))
        .value());
    TemporalExpression.AnaphoricMonth following = new TemporalExpression.AnaphoricMonth(Month.MARCH, 1);
    assertEquals("2020-03", Resolver.resolve(following, MOSCOW, Direction.PAST, Optional.of(TimeValue.parse("2019")))
        .value());
    assertEquals("2019-03", Resolver.resolve(following, MOSCOW, Direction.PAST, Optional.of(TimeValue.parse("2019-01")))
        .value());
    TemporalExpression.AnaphoricMonth previous = new TemporalExpression.AnaphoricMonth(Month.JUNE, -1);
    assertEquals("2025-06", Resolver.resolve(previous, MOSCOW, Direction.PAST, Optional.empty()).value());
    assertThrows(IllegalArgumentException.class, () -> new TemporalExpression.AnaphoricMonth(Month.JUNE, 2));
  }

  @Test
  void thePreviousYearWithNoYearToldBeforeIsTheYearBeforePublications() {
    assertEquals("2025", Resolver.resolve(new Anaphoric(-1, Unit.YEAR, true), MOSCOW, Direction.PAST, Optional.empty())
        .value());
  }

  @Test
  void narrativeShiftsCountFromTheAnchorOrStayUnresolved() {
    Resolution next = Resolver.resolve(new Anaphoric(1, Unit.DAY), MOSCOW, Direction.PAST,
        Optional.of(TimeValue.parse("2026-02-20")));
    assertEquals("2026-02-21", next.value());
    Resolution yearEarlier = Resolver.resolve(new Anaphoric(-1, Unit.YEAR), MOSCOW, Direction.PAST,
        Optional.of(TimeValue.parse("2025-Q3")));
    assertEquals("2024-Q3", yearEarlier.value());
    Resolution none = Resolver.resolve(new Anaphoric(1, Unit.DAY), MOSCOW, Direction.PAST, Optional.empty());
    assertEquals("XXXX-XX-XX", none.value());
    assertTrue(none.time().isEmpty());
    assertTrue(none.problem().isPresent());
    Resolution coarse = Resolver.resolve(new Anaphoric(1, Unit.DAY), MOSCOW, Direction.PAST,
        Optional.of(TimeValue.parse("2025")));
    assertTrue(coarse.problem().orElseThrow().contains("coarser"), coarse.toString());
  }

  @Test
  void wholeShiftsNameTheUnitAroundTheAnchor() {
    Resolution following = Resolver.resolve(new Anaphoric(1, Unit.YEAR, true), MOSCOW, Direction.PAST,
        Optional.of(TimeValue.parse("1995-05-22")));
    assertEquals("1996", following.value());
    Resolution that = Resolver.resolve(new Anaphoric(0, Unit.YEAR, true), MOSCOW, Direction.PAST,
        Optional.of(TimeValue.parse("1998-06")));
    assertEquals("1998", that.value());
    Resolution coarse = Resolver.resolve(new Anaphoric(1, Unit.DAY, true), MOSCOW, Direction.PAST,
        Optional.of(TimeValue.parse("2025")));
    assertTrue(coarse.time().isEmpty(), coarse.toString());
  }

  @Test
  void partsOfARelativeYearTakeThatYear() {
    Resolution june = Resolver.resolve(new TemporalExpression.InRelativeYear(
        new MonthOfYear(Month.JUNE, OptionalInt.empty(), Relation.NONE), -1), MOSCOW, Direction.FUTURE, Optional.empty());
    assertEquals("2025-06", june.value());
    Resolution day = Resolver.resolve(new TemporalExpression.InRelativeYear(
        new MonthDay(Month.APRIL, 2, OptionalInt.empty()), 1), MOSCOW, Direction.PAST, Optional.empty());
    assertEquals("2027-04-02", day.value());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new TemporalExpression.InRelativeYear(new MonthOfYear(Month.JUNE, OptionalInt.of(2020), Relation.NONE), 0));
  }

  @Test
  void anaphoricWeekdaysCountFromTheAnchorDayOrPublication() {
    TemporalExpression previousFriday = new TemporalExpression.AnaphoricWeekday(DayOfWeek.FRIDAY, -1);
    assertEquals("2026-02-27", Resolver.resolve(previousFriday, MOSCOW, Direction.PAST,
        Optional.of(TimeValue.parse("2026-03-06"))).value());
    assertEquals("2026-03-06", Resolver.resolve(previousFriday, MOSCOW, Direction.PAST, Optional.empty()).value());
    TemporalExpression followingMonday = new TemporalExpression.AnaphoricWeekday(DayOfWeek.MONDAY, 1);
    assertEquals("2026-03-16", Resolver.resolve(followingMonday, MOSCOW, Direction.PAST,
        Optional.of(TimeValue.parse("2026-03"))).value());
  }

  @Test
  void appositionsKeepTheExplicitDateAndReportDisagreement() {
    Resolution agree = Resolver.resolve(new Apposition(new RelativeDay(-1),
        new Weekday(DayOfWeek.TUESDAY, Relation.NONE)), MOSCOW, Direction.PAST, Optional.empty());
    assertEquals("2026-03-10", agree.value());
    assertFalse(agree.problem().isPresent());
    Resolution disagree = Resolver.resolve(new Apposition(new Weekday(DayOfWeek.MONDAY, Relation.NONE),
        new MonthDay(Month.MARCH, 10, OptionalInt.empty())), MOSCOW, Direction.PAST, Optional.empty());
    assertEquals("2026-03-10", disagree.value());
    assertEquals("the parts disagree: 2026-03-09 vs 2026-03-10", disagree.problem().orElseThrow());
    // a date that falls on the weekday told agrees, whichever way the clause leans: "on Monday, March 16", told in the
    // past tense on Wednesday, March 11
    Resolution ahead = Resolver.resolve(new Apposition(new Weekday(DayOfWeek.MONDAY, Relation.NONE),
        new MonthDay(Month.MARCH, 16, OptionalInt.empty())), MOSCOW, Direction.PAST, Optional.empty());
    assertEquals("2026-03-16", ahead.value());
    assertFalse(ahead.problem().isPresent());
  }

  @Test
  void vagueDurationsAndTheReferenceTimesDate() {
    assertEquals("PAST_REF", past(new Vague(Granularity.PAST), MOSCOW));
    assertEquals(TimexType.DURATION, Resolver.resolve(new Duration("P3D"), MOSCOW, Direction.PAST, Optional.empty()).type());
    assertEquals("2026-03-06", KYIV_AFTER_MIDNIGHT.date().toString());
    assertEquals("2026-03-05T22:30:00Z", KYIV_AFTER_MIDNIGHT.instant().toString());
  }

  @Test
  void aDayShiftCountsFromTheDayItNames() {
    assertEquals("2026-03-03", past(new TemporalExpression.DayShift(new Weekday(DayOfWeek.WEDNESDAY, Relation.LAST), -1),
        MOSCOW));
    assertEquals("2027-01-01", past(new TemporalExpression.DayShift(new MonthDay(Month.DECEMBER, 31, OptionalInt.empty()), 1),
        NEW_YEAR));
  }

  @Test
  void midnightEndsItsDay() {
    assertEquals("2026-03-10T24:00", past(new ClockTime(Optional.of(new RelativeDay(-1)), ClockTime.END_OF_DAY), MOSCOW));
    assertEquals("2026-03-10T00:00", past(new ClockTime(Optional.of(new RelativeDay(-1)), LocalTime.MIDNIGHT), MOSCOW));
  }
}
