package org.dateline.rules.casualty.en;

import org.dateline.model.CasualtyCategory;

/**
 * Two outcomes joined by "or" or "and" that count one group together: "killed or wounded dozens", "killed
 * and wounded at least 68", "were killed or injured"; such a count is no figure of either outcome alone.
 * Moved out of {@link CasualtyRules}, whose subject rule asks {@link #eitherOutcome}, as {@link ActionRules}
 * asks {@link #joinedOutcome}.
 */
final class MixedOutcomes {
  private MixedOutcomes() {
  }

  /**
   * Whether the predicate is one of two outcomes told of one number: "30 people were killed
   * <b>or wounded</b>", "dozens were dead or missing", "were killed and injured": the number
   * counts both together, so it is a figure of neither. Outcomes joined by "and" count both only
   * for the dead and the hurt ("five were injured and hospitalized" are five injured).
   */
  static boolean eitherOutcome(Token[] t, PhraseTable.Match m, int e) {
    int j = m.end;
    if (j + 1 >= e || !(t[j].is("or") || t[j].is("and"))) {
      return false;
    }
    PhraseTable.Match other = Lexicon.PREDICATES.match(t, j + 1, e);
    return other != null && mixedOutcomes(t[j].is("or"), m.category, other.category);
  }

  /**
   * Whether the action at {@code i} is the second of two outcomes with one object: "killed or
   * wounded dozens", "killing or wounding about 40 people", "killed and wounded at least 68":
   * the object counts both together.
   */
  static boolean joinedOutcome(Token[] t, int i, PhraseTable.Match m, int e) {
    if (i < 2 || !(t[i - 1].is("or") || t[i - 1].is("and"))) {
      return false;
    }
    for (int k = Math.max(0, i - 3); k <= i - 2; k++) {
      // "shot two people to death and wounded nine": "to death" ends a verb that has its object
      PhraseTable.Match before = t[k].is("to") ? null : Lexicon.ACTIONS.match(t, k, e);
      if (before != null && before.end == i - 1 && mixedOutcomes(t[i - 1].is("or"), before.category, m.category)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mixedOutcomes(boolean or, CasualtyCategory a, CasualtyCategory b) {
    if (a == b) {
      return false;
    }
    return or || (a == CasualtyCategory.KILLED && b == CasualtyCategory.INJURED)
        || (a == CasualtyCategory.INJURED && b == CasualtyCategory.KILLED);
  }
}
