package org.dateline.rules.casualty.en;

/**
 * Whether the people counted are a whole of which only a part, or none, is meant: "some of the 20
 * passengers were hurt", "the youngest of the three", "three out of 40 passengers", "none of the eight
 * people were hurt"; "all of", "each one of" and "every one of" count them all. Moved out of
 * {@link CasualtyRules}, whose subject rule asks {@link #partOf} and {@link #noneOf}.
 */
final class UntoldParts {
  private UntoldParts() {
  }

  private static final TokenSet NOT_SUPERLATIVES = TokenSet.of(
      "arrest", "protest", "request", "interest", "inquest", "contest", "behest", "quest", "test", "west",
      "rest", "harvest", "forest", "manifest", "conquest", "bequest", "unrest");

  /**
   * Whether the people counted at {@code i} are a whole of which an untold part is meant: "some of
   * the 20 passengers were hurt", "the youngest of the three is in critical condition", "most of
   * those 40 people" (but "all of the five people were killed" counts them all).
   */
  static boolean partOf(Token[] t, int i) {
    return i >= 3 && (t[i - 1].is("the") || t[i - 1].is("those") || t[i - 1].is("these")) && t[i - 2].is("of")
        && (CasualtyRules.PARTS.contains(t[i - 3])
            || (t[i - 3].lower.endsWith("est") && !NOT_SUPERLATIVES.contains(t[i - 3]))
            // "one of the four died": the part is counted, not the group; "every one of the 40" is all of them
            || (t[i - 3].isNumber() || NumberWords.isNumberWord(t[i - 3].lower)) && !eachOne(t, i - 3))
        || outOf(t, i);
  }

  /** Whether "each one" or "every one" ends at {@code one}: all of a group, as "all" is. */
  private static boolean eachOne(Token[] t, int one) {
    return one >= 1 && t[one].is("one") && (t[one - 1].is("each") || t[one - 1].is("every"));
  }

  /**
   * Whether a count told before "out of" stands before the group at {@code i}: "three out of 40
   * passengers", "two out of the nine climbers"; or the group is a rate's ("two out of every five residents").
   */
  private static boolean outOf(Token[] t, int i) {
    int of = i >= 1 && (t[i - 1].is("the") || t[i - 1].is("every")) ? i - 2 : i - 1;
    return of >= 2 && t[of].is("of") && t[of - 1].is("out")
        && (t[of - 2].isNumber() || NumberWords.isNumberWord(t[of - 2].lower));
  }

  /** "none of the (other) eight people were hurt", "neither of the two men": no one of them. */
  static boolean noneOf(Token[] t, int i) {
    for (int k = i - 1; k >= 1 && k >= i - 3; k--) {
      boolean nobody = t[k - 1].is("none") || t[k - 1].is("neither") || t[k - 1].is("nobody")
          || k >= 2 && t[k - 1].is("one") && t[k - 2].is("no");
      if ((t[k].is("of") || t[k].is("among")) && nobody) {
        return true;
      }
    }
    return false;
  }
}
