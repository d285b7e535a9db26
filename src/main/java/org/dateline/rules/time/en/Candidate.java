package org.dateline.rules.time.en;

import org.dateline.model.TimexMod;
import org.dateline.resolve.TemporalExpression;

/**
 * A temporal expression found by a rule, not yet resolved: its offsets, what it says, its modifier
 * (null if none) and the rule's name.
 */
record Candidate(int begin, int end, TemporalExpression expression, TimexMod mod, String rule) {
  Candidate withSpan(int newBegin, int newEnd) {
    return new Candidate(newBegin, newEnd, expression, mod, rule);
  }

  Candidate withMod(TimexMod newMod) {
    return new Candidate(begin, end, expression, newMod, rule);
  }

  Candidate with(int newBegin, int newEnd, TemporalExpression e, String name) {
    return new Candidate(newBegin, newEnd, e, mod, name);
  }
}
