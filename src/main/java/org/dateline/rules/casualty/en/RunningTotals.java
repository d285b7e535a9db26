package org.dateline.rules.casualty.en;

/**
 * Whether a figure is a running total or a rate rather than one incident's toll: "so far this year",
 * "since the war began", "a year", a conflict that "has killed", incidents over a period, an area's tally
 * over a year. Moved out of {@link EnglishCasualtyExtractor}, whose sentence pass asks {@link #cumulative}
 * for each figure's role.
 */
final class RunningTotals {
  private RunningTotals() {
  }

  /** Periods a figure may be counted by: "a year". */
  private static final TokenSet PERIODS = TokenSet.of("year", "day", "week", "month");

  /** Words after "a year" that date a figure, not rate it: "a year ago". */
  private static final TokenSet NOT_A_RATE = TokenSet.of("ago", "earlier", "later", "after", "before", "since", "on");

  /**
   * How many tokens before a figure the "has" of its perfect tense may stand, within its clause:
   * "has killed at least", "has killed tens of thousands of people and displaced more than".
   */
  private static final int MAX_PERFECT_GAP = 12;

  /** Tokens that end the clause a perfect tense governs. */
  private static final TokenSet CLAUSE_BREAKS = TokenSet.of(",", ";", ":", "but", "while", "when", "after",
      "before", "as", "although", "though", "whereas", "because");

  /** How many tokens after a figure a cumulative cue of "since" may stand in its clause. */
  private static final int SINCE_WINDOW = 10;

  /** The areas a tally may run across: "across the country". */
  private static final TokenSet AREAS = TokenSet.of("country", "nation", "state", "region", "province",
      "continent", "world", "globe");

  /**
   * Whether a figure is a running total or a rate: a cue right around it ("so far this year"), a
   * cue of "since" or of a rate further on in its clause ("have been killed in the region since the
   * war began", "kill 150,000 people every year"), or a conflict's or a rate's cue opening its
   * sentence, whose introductory clause governs the whole ("Since the war began, more than 40,000
   * have been killed").
   */
  static boolean cumulative(Token[] t, int s, int e, Candidate c) {
    int nearBegin = Math.max(s, c.spanBegin - 3);
    int nearEnd = Math.min(e, c.spanEnd + 4);
    for (int i = nearBegin; i < nearEnd; i++) {
      // a cue that starts near the figure may end further on: "in the past 17 months"
      if (Lexicon.CUMULATIVE_CUES.match(t, i, e) != null || Lexicon.RATE_CUES.match(t, i, e) != null
          || i >= c.spanEnd && perPeriod(t, i, e)) {
        return true;
      }
    }
    if (c.spanBegin > s && (Lexicon.CONFLICT_CUES.match(t, s, e) != null || Lexicon.RATE_CUES.match(t, s, e) != null
        || sinceAYear(t, s, e))) {
      return true;
    }
    if (perfectSinceConflict(t, s, c) || conflictHasKilled(t, s, c) || manyIncidentsOverAPeriod(t, s, e, c)
        || spreadOverAPeriod(t, s, e)) {
      return true;
    }
    for (int i = c.spanEnd; i < Math.min(e, c.spanEnd + SINCE_WINDOW) && !t[i].is(","); i++) {
      if (t[i].is("since") && (Lexicon.CUMULATIVE_CUES.match(t, i, e) != null || sinceAYear(t, i, e))
          || Lexicon.RATE_CUES.match(t, i, e) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a perfect tense before the figure runs since a conflict or a truce: "Israel has carried
   * out near-daily strikes since the truce, killing more than 330 people". Without the perfect, the
   * cue only ranks one incident ("the deadliest attack since the ceasefire, killing 12").
   */
  private static boolean perfectSinceConflict(Token[] t, int s, Candidate c) {
    boolean perfect = false;
    for (int i = s; i < c.spanBegin; i++) {
      perfect |= t[i].is("has") || t[i].is("have");
      if (perfect && t[i].is("since") && Lexicon.CONFLICT_CUES.match(t, i, c.spanBegin) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a conflict is the subject of the perfect tense that counts the figure: "The war, which
   * began in 2023, has killed tens of thousands", "the insurgency has claimed 3,000 lives".
   */
  private static boolean conflictHasKilled(Token[] t, int s, Candidate c) {
    int from = Math.max(s, Math.min(c.spanBegin, c.numberBegin) - MAX_PERFECT_GAP);
    for (int h = Math.min(c.spanBegin, c.numberBegin) - 1; h >= from; h--) {
      if (CLAUSE_BREAKS.contains(t[h])) {
        return false;
      }
      if (t[h].is("has") || t[h].is("have")) {
        for (int i = s; i < h; i++) {
          if (Lexicon.CONFLICT_NOUNS.contains(t[i])) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a figure counts the victims of many incidents over a year or a month: incidents in the
   * plural after "in" in its clause, and a period in its sentence ("more than 4,000 people died in
   * road crashes last year", "killed in attacks in 2024"). Either alone tells of one incident: "killed
   * in airstrikes on Sunday", "a flood killed 240 people last year".
   */
  private static boolean manyIncidentsOverAPeriod(Token[] t, int s, int e, Candidate c) {
    boolean plural = genericIncidentsBefore(t, s, c);
    for (int i = c.spanEnd; i < Math.min(e, c.spanEnd + SINCE_WINDOW) && !t[i].is(",") && !plural; i++) {
      if (t[i].is("in")) {
        for (int k = i + 1; k < Math.min(e, i + 4) && !plural; k++) {
          plural = Lexicon.INCIDENTS.contains(t[k]);
        }
      }
    }
    if (!plural) {
      return false;
    }
    for (int i = s; i + 1 < e; i++) {
      if (periodAt(t, i, e)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a year or a month starts at token {@code i}: "last year", "this month", "past decade", "in 2024". */
  private static boolean periodAt(Token[] t, int i, int e) {
    return i + 1 < e && ((t[i].is("last") || t[i].is("this") || t[i].is("past"))
        && (t[i + 1].is("year") || t[i + 1].is("month") || t[i + 1].is("decade"))
        || t[i].is("in") && t[i + 1].isNumber() && t[i + 1].lower.length() == 4);
  }

  /**
   * Whether a figure tallies a whole area over a period: "across the country" or "nationwide" and a
   * year or a month ("Floods killed more than 1,200 people across Nigeria last year"), or a whole
   * city over a weekend or longer ("31 people were shot across the city over the weekend"). A single
   * incident named in the sentence keeps its toll ("Hurricane Helene killed 230 people across six
   * states last year"), and an area's toll on a named day is that day's ("bombings across Baghdad
   * killed 92 people on Wednesday, the deadliest attacks this year").
   */
  private static boolean spreadOverAPeriod(Token[] t, int s, int e) {
    int spread = 0; // 1 an area, 2 a city
    boolean longPeriod = false;
    boolean weekend = false;
    boolean day = false;
    for (int i = s; i < e; i++) {
      if (t[i].is("nationwide") || t[i].is("countrywide") || t[i].is("statewide")) {
        spread = Math.max(spread, 1);
      } else if (t[i].is("citywide")) {
        spread = 2;
      } else if (t[i].is("across") && i + 1 < e) {
        boolean the = t[i + 1].is("the") && i + 2 < e;
        spread = Math.max(spread, the && t[i + 2].is("city") ? 2
            : the && AREAS.contains(t[i + 2]) || !the && t[i + 1].capitalized ? 1 : 0);
      }
      weekend |= t[i].is("weekend");
      day |= !t[i].is("weekend") && Lexicon.isWeekdayOrTime(t[i]);
      longPeriod |= periodAt(t, i, e);
      if (Lexicon.ONE_INCIDENT.contains(t[i])) {
        return false;
      }
    }
    return spread > 0 && longPeriod && !day || spread == 2 && (weekend || longPeriod);
  }

  /**
   * Whether incidents in the bare plural are the subject right before the figure's verb: "road
   * accidents killed more than 3,000 people", not "the two bombings killed 12".
   */
  private static boolean genericIncidentsBefore(Token[] t, int s, Candidate c) {
    int v = Math.min(c.spanBegin, c.numberBegin);
    for (int i = v - 1; i >= Math.max(s, v - 2); i--) {
      if (Lexicon.INCIDENTS.contains(t[i])) {
        return i == s || !(t[i - 1].has(WordFlags.FUNCTION) || t[i - 1].isNumber()
            || NumberWords.isNumberWord(t[i - 1].lower));
      }
    }
    return false;
  }

  /**
   * Whether a "since" at {@code i} counts from a year: "since 2014", "since October 2014", "since
   * last year". Such a span holds many incidents; a day or a month alone may be one incident's.
   */
  private static boolean sinceAYear(Token[] t, int i, int e) {
    if (i + 1 >= e || !t[i].is("since")) {
      return false;
    }
    int j = i + 1;
    if (t[j].is("last")) {
      return j + 1 < e && t[j + 1].is("year");
    }
    if (QuantityParser.isMonth(t[j].lower) && j + 1 < e) {
      j++;
    }
    return t[j].lower.length() == 4 && (t[j].lower.startsWith("19") || t[j].lower.startsWith("20"))
        && t[j].lower.chars().allMatch(Character::isDigit);
  }

  /**
   * "a year", "a day" as a rate after a figure: "smoking kills 8 million people a year"; "a year
   * ago" or "a day later" dates the figure instead.
   */
  private static boolean perPeriod(Token[] t, int i, int e) {
    if (i + 1 >= e || !t[i].is("a") || !PERIODS.contains(t[i + 1])) {
      return false;
    }
    return i + 2 >= e || !NOT_A_RATE.contains(t[i + 2]);
  }
}
