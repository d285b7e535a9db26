package org.dateline.rules.casualty.en;

/**
 * Whether a bare number before a predicate of people affected counts people, where it may count houses: a
 * multitude ("1.2 million were affected") or people falling ill ("more than 50 fell sick after the meal")
 * with no animals counted before. Moved out of {@link CasualtyRules}, whose subject rule asks
 * {@link #multitude} and {@link #illness}.
 */
final class BareAffected {
  private BareAffected() {
  }

  /** The fewest affected a bare count may tell as people: "1.2 million were affected" (not "20 were affected"). */
  private static final long MULTITUDE = 10_000;

  /** The last words of a predicate of falling ill, which only people do: "fell sick", "took ill", "food poisoning". */
  private static final TokenSet ILL = TokenSet.of("ill", "sick", "poisoning");

  /**
   * Whether the predicate {@code m} tells people falling ill ("more than 50 fell sick after the meal"): a
   * bare number before it counts people, as it does before "died", where "30 were affected" may count houses.
   */
  static boolean illness(Token[] t, PhraseTable.Match m) {
    return ILL.contains(t[m.end - 1]) && !animalsBefore(t, m.end);
  }

  /** How many tokens back a clause's animals are looked for: "Two cows died and 30 took ill". */
  private static final int ANIMALS_BACK = 12;

  /** Whether animals are counted in the words before {@code k}, back to a full stop: the bare number after them may be more. */
  private static boolean animalsBefore(Token[] t, int k) {
    for (int n = k - 1; n >= 0 && n >= k - ANIMALS_BACK && !t[n].is("."); n--) {
      if (CasualtyRules.ANIMALS.contains(t[n])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a count is large enough to be people affected without a noun: "1.2 million were affected". */
  static boolean multitude(Quantity q) {
    return q.count.range().hasLowerBound() && q.count.range().lowerEndpoint() >= MULTITUDE;
  }
}
