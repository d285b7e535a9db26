package org.dateline.model;

import java.time.LocalTime;

/**
 * A part of a day as TimeML names it, with the clock hours Dateline gives it for intervals.
 *
 * <p>The hours are a convention for queries, not a claim about the text: "Tuesday evening" is
 * {@code 2026-03-10TEV}, whose interval is 17:00 to 21:00 on that day.
 */
public enum PartOfDay {
  /** Morning, {@code TMO}: 05:00 to 12:00. */
  MORNING("MO", LocalTime.of(5, 0), LocalTime.NOON),
  /** Midday, {@code TMI}: 11:00 to 14:00. */
  MIDDAY("MI", LocalTime.of(11, 0), LocalTime.of(14, 0)),
  /** Afternoon, {@code TAF}: 12:00 to 17:00. */
  AFTERNOON("AF", LocalTime.NOON, LocalTime.of(17, 0)),
  /** Daytime, {@code TDT}: 06:00 to 18:00. */
  DAYTIME("DT", LocalTime.of(6, 0), LocalTime.of(18, 0)),
  /** Evening, {@code TEV}: 17:00 to 21:00. */
  EVENING("EV", LocalTime.of(17, 0), LocalTime.of(21, 0)),
  /** Night, {@code TNI}: 21:00 to 05:00 of the next day. */
  NIGHT("NI", LocalTime.of(21, 0), LocalTime.of(5, 0));

  private final String code;
  private final LocalTime start;
  private final LocalTime end;

  PartOfDay(String code, LocalTime start, LocalTime end) {
    this.code = code;
    this.start = start;
    this.end = end;
  }

  /** Returns the two-letter TIMEX3 code, {@code MO}, {@code AF}, {@code EV}, {@code NI}, ... */
  public String code() {
    return code;
  }

  /** Returns the clock time at which this part of day starts. */
  public LocalTime start() {
    return start;
  }

  /** Returns the clock time at which it ends; for {@link #NIGHT} that is on the next day. */
  public LocalTime end() {
    return end;
  }

  /**
   * Returns the part of day with the given TIMEX3 code.
   *
   * @param code a code such as {@code NI}, not null
   * @return the part of day
   * @throws IllegalArgumentException if no part of day has that code
   */
  public static PartOfDay ofCode(String code) {
    for (PartOfDay p : values()) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown part-of-day code: " + code);
  }
}
