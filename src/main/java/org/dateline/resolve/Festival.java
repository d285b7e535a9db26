package org.dateline.resolve;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Festivals of lunar and lunisolar calendars that news dates by name: Hindu festivals with their main day as India's
 * central government lists it, the Lunar New Year, the two Eids with the first day Saudi Arabia observed (some
 * countries keep them a day later, by their own sighting of the moon), and the Jewish high holidays, Passover and
 * Hanukkah by their first full day. No rule gives these days, so a table does; a
 * year outside it has no day. Immutable.
 */
public enum Festival {
  /** Diwali (Deepavali), the day of Lakshmi Puja. */
  DIWALI(Map.of(2022, LocalDate.of(2022, 10, 24), 2023, LocalDate.of(2023, 11, 12), 2024, LocalDate.of(2024, 10, 31),
      2025, LocalDate.of(2025, 10, 20), 2026, LocalDate.of(2026, 11, 8), 2027, LocalDate.of(2027, 10, 29))),
  /** Holi, the day of colours after Holika Dahan. */
  HOLI(Map.of(2022, LocalDate.of(2022, 3, 18), 2023, LocalDate.of(2023, 3, 8), 2024, LocalDate.of(2024, 3, 25),
      2025, LocalDate.of(2025, 3, 14), 2026, LocalDate.of(2026, 3, 4), 2027, LocalDate.of(2027, 3, 22))),
  /** The Lunar (Chinese) New Year, the first day of the first month of the lunisolar calendar. */
  LUNAR_NEW_YEAR(Map.of(2022, LocalDate.of(2022, 2, 1), 2023, LocalDate.of(2023, 1, 22), 2024, LocalDate.of(2024, 2, 10),
      2025, LocalDate.of(2025, 1, 29), 2026, LocalDate.of(2026, 2, 17), 2027, LocalDate.of(2027, 2, 6),
      2028, LocalDate.of(2028, 1, 26))),
  /** Eid al-Fitr, the first day of Shawwal, which ends Ramadan. */
  EID_AL_FITR(Map.of(2022, LocalDate.of(2022, 5, 2), 2023, LocalDate.of(2023, 4, 21), 2024, LocalDate.of(2024, 4, 10),
      2025, LocalDate.of(2025, 3, 30), 2026, LocalDate.of(2026, 3, 20))),
  /** Eid al-Adha, the tenth day of Dhu al-Hijjah. */
  EID_AL_ADHA(Map.of(2022, LocalDate.of(2022, 7, 9), 2023, LocalDate.of(2023, 6, 28), 2024, LocalDate.of(2024, 6, 16),
      2025, LocalDate.of(2025, 6, 6), 2026, LocalDate.of(2026, 5, 27))),
  /** Rosh Hashanah, the first of Tishrei (its eve, when it begins at sundown, is the day before). */
  ROSH_HASHANAH(Map.of(2022, LocalDate.of(2022, 9, 26), 2023, LocalDate.of(2023, 9, 16), 2024, LocalDate.of(2024, 10, 3),
      2025, LocalDate.of(2025, 9, 23), 2026, LocalDate.of(2026, 9, 12), 2027, LocalDate.of(2027, 10, 2))),
  /** Yom Kippur, the tenth of Tishrei. */
  YOM_KIPPUR(Map.of(2022, LocalDate.of(2022, 10, 5), 2023, LocalDate.of(2023, 9, 25), 2024, LocalDate.of(2024, 10, 12),
      2025, LocalDate.of(2025, 10, 2), 2026, LocalDate.of(2026, 9, 21), 2027, LocalDate.of(2027, 10, 11))),
  /** Passover, its first day, the fifteenth of Nisan. */
  PASSOVER(Map.of(2022, LocalDate.of(2022, 4, 16), 2023, LocalDate.of(2023, 4, 6), 2024, LocalDate.of(2024, 4, 23),
      2025, LocalDate.of(2025, 4, 13), 2026, LocalDate.of(2026, 4, 2), 2027, LocalDate.of(2027, 4, 22))),
  /** Easter of the Orthodox churches, by the Julian calendar's reckoning. */
  ORTHODOX_EASTER(Map.of(2022, LocalDate.of(2022, 4, 24), 2023, LocalDate.of(2023, 4, 16), 2024, LocalDate.of(2024, 5, 5),
      2025, LocalDate.of(2025, 4, 20), 2026, LocalDate.of(2026, 4, 12), 2027, LocalDate.of(2027, 5, 2))),
  /** Chuseok, Korea's harvest festival, and China's Mid-Autumn Festival: the fifteenth of the eighth lunar month. */
  CHUSEOK(Map.of(2022, LocalDate.of(2022, 9, 10), 2023, LocalDate.of(2023, 9, 29), 2024, LocalDate.of(2024, 9, 17),
      2025, LocalDate.of(2025, 10, 6), 2026, LocalDate.of(2026, 9, 25), 2027, LocalDate.of(2027, 9, 15))),
  /** Hanukkah, its first day, the twenty-fifth of Kislev. */
  HANUKKAH(Map.of(2022, LocalDate.of(2022, 12, 19), 2023, LocalDate.of(2023, 12, 8), 2024, LocalDate.of(2024, 12, 26),
      2025, LocalDate.of(2025, 12, 15), 2026, LocalDate.of(2026, 12, 5), 2027, LocalDate.of(2027, 12, 25)));

  private final Map<Integer, LocalDate> days;

  Festival(Map<Integer, LocalDate> days) {
    this.days = days;
  }

  /**
   * Returns the festival's day in a year.
   *
   * @param year the Gregorian year
   * @return the day, or empty when the table does not reach that year
   */
  public Optional<LocalDate> in(int year) {
    return Optional.ofNullable(days.get(year));
  }
}
