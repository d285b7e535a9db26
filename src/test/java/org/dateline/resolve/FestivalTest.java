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
}
