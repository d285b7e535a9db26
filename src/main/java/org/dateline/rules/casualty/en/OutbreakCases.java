package org.dateline.rules.casualty.en;

import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;

/**
 * Whether bare "cases" are an outbreak's, and so counts of the sick: logged ("1,200 cases were reported")
 * or told beside deaths ("880 cases and 17 deaths") in a report that names an outbreak, not a court's
 * docket or a crime's. Moved out of {@link CasualtyRules}, whose counted nouns ask {@link #casesBesideDeaths}
 * and {@link #outbreakCasesLogged}; {@link TollRules} asks {@link #outbreakNamedBefore}.
 */
final class OutbreakCases {
  private OutbreakCases() {
  }

  /** Words of an outbreak a report names before its bare "cases", which make them the outbreak's. */
  static final TokenSet OUTBREAK_WORDS = TokenSet.of("dengue", "cholera", "measles", "mpox", "monkeypox",
      "malaria", "ebola", "diphtheria", "heatstroke", "covid-19", "covid", "outbreak", "epidemic");

  /** Verbs that log an outbreak's cases: "1,200 cases were reported". */
  private static final TokenSet CASES_LOGGED = TokenSet.of("reported", "recorded", "confirmed", "registered", "logged",
      "detected");

  /** How many tokens before bare "cases" the outbreak's name may stand: the look back stays bounded. */
  private static final int OUTBREAK_WINDOW = 150;

  /**
   * Returns the end of bare "cases" at {@code k} logged in a report that names an outbreak a little before
   * ("measles ... 1,450 cases were recorded last week", "the 1,200 cases reported last year"), or -1. A
   * court's or a police station's cases, in a report of no outbreak, stay none.
   */
  static int outbreakCasesLogged(Token[] t, Quantity q, int e) {
    int k = q.end;
    if (k + 1 < e && t[k].is("new") && (t[k + 1].is("cases") || t[k + 1].is("case") && q.count.equals(CasualtyCount.exactly(1)))) {
      // "60 new cases on Sunday", "one new case": new cases are an outbreak's by themselves
      return outbreakNamedBefore(t, k) ? k + 2 : -1;
    }
    if (k + 1 >= e || !t[k].is("cases")) {
      return -1;
    }
    if (q.begin >= 2 && t[q.begin - 2].is("there") && (t[q.begin - 1].is("are") || t[q.begin - 1].is("were"))) {
      // "there were 310 cases in the camps": cases that exist, as logged ones
      return outbreakNamedBefore(t, k) ? k + 1 : -1;
    }
    int v = k + 1;
    while (v < e && v < k + 3 && (t[v].is("have") || t[v].is("has") || t[v].is("had") || t[v].is("been")
        || t[v].is("were") || t[v].is("was"))) {
      v++;
    }
    if (v >= e || !CASES_LOGGED.contains(t[v])) {
      return -1;
    }
    return outbreakNamedBefore(t, k) ? v + 1 : -1;
  }

  /** Words of courts and crimes that make cases a docket's, not an outbreak's: "the court heard 60 new cases". */
  private static final TokenSet NOT_ILLNESS = TokenSet.of("court", "courts", "judge", "judges", "tribunal", "filed",
      "pending", "docket", "lawsuit", "lawsuits", "looting", "theft", "fraud", "robbery", "assault", "registrar");

  /**
   * Whether an outbreak is named within {@link #OUTBREAK_WINDOW} tokens before {@code k}, and the cases at {@code k}
   * are no court's or crime's: no such word stands in their sentence before them or right after them ("cases of
   * looting").
   */
  static boolean outbreakNamedBefore(Token[] t, int k) {
    for (int n = k + 1; n < t.length && n <= k + 2; n++) {
      if (NOT_ILLNESS.contains(t[n])) {
        return false;
      }
    }
    boolean sameSentence = true;
    for (int n = k - 1; n >= 0 && n >= k - OUTBREAK_WINDOW; n--) {
      sameSentence &= !(t[n].is(".") || t[n].is("!") || t[n].is("?"));
      if (sameSentence && NOT_ILLNESS.contains(t[n])) {
        return false;
      }
      if (OUTBREAK_WORDS.contains(t[n])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether bare "cases" at {@code k} are an outbreak's, told beside its deaths: "880 cases and 17
   * deaths" (a court's "40 cases and two acquittals" are not).
   */
  static boolean casesBesideDeaths(Token[] t, int k, int e) {
    if (k + 3 >= e || !t[k].is("cases") || !t[k + 1].is("and")) {
      return false;
    }
    Quantity deaths = QuantityParser.parse(t, k + 2, e);
    if (deaths == null || deaths.need != Quantity.Need.NONE || deaths.end >= e) {
      return false;
    }
    PhraseTable.Match m = Lexicon.COUNTED_NOUNS.match(t, deaths.end, e);
    return m != null && m.category == CasualtyCategory.KILLED && !t[m.end - 1].is("homicides")
        && !t[m.end - 1].is("murders") && !t[m.end - 1].is("killings");
  }
}
