package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Festival days, from the tables and from the calendars that compute them. */
class FestivalTest {
  @Test
  void theEidsFollowTheUmmAlQuraCalendarInAnyYear() {
    assertEquals(Optional.of(LocalDate.of(2016, 7, 6)), Festival.EID_AL_FITR.in(2016));
    assertEquals(Optional.of(LocalDate.of(2026, 3, 20)), Festival.EID_AL_FITR.in(2026));
    assertEquals(Optional.of(LocalDate.of(2012, 10, 26)), Festival.EID_AL_ADHA.in(2012));
    assertEquals(Optional.of(LocalDate.of(2026, 5, 27)), Festival.EID_AL_ADHA.in(2026));
    // 2000 holds two: the first is given
    assertEquals(Optional.of(LocalDate.of(2000, 1, 8)), Festival.EID_AL_FITR.in(2000));
    // a year the calendar does not reach has no day
    assertEquals(Optional.empty(), Festival.EID_AL_FITR.in(1700));
  }

  @Test
  void orthodoxEasterIsTheJulianComputusOnTheGregorianCalendar() {
    assertEquals(Optional.of(LocalDate.of(2022, 4, 24)), Festival.ORTHODOX_EASTER.in(2022));
    assertEquals(Optional.of(LocalDate.of(2024, 5, 5)), Festival.ORTHODOX_EASTER.in(2024));
    assertEquals(Optional.of(LocalDate.of(2026, 4, 12)), Festival.ORTHODOX_EASTER.in(2026));
    assertEquals(Optional.of(LocalDate.of(2027, 5, 2)), Festival.ORTHODOX_EASTER.in(2027));
    // in years when it falls on Western Easter too
    assertEquals(Optional.of(LocalDate.of(2017, 4, 16)), Festival.ORTHODOX_EASTER.in(2017));
    assertEquals(Optional.empty(), Festival.ORTHODOX_EASTER.in(1850));
  }

  @Test
  void theLunarNewYearTableReachesBackTo2000() {
    assertEquals(Optional.of(LocalDate.of(2016, 2, 8)), Festival.LUNAR_NEW_YEAR.in(2016));
    assertEquals(Optional.of(LocalDate.of(2000, 2, 5)), Festival.LUNAR_NEW_YEAR.in(2000));
    assertEquals(Optional.empty(), Festival.LUNAR_NEW_YEAR.in(1999));
  }

  @Test
  void theJewishFestivalsFollowTheHebrewCalendarInAnyYear() {
    // the days the table of earlier builds held, 2022 to 2027
    int[][] roshHashanah = {{2022, 9, 26}, {2023, 9, 16}, {2024, 10, 3}, {2025, 9, 23}, {2026, 9, 12}, {2027, 10, 2}};
    int[][] passover = {{2022, 4, 16}, {2023, 4, 6}, {2024, 4, 23}, {2025, 4, 13}, {2026, 4, 2}, {2027, 4, 22}};
    int[][] hanukkah = {{2022, 12, 19}, {2023, 12, 8}, {2024, 12, 26}, {2025, 12, 15}, {2026, 12, 5}, {2027, 12, 25}};
    for (int i = 0; i < 6; i++) {
      assertEquals(day(roshHashanah[i]), Festival.ROSH_HASHANAH.in(roshHashanah[i][0]));
      assertEquals(day(roshHashanah[i]).map(d -> d.plusDays(9)), Festival.YOM_KIPPUR.in(roshHashanah[i][0]));
      assertEquals(day(passover[i]), Festival.PASSOVER.in(passover[i][0]));
      assertEquals(day(hanukkah[i]), Festival.HANUKKAH.in(hanukkah[i][0]));
    }
    // and before it: a leap year, a year of full length, a deficient one
    assertEquals(Optional.of(LocalDate.of(2000, 9, 30)), Festival.ROSH_HASHANAH.in(2000));
    assertEquals(Optional.of(LocalDate.of(2001, 9, 27)), Festival.YOM_KIPPUR.in(2001));
    assertEquals(Optional.of(LocalDate.of(2014, 4, 15)), Festival.PASSOVER.in(2014));
    assertEquals(Optional.of(LocalDate.of(2013, 11, 28)), Festival.HANUKKAH.in(2013));
    assertEquals(Optional.of(LocalDate.of(2008, 12, 22)), Festival.HANUKKAH.in(2008));
    assertEquals(Optional.of(LocalDate.of(1967, 10, 14)), Festival.YOM_KIPPUR.in(1967));
    assertEquals(Optional.of(LocalDate.of(1973, 10, 6)), Festival.YOM_KIPPUR.in(1973));
    assertEquals(Optional.empty(), Festival.PASSOVER.in(1850));
  }

  private static Optional<LocalDate> day(int[] ymd) {
    return Optional.of(LocalDate.of(ymd[0], ymd[1], ymd[2]));
  }
}
