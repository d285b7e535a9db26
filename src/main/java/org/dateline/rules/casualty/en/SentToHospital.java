package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * People an incident sent to hospital are hospitalized: "the fire sent five people, including three
 * children, to the hospital", "the crash sent 12 to hospitals", "the attack put three women in the hospital". The people counted stand between
 * the verb and "to", with an aside that the rules of parts read.
 *
 * <p>Immutable and thread-safe.
 */
final class SentToHospital {
  private static final TokenSet SENT = TokenSet.of("sent", "sending", "sends", "send", "put", "puts", "putting",
      "landed", "landing", "lands");
  /** Words between the people and the hospital: "sent five to the hospital", "put three women into the hospital". */
  private static final TokenSet INTO = TokenSet.of("to", "into", "in");
  /** How many tokens an aside between the people and "to" may run: ", including three children,". */
  private static final int MAX_ASIDE = 8;
  /** What may have sent people to hospital hurt: "a shooting that sent four people to the hospital". */
  private static final TokenSet BY = TokenSet.of("shooting", "shootings", "gunfire", "stabbing", "stabbings", "shots",
      "gunman", "shooter");
  /** How many tokens before "sent" the shooting may stand. */
  private static final int BY_WINDOW = 10;

  private SentToHospital() {}

  /**
   * Adds the figure of people sent to hospital whose verb is at {@code i}, in the sentence that
   * starts at {@code s}: people a shooting or a stabbing sent to hospital ("a shooting at a bar
   * that sent four people to the hospital") are hurt, and named as people shot, whom a toll reads
   * less the dead (some may have died there).
   */
  static void apply(Token[] t, int s, int i, int e, List<Candidate> out) {
    if (!SENT.contains(t[i])) {
      return;
    }
    People.Counted c = People.countedAt(t, i + 1, e);
    if (c == null) {
      return;
    }
    Quantity q = c.quantity;
    int j = c.end;
    if (j < e && t[j].is(",")) {
      int close = j + 1;
      while (close < Math.min(e, j + MAX_ASIDE) && !t[close].is(",")) {
        close++;
      }
      j = close < e && t[close].is(",") ? close + 1 : j;
    }
    int h = j + 1 < e && INTO.contains(t[j]) ? (t[j + 1].is("the") || t[j + 1].is("a") ? j + 2 : j + 1) : -1;
    int hEnd = h < 0 ? -1 : Lexicon.hospitalAt(t, h, e);
    if (hEnd < 0) {
      return;
    }
    boolean shooting = byAShooting(t, s, i);
    out.add(new Candidate(shooting ? CasualtyCategory.INJURED : CasualtyCategory.HOSPITALIZED, q.count, q.begin, q.end,
        i, hEnd, c.who(), FigureRole.TOTAL,
        shooting ? "<shooting> sent <n> <people> to hospital" + GunshotWounds.AS_SHOT
            : "sent <n> <people> to hospital"));
  }

  /** Whether a shooting or a stabbing is what sent them, named a few words before the verb at {@code i}. */
  static boolean byAShooting(Token[] t, int s, int i) {
    for (int k = i - 1; k >= Math.max(s, i - BY_WINDOW); k--) {
      if (BY.contains(t[k])) {
        return true;
      }
    }
    return false;
  }
}
