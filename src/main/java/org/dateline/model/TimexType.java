package org.dateline.model;

/** The TimeML type of a temporal expression. */
public enum TimexType {
  /** A calendar date or period: "yesterday", "last year", "in recent days". */
  DATE,
  /** A time of day: "7:26 pm", "Tuesday evening". */
  TIME,
  /** A length of time, not a date: "for three days" ({@code P3D}). */
  DURATION,
  /** A recurring time: "every Monday". */
  SET
}
