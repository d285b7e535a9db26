package org.dateline.rules.casualty.en;

import java.util.List;
import java.util.Map;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
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

  /** Nouns after "death" that make it their modifier, not a count of the dead: "32 death claims". */
  private static final TokenSet DEATH_THINGS = TokenSet.of("claims", "claim", "certificates", "certificate", "threats",
      "threat", "sentences", "sentence", "penalties", "benefits", "notices", "warrants", "squads", "squad", "row",
      "rows", "records", "payments", "payouts", "grants", "compensation");

  /** Words before a pair of numbers that make it one range: "between 98 and 71 deaths", "from 9 and 12". */
  private static final TokenSet RANGE_OPENERS = TokenSet.of("between", "from", "of", "and", "to");
  /** How far after the noun "respectively" may close a pair of counts. */
  private static final int RESPECTIVELY_REACH = 4;

  /**
   * The first of two numbers the noun counts both of, told apart by "and" and closed by "respectively": "98 and 71
   * deaths respectively" are two counts, not a range (which "between" opens). The first keeps its qualifier ("at least
   * 98 and 71 deaths respectively").
   */
  private static void pairedBefore(Token[] t, Quantity q, PhraseTable.Match m, int e, List<Candidate> out) {
    int n = q.begin - 2;
    if (n < 0 || !t[q.begin - 1].is("and") || !respectively(t, m.end, e)) {
      return;
    }
    Quantity first = null;
    for (int start = Math.max(0, n - 2); start <= n && first == null; start++) {
      Quantity p = t[start].isWord() || t[start].isNumber() ? QuantityParser.parse(t, start, e) : null;
      first = p != null && p.end == q.begin - 1 && p.need == Quantity.Need.NONE ? p : null;
    }
    if (first == null || first.begin > 0 && (RANGE_OPENERS.contains(t[first.begin - 1]) || t[first.begin - 1].isNumber())
        || first.count.qualifier() == CountQualifier.VAGUE || first.count.qualifier() == CountQualifier.RANGE) {
      return;
    }
    out.add(new Candidate(m.category, first.count, first.begin, first.end, first.begin, first.end, null, FigureRole.TOTAL,
        "<n> and <n> <deaths> respectively"));
  }

  /** Whether "respectively" stands a few words after the noun at {@code k}. */
  private static boolean respectively(Token[] t, int k, int e) {
    return Sentences.containsWord(t, k, Math.min(e, k + RESPECTIVELY_REACH + 1), "respectively");
  }

  /** Words before a vague number of injuries that tell one person's wounds: "died <b>of</b> multiple injuries". */
  private static final TokenSet WOUNDS_OF_ONE = TokenSet.of("from", "of", "with", "suffered", "sustained", "suffering",
      "sustaining", "received", "receiving");

  /** People nouns that tell whose deaths or injuries a count is: "12,300 civilian deaths" ("one minor injury" is none). */
  private static final TokenSet DEATHS_OF = TokenSet.of("civilian", "migrant", "child", "police", "soldier", "worker",
      "refugee", "pedestrian", "combatant", "prisoner", "patient", "journalist", "infant", "student", "passenger",
      "motorist", "cyclist", "detainee", "inmate", "troop", "militant");

  /** Words that count the dead of one killing: "a double homicide", "the quadruple murder". */
  private static final Map<String, Integer> MULTIPLES = Map.of("double", 2, "triple", 3, "quadruple", 4,
      "quintuple", 5);
  /** Nouns of a killing after such a word ("murder-suicide" is left alone: its killer died too, or not). */
  private static final TokenSet KILLINGS = TokenSet.of("homicide", "murder", "slaying", "killing", "killings",
      "homicides", "murders", "slayings");

  /**
   * Adds the dead of a killing told by how many it took, at {@code i}: "police are investigating a double homicide",
   * "the triple murder", "a double fatal shooting"; not a charge ("charged with double murder").
   */
  static void multipleKilling(Token[] t, int i, int e, List<Candidate> out) {
    char first = t[i].lower.isEmpty() ? ' ' : t[i].lower.charAt(0);
    if (first != 'd' && first != 't' && first != 'q') {
      return; // double, triple, quadruple, quintuple: most words are none, at a glance
    }
    int dash = t[i].lower.indexOf('-');
    if (dash > 0 && KILLINGS.contains(t[i].lower.substring(dash + 1))
        && MULTIPLES.containsKey(t[i].lower.substring(0, dash)) && !(i >= 2 && CourtsAndSieges.chargedWith(t, i))
        && !listedAmongOthers(t, i)) {
      // "a double-murder", one token
      out.add(new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(MULTIPLES.get(t[i].lower.substring(0, dash))),
          i, i + 1, i, i + 1, null, FigureRole.TOTAL, "<double> homicide"));
      return;
    }
    Integer n = MULTIPLES.get(t[i].lower);
    if (n == null || i + 1 >= e) {
      return;
    }
    int k = i + 1;
    if (t[k].is("-") && k + 1 < e) {
      k++;
    }
    if (t[k].is("fatal") && k + 1 < e) {
      k++;
    }
    if (!KILLINGS.contains(t[k]) && !(t[k - 1].is("fatal") && (t[k].is("shooting") || t[k].is("stabbing")))
        || k + 1 < e && t[k + 1].is("-") || i >= 2 && CourtsAndSieges.chargedWith(t, i)
        || i >= 3 && (t[i - 1].is("a") || t[i - 1].is("the")) && CourtsAndSieges.chargedWith(t, i - 1)) {
      return;
    }
    if (listedAmongOthers(t, i)) {
      return;
    }
    out.add(new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(n), i, i + 1, i, k + 1, null,
        FigureRole.TOTAL, "<double> homicide"));
  }

  /** Weapons or acts that name one death: "charged in the shooting death", "a teen's stabbing death". */
  private static final TokenSet DEATH_BY = TokenSet.of("shooting", "stabbing", "beating");
  /** Words before such a death that make it one of many: "the city's 30th shooting death", "another". */
  private static final TokenSet ONE_OF_MANY = TokenSet.of("another", "first", "second", "third", "latest", "last");

  /**
   * Adds the one dead of "shooting death" at {@code i} ("15-year-old charged in shooting death", "the teen's
   * stabbing death"), a killing named by its weapon; "the shooting death of a teen" is the rules of actions'
   * (it names whom), "shooting death toll" is a toll's, and "the city's 30th shooting death" one of many.
   */
  static void namedDeath(Token[] t, int i, int e, List<Candidate> out) {
    if (!DEATH_BY.contains(t[i]) || i + 1 >= e || !t[i + 1].is("death")
        || i + 2 < e && (t[i + 2].is("of") || t[i + 2].is("toll") || t[i + 2].is("tolls") || t[i + 2].is("rate"))) {
      return;
    }
    int before = i > 0 && ADJECTIVES_OF_DEATH.contains(t[i - 1]) ? i - 1 : i;
    if (before > 0 && possessive(t[before - 1])) {
      return; // "the teen's shooting death": whose, which the rules of actions read
    }
    if (i > 0 && (ONE_OF_MANY.contains(t[i - 1]) || Ordinals.isOrdinal(t[i - 1].lower) || t[i - 1].isNumber()
        || t[i - 1].lower.endsWith("th")
        && Character.isDigit(t[i - 1].lower.charAt(0)) || NumberWords.isNumberWord(t[i - 1].lower))
        || listedAmongOthers(t, i)) {
      return;
    }
    out.add(new Candidate(CasualtyCategory.KILLED, CasualtyCount.exactly(1), i, i + 2, i, i + 2, null,
        FigureRole.TOTAL, "<shooting> death"));
  }

  /** Adjectives a named death may take before its weapon: "the girl's accidental shooting death". */
  private static final TokenSet ADJECTIVES_OF_DEATH = TokenSet.of("accidental", "fatal", "apparent", "weekend",
      "deadly");

  private static boolean possessive(Token w) {
    return w.lower.endsWith("'s") || w.lower.endsWith("\u2019s") || w.is("'s") || w.is("\u2019s") || w.lower.endsWith("s'");
  }

  /** Words that open a list of other crimes a killing may be one of: "a violent streak that includes ...". */
  private static final TokenSet LIST_OPENERS = TokenSet.of("includes", "included", "including", "include", "like");
  /** How far before a killing such a word may stand. */
  private static final int LIST_WINDOW = 15;

  /**
   * Whether the killing at {@code i} is one item of a list of other crimes ("a spree that includes a mass
   * shooting, a double homicide and two slayings"), which tells another incident than the report's.
   */
  private static boolean listedAmongOthers(Token[] t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - LIST_WINDOW; k--) {
      if (t[k].is(".")) {
        return false;
      }
      if (LIST_OPENERS.contains(t[k])) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of where the uprooted stay, after them as their subject: "2,000 IDPs <b>remain</b> in camps". */
  private static final TokenSet STAYING = TokenSet.of("remain", "remained", "remains", "live", "lived", "living",
      "shelter", "sheltered", "sheltering", "stay", "stayed", "staying");

  /** "12 deaths", "five bodies", "no fewer than 20 fatalities", "two more bodies". */
  static void countedNoun(Token[] t, Quantity q, People p, int e, List<Candidate> out) {
    if (p != null && q.need == Quantity.Need.NONE && q.end < e) {
      // people named by what befell them, as the subject of their clause: "14,300 displaced people are sheltering in
      // 41 centres", "2,000 IDPs remain in camps" (not the object of another verb: "gunmen attacked six displaced
      // people")
      PhraseTable.Match named = Lexicon.COUNTED_NOUNS.match(t, q.end, e);
      if (named != null && named.category == CasualtyCategory.DISPLACED && named.end >= p.end && named.end < e
          && (t[named.end].has(WordFlags.AUXILIARY) || STAYING.contains(t[named.end]))) {
        out.add(new Candidate(named.category, q.count, q.begin, q.end, q.begin, named.end, null, FigureRole.TOTAL,
            "<n> <displaced people>"));
        return;
      }
    }
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
      if (m != null && m.end < e && t[m.end - 1].is("death") && DEATH_THINGS.contains(t[m.end])) {
        return; // "settling 57 death claims", "40 death certificates": papers, no count of the dead
      }
      if (m != null) {
        // "charged with two murders", "a dozen attempted murders": charges or crimes, no tally of the dead
        boolean charges = SeparateIncidents.CRIME_TALLIES.contains(t[m.end - 1])
            && (q.begin > 1 && CourtsAndSieges.chargedWith(t, q.begin) || t[m.end - 2].is("attempted"));
        if (!charges) {
          out.add(new Candidate(m.category, q.count, q.begin, q.end, q.begin, m.end, null, FigureRole.TOTAL, "<n> <deaths>"));
          pairedBefore(t, q, m, e, out);
        }
        return;
      }
      // "two more bodies were found", "7 more deaths": more of them, as "two more people died"
      // "14 reported deaths": "reported" as the deaths' adjective, not a verb of saying
      if (!t[k].isWord() || t[k].has(WordFlags.FUNCTION) && !t[k].is("more") && !t[k].is("reported")) {
        return;
      }
    }
  }
}
