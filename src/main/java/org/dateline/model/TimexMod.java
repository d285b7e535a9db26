package org.dateline.model;

/** A TIMEX3 {@code mod}: how an expression shifts or blurs its value ("early 2025", "about three weeks"). */
public enum TimexMod {
  /** "before 2025". */
  BEFORE,
  /** "after 2025". */
  AFTER,
  /** "on or before". */
  ON_OR_BEFORE,
  /** "on or after". */
  ON_OR_AFTER,
  /** "less than three weeks". */
  LESS_THAN,
  /** "more than three weeks". */
  MORE_THAN,
  /** "no more than three weeks". */
  EQUAL_OR_LESS,
  /** "at least three weeks". */
  EQUAL_OR_MORE,
  /** "early 2025". */
  START,
  /** "mid-2025". */
  MID,
  /** "late 2025". */
  END,
  /** "about three weeks". */
  APPROX
}
