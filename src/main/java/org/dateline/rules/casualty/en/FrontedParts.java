package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.FigureRole;

/**
 * The parts of a group a sentence opens with, each told by a bare number and a verb "to be": "Of the
 * 40 people hurt, 12 are children and three are in a critical state", "Of the 17 bodies found, nine
 * were in the river, while eight were on the bank". The number stands for people of the group, so
 * it counts them in the group's category, as a {@link FigureRole#SUBTOTAL}; a number followed by
 * anything but "to be" ("12 houses were damaged") is left to the other rules.
 *
 * <p>Immutable and thread-safe.
 */
final class FrontedParts {
  /** How many parts after the comma are read; the work per sentence is bounded by it. */
  private static final int MAX_PARTS = 8;
  private static final TokenSet BE = TokenSet.of("are", "were", "is", "was");

  private FrontedParts() {}

  /**
   * Adds the parts told after the comma at {@code comma} of the group {@code group}, which the
   * sentence's opening words count.
   */
  static void apply(Token[] t, int comma, int e, Candidate group, List<Candidate> accepted) {
    int parts = 0;
    int lastEnd = -1;
    for (int k = comma + 1; k + 1 < e && parts < MAX_PARTS; k++) {
      if (!t[k].isNumber() && !t[k].has(WordFlags.QUANTITY_START) || taken(accepted, k)) {
        continue;
      }
      Quantity q = QuantityParser.parse(t, k, e);
      if (q == null || q.need != Quantity.Need.NONE || q.end >= e
          || q.count.value().isPresent() && group.count.value().isPresent()
              && q.count.value().getAsLong() > group.count.value().getAsLong()) {
        continue;
      }
      int end;
      String who;
      if (BE.contains(t[q.end])) {
        // "nine were civilians": who they were, where a people noun follows
        People p = q.end + 1 < e ? People.after(t, q.end + 1, e, false) : null;
        end = p == null ? q.end + 1 : p.end;
        who = p == null ? null : CasualtyRules.who(p);
      } else if (parts > 0 && k - 1 == lastEnd && (t[k - 1].is("and") || t[k - 1].is(","))) {
        // "eight were farmers and three soldiers": a part whose "were" the first gave
        People p = People.after(t, q.end, e, false);
        if (p == null) {
          continue;
        }
        end = p.end;
        who = CasualtyRules.who(p);
      } else {
        continue;
      }
      accepted.add(new Candidate(group.category, q.count, q.begin, q.end, q.begin, end, who,
          FigureRole.SUBTOTAL, "of the <n> <category>, <n> were"));
      parts++;
      lastEnd = end;
      k = end - 1;
    }
  }

  private static boolean taken(List<Candidate> accepted, int k) {
    for (Candidate c : accepted) {
      if (c.numberBegin <= k && k < c.numberEnd) {
        return true;
      }
    }
    return false;
  }
}
