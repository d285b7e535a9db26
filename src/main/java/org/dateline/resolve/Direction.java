package org.dateline.resolve;

/**
 * Which way an expression without a year or week leans: news is past-biased, a past tense in its clause
 * ("said", "had", "since") keeps it in the past, and a future cue ("will", "is due to", "next") turns it
 * forward.
 */
public enum Direction {
  /**
   * The clause tells of something that happened ("collapsed", "had", "since"): the most recent occurrence on or
   * before publication.
   */
  PAST,
  /**
   * The clause's only past tense is a verb of saying ("said", "told"): what was said may lie a little ahead of
   * publication ("payable Dec. 7, the board said"), otherwise the most recent occurrence.
   */
  REPORTED,
  /** The clause looks forward: the first occurrence on or after publication. */
  FUTURE,
  /**
   * No tense cue: the most recent occurrence, except that a month or a day of a month without a year that
   * lies only a little ahead of publication is taken as the coming one (news leaves the year out for dates
   * of the current year).
   */
  UNMARKED
}
