package org.dateline.model;

import java.time.Month;

/** A meteorological season of the northern hemisphere, as TimeML codes it. */
public enum Season {
  /** Spring, {@code SP}: March to May. */
  SPRING("SP", Month.MARCH),
  /** Summer, {@code SU}: June to August. */
  SUMMER("SU", Month.JUNE),
  /** Autumn or fall, {@code FA}: September to November. */
  FALL("FA", Month.SEPTEMBER),
  /** Winter, {@code WI}: December to February of the next year. */
  WINTER("WI", Month.DECEMBER);

  private final String code;
  private final Month firstMonth;

  Season(String code, Month firstMonth) {
    this.code = code;
    this.firstMonth = firstMonth;
  }

  /** Returns the TIMEX3 code: {@code SP}, {@code SU}, {@code FA} or {@code WI}. */
  public String code() {
    return code;
  }

  /** Returns the first month of the season. */
  public Month firstMonth() {
    return firstMonth;
  }

  /**
   * Returns the season with the given TIMEX3 code.
   *
   * @param code {@code SP}, {@code SU}, {@code FA} or {@code WI}, not null
   * @return the season
   * @throws IllegalArgumentException if no season has that code
   */
  public static Season ofCode(String code) {
    for (Season s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown season code: " + code);
  }
}
