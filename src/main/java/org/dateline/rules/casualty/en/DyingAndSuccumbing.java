package org.dateline.rules.casualty.en;

/**
 * Whether "dying" or "succumbing" tells deaths: as the news a toll goes on with ("with three more patients
 * dying overnight", "14 dead, with two hikers succumbing to exposure") or an outcome ("resulted in a worker
 * dying"), never wanting ("dying to see") or yielding ("succumbing to pressure"). Moved out of
 * {@link CasualtyRules}, whose subject rule asks {@link #dyingWith}.
 */
final class DyingAndSuccumbing {
  private DyingAndSuccumbing() {
  }

  /** Words of harm a death "succumbing to" names: "succumbing to their injuries". */
  private static final TokenSet SUCCUMBED_TO = TokenSet.of("injuries", "injury", "wounds", "wound", "burns");

  /**
   * Whether "dying" or "succumbing" at {@code k} tells deaths: only as the news a toll goes on with, "with three
   * more patients dying overnight", or an outcome, "resulted in a worker dying", and never wanting ("dying to see")
   * or yielding ("succumbing to pressure").
   */
  static boolean dyingWith(Token[] t, int count, int k, int e) {
    if (count < 1 || !(t[count - 1].is("with") || t[count - 1].is("in")) || k + 1 < e && (t[k + 1].is("for") || t[k + 1].is("to")
        && (t[k].is("dying") || !Sentences.containsAny(t, k + 2, Math.min(e, k + 5), SUCCUMBED_TO)
            && !afterAToll(t, count)))) {
      return false;
    }
    return true;
  }

  /** Words of a toll of the dead that a "with" clause may go on from: "14 dead, with two hikers succumbing to exposure". */
  private static final TokenSet TOLL_WORDS = TokenSet.of("deaths", "fatalities", "toll", "dead", "died", "killed");

  /** How many tokens before a "with" clause its toll is looked for. */
  private static final int TOLL_REACH = 12;

  /**
   * Whether a toll of the dead stands shortly before the "with" of the count at {@code count}, in its sentence: then
   * "succumbing to" tells what the deaths were from ("the blizzard has killed 14, with two succumbing to the frost"),
   * not a yielding.
   */
  private static boolean afterAToll(Token[] t, int count) {
    for (int j = count - 2; j >= 0 && j >= count - 1 - TOLL_REACH; j--) {
      if (t[j].is(".") || t[j].is(";")) {
        return false;
      }
      if (TOLL_WORDS.contains(t[j])) {
        return true;
      }
    }
    return false;
  }
}
