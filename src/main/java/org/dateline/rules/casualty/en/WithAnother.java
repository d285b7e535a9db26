package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * A group added to the figure before it in a "with" phrase, told by its number and a participle
 * that says nothing of a fate by itself: "nine bodies were pulled out on Monday, <b>with another
 * four found</b> on Tuesday", "eleven were arrested in the north, <b>with six more detained</b>
 * elsewhere". The participle tells the same finding or counting as the figure before, so the group
 * is of its category, counted on top of it ({@link FigureRole#ADDITIONAL}). A participle of a fate
 * of its own ("with another four injured") is left to the rules of that fate.
 *
 * <p>Immutable and thread-safe.
 */
final class WithAnother {
  /** How many tokens the place or time of the figure before may take up to "with". */
  private static final int MAX_GAP = 8;
  /** Participles of finding or counting, which take the fate of the figure before. */
  private static final TokenSet NEUTRAL = TokenSet.of("found", "recovered", "retrieved", "pulled", "located",
      "confirmed", "counted", "recorded", "registered", "reported", "listed");
  private static final TokenSet MORE = TokenSet.of("more", "others");

  private WithAnother() {}

  /** Adds the groups joined by "with" after the figures of the sentence {@code [s, e)}, and says whether it added any. */
  static boolean apply(Token[] t, int s, int e, List<Candidate> accepted) {
    int size = accepted.size();
    for (int n = 0; n < size; n++) {
      Candidate c = accepted.get(n);
      if (c.role == FigureRole.PREVIOUS || c.role == FigureRole.CUMULATIVE) {
        continue;
      }
      int w = withAfter(t, c.spanEnd, e);
      Candidate group = w < 0 ? null : group(t, w + 1, e, c.category);
      if (group != null && !taken(accepted, group.numberBegin)) {
        accepted.add(group);
      }
    }
    return accepted.size() > size;
  }

  /** Returns where "with" stands within {@value #MAX_GAP} tokens from {@code k}, no clause between, or -1. */
  private static int withAfter(Token[] t, int k, int e) {
    for (int n = k; n < e && n < k + MAX_GAP; n++) {
      if (t[n].is("with")) {
        return n;
      }
      if (t[n].isNumber() || t[n].isPunct() && !t[n].is(",")) {
        return -1;
      }
    }
    return -1;
  }

  /** The group at {@code k} after "with": "another four found", "a further 12 recovered", "six more detained". */
  private static Candidate group(Token[] t, int k, int e, CasualtyCategory category) {
    int j = k;
    boolean another = j < e && t[j].is("another");
    if (j + 1 < e && t[j].is("a") && t[j + 1].is("further")) {
      another = true;
      j += 2;
    } else if (another) {
      j++;
    }
    Quantity q = j < e ? QuantityParser.parse(t, j, e) : null;
    if (q == null || q.need != Quantity.Need.NONE || q.end >= e) {
      return null;
    }
    int v = q.end;
    boolean more = MORE.contains(t[v]);
    if (more) {
      v++;
    }
    if (!(another || more) || v >= e || !NEUTRAL.contains(t[v])) {
      return null;
    }
    return new Candidate(category, q.count, q.begin, q.end, k - 1, v + 1, null, FigureRole.ADDITIONAL,
        "with another <n> <participle>");
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
