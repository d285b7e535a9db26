package org.dateline.rules.casualty.en;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CountQualifier;
import org.dateline.model.FigureRole;

/**
 * Tolls: the number a count of people stands at, told by its noun rather than by people and a verb.
 * "the death toll rose to 12", "the number of dead reached 40", "the body count", "the number of
 * people evacuated rose to 15,000", and a new total a figure brings ("bringing the total to 5,600").
 * Stateless.
 */
final class TollRules {
  /**
   * How many tokens after a toll's noun its number may stand: "the overall death toll from the week of storms that
   * battered the fishing villages along the northern coast ..., according to the regional office, has now reached 27".
   */
  private static final int TOLL_WINDOW = 40;
  /** How far a toll's number may stand past a clause of its own that opens after the noun: as far as it always could. */
  private static final int NEAR_TOLL_WINDOW = 30;
  /**
   * Words that open a clause of its own after a toll's noun: "..., <b>adding</b> that the wind had reached 140" (a
   * relative clause, "storms that battered the coast", only tells of the noun's phrase).
   */
  private static final TokenSet OWN_CLAUSES = TokenSet.of("adding", "saying", "noting", "while", "whereas", "although");
  private static final TokenSet TOLL_LINKS = TokenSet.of(
      "to", "at", "of", "reached", "hit", "is", "was", "stands", "stood", "now", "toll", "past",
      "surpassed", "exceeded", "topped", "passed", "reach", "risen", "rose", "climbed", "was", "be", "as",
      // a headline's present tense: "Gaza death toll passes 40,000", "quake toll tops 2,000"
      "passes", "tops", "surpasses", "exceeds", "reaches", "hits", "crosses", "crossed",
      // a fact box's label: "Death toll: 15"
      ":");
  /**
   * Links of a count that stands at a number, right after its noun only: "admissions <b>were currently</b> 41"; further
   * on, "were" and "are" link other things ("the survivors are 12 children").
   */
  private static final TokenSet STANDING_LINKS = TokenSet.of("were", "are", "currently");
  /** Whether every word between the toll's noun at {@code i} and the number at {@code j} is a {@link #STANDING_LINKS}. */
  private static boolean standingLink(Token[] t, int i, int j) {
    for (int k = i + 1; k < j; k++) {
      if (!STANDING_LINKS.contains(t[k])) {
        return false;
      }
    }
    return j > i + 1;
  }

  /** Links that tell a toll gone past its number: "the toll tops 1,000", "has passed 500". */
  private static final TokenSet PASSING = TokenSet.of("surpassed", "exceeded", "topped", "passed", "past", "passes",
      "tops", "surpasses", "exceeds", "crosses", "crossed");
  /** Words before "count" or "tally" that make it a count of the dead: "the body count". */
  private static final TokenSet COUNT_OF_DEAD = TokenSet.of("body", "death", "fatality", "dead");
  /** How many words may come between the deaths counted and the verb that updates them. */
  private static final int MAX_UPDATE_GAP = 12;
  /** Nouns a "toll" names as a road's fee, not a count of the dead: "toll road", "toll booth". */
  private static final TokenSet TOLL_COMPOUNDS = TokenSet.of(
      "road", "roads", "booth", "booths", "plaza", "plazas", "gate", "gates", "bridge", "free", "fee", "fees",
      "charge", "charges", "lane", "lanes", "operator", "operators", "revenue", "revenues", "highway",
      "motorway", "tunnel", "collection", "rates", "rate");
  /** Words that qualify the deaths a number counts: "the number of <b>confirmed</b> deaths". */
  private static final TokenSet TOLL_MODIFIERS = TokenSet.of(
      "confirmed", "reported", "recorded", "registered", "known", "official", "documented", "verified");
  /** Verbs of another count of the same figure: "the Red Cross <b>put</b> the figure at 182". */
  private static final TokenSet PUTTING = TokenSet.of("put", "puts", "putting", "placed", "places", "placing");
  /** Nouns of a figure another claimant puts at a number: "put the <b>figure</b> at 182". */
  private static final TokenSet COUNT_NOUNS = TokenSet.of("figure", "number", "total", "tally", "count");
  /** Kinds of a running total a situation report names: "bringing the <b>cumulative</b> total to 312". */
  private static final TokenSet TOTAL_KINDS = TokenSet.of("cumulative", "overall", "national", "official", "grand");
  /** Verbs that bring a total to a new number: "<b>bringing</b> the total to 5,600". */
  private static final TokenSet RAISING = TokenSet.of("bringing", "brings", "brought", "taking", "takes", "took",
      "raising", "raises", "raised", "pushing", "pushed");
  /** Words that make a toll's rise only foreseen: "the toll <b>could</b> rise to 1,000". */
  private static final TokenSet FORESEEING = TokenSet.of("could", "may", "might", "would", "will", "expected",
      "likely", "feared", "predicted", "projected", "set");
  /** Verbs of a toll's change, in the form a modal takes: "could <b>rise</b> to", "may <b>reach</b>". */
  private static final TokenSet RISING = TokenSet.of("rise", "climb", "reach", "increase", "grow", "exceed", "top",
      "pass", "surpass", "hit", "mount", "go", "jump", "soar", "double");
  /** How many tokens before a toll's link the word that foresees it may stand: "is expected to rise to". */
  private static final int FORESEEN_WINDOW = 4;
  private static final TokenSet MIXED_TOLL = TokenSet.of("injuries", "injured", "wounded", "casualties");
  /** Units of time a number after "past" or "in" may count: "the toll in the past two <b>days</b>". */
  private static final TokenSet SPANS = TokenSet.of(
      "minutes", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year", "decades");

  private TollRules() {}

  /** Whether "as well as" starts at {@code k}. */
  private static boolean asWellAs(Token[] t, int k, int e) {
    return k + 2 < e && t[k].is("as") && t[k + 1].is("well") && t[k + 2].is("as");
  }

  /**
   * "the death toll rose to 12", "bringing the toll to 134", "the number of dead reached 40", and the
   * number of people of any other category ("the number of people evacuated rose to 15,000").
   */
  static void apply(Token[] t, int i, int e, List<Candidate> out) {
    if (statedCounts(t, i, e, out)) {
      return;
    }
    CasualtyCategory category = tollCategory(t, i, e);
    if (category == null || mixedToll(t, i, e)) {
      return;
    }
    int begin = i > 0 && (t[i - 1].is("death") || t[i - 1].is("casualty") || t[i - 1].is("injury")) ? i - 1 : i;
    int stop = Math.min(e, i + TOLL_WINDOW);
    boolean clause = false;
    // "rose from 80 to 120": the count the toll rose from, the toll before
    Quantity fromCount = null;
    int fromAt = -1;
    for (int j = i + 1; j < stop; j++) {
      if (t[j].is(".") || t[j].is(";") || clause && j > i + NEAR_TOLL_WINDOW) {
        break; // far on, past a clause of its own ("adding that the wind had reached 140"), no number is the toll's
      }
      clause |= OWN_CLAUSES.contains(t[j]);
      if (t[j].is("from")) {
        Quantity skipped = QuantityParser.parse(t, j + 1, e);
        fromCount = skipped != null && skipped.need == Quantity.Need.NONE && fromCount == null ? skipped : fromCount;
        fromAt = fromCount == skipped ? j : fromAt;
        j = skipped == null ? j : skipped.end - 1;
        continue;
      }
      if (TOLL_LINKS.contains(t[j - 1]) && (foreseen(t, i, j - 1) || t[j - 1].is("as") && t[j - 2].is(",")
          && !asWellAs(t, j - 1, e))) {
        // "the toll could rise, as 10 people are still missing": after a comma "as" opens a clause of its own;
        // ", as well as the army," only adds to the phrase that names the toll
        return;
      }
      Quantity rise = risenBy(t, j, e);
      if (rise != null) {
        // "the death toll rose by 12": 12 more; a new toll may follow ("rose by 12 to 40")
        out.add(new Candidate(category, rise.count, rise.begin, rise.end, begin, rise.end, null, FigureRole.ADDITIONAL,
            "<toll> rose by <n>"));
        j = rise.end;
        continue;
      }
      Quantity q = TOLL_LINKS.contains(t[j - 1]) || standingLink(t, i, j) ? QuantityParser.parse(t, j, e) : null;
      if (q != null && t[j - 1].is(":") && toldAfterColon(t, q, e)) {
        return; // "Holiday road toll: Two more killed overnight": a clause of its own after the label, its rules'
      }
      if (q != null && category == CasualtyCategory.AFFECTED && outbreak(t[i]) && !casesAt(t, q.end, e)) {
        continue; // an outbreak's number is its cases': "has risen to 4 deaths and 120 cases" is read by others
      }
      if (q != null && q.need == Quantity.Need.NONE && !countsThings(t, q.end, e) && !rate(t, q.end, e)) {
        FigureRole role = isUpdate(t, Math.max(0, begin - 3), j) ? FigureRole.UPDATE : FigureRole.TOTAL;
        CasualtyCount count = PASSING.contains(t[j - 1]) && q.count.qualifier() == CountQualifier.EXACT
            ? CasualtyCount.moreThan(q.count.value().getAsLong()) : q.count; // "the toll tops 1,000": more than 1,000
        out.add(new Candidate(category, count, q.begin, q.end, begin, q.end, null, role, "<toll> <link> <n>"));
        if (role == FigureRole.UPDATE && fromCount != null && fromCount.end == j - 1 && t[j - 1].is("to")) {
          out.add(new Candidate(category, fromCount.count, fromCount.begin, fromCount.end, fromAt, fromCount.end, null,
              FigureRole.PREVIOUS, "<toll> <link> from <n> to <n>"));
        } else if (role == FigureRole.UPDATE) {
          tollBefore(t, q.end, e, category, out);
        }
        secondToll(t, q.end, e, role, out);
        return;
      }
    }
    if (fromCount != null && isUpdate(t, Math.max(0, begin - 3), fromAt) && !countsThings(t, fromCount.end, e)
        && timeAfter(t, fromCount.end, e)) {
      // "the toll rose from five earlier in the day", "raising the toll from seven on Tuesday": the count it rose
      // from, with the new one told elsewhere
      out.add(new Candidate(category, fromCount.count, fromCount.begin, fromCount.end, fromAt, fromCount.end, null,
          FigureRole.PREVIOUS, "<toll> rose from <n>"));
    }
  }

  /**
   * Verbs of deaths counted lower than before, which state the new count as a rise does: "road deaths fell to
   * 212", "fatalities were reduced from 260 to 212".
   */
  private static final TokenSet FALLEN = TokenSet.of("fell", "fallen", "dropped", "declined", "decreased", "reduced", "dipped",
      "eased", "slipped", "plunged", "plummeted");
  /** The auxiliary of a passive change between the deaths and its verb: "fatalities <b>were</b> reduced to 212". */
  private static final TokenSet PASSIVE_BE = TokenSet.of("were", "was", "been");

  /** Plural nouns of the counted that a statistic states with a verb of number or "were": "deaths <b>numbered</b> 64". */
  private static final TokenSet STATED_NOUNS = TokenSet.of("deaths", "fatalities", "injuries", "cases");
  /** Verbs that state such a count right after its noun. */
  private static final TokenSet STATED_LINKS = TokenSet.of("numbered", "totalled", "totaled", "were");
  /** Verbs that state such a count with "at" after them: "deaths <b>stood</b> at 164". */
  private static final TokenSet STANDING = TokenSet.of("stood", "stand", "stands");
  /** Words after a number that make it a difference, not a count: "deaths were 12 fewer than last year". */
  private static final TokenSet COMPARED = TokenSet.of("fewer", "more", "less", "higher", "lower", "short", "times",
      "above", "below", "up", "down", "greater");
  /** Words before the noun that open its clause: "<b>while</b> deaths numbered 31". */
  private static final TokenSet CLAUSE_OPENERS = TokenSet.of("while", "whereas", "and", "but", "when");
  /** How many numbers a stated list may hold after the first. */
  private static final int MAX_STATED = 8;

  /**
   * A statistic's plain count, with a verb of number or "were" right after its noun: "deaths numbered 64",
   * "injuries totalled 40"; a list of numbers after it is one count each, as tables of several
   * periods read: "fatalities totalled 31 and 8". Returns whether it added any.
   */
  private static boolean statedCounts(Token[] t, int i, int e, List<Candidate> out) {
    if (!STATED_NOUNS.contains(t[i]) || i + 2 >= e || !opensClause(t, i)) {
      return false;
    }
    int k = STATED_LINKS.contains(t[i + 1]) ? i + 2
        : STANDING.contains(t[i + 1]) && i + 3 < e && t[i + 2].is("at") ? i + 3 : -1;
    if (k < 0 || t[i].is("cases") && !OutbreakCases.outbreakNamedBefore(t, i)) {
      return false; // a court's cases are no outbreak's
    }
    if (t[i + 1].is("were") && i > 0 && t[i - 1].isWord() && !CLAUSE_OPENERS.contains(t[i - 1])) {
      return false; // after a word of their kind "were" may tell how far off: "road deaths were 40 short of the record"
    }
    CasualtyCategory category = t[i].is("injuries") ? CasualtyCategory.INJURED
        : t[i].is("cases") ? CasualtyCategory.AFFECTED : CasualtyCategory.KILLED;
    List<Quantity> listed = new ArrayList<>();
    while (listed.size() <= MAX_STATED && k < e) {
      Quantity q = QuantityParser.parse(t, k, e);
      // the first may be bounded ("cases totalled more than 20,000"); a list of numbers holds exact ones
      if (q == null || q.need != Quantity.Need.NONE || q.count.qualifier() != CountQualifier.EXACT && !listed.isEmpty()
          || countsThings(t, q.end, e) || rate(t, q.end, e)
          // a number of people or "others" after "and" counts a group of its own: "deaths numbered 64 and 12 people
          // remain missing"
          || !listed.isEmpty() && q.end < e && (Lexicon.isPeople(t[q.end]) || t[q.end].is("others"))
          || q.end < e && COMPARED.contains(t[q.end])) {
        break;
      }
      listed.add(q);
      k = q.end < e && t[q.end].is(",") ? q.end + 1 : q.end;
      if (k < e && t[k].is("and")) {
        k++;
      } else if (k == q.end) {
        break; // the list goes on only after a comma or "and"
      }
    }
    // several numbers count several periods or places, each a running total of its own
    FigureRole role = listed.size() > 1 ? FigureRole.CUMULATIVE : FigureRole.TOTAL;
    for (Quantity q : listed) {
      out.add(new Candidate(category, q.count, q.begin, q.end, i, q.end, null, role, "<count> numbered <n>"));
    }
    return !listed.isEmpty();
  }

  /**
   * Whether the counted noun at {@code i} opens its clause, alone or after one word of its kind: "deaths
   * numbered 64", "while deaths numbered 31", "typhoid deaths stood at 58", "when cholera cases totalled 2,000".
   */
  private static boolean opensClause(Token[] t, int i) {
    if (i == 0 || !t[i - 1].isWord() || CLAUSE_OPENERS.contains(t[i - 1])) {
      return true;
    }
    boolean modifier = !t[i - 1].has(WordFlags.FUNCTION) && !t[i - 1].has(WordFlags.NUMBER_WORD);
    return modifier && (i == 1 || !t[i - 2].isWord() || CLAUSE_OPENERS.contains(t[i - 2]));
  }

  /** Verbs of a toll's rise before "by" and the number it rose by: "rose by 12". */
  private static final TokenSet RISEN = TokenSet.of("rose", "risen", "climbed", "increased", "jumped", "grew", "swelled");

  /**
   * Returns the number after "rose by" at {@code j} (the number's start), or null: "the toll rose by 12"; a
   * share ("rose by 5%") or a rise only foreseen ("could rise by") is none.
   */
  private static Quantity risenBy(Token[] t, int j, int e) {
    if (j < 2 || !t[j - 1].is("by") || !RISEN.contains(t[j - 2])) {
      return null;
    }
    Quantity q = QuantityParser.parse(t, j, e);
    return q == null || q.need != Quantity.Need.NONE || q.count.value().isEmpty() || countsThings(t, q.end, e)
        || rate(t, q.end, e) ? null : q;
  }

  /** What may stand before a label that opens a field of a fact box: "Killed: 12 | Injured: 45". */
  private static final TokenSet FIELD_STARTS = TokenSet.of("|", ";", ",", ".", "(", ")", "-", "–", "•");

  /**
   * A fact box's field: a category's word as a label before a colon and a number, opening the
   * sentence or a field ("Killed: 12 | Injured: 45 | Missing: 3", "Displaced: approx. 4,500 persons").
   */
  static void label(Token[] t, int s, int i, int e, List<Candidate> out) {
    if (i + 2 >= e || !t[i + 1].is(":") || !t[i].capitalized || i > s && !FIELD_STARTS.contains(t[i - 1])) {
      return;
    }
    CasualtyCategory category = categoryOfTheCounted(t, i, i + 1);
    int k = i + 2;
    if (k + 1 < e && (t[k].is("approx") || t[k].is("approximately") || t[k].is("about") || t[k].is("some"))) {
      k += t[k + 1].is(".") ? 2 : 1;
    }
    Quantity q = category == null ? null : QuantityParser.parse(t, k, e);
    if (q == null || q.need != Quantity.Need.NONE || countsThings(t, q.end, e)) {
      return;
    }
    CasualtyCount count = k > i + 2 && q.count.qualifier() == CountQualifier.EXACT
        ? CasualtyCount.about(q.count.value().getAsLong()) : q.count;
    out.add(new Candidate(category, count, q.begin, q.end, i, q.end, null, FigureRole.TOTAL, "<label>: <n>"));
  }

  /** Whether the count after a toll's colon opens a clause with a predicate of its own: "toll: Two more killed". */
  private static boolean toldAfterColon(Token[] t, Quantity q, int e) {
    int k = q.end < e && t[q.end].is("more") ? q.end + 1 : q.end;
    People p = k == q.end ? People.afterCount(t, q, e) : null;
    k = p != null ? p.end : k;
    PhraseTable.Match m = k < e ? Lexicon.PREDICATES.match(t, k, e) : null;
    return m != null;
  }

  /**
   * Words that may follow the toll an update rose from: its time or its telling ("from seven on Tuesday", "from 31 a
   * day earlier", "from five earlier in the day", "from 25 reported on Sunday"), not a noun of what it counted
   * ("from two earthquakes", "victims from 12 countries").
   */
  private static final TokenSet TOLD_TIME = TokenSet.of("on", "a", "the", "earlier", "previously", "before",
      "yesterday", "last", "in", "at", "reported", "recorded", "announced", "given", "confirmed", "overnight",
      "since", "as", "this");

  /** Whether the toll ending at {@code k} ends its clause or is followed by its time or its telling. */
  private static boolean timeAfter(Token[] t, int k, int e) {
    return k >= e || !t[k].isWord() || TOLD_TIME.contains(t[k]) || t[k].is("and") || t[k].is("while");
  }

  /** How many words after an update its "up from" may stand. */
  private static final int UP_FROM_REACH = 16;

  /**
   * The toll an update rose from, told after it: "has climbed to 17, up from nine on Wednesday", "rose to 38 from 23",
   * a figure the report has moved past.
   */
  private static void tollBefore(Token[] t, int j, int e, CasualtyCategory category, List<Candidate> out) {
    int from = j < e && t[j].is("from") ? j : -1;
    // "rose to 229 on Wednesday, up from 157", "has risen to 89, the monitor said on Tuesday, up from 37": past
    // the day and the saying, up to a number or the sentence's end
    for (int n = j; from < 0 && n + 1 < e && n < j + UP_FROM_REACH && !t[n].isNumber() && !t[n].is(";")
        && !t[n].is("and") && !t[n].is("while"); n++) {
      // "climbed to 46 on Sunday from 31 a day earlier": "from" alone past the day
      from = t[n].is("up") && t[n + 1].is("from") ? n + 1 : n > j && t[n].is("from") ? n : -1;
    }
    Quantity q = from < 0 ? null : QuantityParser.parse(t, from + 1, e);
    // "from" alone past the update's day counts only a toll told with its time: "from 31 a day earlier", not "bodies
    // from two more sites"
    boolean bare = from >= 0 && from > j && !t[from - 1].is("up");
    if (q != null && q.need == Quantity.Need.NONE && !countsThings(t, q.end, e) && !rate(t, q.end, e)
        && !SupersededTolls.anotherPeriodAfter(t, q.end) && (!bare || timeAfter(t, q.end, e))) {
      // "to 31 from 19 a year earlier" is another period's count, not the toll before
      out.add(new Candidate(category, q.count, q.begin, q.end, t[from - 1].is("up") ? from - 1 : from, q.end, null,
          FigureRole.PREVIOUS, "<toll> <link> <n>, up from <n>"));
    }
  }

  /**
   * A second toll joined to the first at {@code j}, whose "number of" the first one says: "put the
   * number of dead at 73 <b>and the injured at 110</b>", "rose to 40 <b>and that of the wounded to
   * 120</b>".
   */
  private static void secondToll(Token[] t, int j, int e, FigureRole role, List<Candidate> out) {
    int k = j + 1;
    if (k + 1 < e && t[k].is("that") && t[k + 1].is("of")) {
      k += 2;
    }
    if (k + 3 >= e || !t[j].is("and") || !t[k].is("the")) {
      return;
    }
    CasualtyCategory category = categoryOfTheCounted(t, k, e);
    int link = k + 2;
    Quantity q = category == null || !TOLL_LINKS.contains(t[link]) ? null : QuantityParser.parse(t, link + 1, e);
    if (q != null && q.need == Quantity.Need.NONE && !countsThings(t, q.end, e)) {
      out.add(new Candidate(category, q.count, q.begin, q.end, k, q.end, null, role, "<toll> <link> <n>"));
    }
  }

  /**
   * Whether the toll's link at {@code link} is only foreseen: "the toll could rise to 1,000", "is
   * expected to reach 50" tell no toll; "the toll may climb further, having reached 300" does, after
   * its comma, and "the toll could be as high as 400" is an estimate, a toll told.
   */
  private static boolean foreseen(Token[] t, int toll, int link) {
    boolean change = RISING.contains(t[link]);
    for (int k = link - 1; k > toll && k >= link - FORESEEN_WINDOW; k--) {
      if (t[k].is(",")) {
        return false;
      }
      change |= RISING.contains(t[k]);
      if (FORESEEING.contains(t[k])) {
        // "the toll could be as high as 400" is an estimate of the toll now, not a rise foreseen
        return change;
      }
    }
    return false;
  }

  /** Periods in the possessive before "total of": "last <b>season's</b> total of 15". */
  private static final TokenSet PERIODS_OWN = TokenSet.of("year's", "season's", "period's", "weekend's", "month's",
      "week's", "holiday's", "christmas's", "easter's");

  /**
   * Words that open a span of time or place between a raised total and its "to": "the total since May to
   * 40"; or the count the total is of: "the total number of cases to 310".
   */
  private static final TokenSet TOTAL_SPANS = TokenSet.of("since", "so", "this", "for", "in", "across", "number");
  /** How many words that span may take. */
  private static final int MAX_TOTAL_SPAN = 6;

  /**
   * "Another 200 people were evacuated, bringing the total to 5,600", "taking the total to 90": the
   * new total of the figure told before it in the sentence, in that figure's category. Another
   * claimant's count of it is a figure of that category too: "170 people have died, the ministry said,
   * while the Red Cross put the figure at 182", "local media put it at 60".
   */
  static void totalOfFigureBefore(Token[] t, int s, int e, List<Candidate> accepted) {
    for (int i = s + 2; i + 2 < e; i++) {
      // "bringing the cumulative total to 312": a kind of total between the article and the noun
      int kind = i - 3 >= s && TOTAL_KINDS.contains(t[i - 1]) ? 1 : 0;
      int to = t[i].is("total") ? toAfterTotal(t, i + 1, e) : -1;
      boolean raised = to > 0 && t[i - 1 - kind].is("the") && RAISING.contains(t[i - 2 - kind]);
      boolean put = t[i + 1].is("at") && (COUNT_NOUNS.contains(t[i]) && t[i - 1].is("the") && PUTTING.contains(t[i - 2])
          || t[i].is("it") && PUTTING.contains(t[i - 1]));
      // "nine drowned, fewer than last season's total of 15": a period's own total, as "its toll of 15" is
      boolean period = t[i].is("total") && t[i + 1].is("of") && PERIODS_OWN.contains(t[i - 1]);
      if (!raised && !put && !period) {
        continue;
      }
      if (period) {
        put = true;
      }
      int from = put && t[i].is("it") ? i - 1 : raised ? i - 2 - kind : i - 2;
      Candidate before = null;
      for (Candidate c : accepted) {
        boolean earlier = c.role != FigureRole.SUBTOTAL && c.numberEnd <= from;
        if (earlier && (before == null || c.numberBegin > before.numberBegin)) {
          before = c;
        }
      }
      Quantity q = QuantityParser.parse(t, raised ? to + 1 : i + 2, e);
      // the number ends there or names people: "to 1,200 rockets" counts something else; a total that names
      // a count of another category ("two died, bringing the total number of cases to 310") is not the figure's
      if (before != null && q != null && q.need == Quantity.Need.NONE && !numberTaken(accepted, q)
          && !(raised && namesOtherCount(t, i + 1, to, before.category))
          && (CasualtyRules.endsObject(t, q.end, e) || Lexicon.isPeople(t[q.end]))) {
        accepted.add(raised ? new Candidate(before.category, q.count, q.begin, q.end, i - 1 - kind, q.end, null,
            FigureRole.UPDATE, "bringing the total to <n>")
            : new Candidate(before.category, q.count, q.begin, q.end, from, q.end, null, FigureRole.TOTAL,
            "put the figure at <n>"));
      }
      return;
    }
  }

  /** Nouns of an outbreak's count, which are no figure of the dead or the hurt: "the total number of cases". */
  private static final TokenSet CASE_NOUNS = TokenSet.of("cases", "infections", "illnesses");

  /**
   * Whether the words between "total" and its "to" ({@code [k, to)}) name "number of" a count of another
   * category than {@code category}: "the total number of <b>cases</b>" after a death, "of <b>deaths</b>" after
   * the hurt.
   */
  private static boolean namesOtherCount(Token[] t, int k, int to, CasualtyCategory category) {
    for (int j = k; j + 1 < to; j++) {
      if (t[j].is("number") && t[j + 1].is("of")) {
        for (int x = j + 2; x < to; x++) {
          PhraseTable.Match m = Lexicon.COUNTED_NOUNS.match(t, x, to);
          CasualtyCategory named = m != null ? m.category : CASE_NOUNS.contains(t[x]) ? CasualtyCategory.AFFECTED : null;
          if (named != null) {
            return named != category;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a figure already reads the number: "bringing the total number of evacuees to 5,600" is a toll
   * the toll rule names by its own noun.
   */
  private static boolean numberTaken(List<Candidate> accepted, Quantity q) {
    for (Candidate c : accepted) {
      if (c.numberBegin == q.begin) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the "to" of a raised total at or after {@code k}, right after "total" or past a short
   * span of time or place ("bringing the total since the outbreak began to 46", "taking the total
   * this year to 212", "bringing the total so far to 9"), or -1.
   */
  private static int toAfterTotal(Token[] t, int k, int e) {
    if (k < e && t[k].is("to")) {
      return k;
    }
    if (k >= e || !TOTAL_SPANS.contains(t[k])) {
      return -1;
    }
    for (int j = k + 1; j < e && j <= k + MAX_TOTAL_SPAN; j++) {
      if (t[j].is("to")) {
        return j + 1 < e && (t[j + 1].isNumber() || NumberWords.isNumberWord(t[j + 1].lower)) ? j : -1;
      }
      if (!t[j].isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /** Nouns of a change in a count: "an <b>increase</b> in fatalities". */
  private static final TokenSet CHANGE_NOUNS = TokenSet.of("increase", "rise", "jump", "decrease", "drop", "fall",
      "decline", "reduction", "dip");

  /**
   * Whether the deaths at {@code i} are the count a change noun names, with the new count told after
   * "to" or a "from" before it: "a rise in (drowning) deaths to 31 from 19".
   */
  private static boolean changeInDeaths(Token[] t, int i, int e) {
    int in = i >= 2 && t[i - 1].is("in") ? i - 1 : i >= 3 && t[i - 2].is("in") && t[i - 1].isWord()
        && !t[i - 1].has(WordFlags.FUNCTION) ? i - 2 : -1;
    if (in < 1 || !CHANGE_NOUNS.contains(t[in - 1])) {
      return false;
    }
    int k = i + 1 < e && t[i + 1].is(",") ? i + 2 : i + 1;
    if (!(k < e && (t[k].is("from") || t[k].is("to")))) {
      return false;
    }
    // a rate is no count: "a decline in deaths to 2 per 100,000 people", "a drop in deaths to 3%"
    for (int n = k; n < Math.min(e, k + RATE_REACH); n++) {
      Quantity q = t[n].is("to") || t[n].is("from") ? QuantityParser.parse(t, n + 1, e) : null;
      if (q != null && rate(t, q.end, e)) {
        return false;
      }
    }
    return true;
  }

  /** How many words after a change in deaths its counts may stand: "from 19 in 2024 to 31". */
  private static final int RATE_REACH = 8;

  /** Nouns of a count of people taken into hospital, as a health ministry's update gives it. */
  private static final TokenSet ADMISSIONS = TokenSet.of("admissions", "hospitalizations", "hospitalisations");
  /**
   * Words before "admissions" that make them a hospital's, not a school's: "hospital admissions", "measles
   * admissions", "admissions to the wards" told after "patients".
   */
  private static final TokenSet HEALTH = TokenSet.of("hospital", "hospitals", "patients", "patient", "ward", "wards",
      "clinic", "clinics", "health", "medical", "cholera", "measles", "dengue", "malaria", "outbreak", "covid",
      "covid-19", "influenza", "flu", "diarrhoea", "diarrhea", "poisoning", "icu", "intensive", "emergency");
  /** How many tokens after "admissions" its place of care may be named: "admissions to the wards". */
  private static final int CARE_AFTER = 3;
  /** Words of a school's admissions among a noun's modifiers: "university admissions". */
  private static final TokenSet SCHOOLS = TokenSet.of("school", "schools", "university", "college", "student", "students");

  /**
   * Whether "admissions" at {@code i} are a hospital's: a word of {@link #HEALTH} among its own modifiers ("total
   * measles admissions") or its place of care after it ("admissions to the wards"), and no school among them.
   */
  private static boolean healthAdmissions(Token[] t, int i, int e) {
    int from = Math.max(0, i - MAX_ADMISSION_MODIFIERS);
    if (Sentences.containsAny(t, from, i, SCHOOLS)) {
      return false;
    }
    return Sentences.containsAny(t, from, i, HEALTH)
        || i + 1 < e && t[i + 1].is("to") && Sentences.containsAny(t, i + 2, Math.min(e, i + 2 + CARE_AFTER), HEALTH);
  }
  /** How many words may qualify such a noun before it: "total measles admissions". */
  private static final int MAX_ADMISSION_MODIFIERS = 2;
  /** Links after which a count of admissions stands: "admissions <b>were</b> 41", "<b>stood at</b> 35". */
  private static final TokenSet ADMISSIONS_STAND = TokenSet.of("were", "are", "was", "is", "stood", "stand", "stands",
      "currently", "now", "at");

  /**
   * Whether the noun at {@code i} opens its phrase after at most two words that qualify it: "Total
   * measles admissions", "said that total measles admissions".
   */
  private static boolean opensModified(Token[] t, int i) {
    int k = i;
    while (k > 0 && i - k < MAX_ADMISSION_MODIFIERS && t[k - 1].isWord() && !t[k - 1].has(WordFlags.FUNCTION)
        && !t[k - 1].has(WordFlags.NUMBER_WORD)) {
      k--;
    }
    // "the ministry said that total admissions were 35": a word of grammar before the phrase opens it too
    return k == 0 || !t[k - 1].isWord() || t[k - 1].has(WordFlags.FUNCTION);
  }

  /** Whether links of a count standing at a number lead from {@code j} to a number: "were 41". */
  private static boolean standsAt(Token[] t, int j, int e) {
    int k = j;
    while (k < e && k < j + 3 && ADMISSIONS_STAND.contains(t[k])) {
      k++;
    }
    return k > j && k < e && t[k].isNumber();
  }

  /** Whether the word at {@code i} opens a noun phrase: the text's or a clause's first word, or a word after "the". */
  private static boolean opensPhrase(Token[] t, int i) {
    return i == 0 || !t[i - 1].isWord() || t[i - 1].is("the");
  }

  /**
   * "tops 2,400 vehicles a day": the number after a toll's link counts things, not the dead; "the toll in the
   * past two days": it counts time.
   */
  private static boolean countsThings(Token[] t, int end, int e) {
    return end < e && (Lexicon.THINGS.contains(t[end]) || SPANS.contains(t[end]));
  }

  /** Whether "cases" (maybe "confirmed", "suspected" or "new" cases) follows the number ending at {@code k}. */
  private static boolean casesAt(Token[] t, int k, int e) {
    int c = k < e && (t[k].is("confirmed") || t[k].is("suspected") || t[k].is("new")) ? k + 1 : k;
    return c < e && t[c].is("cases");
  }

  /** Whether the token is "outbreak" or "epidemic", a toll noun of the sick. */
  private static boolean outbreak(Token w) {
    return w.is("outbreak") || w.is("epidemic");
  }

  /** How far after "outbreak" its rise to a number of cases may end. */
  private static final int OUTBREAK_RISE_REACH = 8;

  /**
   * Whether an outbreak's rise to a number of cases follows "outbreak" soon, in its clause: "has grown to 214 cases",
   * "rose to 1,200 cases".
   */
  private static boolean casesOfTheOutbreak(Token[] t, int i, int e) {
    boolean rise = false;
    for (int k = i + 1; k < e && k <= i + OUTBREAK_RISE_REACH; k++) {
      if (!t[k].isWord() && !t[k].isNumber() && !t[k].is(",")) {
        return false;
      }
      rise |= Lexicon.UPDATE_WORDS.contains(t[k]) && !t[k].is("now") || t[k].is("grown") || t[k].is("grew");
      if (rise && t[k].is("cases")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the number ending at {@code end} is a rate or a share: "rose to 12 per 100,000 people", "to 12%". */
  private static boolean rate(Token[] t, int end, int e) {
    return end < e && (t[end].is("per") || t[end].is("%") || t[end].is("percent"));
  }

  /** "the toll of deaths and injuries", "the toll of dead and wounded": no number of one category. */
  private static boolean mixedToll(Token[] t, int i, int e) {
    if (!t[i].is("toll") || i + 2 >= e || !t[i + 1].is("of")) {
      return false;
    }
    for (int k = i + 2; k < e && k <= i + 6; k++) {
      if (MIXED_TOLL.contains(t[k])) {
        return true;
      }
    }
    return false;
  }

  private static CasualtyCategory tollCategory(Token[] t, int i, int e) {
    if (outbreak(t[i]) && casesOfTheOutbreak(t, i, e)) {
      return CasualtyCategory.AFFECTED; // "the measles outbreak has grown to 214 cases": a count of the sick
    }
    if (t[i].is("toll") && i + 1 < e && TOLL_COMPOUNDS.contains(t[i + 1])) {
      return null;
    }
    if (t[i].is("toll")) {
      return i > 0 && t[i - 1].is("injury") ? CasualtyCategory.INJURED : CasualtyCategory.KILLED;
    }
    if ((t[i].is("count") || t[i].is("tally")) && i > 0) {
      // "the body count reached 25", "the fatality count", "the injury tally", "the tally of dead"
      if (COUNT_OF_DEAD.contains(t[i - 1])) {
        return CasualtyCategory.KILLED;
      }
      if (t[i - 1].is("injury")) {
        return CasualtyCategory.INJURED;
      }
      return t[i].is("tally") && i + 1 < e && t[i + 1].is("of") ? categoryOfTheCounted(t, i + 2, e) : null;
    }
    if ((t[i].is("deaths") || t[i].is("fatalities")) && i + 2 < e && t[i + 1].is("of")
        && CasualtyRules.ANIMALS.contains(t[i + 2])) {
      return null; // "deaths of cattle have risen to 40,000": no people's
    }
    if ((t[i].is("deaths") || t[i].is("fatalities")) && (opensPhrase(t, i) || i > 0 && t[i - 1].isWord()
        && !t[i - 1].has(WordFlags.FUNCTION) && opensPhrase(t, i - 1)) && updatedSoon(t, i + 1, e)) {
      // "Deaths from the storm rose to 25", "The fatalities climbed to 30", "Heat-related deaths reached 120"
      return CasualtyCategory.KILLED;
    }
    if ((t[i].is("deaths") || t[i].is("fatalities")) && changeInDeaths(t, i, e)) {
      // "a rise in deaths, from 19 to 31", "a drop in road fatalities to 58"
      return CasualtyCategory.KILLED;
    }
    if (ADMISSIONS.contains(t[i]) && opensModified(t, i) && (updatedSoon(t, i + 1, e) || standsAt(t, i + 1, e))
        && (!t[i].is("admissions") || healthAdmissions(t, i, e))) {
      // "Hospital admissions rose to 35", "total measles admissions were 41": the count in hospital
      return CasualtyCategory.HOSPITALIZED;
    }
    if (!t[i].is("number") || i + 1 >= e) {
      return null;
    }
    // "the number of (the) dead", "the number killed", "the number of people (who were) killed",
    // "the number of (Israeli) soldiers killed"
    int k = i + 1;
    if (t[k].is("of")) {
      k = k + 1 < e && t[k + 1].is("the") ? k + 2 : k + 1;
      int named = peopleNamed(t, k, e);
      k = named < 0 ? k : named;
      if (k + 1 < e && named >= 0 && (t[k].is("who") || t[k].is("that"))) {
        // "the number of residents who were killed", "who have been arrested", "who have died", "who drowned"
        int m = k + 1;
        if (m + 1 < e && CasualtyRules.HAVE.contains(t[m])) {
          m++;
        }
        if (t[m].is("died") || t[m].is("drowned") || t[m].is("perished")) {
          return CasualtyCategory.KILLED;
        }
        if (m + 1 < e && CasualtyRules.BE.contains(t[m])) {
          k = m + 1;
        }
      }
    }
    if (k + 1 < e && TOLL_MODIFIERS.contains(t[k])) {
      k++; // "the number of confirmed deaths"
    } else if (k + 1 < e && t[k].isWord() && !t[k].capitalized && !t[k].has(WordFlags.FUNCTION)
        && !t[k].has(WordFlags.NUMBER_WORD) && categoryOfTheCounted(t, k, e) == null && categoryOfTheCounted(t, k + 1, e) != null) {
      k++; // a noun of the disaster before the counted: "the number of flood evacuees", "of heat deaths"
    }
    CasualtyCategory counted = categoryOfTheCounted(t, k, e);
    return counted == null || joinedToAnother(t, k, e, counted) ? null : counted;
  }

  /**
   * Whether the category named at {@code k} is joined to another by "or": "the number of people killed
   * or injured" counts both, no figure of either. With "and" the numbers may come apart ("the number
   * of killed and wounded rose to 22 and 30"), and the first is the first category's.
   */
  private static boolean joinedToAnother(Token[] t, int k, int e, CasualtyCategory counted) {
    int w = t[k].is("the") ? k + 1 : k;
    if (w + 2 >= e || !t[w + 1].is("or")) {
      return false;
    }
    CasualtyCategory other = categoryOfTheCounted(t, w + 2, e);
    return other != null && other != counted;
  }

  /**
   * Returns the end of the people a number counts, named at {@code k} by their noun and at most one
   * word before it ("people", "soldiers", "Israeli soldiers", "aid workers"), or -1; a word that names
   * the category itself ("the number of injured", "of victims") is no such noun.
   */
  private static int peopleNamed(Token[] t, int k, int e) {
    if (k >= e || categoryOfTheCounted(t, k, e) != null) {
      return -1;
    }
    boolean modifier = t[k].isWord() && !t[k].has(WordFlags.FUNCTION) && !t[k].has(WordFlags.NUMBER_WORD);
    if (modifier && k + 1 < e && Lexicon.isPeople(t[k + 1]) && categoryOfTheCounted(t, k + 1, e) == null) {
      return k + 2; // "Ukrainian medics": a nationality may name people itself
    }
    return Lexicon.isPeople(t[k]) ? k + 1 : -1;
  }

  /** The category of the people a toll counts, named at {@code k}: "dead", "injured", "arrested"; or null. */
  private static CasualtyCategory categoryOfTheCounted(Token[] t, int k, int e) {
    if (k < e && t[k].is("the")) {
      k++;
    }
    if (k + 1 < e && (t[k].is("internally") || t[k].is("newly"))) {
      k++; // "the number of internally displaced persons"
    }
    if (k >= e) {
      return null;
    }
    switch (t[k].lower) {
      case "dead": case "deaths": case "killed": case "fatalities": case "victims": case "bodies": case "martyrs":
        return CasualtyCategory.KILLED;
      case "injured": case "wounded": case "injuries": case "hurt":
        return CasualtyCategory.INJURED;
      case "missing":
        return CasualtyCategory.MISSING;
      case "displaced": case "idps":
        return CasualtyCategory.DISPLACED;
      // "the number of people evacuated rose to 15,000", "the number of arrests has reached 1,200"
      case "evacuated": case "evacuees":
        return CasualtyCategory.EVACUATED;
      case "arrested": case "arrests": case "detained":
        return CasualtyCategory.ARRESTED;
      case "rescued":
        return CasualtyCategory.RESCUED;
      case "hospitalized": case "hospitalised": case "hospitalizations": case "hospitalisations":
        return CasualtyCategory.HOSPITALIZED;
      case "affected":
        return CasualtyCategory.AFFECTED;
      case "cases":
        // "the number of cholera cases rose to 900": cases only with their disease named before them
        return k > 0 && OutbreakCases.OUTBREAK_WORDS.contains(t[k - 1]) ? CasualtyCategory.AFFECTED : null;
      default:
        return null;
    }
  }

  /**
   * Whether a verb of an update ("rose", "climbed", "reached") comes within a few words of {@code j}
   * and before any clause break: "deaths from the storm <b>rose</b> to 25".
   */
  private static boolean updatedSoon(Token[] t, int j, int e) {
    for (int k = j; k < e && k <= j + MAX_UPDATE_GAP; k++) {
      if (Lexicon.UPDATE_WORDS.contains(t[k]) && !t[k].is("now") && !t[k].is("hit") || FALLEN.contains(t[k])) {
        // "rose to 25", "rose 25", and a change told from the figure before: "fell from 260 to 212"
        return k + 1 < e && (t[k + 1].is("to") || t[k + 1].isNumber() || t[k + 1].is("from"));
      }
      if (t[k].isPunct() || t[k].has(WordFlags.FUNCTION) && !t[k].is("from") && !t[k].is("the")
          && !t[k].is("in") && !t[k].is("of") && !t[k].is("have") && !t[k].is("has") && !PASSIVE_BE.contains(t[k])) {
        return false;
      }
    }
    return false;
  }

  /** Verbs that make a rise with "up": "the number <b>went</b> up to 120". */
  private static final TokenSet GOING = TokenSet.of("went", "gone", "goes", "go", "going", "shot");

  private static boolean isUpdate(Token[] t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Lexicon.UPDATE_WORDS.contains(t[k]) || t[k].is("up") && k > from && GOING.contains(t[k - 1])) {
        return true; // "rose to", "went up to"
      }
    }
    return false;
  }
}
