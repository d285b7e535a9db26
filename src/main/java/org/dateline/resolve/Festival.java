package org.dateline.resolve;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Festivals of lunar and lunisolar calendars that news dates by name: Hindu festivals with their main day as India's
 * central government lists it, the Lunar New Year, the two Eids by the Umm al-Qura calendar Saudi Arabia keeps (some
 * countries keep them a day later, by their own sighting of the moon), Orthodox Easter by the Julian computus, and the
 * Jewish high holidays, Passover and Hanukkah by their first full day. The Eids, Orthodox Easter and the Jewish
 * festivals are computed from their calendars; the others come from a table, and a year outside it has no day.
 * Immutable.
 */
public enum Festival {
  /** Diwali (Deepavali), the day of Lakshmi Puja. */
  DIWALI(Map.of(2022, LocalDate.of(2022, 10, 24), 2023, LocalDate.of(2023, 11, 12), 2024, LocalDate.of(2024, 10, 31),
      2025, LocalDate.of(2025, 10, 20), 2026, LocalDate.of(2026, 11, 8), 2027, LocalDate.of(2027, 10, 29))),
  /** Holi, the day of colours after Holika Dahan. */
  HOLI(Map.of(2022, LocalDate.of(2022, 3, 18), 2023, LocalDate.of(2023, 3, 8), 2024, LocalDate.of(2024, 3, 25),
      2025, LocalDate.of(2025, 3, 14), 2026, LocalDate.of(2026, 3, 4), 2027, LocalDate.of(2027, 3, 22))),
  /** The Lunar (Chinese) New Year, the first day of the first month of the lunisolar calendar. */
  LUNAR_NEW_YEAR(Map.ofEntries(
      Map.entry(2000, LocalDate.of(2000, 2, 5)), Map.entry(2001, LocalDate.of(2001, 1, 24)),
      Map.entry(2002, LocalDate.of(2002, 2, 12)), Map.entry(2003, LocalDate.of(2003, 2, 1)),
      Map.entry(2004, LocalDate.of(2004, 1, 22)), Map.entry(2005, LocalDate.of(2005, 2, 9)),
      Map.entry(2006, LocalDate.of(2006, 1, 29)), Map.entry(2007, LocalDate.of(2007, 2, 18)),
      Map.entry(2008, LocalDate.of(2008, 2, 7)), Map.entry(2009, LocalDate.of(2009, 1, 26)),
      Map.entry(2010, LocalDate.of(2010, 2, 14)), Map.entry(2011, LocalDate.of(2011, 2, 3)),
      Map.entry(2012, LocalDate.of(2012, 1, 23)), Map.entry(2013, LocalDate.of(2013, 2, 10)),
      Map.entry(2014, LocalDate.of(2014, 1, 31)), Map.entry(2015, LocalDate.of(2015, 2, 19)),
      Map.entry(2016, LocalDate.of(2016, 2, 8)), Map.entry(2017, LocalDate.of(2017, 1, 28)),
      Map.entry(2018, LocalDate.of(2018, 2, 16)), Map.entry(2019, LocalDate.of(2019, 2, 5)),
      Map.entry(2020, LocalDate.of(2020, 1, 25)), Map.entry(2021, LocalDate.of(2021, 2, 12)),
      Map.entry(2022, LocalDate.of(2022, 2, 1)), Map.entry(2023, LocalDate.of(2023, 1, 22)),
      Map.entry(2024, LocalDate.of(2024, 2, 10)), Map.entry(2025, LocalDate.of(2025, 1, 29)),
      Map.entry(2026, LocalDate.of(2026, 2, 17)), Map.entry(2027, LocalDate.of(2027, 2, 6)),
      Map.entry(2028, LocalDate.of(2028, 1, 26)), Map.entry(2029, LocalDate.of(2029, 2, 13)),
      Map.entry(2030, LocalDate.of(2030, 2, 3)))),
  /** Eid al-Fitr, the first day of Shawwal, which ends Ramadan, by the Umm al-Qura calendar. */
  EID_AL_FITR(year -> hijri(year, 10, 1)),
  /** Eid al-Adha, the tenth day of Dhu al-Hijjah, by the Umm al-Qura calendar. */
  EID_AL_ADHA(year -> hijri(year, 12, 10)),
  /** Rosh Hashanah, the first of Tishrei (its eve, when it begins at sundown, is the day before). */
  ROSH_HASHANAH(year -> hebrew(year, 0)),
  /** Yom Kippur, the tenth of Tishrei. */
  YOM_KIPPUR(year -> hebrew(year, 9)),
  /** Passover, its first day, the fifteenth of Nisan. */
  PASSOVER(Festival::passover),
  /** Easter of the Orthodox churches, by the Julian calendar's reckoning. */
  ORTHODOX_EASTER(Festival::julianEaster),
  /** Chuseok, Korea's harvest festival, and China's Mid-Autumn Festival: the fifteenth of the eighth lunar month. */
  CHUSEOK(Map.of(2022, LocalDate.of(2022, 9, 10), 2023, LocalDate.of(2023, 9, 29), 2024, LocalDate.of(2024, 9, 17),
      2025, LocalDate.of(2025, 10, 6), 2026, LocalDate.of(2026, 9, 25), 2027, LocalDate.of(2027, 9, 15))),
  /** Hanukkah, its first day, the twenty-fifth of Kislev. */
  HANUKKAH(Festival::hanukkah);

  /** The Hebrew calendar's epoch, the first of Tishrei of year 1, as a day count from 1970-01-01. */
  private static final long HEBREW_EPOCH_DAY = LocalDate.of(-3760, 9, 7).toEpochDay();

  private final IntFunction<Optional<LocalDate>> days;

  Festival(Map<Integer, LocalDate> days) {
    this.days = year -> Optional.ofNullable(days.get(year));
  }

  Festival(IntFunction<Optional<LocalDate>> days) {
    this.days = days;
  }

  /**
   * Returns the festival's day in a year.
   *
   * @param year the Gregorian year
   * @return the day, or empty when the table or the calendar does not reach that year
   */
  public Optional<LocalDate> in(int year) {
    return days.apply(year);
  }

  /**
   * The first day in Gregorian {@code year} that is {@code day} of Hijri {@code month} by the Umm al-Qura calendar
   * Saudi Arabia keeps (java.time's {@link HijrahChronology}); empty outside the years it covers. A year that holds
   * the day twice (2000's two Eid al-Fitrs) gives the first.
   */
  private static Optional<LocalDate> hijri(int year, int month, int day) {
    try {
      HijrahDate start = HijrahChronology.INSTANCE.date(LocalDate.of(year, 1, 1));
      for (int hy = start.get(ChronoField.YEAR) - 1; hy <= start.get(ChronoField.YEAR) + 1; hy++) {
        LocalDate d = LocalDate.from(HijrahChronology.INSTANCE.date(hy, month, day));
        if (d.getYear() == year) {
          return Optional.of(d);
        }
      }
      return Optional.empty();
    } catch (DateTimeException outside) {
      return Optional.empty();
    }
  }

  /**
   * Orthodox Easter in Gregorian {@code year}: Easter Sunday by the Julian computus, moved onto the Gregorian
   * calendar (13 days on from 1900 to 2099, the years this reads).
   */
  private static Optional<LocalDate> julianEaster(int year) {
    if (year < 1900 || year > 2099) {
      return Optional.empty();
    }
    int a = year % 4;
    int b = year % 7;
    int c = year % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    return Optional.of(LocalDate.of(year, month, day).plusDays(13));
  }

  /**
   * The day {@code offset} days after Rosh Hashanah of the Hebrew year that begins in the autumn of Gregorian
   * {@code year}; empty outside 1900 to 2199, the years this reads.
   */
  private static Optional<LocalDate> hebrew(int year, int offset) {
    if (year < 1900 || year > 2199) {
      return Optional.empty();
    }
    return Optional.of(hebrewNewYear(year + 3761).plusDays(offset));
  }

  /**
   * Passover in Gregorian {@code year}: 163 days before the next Rosh Hashanah (the rest of Nisan from its fifteenth,
   * then Iyar, Sivan, Tammuz, Av and Elul, whose lengths never change).
   */
  private static Optional<LocalDate> passover(int year) {
    return hebrew(year, -163);
  }

  /**
   * Hanukkah in Gregorian {@code year}: the twenty-fifth of Kislev, after Tishrei's 30 days and Heshvan's 29, or 30 in
   * a year of full length (355 or 385 days).
   */
  private static Optional<LocalDate> hanukkah(int year) {
    if (year < 1900 || year > 2199) {
      return Optional.empty();
    }
    LocalDate newYear = hebrewNewYear(year + 3761);
    long length = hebrewNewYear(year + 3762).toEpochDay() - newYear.toEpochDay();
    int heshvan = length % 10 == 5 ? 30 : 29;
    return Optional.of(newYear.plusDays(30 + heshvan + 24));
  }

  /** The first of Tishrei of a Hebrew year: the molad of Tishrei with the four postponements (dehiyyot). */
  private static LocalDate hebrewNewYear(int hebrewYear) {
    return LocalDate.ofEpochDay(HEBREW_EPOCH_DAY + elapsedDays(hebrewYear) + lengthCorrection(hebrewYear));
  }

  /**
   * Days from the epoch to the molad of Tishrei of a Hebrew year, in whole days, a day later when the molad falls at
   * or after noon or the day would be a Sunday, Wednesday or Friday (the usual arithmetic form of the first two
   * postponements).
   */
  private static long elapsedDays(int hebrewYear) {
    long months = Math.floorDiv(235L * hebrewYear - 234, 19);
    long parts = 12084 + 13753 * months;
    long days = 29 * months + Math.floorDiv(parts, 25920);
    return Math.floorMod(3 * (days + 1), 7) < 3 ? days + 1 : days;
  }

  /** The last two postponements: a day or two so that no year is 356 days long and no leap year 382. */
  private static int lengthCorrection(int hebrewYear) {
    long previous = elapsedDays(hebrewYear - 1);
    long current = elapsedDays(hebrewYear);
    long next = elapsedDays(hebrewYear + 1);
    if (next - current == 356) {
      return 2;
    }
    return current - previous == 382 ? 1 : 0;
  }
}
