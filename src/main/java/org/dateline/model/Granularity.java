package org.dateline.model;

/**
 * How precise a {@link TimeValue} is: "yesterday" is a {@link #DAY}, "last year" a {@link #YEAR}, "in
 * recent days" a vague {@link #PAST}.
 */
public enum Granularity {
  /** A clock time, to the minute or second: {@code 2026-03-10T19:26}. */
  TIME,
  /** Part of a day: {@code 2026-03-10TNI}. */
  PART_OF_DAY,
  /** A calendar day: {@code 2026-03-10}. */
  DAY,
  /** A weekend, Saturday and Sunday of an ISO week: {@code 2026-W10-WE}. */
  WEEKEND,
  /** An ISO week, Monday to Sunday: {@code 2026-W10}. */
  WEEK,
  /** A calendar month: {@code 2026-02}. */
  MONTH,
  /** A meteorological season of the northern hemisphere: {@code 2025-SU}. */
  SEASON,
  /** A quarter: {@code 2026-Q1}. */
  QUARTER,
  /** A half-year: {@code 2026-H1}. */
  HALF,
  /** A calendar year: {@code 2025}. */
  YEAR,
  /** A decade: {@code 199} for the 1990s. */
  DECADE,
  /** A century: {@code 19} for 1900-1999. */
  CENTURY,
  /** The vague past, TIMEX3 {@code PAST_REF}: "in recent days", "recently". */
  PAST,
  /** The vague present, TIMEX3 {@code PRESENT_REF}: "now", "currently". */
  PRESENT,
  /** The vague future, TIMEX3 {@code FUTURE_REF}: "soon". */
  FUTURE;

  /** Returns whether this is one of the vague granularities, which have no calendar interval of their own. */
  public boolean isVague() {
    return this == PAST || this == PRESENT || this == FUTURE;
  }
}
