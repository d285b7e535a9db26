package org.dateline.rules.casualty.en;

import org.dateline.model.CasualtyCount;

/**
 * A stated number of things at tokens {@code [begin, end)}, with its qualifier, before any rule
 * has decided that it counts casualties: "at least six", "20-25", "dozens of", "a".
 *
 * <p>Immutable and thread-safe.
 */
final class Quantity {
  /** How much the words around a quantity must say before it counts people. */
  enum Need {
    /** A plain number: "37", "at least six". */
    NONE,
    /** "a", "an": counts only with a singular people noun after it ("a man"). */
    SINGULAR_NOUN,
    /** A year-like number ("2015"): counts only with a people noun after it. */
    PEOPLE_NOUN
  }

  final int begin;
  final int end;
  final CasualtyCount count;
  final Need need;

  Quantity(int begin, int end, CasualtyCount count, Need need) {
    this.begin = begin;
    this.end = end;
    this.count = count;
    this.need = need;
  }

  @Override
  public String toString() {
    return count + "@" + begin + "-" + end;
  }
}
