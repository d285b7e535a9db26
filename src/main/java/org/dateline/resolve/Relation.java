package org.dateline.resolve;

/** The determiner in front of a weekday, month, season or unit: none, "last", "this" or "next". */
public enum Relation {
  /** A bare name: "Tuesday", "in March". */
  NONE,
  /** "last Tuesday", "last March". */
  LAST,
  /** "this Tuesday", "this summer". */
  THIS,
  /** "next Tuesday", "next spring". */
  NEXT
}
