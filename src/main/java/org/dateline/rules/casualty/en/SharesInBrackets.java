package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.FigureRole;

/**
 * A share told as a percentage, with its count in brackets after what befell them: "9% were
 * hospitalized (27 of 300)", "about a third died (41 of 120)". The first number in the brackets is the
 * count of the predicate's category; the second is the group it is a share of, and no figure.
 *
 * <p>Immutable and thread-safe.
 */
final class SharesInBrackets {
  /** How many tokens before the predicate the share's percentage may stand. */
  private static final int SHARE_WINDOW = 6;
  /** How many tokens a predicate may take before the bracket. */
  private static final int MAX_PREDICATE = 5;

  private SharesInBrackets() {}

  /** Adds the count a bracket after a share's predicate gives, in the sentence {@code [s, e)}. */
  static void apply(Token[] t, int s, int e, List<Candidate> accepted) {
    for (int i = s + 2; i + 4 < e; i++) {
      if (!t[i].is("(")) {
        continue;
      }
      int of = i + 2;
      while (of < e && of < i + 5 && !t[of].is("of")) {
        of++;
      }
      Quantity part = of < e && t[of].is("of") ? QuantityParser.parse(t, i + 1, of) : null;
      if (part == null || part.begin != i + 1 || part.end != of || part.need != Quantity.Need.NONE) {
        continue;
      }
      Quantity whole = QuantityParser.parse(t, of + 1, e);
      if (whole == null || whole.end >= e || !t[whole.end].is(")")) {
        continue;
      }
      int k = predicateStart(t, s, i);
      if (k >= 0 && shareBefore(t, s, k) && accepted.stream().noneMatch(c -> c.numberBegin == part.begin)) {
        accepted.add(new Candidate(Lexicon.PREDICATES.match(t, k, i).category, part.count, part.begin, part.end, k,
            whole.end + 1, null, FigureRole.TOTAL, "<share> <predicate> (<n> of <n>)"));
      }
    }
  }

  /** The start of the predicate that ends right before the bracket at {@code i}, or -1. */
  private static int predicateStart(Token[] t, int s, int i) {
    for (int k = i - 1; k >= s && k >= i - MAX_PREDICATE; k--) {
      PhraseTable.Match m = Lexicon.PREDICATES.match(t, k, i);
      if (m != null && m.end == i) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a percentage stands a few tokens before {@code k}: "14% have been", "14 percent were". */
  private static boolean shareBefore(Token[] t, int s, int k) {
    for (int j = k - 1; j >= s && j >= k - SHARE_WINDOW; j--) {
      if (t[j].is("%") || t[j].is("percent") || t[j].is("per") && j + 1 < k && t[j + 1].is("cent")) {
        return true;
      }
    }
    return false;
  }
}
