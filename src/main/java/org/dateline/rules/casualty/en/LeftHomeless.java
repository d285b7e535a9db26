package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * People a disaster left homeless are displaced: "the quake left 30,000 homeless", "the cyclone
 * left more than 50,000 people homeless", "leaving some 2,000 residents homeless". The verb comes
 * first and the people stand between it and "homeless"; a bare "300 homeless" ("the shelter houses
 * 300 homeless") names people without a home, not people an incident drove out.
 *
 * <p>Immutable and thread-safe.
 */
final class LeftHomeless {
  private static final TokenSet LEFT = TokenSet.of(
      "left", "leaving", "leaves", "leave", "made", "making", "rendered", "rendering");

  private LeftHomeless() {}

  /** Adds the figure of people left homeless whose verb is at {@code i}. */
  static void apply(Token[] t, int i, int e, List<Candidate> out) {
    if (!LEFT.contains(t[i])) {
      return;
    }
    Quantity q = QuantityParser.parse(t, i + 1, e);
    People p = q == null ? null : People.afterCount(t, q, e);
    if (q == null || q.need != Quantity.Need.NONE && p == null) {
      return;
    }
    int j = p == null ? q.end : p.end;
    if (j < e && t[j].is("homeless")) {
      out.add(new Candidate(CasualtyCategory.DISPLACED, q.count, q.begin, q.end, i, j + 1, p == null ? null : p.who,
          FigureRole.TOTAL, "left <n> <people> homeless"));
    }
  }
}
