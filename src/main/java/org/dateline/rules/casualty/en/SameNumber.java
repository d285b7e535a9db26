package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.CountQualifier;
import org.dateline.model.FigureRole;

/**
 * A count told by pointing back at the one before it: "twelve people died and <b>the same number
 * were injured</b>", "at least 21 were killed and <b>as many were hurt</b>". The count is the last
 * one the sentence or the report gave before, in another category: "the same number died the next
 * day" in the category of the count it repeats adds nothing a reader could check and is left alone.
 *
 * <p>Immutable and thread-safe.
 */
final class SameNumber {
  /**
   * Words before the pointer that make the count another than the one pointed at: "twice as many", "nearly as
   * many", "not as many", "at least as many".
   */
  private static final TokenSet HEDGES = TokenSet.of("twice", "times", "half", "nearly", "almost", "not", "about",
      "roughly", "around", "least", "most", "over", "than", "close", "just");

  private SameNumber() {}

  /**
   * Returns the figure of a count pointing back in the sentence {@code [s, e)}, or null.
   *
   * @param t the report's tokens
   * @param s where the sentence begins
   * @param e where it ends
   * @param accepted the sentence's figures so far
   * @param out the report's figures before the sentence
   * @return the figure, or null if the sentence points back at no count
   */
  static Candidate apply(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    for (int i = s; i + 3 < e; i++) {
      int after = pointerEnd(t, i, e);
      if (after < 0) {
        continue;
      }
      People p = null;
      if (t[after].is("of")) {
        p = People.after(t, after + 1, e, false);
        if (p == null) {
          continue;
        }
        after = p.end;
      }
      int k = CasualtyRules.skipAuxiliaries(t, after, e);
      PhraseTable.Match m = k < 0 || k == after ? null : Lexicon.PREDICATES.match(t, k, e);
      // "the same number of people were hurt as last year" compares, and "twice as many" multiplies
      boolean compared = m != null && m.end < e && t[m.end].is("as")
          || i > s && HEDGES.contains(t[i - 1]);
      CasualtyCount count = m == null || compared ? null : countBefore(t, s, i, m, accepted, out);
      if (count != null) {
        return new Candidate(m.category, count, i, after, i, m.end, p == null ? null : p.who, FigureRole.TOTAL,
            "the same number <predicate>");
      }
    }
    return null;
  }

  /** Returns where "the same number" or "as many" at {@code i} ends, or -1. */
  private static int pointerEnd(Token[] t, int i, int e) {
    if (t[i].is("the") && t[i + 1].is("same") && t[i + 2].is("number")) {
      return i + 3;
    }
    // "as many were hurt", not "as many as 12"
    return t[i].is("as") && t[i + 1].is("many") && !t[i + 2].is("as") && !t[i + 2].is("again") ? i + 2 : -1;
  }

  /**
   * Returns the count of the last figure before {@code i} (in the sentence, else the report's last), if
   * it is a number of another category than the predicate's and no other number stands between it and
   * {@code i}; null otherwise.
   */
  private static CasualtyCount countBefore(Token[] t, int s, int i, PhraseTable.Match m, List<Candidate> accepted,
      List<CasualtyFigure> out) {
    Candidate last = Candidate.lastBefore(accepted, i, c -> true);
    CasualtyCount count = last == null ? null : last.count;
    CasualtyCategory category = last == null ? null : last.category;
    for (int k = last == null ? s : last.numberEnd; k < i; k++) {
      if (t[k].isNumber() || NumberWords.isNumberWord(t[k].lower)) {
        return null; // "seized 300 rifles and the same number of people were arrested": the 300 is pointed at
      }
    }
    if (count == null && !out.isEmpty()) {
      CasualtyFigure f = out.get(out.size() - 1);
      count = f.count();
      category = f.category();
    }
    if (count == null || category == m.category || count.qualifier() == CountQualifier.VAGUE || count.isZero()) {
      return null;
    }
    return count;
  }
}
