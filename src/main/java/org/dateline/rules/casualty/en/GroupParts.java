package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.FigureRole;

/**
 * A part counted of a group, "two of the 17 people killed were police officers": the group the part
 * names and the part as a subtotal of it. Moved out of {@link CasualtyRules}, whose main
 * "<n> <people> <predicate>" rule calls it.
 */
final class GroupParts {
  private GroupParts() {
  }

  /**
   * Reads the group counted after a part that no number tells, when an outcome right after the group's
   * people names it and a verb of being follows: "most of the 12 people killed were women", "half of
   * the 40 people injured are children" tell killed 12 and injured 40; an outcome in a relative clause names the
   * group whatever follows ("some of the 28 skaters who were killed"). "Most of the 12 passengers were
   * killed" tells only a part, and no figure.
   */
  static void groupOfAPart(Token[] t, CasualtyRules.Head h, int e, List<Candidate> out) {
    if (h.people == null || h.end >= e) {
      return;
    }
    int at = h.end;
    boolean relative = at + 1 < e && (t[at].is("who") || t[at].is("that"));
    if (relative) {
      // "most of the 28 skaters who died were teenagers", "clips of some of the 28 skaters who were killed": the
      // outcome in a relative clause is the group's, whatever follows it
      int a = CasualtyRules.skipAuxiliaries(t, at + 1, e);
      at = a >= 0 ? a : at + 1;
    }
    PhraseTable.Match m = Lexicon.PREDICATES.match(t, at, e);
    if (m == null || !relative && (m.end >= e
        || !CasualtyRules.FINITE_BE.contains(t[m.end]) && !CasualtyRules.HAVE.contains(t[m.end]))) {
      return;
    }
    int next = m.end < e ? CasualtyRules.skipAuxiliaries(t, m.end, e) : -1;
    PhraseTable.Match news = next < 0 ? null : Lexicon.PREDICATES.match(t, next, e);
    if (news != null && news.category != m.category) {
      return; // "most of the 11 people missing were found dead": the news is the part's
    }
    Quantity q = h.quantity;
    out.add(new Candidate(m.category, q.count, q.begin, q.end, q.begin, m.end, CasualtyRules.who(h.people), FigureRole.TOTAL,
        "<part> of the <n> <people> <predicate>"));
  }

  /**
   * Reads the group a part is counted of, when the outcome after the group names it: "one of the 9
   * people <b>killed</b>", "two of the 17 people killed were police officers", "one of the 14 injured is
   * in critical condition" tell killed 9, killed 17, injured 14. The part is no figure of its own; a
   * part with news of another kind is ("three of the 11 missing were found dead" is killed 3, read by
   * the caller). Adds the group's figure and says whether it did.
   *
   * @param j the index after the group ({@link #ofTheGroup}), {@code k} and {@code m} the outcome
   */
  static boolean namesTheGroup(Token[] t, CasualtyRules.Head h, int j, int k, PhraseTable.Match m, int e,
      List<Candidate> out) {
    if (CasualtyRules.PART_VERBS.contains(t[k])) {
      return false; // "one of the four died": a finite verb, the part's
    }
    for (int n = j; n < k; n++) {
      if (CasualtyRules.BE.contains(t[n]) || CasualtyRules.HAVE.contains(t[n])) {
        return false; // "two of the 12 were killed": the outcome is the part's
      }
    }
    Quantity group = h.end + 2 < e && t[h.end].is("of") ? QuantityParser.parse(t, h.end + 2, e) : null;
    if (group == null || group.need != Quantity.Need.NONE || group.end > k) {
      return false; // "four more, including ...": no group counted after "of the"
    }
    int next = m.end < e ? CasualtyRules.skipAuxiliaries(t, m.end, e) : -1;
    PhraseTable.Match news = next < 0 ? null : Lexicon.PREDICATES.match(t, next, e);
    if (news != null && news.category != m.category) {
      return false;
    }
    People p = People.afterCount(t, group, e);
    out.add(new Candidate(m.category, group.count, group.begin, group.end, group.begin, m.end, CasualtyRules.who(p), FigureRole.TOTAL,
        "<n> of the <n> <people> <predicate>"));
    if (news == null) {
      partOfTheGroup(t, h.quantity, group.count, m.category, m.end, e, out);
    } else if (m.category == CasualtyCategory.INJURED && badlyHurt(t, next, e) && h.quantity.count.min() >= 2
        && group.count.value().isPresent() && h.quantity.count.min() < group.count.value().getAsLong()) {
      // "four of the 11 injured are still in critical condition": a part of the hurt by how badly
      out.add(new Candidate(m.category, h.quantity.count, h.quantity.begin, h.quantity.end, h.quantity.begin, news.end,
          null, FigureRole.SUBTOTAL, "<n> of the <n> <people> <predicate> were"));
    }
    return true;
  }

  /**
   * Adds the part a sentence tells of a group with a verb "to be" and no outcome of its own: "two of the
   * 17 people killed were police officers", "four of the dead were children" tell a part of the dead, as
   * "including two police officers" does. One person is no part ("one of the dead was a nurse" tells of a
   * person); the caller sees that no news follows the verb ("were found dead" is the part's own), and
   * what befell the part is not who it was ("two of the wounded were discharged").
   *
   * "All but two of the dead were civilians" tells who the rest were, and "were neither soldiers nor police" who
   * the part was not: no part. A part larger than its group is no part of it.
   *
   * @param group the group's count when the sentence tells it, or null; {@code category} the group's outcome,
   *     {@code be} the index of the verb after the group
   * @return whether a part was added
   */
  static boolean partOfTheGroup(Token[] t, Quantity part, CasualtyCount group, CasualtyCategory category, int be,
      int e, List<Candidate> out) {
    int b = part.begin;
    if (be + 1 >= e || !CasualtyRules.FINITE_BE.contains(t[be]) || part.count.min() < 2
        || b > 0 && (t[b - 1].is("all") || t[b - 1].is("but") || t[b - 1].is("except")) || t[b].is("both")
        || CasualtyRules.NOT_WHO.contains(t[be + 1])
        || group != null && group.value().isPresent() && part.count.min() > group.value().getAsLong()) {
      return false; // "all four of the injured were cooks": the whole group, told again
    }
    People p = People.after(t, be + 1, e, false);
    if (p == null && category == CasualtyCategory.INJURED && badlyHurt(t, be + 1, e)) {
      // "four of the 11 injured are still in critical condition": a part of the hurt by how badly
      out.add(new Candidate(category, part.count, part.begin, part.end, part.begin, be + 1, null,
          FigureRole.SUBTOTAL, "<n> of the <n> <people> <predicate> were"));
      return true;
    }
    if (p == null && !CasualtyRules.WHO_THEY_WERE.contains(t[be + 1])) {
      return false; // "two of the wounded were discharged": what befell the part, not who they were
    }
    out.add(new Candidate(category, part.count, part.begin, part.end, part.begin, be + 1, CasualtyRules.who(p),
        FigureRole.SUBTOTAL, "<n> of the <n> <people> <predicate> were"));
    // "nine of the dead were children and five were women": the parts after it, each told with its own "were"
    int k = p == null ? be + 2 : p.end;
    for (int n = 0; n < MAX_MORE_PARTS && k + 3 < e && (t[k].is("and") || t[k].is(",")); n++) {
      Quantity q = QuantityParser.parse(t, k + 1, e);
      People more = q == null || q.need != Quantity.Need.NONE || q.end + 1 >= e
          || !CasualtyRules.FINITE_BE.contains(t[q.end]) ? null : People.after(t, q.end + 1, e, false);
      if (more == null) {
        break;
      }
      out.add(new Candidate(category, q.count, q.begin, q.end, q.begin, q.end + 1, CasualtyRules.who(more),
          FigureRole.SUBTOTAL, "<n> of the <n> <people> <predicate> were"));
      k = more.end;
    }
    return true;
  }

  /** How many more parts may follow the first: "..., three were women and two were soldiers". */
  private static final int MAX_MORE_PARTS = 6;

  /** Words of how badly the hurt are: "in critical condition", "seriously". */
  private static final TokenSet BADLY = TokenSet.of("critical", "serious", "critically", "seriously", "grave",
      "gravely", "severely");

  /** Whether how badly people are hurt is told at {@code k}, past "still", "in" and "a": "still in critical condition". */
  private static boolean badlyHurt(Token[] t, int k, int e) {
    while (k < e && (t[k].is("still") || t[k].is("in") || t[k].is("a") || t[k].is("now") || t[k].is("listed"))) {
      k++;
    }
    return k < e && BADLY.contains(t[k]);
  }

  /**
   * Returns the index after "of the four" at {@code j} ("one of the four died"), and after the
   * group's people if it names them ("two of the 12 passengers died"), or {@code j}.
   */
  static int ofTheGroup(Token[] t, int j, int e) {
    boolean ofThe = j + 2 < e && t[j].is("of") && (t[j + 1].is("the") || t[j + 1].is("those") || t[j + 1].is("these"));
    // "three out of 40 passengers were hurt": the part is counted, as "five of the 12" is
    boolean outOf = j + 2 < e && t[j].is("out") && t[j + 1].is("of");
    int n = outOf && j + 3 < e && t[j + 2].is("the") ? j + 3 : j + 2;
    if (!(ofThe || outOf) || !(t[n].isNumber() || NumberWords.read(t, n, e) != null)) {
      return j;
    }
    People named = People.after(t, n + 1, e, false);
    return named == null ? n + 1 : named.end;
  }
}
