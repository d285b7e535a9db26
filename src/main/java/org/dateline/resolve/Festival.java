package org.dateline.resolve;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Festivals of the Hindu lunisolar calendar that news dates by name, with their main day as India's central
 * government lists it. No rule gives these days, so a table does; a year outside it has no day. Immutable.
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
      2028, LocalDate.of(2028, 1, 26)));

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
