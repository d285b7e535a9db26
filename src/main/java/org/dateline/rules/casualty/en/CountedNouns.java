package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CountQualifier;
import org.dateline.model.FigureRole;

/**
 * The rule of a count before a noun of its category with no verb: "12 deaths", "five bodies", "no fewer than
 * 20 fatalities", "880 cases and 17 deaths"; body parts and bags, one person's injuries and charges of
 * crimes are no such count. Moved out of {@link CasualtyRules}, whose subject rule calls
 * {@link #countedNoun} for a count with no predicate.
 */
final class CountedNouns {
  private CountedNouns() {
  }

  /** Nouns after "body" that make it a thing, not a person's remains: "58 body parts", "30 body bags". */
  private static final TokenSet BODY_THINGS = TokenSet.of("parts", "part", "bags", "bag", "armour", "armor", "cameras",
      "camera", "counts", "count");

  /** Words before a vague number of injuries that tell one person's wounds: "died <b>of</b> multiple injuries". */
  private static final TokenSet WOUNDS_OF_ONE = TokenSet.of("from", "of", "with", "suffered", "sustained", "suffering",
      "sustaining", "received", "receiving");

  /** People nouns that tell whose deaths or injuries a count is: "12,300 civilian deaths" ("one minor injury" is none). */
  private static final TokenSet DEATHS_OF = TokenSet.of("civilian", "migrant", "child", "police", "soldier", "worker",
      "refugee", "pedestrian", "combatant", "prisoner", "patient", "journalist", "infant", "student", "passenger",
      "motorist", "cyclist", "detainee", "inmate", "troop", "militant");

  /** "12 deaths", "five bodies", "no fewer than 20 fatalities", "two more bodies". */
  static void countedNoun(Token[] t, Quantity q, People p, int e, List<Candidate> out) {
    if (p != null && p.end == q.end + 1 && p.end < e && q.need == Quantity.Need.NONE) {
      // a people noun as the deaths' modifier: "12,300 civilian deaths", "40 migrant deaths"
      PhraseTable.Match m = Lexicon.COUNTED_NOUNS.match(t, p.end, e);
      if (m != null && (m.category == CasualtyCategory.KILLED || m.category == CasualtyCategory.INJURED)
          && DEATHS_OF.contains(t[q.end]) && !t[m.end - 1].is("body") && !t[m.end - 1].is("death")) {
        out.add(new Candidate(m.category, q.count, q.begin, q.end, q.begin, m.end, CasualtyRules.who(p),
            FigureRole.TOTAL, "<n> <person> <deaths>"));
      }
      return;
    }
    if (p != null || q.need != Quantity.Need.NONE) {
      return;
    }
    if (OutbreakCases.casesBesideDeaths(t, q.end, e)) {
      out.add(new Candidate(CasualtyCategory.AFFECTED, q.count, q.begin, q.end, q.begin, q.end + 1, null,
          FigureRole.TOTAL, "<n> cases and <n> <deaths>"));
      return;
    }
    int logged = OutbreakCases.outbreakCasesLogged(t, q, e);
    if (logged > 0) {
      out.add(new Candidate(CasualtyCategory.AFFECTED, q.count, q.begin, q.end, q.begin, logged, null,
          FigureRole.TOTAL, "<n> cases <reported> in an outbreak"));
      return;
    }
    // "dozens of bodies", "hundreds of deaths": a vague number's "of"
    int from = q.end + 1 < e && t[q.end].is("of") && q.count.qualifier() == CountQualifier.VAGUE ? q.end + 1 : q.end;
    for (int k = from; k < e && k <= from + 2; k++) {
      PhraseTable.Match m = Lexicon.COUNTED_NOUNS.match(t, k, e);
      if (m != null && m.category == CasualtyCategory.RESCUED && k > q.end && m.end - k == 1) {
        return; // "two bank rescues": a bare "rescues" after another word may be no rescue of people
      }
      if (m != null && m.category == CasualtyCategory.INJURED && q.count.qualifier() == CountQualifier.VAGUE
          && q.begin > 0 && WOUNDS_OF_ONE.contains(t[q.begin - 1])) {
        return; // "died from multiple injuries", "suffered several injuries": one person's wounds, no count
      }
      if (m != null && m.end < e && (t[m.end - 1].is("body") || t[m.end - 1].is("bodies")) && BODY_THINGS.contains(t[m.end])) {
        return; // "58 body parts", "30 body bags": things, no count of the dead
      }
      if (m != null) {
        // "charged with two murders", "a dozen attempted murders": charges or crimes, no tally of the dead
        boolean charges = SeparateIncidents.CRIME_TALLIES.contains(t[m.end - 1])
            && (q.begin > 1 && CourtsAndSieges.chargedWith(t, q.begin) || t[m.end - 2].is("attempted"));
        if (!charges) {
          out.add(new Candidate(m.category, q.count, q.begin, q.end, q.begin, m.end, null, FigureRole.TOTAL, "<n> <deaths>"));
        }
        return;
      }
      // "two more bodies were found", "7 more deaths": more of them, as "two more people died"
      if (!t[k].isWord() || t[k].has(WordFlags.FUNCTION) && !t[k].is("more")) {
        return;
      }
    }
  }
}
