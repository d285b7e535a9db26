package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.FigureRole;

/**
 * A count compared with the one before it in the sentence, its noun left out and a participle of
 * logging after it: "57 patients died, lower than the 73 recorded a year earlier", "40 deaths,
 * up from the 31 reported in June". The bare number counts what the figure before it counts.
 *
 * <p>Immutable and thread-safe.
 */
final class ComparedCounts {
  /** Words of a comparison before "than" or "from". */
  private static final TokenSet COMPARING = TokenSet.of("lower", "higher", "fewer", "more", "less", "down", "up",
      "compared", "against");
  /** Participles that log the compared count. */
  private static final TokenSet LOGGED = TokenSet.of("recorded", "reported", "registered", "logged", "confirmed");

  private ComparedCounts() {}

  /** Adds the compared counts of the sentence {@code [s, e)} to {@code accepted}. */
  static void apply(Token[] t, int s, int e, List<Candidate> accepted) {
    for (int i = s + 1; i + 3 < e; i++) {
      boolean link = t[i].is("than") || t[i].is("from") || t[i].is("with") || t[i].is("to");
      if (!link || !COMPARING.contains(t[i - 1]) || !t[i + 1].is("the")) {
        continue;
      }
      Quantity q = QuantityParser.parse(t, i + 2, e);
      // "the 40 registered passengers" names its noun: the participle describes, it logs no count
      if (q == null || q.need != Quantity.Need.NONE || q.end >= e || !LOGGED.contains(t[q.end])
          || q.end + 1 < e && t[q.end + 1].isWord() && Lexicon.isPeople(t[q.end + 1])) {
        continue;
      }
      Candidate before = lastBefore(t, accepted, i);
      if (before != null && accepted.stream().noneMatch(c -> c.numberBegin == q.begin)) {
        accepted.add(new Candidate(before.category, q.count, q.begin, q.end, i + 1, q.end + 1, null, FigureRole.TOTAL,
            "<figure> <compared> the <n> <recorded>"));
      }
    }
  }

  /** The figure that ends last before {@code i} with no ";" between, or null. */
  private static Candidate lastBefore(Token[] t, List<Candidate> accepted, int i) {
    Candidate last = null;
    for (Candidate c : accepted) {
      if (c.spanEnd <= i && (last == null || c.spanEnd > last.spanEnd)) {
        last = c;
      }
    }
    for (int k = last == null ? i : last.spanEnd; k < i; k++) {
      if (t[k].is(";")) {
        return null; // another clause: "Eleven were killed; the attendance was lower than the 80 registered"
      }
    }
    return last;
  }
}
