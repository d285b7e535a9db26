package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeValueTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
  private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

  @Test
  void factoriesWriteTimex3Values() {
    assertEquals("2026-03-10T19:26", TimeValue.ofTime(TUESDAY.atTime(19, 26)).value());
    assertEquals("2026-03-10T19:26:05", TimeValue.ofTime(TUESDAY.atTime(19, 26, 5, 999)).value());
    assertEquals("2026-03-10T24:00", TimeValue.ofEndOfDay(TUESDAY).value());
    assertEquals("2026-03-10TEV", TimeValue.ofPartOfDay(TUESDAY, PartOfDay.EVENING).value());
    assertEquals("2026-03-10", TimeValue.ofDay(TUESDAY).value());
    assertEquals("2026-W11", TimeValue.ofWeekContaining(TUESDAY).value());
    assertEquals("2026-W10-WE", TimeValue.ofWeekend(2026, 10).value());
    assertEquals("2026-02", TimeValue.ofMonth(YearMonth.of(2026, 2)).value());
    assertEquals("2025-SU", TimeValue.ofSeason(2025, Season.SUMMER).value());
    assertEquals("2026-Q1", TimeValue.ofQuarter(2026, 1).value());
    assertEquals("2026-H2", TimeValue.ofHalf(2026, 2).value());
    assertEquals("2025", TimeValue.ofYear(2025).value());
    assertEquals("0033", TimeValue.ofYear(33).value());
    assertEquals("199", TimeValue.ofDecadeContaining(1994).value());
    assertEquals("19", TimeValue.ofCenturyContaining(1994).value());
    assertEquals("PAST_REF", TimeValue.past().value());
    assertEquals("PRESENT_REF", TimeValue.present().value());
    assertEquals("FUTURE_REF", TimeValue.future().value());
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "2026-03-10T19:26, TIME",
      "2026-03-10T19:26:05, TIME",
      "2026-03-10T24:00, TIME",
      "2026-03-10TMO, PART_OF_DAY",
      "2026-03-10TMI, PART_OF_DAY",
      "2026-03-10TAF, PART_OF_DAY",
      "2026-03-10TDT, PART_OF_DAY",
      "2026-03-10TEV, PART_OF_DAY",
      "2026-03-10TNI, PART_OF_DAY",
      "2026-03-10, DAY",
      "2024-02-29, DAY",
      "0000-01-01, DAY",
      "2026-W10-WE, WEEKEND",
      "2026-W10, WEEK",
      "2026-W53, WEEK",
      "2026-02, MONTH",
      "2025-SP, SEASON",
      "2025-SU, SEASON",
      "2025-FA, SEASON",
      "2025-WI, SEASON",
      "2026-Q4, QUARTER",
      "2026-H1, HALF",
      "2025, YEAR",
      "199, DECADE",
      "19, CENTURY",
      "PAST_REF, PAST",
      "PRESENT_REF, PRESENT",
      "FUTURE_REF, FUTURE",
  })
  void parsesEverySupportedForm(String text, Granularity granularity) {
    TimeValue v = TimeValue.parse(text);
    assertEquals(granularity, v.granularity());
    assertEquals(text, v.toString());
    assertEquals(v, TimeValue.parse(v.toString()));
  }

  @Test
  void parseDropsZeroSeconds() {
    assertEquals(TimeValue.ofTime(TUESDAY.atTime(19, 26)), TimeValue.parse("2026-03-10T19:26:00"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "2026-02-30", "2025-02-29", "2026-13", "2026-00", "2026-W54", "2025-W53", "2026-W00",
      "20260310", "2026-3-10", "2026-03-10T24:30", "2026-03-10T24:00:01", "2026-03-10T25:00", "2026-03-10T19:60", "2026-03-10TXX", "2026-Q5", "2026-H3",
      "2025-AU", "PAST", "past_ref", "1", "19999", "2026-03-10 ", " 2026", "P3D", "XXXX-03-10"})
  void refusesInvalidText(String text) {
    DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> TimeValue.parse(text));
    assertEquals(text, e.getParsedString());
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void endOfDayIsTheNextDaysFirstMinute() {
    TimeValue v = TimeValue.ofEndOfDay(TUESDAY);
    assertEquals(Granularity.TIME, v.granularity());
    assertEquals(TUESDAY.plusDays(1).atStartOfDay(), v.localStart().orElseThrow());
  }

  @Test
  void impossibleDatesSayWhy() {
    DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> TimeValue.parse("2026-W54"));
    assertTrue(e.getMessage().contains("week must be 1 to 53 in 2026: 54"), e.getMessage());
  }

  @Test
  void validationMessagesNameTheArgument() {
    assertMessage("year must be 0 to 9999: 10000", () -> TimeValue.ofYear(10_000));
    assertMessage("year must be 0 to 9999: -1", () -> TimeValue.ofDay(LocalDate.of(-1, 1, 1)));
    assertMessage("quarter must be 1 to 4: 5", () -> TimeValue.ofQuarter(2026, 5));
    assertMessage("half must be 1 or 2: 0", () -> TimeValue.ofHalf(2026, 0));
    assertMessage("week must be 1 to 52 in 2025: 53", () -> TimeValue.ofWeek(2025, 53));
    assertMessage("week must be 1 to 53 in 2026: 0", () -> TimeValue.ofWeekend(2026, 0));
  }

  private static void assertMessage(String message, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(TimeValue.ofDay(TUESDAY), TimeValue.parse("2026-03-10"), TimeValue.ofDay(TUESDAY))
        .addEqualityGroup(TimeValue.ofWeekContaining(TUESDAY), TimeValue.ofWeek(2026, 11))
        .addEqualityGroup(TimeValue.ofWeekend(2026, 11))
        .addEqualityGroup(TimeValue.ofTime(TUESDAY.atStartOfDay()), TimeValue.parse("2026-03-10T00:00"))
        .addEqualityGroup(TimeValue.ofEndOfDay(TUESDAY.minusDays(1)), TimeValue.parse("2026-03-09T24:00"))
        .addEqualityGroup(TimeValue.ofDecadeContaining(1990), TimeValue.ofDecadeContaining(1999))
        .addEqualityGroup(TimeValue.ofCenturyContaining(1990))
        .addEqualityGroup(TimeValue.past(), TimeValue.parse("PAST_REF"))
        .addEqualityGroup(TimeValue.future())
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(LocalDate.class, TUESDAY)
        .setDefault(LocalDateTime.class, TUESDAY.atTime(19, 26))
        .setDefault(YearMonth.class, YearMonth.of(2026, 3))
        .setDefault(ZoneId.class, MOSCOW)
        .setDefault(TimeValue.class, TimeValue.ofYear(2026));
    t.testAllPublicStaticMethods(TimeValue.class);
    t.testAllPublicInstanceMethods(TimeValue.ofDay(TUESDAY));
    t.testAllPublicInstanceMethods(TimeValue.past());
  }

  @Test
  void dayInMoscowIsThatDayAtPlusThree() {
    TimeInterval i = TimeValue.ofDay(TUESDAY).interval(MOSCOW).orElseThrow();
    assertEquals(ZonedDateTime.of(2026, 3, 10, 0, 0, 0, 0, MOSCOW), i.start());
    assertEquals(ZonedDateTime.of(2026, 3, 11, 0, 0, 0, 0, MOSCOW), i.endExclusive());
    assertEquals("2026-03-10T00:00+03:00", i.start().toOffsetDateTime().toString());
    assertEquals(Duration.ofDays(1), i.length());
  }

  @Test
  void nightCrossesMidnight() {
    TimeValue night = TimeValue.ofPartOfDay(TUESDAY, PartOfDay.NIGHT);
    assertEquals(Optional.of(TUESDAY.atTime(21, 0)), night.localStart());
    assertEquals(Optional.of(TUESDAY.plusDays(1).atTime(5, 0)), night.localEndExclusive());
  }

  @Test
  void eveningStaysInItsDay() {
    TimeValue evening = TimeValue.ofPartOfDay(TUESDAY, PartOfDay.EVENING);
    assertEquals(Optional.of(TUESDAY.atTime(17, 0)), evening.localStart());
    assertEquals(Optional.of(TUESDAY.atTime(21, 0)), evening.localEndExclusive());
  }

  @Test
  void weekIsIsoMondayToSunday() {
    TimeValue week = TimeValue.ofWeekContaining(TUESDAY);
    LocalDateTime start = week.localStart().orElseThrow();
    assertEquals(DayOfWeek.MONDAY, start.getDayOfWeek());
    assertEquals(LocalDate.of(2026, 3, 9).atStartOfDay(), start);
    assertEquals(LocalDate.of(2026, 3, 16).atStartOfDay(), week.localEndExclusive().orElseThrow());
    assertEquals(week, TimeValue.ofWeekContaining(LocalDate.of(2026, 3, 15)));
    assertEquals("2026-W01", TimeValue.ofWeekContaining(LocalDate.of(2025, 12, 29)).value());
  }

  @Test
  void weekendIsSaturdayAndSunday() {
    TimeValue weekend = TimeValue.ofWeekend(2026, 11);
    assertEquals(LocalDate.of(2026, 3, 14).atStartOfDay(), weekend.localStart().orElseThrow());
    assertEquals(LocalDate.of(2026, 3, 16).atStartOfDay(), weekend.localEndExclusive().orElseThrow());
  }

  @Test
  void dstSwitchDayInKyivIs23HoursLong() {
    TimeInterval i = TimeValue.ofDay(LocalDate.of(2026, 3, 29)).interval(KYIV).orElseThrow();
    assertEquals(Duration.ofHours(23), i.length());
    assertEquals(Duration.ofHours(25),
        TimeValue.ofDay(LocalDate.of(2026, 10, 25)).interval(KYIV).orElseThrow().length());
  }

  @Test
  void winterRunsFromDecemberToMarch() {
    TimeValue winter = TimeValue.parse("2025-WI");
    assertEquals(LocalDate.of(2025, 12, 1).atStartOfDay(), winter.localStart().orElseThrow());
    assertEquals(LocalDate.of(2026, 3, 1).atStartOfDay(), winter.localEndExclusive().orElseThrow());
  }

  @Test
  void decadeAndCenturyCoverTheirYears() {
    TimeValue decade = TimeValue.parse("199");
    assertEquals(LocalDate.of(1990, 1, 1).atStartOfDay(), decade.localStart().orElseThrow());
    assertEquals(LocalDate.of(2000, 1, 1).atStartOfDay(), decade.localEndExclusive().orElseThrow());
    TimeValue century = TimeValue.parse("19");
    assertEquals(LocalDate.of(1900, 1, 1).atStartOfDay(), century.localStart().orElseThrow());
    assertEquals(LocalDate.of(2000, 1, 1).atStartOfDay(), century.localEndExclusive().orElseThrow());
  }

  @Test
  void quarterAndHalfCoverTheirMonths() {
    assertEquals(LocalDate.of(2026, 10, 1).atStartOfDay(), TimeValue.ofQuarter(2026, 4).localStart().orElseThrow());
    assertEquals(LocalDate.of(2027, 1, 1).atStartOfDay(),
        TimeValue.ofQuarter(2026, 4).localEndExclusive().orElseThrow());
    assertEquals(LocalDate.of(2026, 7, 1).atStartOfDay(), TimeValue.ofHalf(2026, 2).localStart().orElseThrow());
  }

  @Test
  void vagueValuesHaveNoInterval() {
    for (TimeValue v : new TimeValue[] {TimeValue.past(), TimeValue.present(), TimeValue.future()}) {
      assertTrue(v.isVague());
      assertEquals(Optional.empty(), v.interval(MOSCOW));
      assertEquals(Optional.empty(), v.localStart());
      assertFalse(v.isWithin(TimeValue.ofYear(2026)));
      assertFalse(TimeValue.ofYear(2026).isWithin(v));
    }
    assertFalse(TimeValue.ofYear(2026).isVague());
  }

  @Test
  void isWithinComparesCalendarIntervals() {
    assertTrue(TimeValue.ofDay(TUESDAY).isWithin(TimeValue.ofWeekContaining(TUESDAY)));
    assertTrue(TimeValue.ofDay(TUESDAY).isWithin(TimeValue.ofDay(TUESDAY)));
    assertTrue(TimeValue.ofMonth(YearMonth.of(2026, 2)).isWithin(TimeValue.ofSeason(2025, Season.WINTER)));
    assertFalse(TimeValue.ofWeekContaining(TUESDAY).isWithin(TimeValue.ofDay(TUESDAY)));
    assertFalse(TimeValue.ofPartOfDay(TUESDAY, PartOfDay.NIGHT).isWithin(TimeValue.ofDay(TUESDAY)));
  }
}
