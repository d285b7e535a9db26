package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * People told hurt by their wound or their condition rather than a predicate of harm: taken in, treated or
 * found with a wound or in a critical, serious or stable condition ("three victims were taken to the hospital
 * with non-life-threatening injuries"), and people counted with "wounded", "injured" or "missing" before
 * them and no predicate after ("the hospital received 40 injured soldiers"). Moved out of
 * {@link CasualtyRules}, whose subject rule asks {@link #takenInWounded} and {@link #hurtPeople}.
 */
final class HurtPeople {
  private HurtPeople() {
  }

  /** Heads of a part of the hurt counted before: "four of the wounded". */
  private static final TokenSet HURT_HEADS = TokenSet.of("wounded", "injured", "hurt");

  /**
   * "three victims were taken to the hospital with non-life-threatening injuries", "two men arrived
   * at the hospital with gunshot wounds", "the other three men were listed in stable condition":
   * people taken in, treated or found with a wound, or in a critical, serious or stable condition,
   * are hurt, and in hospital too when a hospital predicate took them in (the caller adds that figure).
   * Reads after a hospital predicate ({@code m}, at {@code k}), or
   * after the auxiliaries at {@code j} of counted people ({@code p} not null) when no predicate
   * follows them. Returns the end of the wound, or -1.
   */
  static int takenInWounded(Token[] t, int j, int k, PhraseTable.Match m, Quantity q, People p, int e) {
    if (p == null && q.begin > 0 && t[q.begin - 1].is(",")) {
      // "Jay Roe, 32 were all taken to a hospital": an age
      return -1;
    }
    if (m != null && p != null && q.end < p.end && t[q.end].is("of") && HURT_HEADS.contains(t[p.end - 1])) {
      // "four of the wounded were hospitalized in serious condition": the hurt are counted already, their stay in
      // hospital is the news
      return -1;
    }
    if (m == null) {
      return p == null ? -1 : SingleWounded.takenWithWounds(t, j, e, true);
    }
    return m.category == CasualtyCategory.HOSPITALIZED ? SingleWounded.woundsAfterConveyed(t, k, e, true) : -1;
  }

  /**
   * "32 wounded people have been reported", "the hospital received 40 injured soldiers", "the search
   * for 40 missing migrants": with no predicate after them, people counted with "wounded", "injured",
   * "dead" or "missing" before their noun are a figure of it, unless a determiner refers back ("the
   * two injured officers"). Returns whether it added one.
   */
  static boolean hurtPeople(Token[] t, Quantity q, People p, int e, List<Candidate> out) {
    // "the two injured officers were named": a determiner refers back to a count told before
    if (p == null || q.need != Quantity.Need.NONE || q.end >= e
        || (q.begin > 0 && CasualtyRules.REFERRING.contains(t[q.begin - 1]))) {
      return false;
    }
    // "displaced people" name who they are ("attacked six displaced people"), not what befell them,
    // unless "newly" tells it befell them now ("3,000 newly displaced people arrived")
    int adjAt = t[q.end].is("newly") ? q.end + 1 : q.end;
    PhraseTable.Match adj = Lexicon.PREDICATES.match(t, adjAt, e);
    // or they are counted as the people a relief agency is helping or has counted: "the Red Cross is
    // assisting six displaced residents", "the agency recorded 3,450 displaced people", "there are
    // 3,450 displaced people in the province" tell what befell them
    boolean aided = adj != null && adj.category == CasualtyCategory.DISPLACED
        && (adjAt > q.end || q.begin > 0 && (CasualtyRules.AIDING.contains(t[q.begin - 1])
        || CasualtyRules.COUNTING.contains(t[q.begin - 1])
        || q.begin > 1 && t[q.begin - 2].is("there") && CasualtyRules.BE.contains(t[q.begin - 1])));
    if (adj == null && q.begin > 0 && CasualtyRules.AIDING.contains(t[q.begin - 1])
        && CasualtyRules.REFUGEES.contains(t[p.end - 1])) {
      out.add(new Candidate(CasualtyCategory.DISPLACED, q.count, q.begin, q.end, q.begin, p.end, CasualtyRules.who(p),
          FigureRole.TOTAL, "<aiding> <n> refugees"));
      return true;
    }
    boolean counted = adj != null && adj.end <= adjAt + 2 && adj.end < p.end && !Lexicon.ABDUCTED.contains(t[adjAt])
        && (adj.category == CasualtyCategory.INJURED || adj.category == CasualtyCategory.KILLED
        || adj.category == CasualtyCategory.MISSING || aided);
    if (counted) {
      out.add(new Candidate(adj.category, q.count, q.begin, q.end, q.begin, p.end, CasualtyRules.who(p),
          FigureRole.TOTAL, "<n> <hurt> <people>"));
    }
    return counted;
  }
}
