package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * People a disaster left homeless are displaced: "the quake left 30,000 homeless", "the cyclone
 * left more than 50,000 people homeless", "left 7,000 people without shelter", "leaving some 2,000 residents homeless", "left nine dead and 200,000
 * homeless". The verb comes
 * first and the people stand between it and "homeless"; a bare "300 homeless" ("the shelter houses
 * 300 homeless") names people without a home, not people an incident drove out.
 *
 * <p>Immutable and thread-safe.
 */
final class LeftHomeless {
  private static final TokenSet LEFT = TokenSet.of(
      "left", "leaving", "leaves", "leave", "made", "making", "rendered", "rendering");

  /** What a disaster left the others before the homeless: "left nine <b>dead</b> and 200,000 homeless". */
  private static final TokenSet OTHER_STATES = TokenSet.of("dead", "injured", "hurt", "wounded", "missing");
  /** How many groups the verb may leave before the homeless. */
  private static final int MAX_GROUPS = 3;

  /** What people are left without that makes them homeless: "left 7,000 people <b>without shelter</b>". */
  private static final TokenSet SHELTER = TokenSet.of("shelter", "homes", "housing");

  private LeftHomeless() {}

  /**
   * Returns the end of "homeless" or of "without shelter", "without homes", "without a home" at
   * {@code k}, or -1: people left without power or water are not driven out.
   */
  private static int homelessEnd(Token[] t, int k, int e) {
    if (t[k].is("homeless")) {
      return k + 1;
    }
    if (!t[k].is("without") || k + 1 >= e) {
      return -1;
    }
    if (SHELTER.contains(t[k + 1])) {
      return k + 2;
    }
    return k + 2 < e && t[k + 1].is("a") && (t[k + 2].is("home") || t[k + 2].is("roof")) ? k + 3 : -1;
  }

  /** Adds the figure of people left homeless whose verb is at {@code i}. */
  static void apply(Token[] t, int i, int e, List<Candidate> out) {
    if (!LEFT.contains(t[i])) {
      return;
    }
    int at = i + 1;
    for (int n = 0; n < MAX_GROUPS; n++) {
      People.Counted c = People.countedAt(t, at, e);
      if (c == null || c.end >= e) {
        return;
      }
      int homeless = homelessEnd(t, c.end, e);
      if (homeless > 0) {
        Quantity q = c.quantity;
        out.add(new Candidate(CasualtyCategory.DISPLACED, q.count, q.begin, q.end, n == 0 ? i : q.begin, homeless,
            c.who(), FigureRole.TOTAL, "left <n> <people> homeless"));
        return;
      }
      // "left nine dead and 200,000 homeless", "leaves 9 dead, 2 lakh homeless": the others left are read elsewhere
      int join = c.end + 1;
      if (!OTHER_STATES.contains(t[c.end]) || join + 1 >= e || !(t[join].is(",") || t[join].is("and"))) {
        return;
      }
      at = t[join].is(",") && t[join + 1].is("and") ? join + 2 : join + 1;
    }
  }
}
