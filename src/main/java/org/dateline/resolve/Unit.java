package org.dateline.resolve;

import java.time.temporal.ChronoUnit;
import org.dateline.model.Granularity;

/** A calendar unit that expressions count in: "two days ago", "last week", "the third quarter". */
public enum Unit {
  /** Minutes. */
  MINUTE(ChronoUnit.MINUTES, 1, Granularity.TIME, "TM"),
  /** Hours. */
  HOUR(ChronoUnit.HOURS, 1, Granularity.TIME, "TH"),
  /** Days. */
  DAY(ChronoUnit.DAYS, 1, Granularity.DAY, "D"),
  /** Weekends. */
  WEEKEND(ChronoUnit.WEEKS, 1, Granularity.WEEKEND, "WE"),
  /** ISO weeks. */
  WEEK(ChronoUnit.WEEKS, 1, Granularity.WEEK, "W"),
  /** Months. */
  MONTH(ChronoUnit.MONTHS, 1, Granularity.MONTH, "M"),
  /** Quarters. */
  QUARTER(ChronoUnit.MONTHS, 3, Granularity.QUARTER, "Q"),
  /** Half-years. */
  HALF(ChronoUnit.MONTHS, 6, Granularity.HALF, "H"),
  /** Years. */
  YEAR(ChronoUnit.YEARS, 1, Granularity.YEAR, "Y"),
  /** Decades. */
  DECADE(ChronoUnit.YEARS, 10, Granularity.DECADE, "DE"),
  /** Centuries. */
  CENTURY(ChronoUnit.YEARS, 100, Granularity.CENTURY, "CE");

  private final ChronoUnit chrono;
  private final int multiple;
  private final Granularity granularity;
  private final String durationCode;

  Unit(ChronoUnit chrono, int multiple, Granularity granularity, String durationCode) {
    this.chrono = chrono;
    this.multiple = multiple;
    this.granularity = granularity;
    this.durationCode = durationCode;
  }

  /** Returns the java.time unit this one is a multiple of. */
  public ChronoUnit chronoUnit() {
    return chrono;
  }

  /** Returns how many {@link #chronoUnit()}s make one of this unit. */
  public int multiple() {
    return multiple;
  }

  /** Returns the granularity of a value one such unit long. */
  public Granularity granularity() {
    return granularity;
  }

  /**
   * Returns the ISO 8601 duration text of {@code amount} such units, as TIMEX3 writes it: {@code P3D},
   * {@code PT2H}, {@code P20Y} for two decades; an unknown amount gives {@code PXD}.
   *
   * @param amount the number of units, or -1 for an unknown number
   * @return the duration text
   */
  public String duration(int amount) {
    String n = amount < 0 ? "X" : Integer.toString(amount);
    switch (this) {
      case MINUTE: return "PT" + n + "M";
      case HOUR: return "PT" + n + "H";
      case WEEKEND: return amount < 0 ? "PXWE" : "P" + (2 * amount) + "D";
      case DECADE: return amount < 0 ? "PXDE" : "P" + (10 * amount) + "Y";
      case CENTURY: return amount < 0 ? "PXCE" : "P" + (100 * amount) + "Y";
      default: return "P" + n + durationCode;
    }
  }
}
