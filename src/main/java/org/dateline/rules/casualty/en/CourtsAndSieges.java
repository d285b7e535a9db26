package org.dateline.rules.casualty.en;

/**
 * Readings that make a casualty word tell no casualty of courts and sieges: a court's sentence ("sentenced 14
 * people to death"), a count of charges ("charged with two murders"), people trapped where a siege holds
 * them ("trapped inside the besieged town"), not missing. Moved out of {@link CasualtyRules}, whose subject
 * and counted-noun rules ask it, as {@link ActionRules} asks {@link #sentenced}.
 */
final class CourtsAndSieges {
  private CourtsAndSieges() {
  }

  /** Verbs of a court's sentence: "sentenced 14 people to death" counts no dead. */
  private static final TokenSet SENTENCING = TokenSet.of(
      "sentenced", "sentencing", "sentences", "sentence", "condemned", "condemning", "condemns", "condemn");

  /** Places people are trapped in by a siege or a front, not under a ruin: "trapped in the besieged town". */
  private static final TokenSet BESIEGED_PLACES = TokenSet.of("city", "town", "towns", "village", "villages", "enclave",
      "area", "areas", "region", "district", "camp", "camps", "country", "neighbourhood", "neighborhood");

  /** How many words after "in" a besieged place may stand: "in the ancient city of". */
  private static final int BESIEGED_WINDOW = 4;

  /**
   * Whether people "trapped" at {@code end} are trapped in a place a siege or a front holds them in, which
   * leaves them where they live, not missing: "thousands of families are trapped inside the besieged town", "trapped in
   * Mosul" (a name right after "in").
   */
  static boolean besieged(Token[] t, int end, int e) {
    if (end + 1 >= e || !(t[end].is("in") || t[end].is("inside"))) {
      return false;
    }
    if (t[end + 1].capitalized) {
      return true;
    }
    for (int k = end + 1; k < e && k <= end + BESIEGED_WINDOW; k++) {
      if (BESIEGED_PLACES.contains(t[k])) {
        return true;
      }
    }
    return false;
  }

  /** The law's words before "with" or "of" and a count of crimes: "charged with two murders". */
  private static final TokenSet CHARGED = TokenSet.of("charged", "convicted", "accused", "guilty", "suspected",
      "acquitted", "cleared", "admitted", "confessed", "counts", "jailed");

  /** Whether the count at {@code begin} follows a charge's "with" or "of": "charged with two murders". */
  static boolean chargedWith(Token[] t, int begin) {
    return (t[begin - 1].is("with") || t[begin - 1].is("of") || t[begin - 1].is("to") || t[begin - 1].is("for"))
        && CHARGED.contains(t[begin - 2]);
  }

  /** How many words before the people counted a sentencing verb may stand. */
  private static final int SENTENCE_WINDOW = 3;

  /**
   * Whether the "to death" at {@code k} is a court's sentence, not a death: "a court sentenced 14
   * people to death", "condemned to death two men". The sentencing verb stands a few words before
   * the people at {@code i}.
   */
  static boolean sentenced(Token[] t, int i, int k) {
    if (!t[k].is("to")) {
      return false;
    }
    for (int n = Math.max(0, i - SENTENCE_WINDOW); n < i; n++) {
      if (SENTENCING.contains(t[n])) {
        return true;
      }
    }
    return false;
  }
}
