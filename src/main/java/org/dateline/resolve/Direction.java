package org.dateline.resolve;

/**
 * Which way an expression without a year or week leans: news is past-biased, but a future cue in its
 * clause ("will", "is due to", "next") turns it forward.
 */
public enum Direction {
  /** The most recent occurrence on or before publication. */
  PAST,
  /** The first occurrence on or after publication. */
  FUTURE
}
