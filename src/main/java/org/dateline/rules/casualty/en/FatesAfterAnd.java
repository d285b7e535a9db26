package org.dateline.rules.casualty.en;

import org.dateline.model.CasualtyCategory;

/**
 * What people counted in the passive went on to after "and": the care or the arrest of people rescued ("were
 * rescued and taken to hospital", "and later detained") and the death of people told hurt ("were wounded in
 * the attack and later died"). Moved out of {@link CasualtyRules}, whose subject rule asks
 * {@link #rescuedThenCared}, {@link #thenCaredOrHeld} and {@link #hurtThenDied}.
 */
final class FatesAfterAnd {
  private FatesAfterAnd() {
  }

  /**
   * Returns the care or the arrest of people rescued told after "and" ({@code m} the rescue, with a short
   * tail of words): "were rescued <b>and taken to hospital</b>", "were rescued by a lifeboat crew and later
   * treated for hypothermia", "were rescued and later detained for entering the country illegally"; null
   * when none follows, or only a place ("and taken to Boulogne").
   */
  static PhraseTable.Match rescuedThenCared(Token[] t, PhraseTable.Match m, int e) {
    return m.category != CasualtyCategory.RESCUED ? null : thenCaredOrHeld(t, m.end, e);
  }

  /** The care or the arrest told after "and" past the rescue that ends at {@code end}; see {@link #rescuedThenCared}. */
  static PhraseTable.Match thenCaredOrHeld(Token[] t, int end, int e) {
    // the rescue's tail: "rescued by the mountain rescue team and treated"
    int and = end;
    while (and < e && and < end + HARM_TAIL && t[and].isWord() && !t[and].is("and") && !t[and].isNumber()
        && (!NumberWords.isNumberWord(t[and].lower) || t[and].is("a") || t[and].is("an"))) {
      and++;
    }
    if (and + 1 >= e || !t[and].is("and")) {
      return null;
    }
    int n = and + 1;
    while (n < e && n < and + 3 && (LATER.contains(t[n]) || t[n].is("were"))) {
      n++;
    }
    PhraseTable.Match then = Lexicon.PREDICATES.match(t, n, e);
    return then != null && (then.category == CasualtyCategory.HOSPITALIZED || then.category == CasualtyCategory.INJURED
        || then.category == CasualtyCategory.ARRESTED) ? then : null;
  }

  /** Words between "and" and a death that tell it came after the harm: "and <b>later</b> died". */
  private static final TokenSet LATER = TokenSet.of("later", "then", "subsequently", "eventually", "both", "all");

  /** Verbs of a blow that are no predicate of their own: "were struck by a train". */
  private static final TokenSet BLOWS = TokenSet.of("hit", "struck");

  /** How many tokens the harm's tail may take before the "and": "in the blast", "by a falling crane". */
  private static final int HARM_TAIL = 8;

  /**
   * "two men were wounded in the attack and later died", "three workers were hit by a falling crane and
   * were killed": people told hurt in the passive ({@code m} after the auxiliaries at {@code j}, or a
   * blow with no predicate of its own), then "and" and a death of them all, with no number of its own
   * ("were injured and one later died" tells one death, another rule's). More people than one take a
   * plural verb ("a car carrying all six was hit" tells of the car). Returns the end of the death, or -1.
   */
  static int hurtThenDied(Token[] t, int j, int k, PhraseTable.Match m, boolean plural, int e) {
    int from;
    if (m != null) {
      from = m.category == CasualtyCategory.INJURED ? m.end : -1;
    } else {
      int v = j;
      while (v < e && v < j + 3 && CasualtyRules.BE.contains(t[v])) {
        v++;
      }
      from = v > j && v < e && BLOWS.contains(t[v]) ? v + 1 : -1;
    }
    boolean passive = false;
    for (int n = j; n < (m != null ? k : from) && from > 0; n++) {
      if (plural && (t[n].is("was") || t[n].is("is") || t[n].is("has"))) {
        return -1;
      }
      passive |= CasualtyRules.BE.contains(t[n]);
    }
    if (!passive) {
      return -1;
    }
    for (int n = from; n < e && n <= from + HARM_TAIL; n++) {
      if (t[n].is("and")) {
        int d = n + 1;
        while (d < e && LATER.contains(t[d])) {
          d++;
        }
        int after = CasualtyRules.skipAuxiliaries(t, d, e);
        PhraseTable.Match death = after < 0 || after > d + 2 ? null : Lexicon.PREDICATES.match(t, after, e);
        return death != null && death.category == CasualtyCategory.KILLED && !CasualtyRules.negated(t, after)
            ? death.end : -1;
      }
      if (t[n].isPunct() || CasualtyRules.CLAUSE_WORDS.contains(t[n]) || t[n].isNumber()
          || NumberWords.isNumberWord(t[n].lower)) {
        return -1;
      }
    }
    return -1;
  }
}
