package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCount;
import org.dateline.model.FigureRole;

/**
 * Two single persons joined by "and" as the subject of one outcome are one figure of two: "a boy and
 * a woman were killed", "a man and his son were shot dead", "an officer and a constable were hurt".
 * A reader counts them together, as a list of three single persons ("a farmer, his wife and their
 * daughter") already is. Groups with numbers stay apart ("five soldiers and two civilians": a total
 * and a group added to it), and so do persons counted by a numeral ("one soldier and one civilian"),
 * whom a report tells one by one.
 *
 * <p>Immutable and thread-safe.
 */
final class PairedPersons {
  private static final TokenSet ARTICLES = TokenSet.of("a", "an");

  private PairedPersons() {}

  /** Replaces, in {@code accepted}, each pair of single persons with one outcome by one figure of two. */
  static void apply(Token[] t, List<Candidate> accepted) {
    for (int n = 0; n + 1 < accepted.size(); n++) {
      Candidate first = accepted.get(n);
      if (!single(first) || first.role != FigureRole.TOTAL || !ARTICLES.contains(t[first.numberBegin])) {
        continue;
      }
      for (int m = n + 1; m < accepted.size(); m++) {
        Candidate second = accepted.get(m);
        if (second.category == first.category && single(second) && second.spanEnd == first.spanEnd
            && joined(t, first.numberEnd, second.numberBegin)
            && (ARTICLES.contains(t[second.numberBegin]) || Lexicon.POSSESSIVES.contains(t[second.numberBegin]))) {
          accepted.set(n, new Candidate(first.category, CasualtyCount.exactly(2), first.numberBegin, second.numberEnd,
              first.spanBegin, first.spanEnd, null, FigureRole.TOTAL, second.rule));
          accepted.remove(m);
          break;
        }
      }
    }
  }

  private static boolean single(Candidate c) {
    return c.count.value().orElse(-1) == 1 && c.count.equals(CasualtyCount.exactly(1));
  }

  /** The most words the first person's noun may take before "and": "a teenage boy and". */
  private static final int MAX_NOUN_WORDS = 4;

  /** Whether only the first person's words, then "and", stand between its number's end and the second's number. */
  private static boolean joined(Token[] t, int from, int to) {
    if (to <= from + 1 || to - from > MAX_NOUN_WORDS + 1 || !t[to - 1].is("and")) {
      return false;
    }
    for (int k = from; k < to - 1; k++) {
      if (!t[k].isWord()) {
        return false;
      }
    }
    return true;
  }
}
