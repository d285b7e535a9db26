package org.dateline.rules.casualty.en;

import java.util.List;
import java.util.function.Predicate;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.FigureRole;

/**
 * A figure a rule has found, in token offsets, before claimants are attached and overlaps resolved.
 *
 * <p>Immutable and thread-safe.
 */
final class Candidate {
  final CasualtyCategory category;
  final CasualtyCount count;
  /** The first token of the number, which no other figure may take. */
  final int numberBegin;
  /** The index after the last token of the number. */
  final int numberEnd;
  final int spanBegin;
  final int spanEnd;
  final String who;
  final FigureRole role;
  final String rule;

  Candidate(CasualtyCategory category, CasualtyCount count, int numberBegin, int numberEnd, int spanBegin,
      int spanEnd, String who, FigureRole role, String rule) {
    this.category = category;
    this.count = count;
    this.numberBegin = numberBegin;
    this.numberEnd = numberEnd;
    this.spanBegin = spanBegin;
    this.spanEnd = spanEnd;
    this.who = who;
    this.role = role;
    this.rule = rule;
  }

  Candidate withRole(FigureRole newRole) {
    return new Candidate(category, count, numberBegin, numberEnd, spanBegin, spanEnd, who, newRole, rule);
  }

  /**
   * Returns, of the candidates {@code which} accepts whose number ends by token {@code i}, the one whose number
   * begins last (the first found of equals), or null if there is none.
   */
  static Candidate lastBefore(List<Candidate> candidates, int i, Predicate<Candidate> which) {
    Candidate last = null;
    for (Candidate c : candidates) {
      if (c.numberEnd <= i && which.test(c) && (last == null || c.numberBegin > last.numberBegin)) {
        last = c;
      }
    }
    return last;
  }
}
