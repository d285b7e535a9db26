package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * People an incident sent to hospital are hospitalized: "the fire sent five people, including three
 * children, to the hospital", "the crash sent 12 to hospitals". The people counted stand between
 * the verb and "to", with an aside that the rules of parts read.
 *
 * <p>Immutable and thread-safe.
 */
final class SentToHospital {
  private static final TokenSet SENT = TokenSet.of("sent", "sending", "sends", "send");
  /** How many tokens an aside between the people and "to" may run: ", including three children,". */
  private static final int MAX_ASIDE = 8;

  private SentToHospital() {}

  /** Adds the figure of people sent to hospital whose verb is at {@code i}. */
  static void apply(Token[] t, int i, int e, List<Candidate> out) {
    if (!SENT.contains(t[i])) {
      return;
    }
    Quantity q = QuantityParser.parse(t, i + 1, e);
    People p = q == null ? null : People.afterCount(t, q, e);
    if (q == null || q.need != Quantity.Need.NONE && p == null) {
      return;
    }
    int j = p == null ? q.end : p.end;
    if (j < e && t[j].is(",")) {
      int close = j + 1;
      while (close < Math.min(e, j + MAX_ASIDE) && !t[close].is(",")) {
        close++;
      }
      j = close < e && t[close].is(",") ? close + 1 : j;
    }
    int h = j + 1 < e && t[j].is("to") ? (t[j + 1].is("the") || t[j + 1].is("a") ? j + 2 : j + 1) : -1;
    if (h < 0 || h >= e || !(t[h].is("hospital") || t[h].is("hospitals"))) {
      return;
    }
    out.add(new Candidate(CasualtyCategory.HOSPITALIZED, q.count, q.begin, q.end, i, h + 1, p == null ? null : p.who,
        FigureRole.TOTAL, "sent <n> <people> to hospital"));
  }
}
