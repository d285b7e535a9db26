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
    People.Counted c = People.countedAt(t, i + 1, e);
    if (c != null && c.end < e && t[c.end].is("homeless")) {
      Quantity q = c.quantity;
      out.add(new Candidate(CasualtyCategory.DISPLACED, q.count, q.begin, q.end, i, c.end + 1, c.who(),
          FigureRole.TOTAL, "left <n> <people> homeless"));
    }
  }
}
