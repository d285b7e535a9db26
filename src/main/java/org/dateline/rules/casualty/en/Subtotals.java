package org.dateline.rules.casualty.en;

import org.dateline.model.CasualtyCategory;
import org.dateline.model.FigureRole;

/**
 * The parts of a figure told after it: "including two children", "among them three soldiers", a
 * bracket or dash of parts, and the groups listed after the first part. Moved out of
 * {@link CasualtyRules}; the extractor calls {@link #subtotal}, {@link #nextPart} and {@link #saidAfter}.
 */
final class Subtotals {
  private static final TokenSet SUBTOTAL_CUES = TokenSet.of("including", "includes", "include", "included");
  /** The rule of a bare part told by its place: "including 1,650 in the capital". */
  static final String PART_IN = "including <n> in <place>";

  private Subtotals() {
  }

  /** "including two children", "among them three soldiers": a part of the nearest figure. */
  static Candidate subtotal(Token[] t, int i, int e, CasualtyCategory category) {
    int j = i + 1;
    if (t[i].is("among") && j < e && (t[j].is("them") || t[j].is("whom"))) {
      j++;
    } else if (!SUBTOTAL_CUES.contains(t[i]) && !CasualtyRules.BREAKDOWN_CUES.contains(t[i])) {
      return null;
    }
    while (j < e && t[i].isDash() && t[j].isDash()) {
      j++; // "--" typed for a dash
    }
    Quantity q = QuantityParser.parse(t, j, e);
    if (q == null) {
      return null;
    }
    People p = People.afterCount(t, q, e);
    if (p == null) {
      Candidate ofAll = partOfAll(t, i, q, e, category);
      Candidate logged = ofAll != null ? ofAll : loggedPart(t, i, q, e, category);
      Candidate who = logged != null ? logged : partWho(t, i, q, e, category);
      return who != null ? who : partIn(t, i, q, e, category);
    }
    q = CasualtyRules.couple(t, q, p, e); // "including a couple" is two
    return new Candidate(category, q.count, q.begin, q.end, i, p.end, p.who, FigureRole.SUBTOTAL, "including <n> <people>");
  }

  /**
   * Returns the part after "including" told as a share of a whole: "including 176 of the 180
   * passengers", "including 40 of the 42 people on board". The part counts the whole's people.
   */
  private static Candidate partOfAll(Token[] t, int i, Quantity q, int e, CasualtyCategory category) {
    if (q.end + 2 >= e || !t[q.end].is("of") || !(t[q.end + 1].is("the") || t[q.end + 1].is("its"))) {
      return null;
    }
    int k = q.end + 2;
    Quantity whole = QuantityParser.parse(t, k, e);
    People p = whole == null ? People.after(t, k, e, false) : People.afterCount(t, whole, e);
    if (p != null) {
      return new Candidate(category, q.count, q.begin, q.end, i, p.end, p.who, FigureRole.SUBTOTAL,
          "including <n> of the <people>");
    }
    int end = whole == null ? -1 : whole.end;
    boolean aboard = end > 0 && end < e && (t[end].is("aboard")
        || end + 1 < e && t[end].is("on") && t[end + 1].is("board"));
    return aboard ? new Candidate(category, q.count, q.begin, q.end, i, t[end].is("aboard") ? end + 1 : end + 2, null,
        FigureRole.SUBTOTAL, "including <n> of the <n> on board") : null;
  }

  /** How many tokens of a relative clause are read for a fate of its own. */
  private static final int WHO_CLAUSE = 8;

  /**
   * Returns the bare number after "including" at {@code i} that "who" follows, a part of the count before
   * it: "five people died, including three who were trapped in the car". A clause that tells another
   * fate ("including two who later died", of the injured) is left to the rules of that fate.
   */
  private static Candidate partWho(Token[] t, int i, Quantity q, int e, CasualtyCategory category) {
    if (q.need != Quantity.Need.NONE || q.end + 1 >= e || !t[q.end].is("who")) {
      return null;
    }
    for (int k = q.end + 1; k < e && k <= q.end + WHO_CLAUSE && !t[k].isPunct(); k++) {
      PhraseTable.Match m = Lexicon.PREDICATES.match(t, k, e);
      if (m != null && m.category != category) {
        return null;
      }
    }
    return new Candidate(category, q.count, q.begin, q.end, i, q.end + 1, null, FigureRole.SUBTOTAL,
        "including <n> who");
  }

  /**
   * Returns the bare number after "including" at {@code i} that a place follows, a part of the count before it:
   * "4,380 patients are in hospital, including 1,650 in the capital", "including 12 in Kabul" (not "including 12 in
   * critical condition", which tells how they are).
   */
  private static Candidate partIn(Token[] t, int i, Quantity q, int e, CasualtyCategory category) {
    if (q.need != Quantity.Need.NONE || q.end + 1 >= e || !(t[q.end].is("in") || t[q.end].is("from"))
        || !(t[q.end + 1].capitalized && t[q.end + 1].isWord() || t[q.end + 1].is("the"))) {
      return null;
    }
    return new Candidate(category, q.count, q.begin, q.end, i, q.end, null, FigureRole.SUBTOTAL, PART_IN);
  }

  /** Participles that log a part of a count of deaths or cases where it was counted: "including 12 reported in". */
  private static final TokenSet LOGGED = TokenSet.of("recorded", "reported", "registered", "confirmed", "logged",
      // bodies counted where they were taken from: "18 bodies, including nine retrieved by villagers"
      "retrieved", "recovered", "exhumed");

  /**
   * Returns the bare number after "including" at {@code i} that a participle of logging follows, a part of
   * the count before it in that count's own noun: "30 deaths, including 12 reported in the
   * capital". "Including 12 reported missing" tells another outcome and is left to the rules of it.
   */
  private static Candidate loggedPart(Token[] t, int i, Quantity q, int e, CasualtyCategory category) {
    if (q.need != Quantity.Need.NONE || q.end + 1 >= e || !LOGGED.contains(t[q.end])
        || Lexicon.PREDICATES.match(t, q.end, e) != null || Lexicon.PREDICATES.match(t, q.end + 1, e) != null) {
      return null;
    }
    return new Candidate(category, q.count, q.begin, q.end, i, q.end + 1, null, FigureRole.SUBTOTAL,
        "including <n> <recorded>");
  }

  /** Verbs of saying after a group listed, which make the group the speakers. */
  private static final TokenSet SAID = TokenSet.of("said", "says", "told", "added", "reported", "confirmed");

  /**
   * Whether a verb of saying follows the figure {@code c}: the groups listed before it are the
   * speakers, "including two children<b>, a resident and a UN official said</b>".
   */
  static boolean saidAfter(Token[] t, Candidate c, int e) {
    return c.spanEnd < e && SAID.contains(t[c.spanEnd]);
  }

  /** How many people told without a count a list of parts may step over: "a mother, father, and their two sons". */
  private static final int MAX_UNCOUNTED = 2;

  /**
   * Returns the group listed after the part {@code part} as one more part: "including 15 soldiers
   * <b>and five civilians</b>", "among them two doctors<b>, a nurse</b> and ...". A group followed by
   * its own verb starts a clause ("including two children, and 12 people were wounded"): none.
   */
  static Candidate nextPart(Token[] t, Candidate part, int e) {
    int k = part.spanEnd;
    if (k + 1 >= e || !(t[k].is("and") || t[k].is(","))) {
      return null;
    }
    int next = t[k].is(",") && t[k + 1].is("and") ? k + 2 : k + 1;
    for (int n = 0; n < MAX_UNCOUNTED && next + 1 < e && Lexicon.isPeople(t[next])
        && (t[next + 1].is(",") || t[next + 1].is("and")); n++) {
      // "a mother, father, and their two children": a person told without a count shares the article before
      next = t[next + 1].is(",") && next + 2 < e && t[next + 2].is("and") ? next + 3 : next + 2;
    }
    People.Counted c = next < e ? People.countedInList(t, next, e) : null;
    if (c == null || c.people == null || CasualtyRules.skipAuxiliaries(t, c.people.end, e) >= 0
        || Lexicon.PREDICATES.match(t, c.people.end, e) != null) {
      return null;
    }
    return new Candidate(part.category, c.quantity.count, c.quantity.begin, c.quantity.end, c.quantity.begin,
        c.people.end, c.people.who, FigureRole.SUBTOTAL, "including <n> <people> and <n> <people>");
  }
}
