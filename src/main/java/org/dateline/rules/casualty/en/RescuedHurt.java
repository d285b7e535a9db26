package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * People rescued with their injuries told right after are hurt as well as rescued: "firefighters
 * rescued three children with minor burns", "three hikers were rescued with minor injuries" give
 * rescued and injured alike, the same people in both.
 *
 * <p>Immutable and thread-safe.
 */
final class RescuedHurt {
  static final String RULE = "<rescued> <n> with <injuries>";
  /** The nouns of a hurt after "with": "with minor injuries", "with burns". */
  private static final TokenSet HURTS = TokenSet.of("injuries", "injury", "wounds", "burns", "burn");
  /** How many words of how bad may stand between "with" and the hurt: "with serious head injuries". */
  private static final int MAX_WORDS = 2;

  private RescuedHurt() {}

  /**
   * Adds to {@code accepted} an injured figure for each stated count of the rescued in the sentence
   * that ends at {@code e} whose span "with" and a hurt follow, unless an injured figure of the
   * sentence already reads those words.
   */
  static void apply(Token[] t, int e, List<Candidate> accepted) {
    for (int n = accepted.size() - 1; n >= 0; n--) {
      Candidate c = accepted.get(n);
      if (c.category != CasualtyCategory.RESCUED || c.role != FigureRole.TOTAL || !c.count.value().isPresent()) {
        continue;
      }
      int j = c.spanEnd < e && t[c.spanEnd].is("alive") ? c.spanEnd + 1 : c.spanEnd;
      int end = hurtAfter(t, j, e);
      if (end > 0 && !injuredWithin(accepted, j, end)) {
        accepted.add(new Candidate(CasualtyCategory.INJURED, c.count, c.numberBegin, c.numberEnd, c.spanBegin, end,
            c.who, FigureRole.TOTAL, RULE));
      }
    }
  }

  /** Returns the end of "with" and a hurt at {@code j} ("with minor injuries"), or -1 when none stands there. */
  private static int hurtAfter(Token[] t, int j, int e) {
    if (j >= e || !t[j].is("with")) {
      return -1;
    }
    for (int k = j + 1; k < e && k <= j + 1 + MAX_WORDS; k++) {
      if (HURTS.contains(t[k])) {
        return k + 1;
      }
      if (!t[k].isWord() || t[k].has(WordFlags.FUNCTION)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean injuredWithin(List<Candidate> accepted, int from, int to) {
    for (Candidate c : accepted) {
      if (c.category == CasualtyCategory.INJURED && c.spanEnd > from && c.spanBegin < to) {
        return true;
      }
    }
    return false;
  }
}
