package org.dateline.rules.time.en;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks that put a date behind publication whatever its clause's verbs say: a figure compared with one left
 * behind, a named incident, outcome or month's figures, a participle before the date, a "when" clause told in the
 * past, a police appeal for witnesses, and the day of a deed told in the past. Stateless and thread-safe.
 */
final class PastReference {
  private PastReference() {}

  /**
   * Whether the date's own words put it behind publication, whatever its clause's verbs say: a figure compared with
   * one left behind in its phrase (from {@code phrase}), a named incident, a month's figures, a participle before it,
   * a "when" clause told in the past after it, a police appeal for witnesses in its clause (from {@code from}), or
   * what someone comes fresh from.
   */
  static boolean behind(Scan s, Candidate c, int from, int phrase) {
    String t = s.lower;
    int b = c.begin();
    return comparedWith(t, phrase, b) || namesIncident(t, c.end()) || namesMonthsFigures(s, c)
        || participleBefore(s, from, b) || pastWhenClause(s, c) || witnessAppeal(s, b) || freshFrom(t, b);
  }

  /** "Fresh from" or "fresh off" what the date dates: "fresh from his victory in Tuesday's primary". */
  private static final Pattern FRESH_FROM = Pattern.compile("\\bfresh\\s{1,3}(?:from|off)\\b[^,;.!?]{0,60}$");

  /** Whether the date at {@code b} dates what someone comes fresh from, in the same phrase. */
  private static boolean freshFrom(String t, int b) {
    int lo = Math.max(0, b - 75);
    // the day of what one comes from, told by its possessive: "in Tuesday's primary"; not "fresh from its ovens ...
    // from Monday", nor "Fresh off a win over Chelsea the Gunners host Spurs on Sunday"
    int e = b;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return (t.startsWith("'s ", e) || t.startsWith("\u2019s ", e)) && WordRuns.occurs(t, "fresh ", lo, b)
        && FRESH_FROM.matcher(t).region(lo, b).find();
  }

  /** Nouns of incidents a date may modify: "the March 3 blast", "Sunday's attack". */
  private static final Set<String> INCIDENT_NOUNS = Set.of("attack", "attacks", "blast",
      "blasts", "bombing", "bombings", "shooting", "shootings", "crash", "explosion", "explosions", "massacre",
      "raid", "raids", "strike", "strikes", "airstrike", "airstrikes", "earthquake", "quake", "killing", "killings",
      "murder", "murders", "stabbing", "ambush", "collapse", "stampede", "riot", "riots", "coup", "assault",
      "derailment", "shelling",
      // disasters: "the Oct. 3 disaster", "the June 9 flood disaster", "the May 3 landslide" (a storm may be forecast)
      "disaster", "disasters", "tragedy", "flood", "floods", "flooding", "fire", "blaze", "landslide", "landslides",
      "mudslide", "tsunami", "eruption", "sinking", "capsizing");

  /**
   * Whether the date's phrase compares a figure with one it has left behind: "up from its August forecast", "down from
   * the June level" name a figure already given.
   */
  private static boolean comparedWith(String t, int lo, int b) {
    // "cut its forecast to zero from 0.8 percent in May": the figure left behind, told after the new one, in the
    // same phrase
    for (int f = b - 6; f >= Math.max(lo - 40, 0) && f >= b - 45; f--) {
      if (t.startsWith(" from ", f) && f + 6 < b && Character.isDigit(t.charAt(f + 6))) {
        for (int k = f - 1; k >= Math.max(0, f - 30); k--) {
          char ch = t.charAt(k);
          if (ch == ',' || ch == '.' && k + 1 < t.length() && t.charAt(k + 1) == ' ') {
            break;
          }
          if (t.startsWith(" to ", k)) {
            // ... unless the phrase looks ahead: "prices will rise to 5% from 3% in December"
            int phraseStart = WordRuns.afterComma(t, Math.max(0, k - 60), k);
            return Cues.futureSpans(t, phraseStart, k).length == 0;
          }
        }
        break;
      }
    }
    for (int i = lo; i + 6 <= b; i++) {
      if (t.charAt(i) == ' ' && t.startsWith(" from ", i)
          && (i - 2 >= lo && t.startsWith("up", i - 2) && (i - 2 == lo || t.charAt(i - 3) == ' ')
          || i - 4 >= lo && t.startsWith("down", i - 4) && (i - 4 == lo || t.charAt(i - 5) == ' '))) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of what has been decided or said, that a date may modify: "Wednesday's ruling", "Monday's remarks". */
  private static final Set<String> OUTCOME_NOUNS = Set.of("ruling", "rulings", "verdict",
      "verdicts", "decision", "decisions", "judgment", "judgement", "announcement", "statement", "remarks", "comments",
      "order", "indictment", "resignation", "arrest");

  /**
   * Whether a day, not opening its clause, names a decision or saying after it ("will appeal Wednesday's ruling",
   * "will review Monday's decision"): what the clause will do is done to something already there. Opening the
   * clause ("Friday's ruling is expected to ...") or after "ahead of" (read before), it may still be to come.
   */
  static boolean namesOutcome(Scan s, Candidate c, int from) {
    String t = s.lower;
    int i = c.end();
    if (ownersDate(t, from, c.begin(), i)) {
      return true;
    }
    if (!(t.startsWith("'s ", i) || t.startsWith("\u2019s ", i)) || t.substring(from, c.begin()).isBlank()) {
      return false;
    }
    return outcomeAfter(t, i + 3);
  }

  /** Whether the word at {@code b} names a decision or a saying: "ruling", "remarks". */
  static boolean outcomeAfter(String t, int b) {
    return b < t.length() && OUTCOME_NOUNS.contains(t.substring(b, WordRuns.wordEnd(t, b, Math.min(t.length(), b + 13))));
  }

  /**
   * What a month's figures are of, right after the month, besides {@link #FIGURE_NOUNS}: "February retail sales", "the
   * December jobs report", "January exports".
   */
  private static final WordSet DATA_NOUNS = new WordSet(Set.of("jobs", "payroll", "inflation", "cpi", "output",
      "exports", "imports", "unemployment", "retail", "pmi"));

  /** Prepositions that make a month the time of its clause: "returns in May, sales permitting". */
  private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "by", "until", "till", "since", "from", "during",
      "through", "before", "after");

  /** How many words may stand between an owner's date and the decision it dates: "the court's June 3 tariff ruling". */
  private static final int OUTCOME_MODIFIERS = 2;

  /**
   * Whether a date after an owner's possessive dates a decision or a saying of that owner's, maybe after a modifier or
   * two: "the appeals court's June 3 tariff ruling", "the board's March 3 statement" name what was already
   * decided or said.
   */
  private static boolean ownersDate(String t, int from, int b, int e) {
    if (b - 3 < from || !(t.startsWith("'s ", b - 3) || t.startsWith("\u2019s ", b - 3))) {
      return false;
    }
    int i = e;
    for (int w = 0; w <= OUTCOME_MODIFIERS; w++) {
      if (i >= t.length() || t.charAt(i) != ' ') {
        return false;
      }
      int we = WordRuns.wordEnd(t, i + 1, Math.min(t.length(), i + 21));
      if (we == i + 1) {
        return false;
      }
      if (OUTCOME_NOUNS.contains(t.substring(i + 1, we))) {
        return true;
      }
      i = we;
    }
    return false;
  }

  /**
   * Whether a past participle, not one of planning or saying, stands just before the "in" or "on" of the date,
   * after a noun, a comma or an adverb such as "first", not after "be", "being", "is", "are", a modal or "to": "a budget
   * submitted in November would be debated", "the closures, first proposed in August" tell a thing done, whatever
   * the rest of the sentence looks to; "will be debated in February", "are projected in 2027" do not.
   */
  private static boolean participleBefore(Scan s, int from, int b) {
    String t = s.lower;
    int e = WordRuns.endBeforeSpaces(t, from, b);
    if (e - 3 <= from || !(t.startsWith(" in", e - 3) || t.startsWith(" on", e - 3))) {
      return false;
    }
    int we = e - 3;
    int ws = WordRuns.letterRunStart(t, from, we);
    // a capital is a name's ("Mohammed on Tuesday"), not a participle's
    if (we - ws < 5 || ws <= from || !Character.isLowerCase(s.text.charAt(ws)) || !t.startsWith("ed", we - 2) || t.charAt(we - 3) == 'e'
        || TenseWords.NOT_PAST.contains(t, ws, we) && !t.startsWith("proposed", ws) || Tense.SAYING.contains(t, ws, we)
        || PUBLISHED.contains(t, ws, we)) {
      return false;
    }
    int pe = WordRuns.endBeforeSpaces(t, from, ws);
    int ps = WordRuns.letterRunStart(t, from, pe);
    if (ps < pe && TenseWords.PARTICIPLE_ADVERBS.contains(t.substring(ps, pe))) {
      pe = WordRuns.endBeforeSpaces(t, from, ps);
      ps = WordRuns.letterRunStart(t, from, pe);
    }
    return pe < ws && (ps == pe ? pe > from && t.charAt(pe - 1) == ',' : !BEFORE_FINITE.contains(t, ps, pe));
  }

  /**
   * Participles of a publication, which may be still to come: "figures published on Wednesday are expected to show"
   * (a past one has a past verb of its own: "a report published on Monday showed").
   */
  private static final WordSet PUBLISHED = new WordSet(Set.of("published", "released", "issued", "unveiled",
      "presented", "tabled"));

  /** Words before an "-ed" form that make it a passive of the present or the future, or an infinitive. */
  private static final WordSet BEFORE_FINITE = new WordSet(Set.of("be", "being", "is", "are", "am", "to",
      "will", "would", "could", "may", "might", "can", "should", "must", "shall", "get", "gets", "getting",
      // a state kept on the day: "schools will remain closed on Monday"
      "remain", "remains", "stay", "stays"));

  /** Nouns of figures a month measures: "the CSO will publish November figures" tells of a month past. */
  private static final Set<String> FIGURE_NOUNS = Set.of("figures", "data", "numbers",
      "statistics", "payrolls", "figure", "reading", "readings");

  /**
   * Whether a month name alone, not a weekday or a day, names figures after it ("November figures", "the March
   * data are due on Tuesday"): a month's figures are published after it, so the month lies behind.
   */
  private static boolean namesMonthsFigures(Scan s, Candidate c) {
    if (c.end() - c.begin() > 10 || Lexicon.month(s.lower.substring(c.begin(), c.end())) == null) {
      return false;
    }
    String t = s.lower;
    int i = c.end();
    if (i + 1 < t.length() && (t.charAt(i) == '\'' || t.charAt(i) == '\u2019') && t.charAt(i + 1) == 's') {
      // "November's inflation figure", "October's jobs data": the month's own figures, a word or two on
      i += 2;
      for (int words = 0; words < 3 && i < t.length() && t.charAt(i) == ' '; words++) {
        int end = WordRuns.wordEnd(t, i + 1, Math.min(t.length(), i + 16));
        if (FIGURE_NOUNS.contains(t.substring(i + 1, end))) {
          return true;
        }
        i = end;
      }
      return false;
    }
    // "November figures"; "February retail sales", "the December jobs report" when the month is no time of its
    // clause ("returns in May, sales permitting"); or "figures for June", "data for October": the month the figures
    // measure, told after them
    String next = i < t.length() && t.charAt(i) == ' '
        ? t.substring(i + 1, WordRuns.wordEnd(t, i + 1, Math.min(t.length(), i + 14))) : "";
    return FIGURE_NOUNS.contains(next)
        || (DATA_NOUNS.contains(next, 0, next.length()) || dataPhrase(t, i))
        && !TIME_PREPOSITIONS.contains(s.wordBefore(c.begin()))
        || figuresFor(t, c.begin()) || reportCovering(t, c.begin());
  }

  /**
   * The nouns a month's published measure ends in: "the July trade deficit", "April nonfarm payrolls" (and "orders" and
   * "index" after the words that make them a measure: "September durable goods orders", "the May consumer price
   * index"). Nouns of a plan or a setting ("July production", "December prices", "January spending") are left out:
   * they may be of a month to come.
   */
  private static final WordSet DATA_HEADS = new WordSet(Set.of("payrolls", "deficit", "surplus", "inflation",
      "figures", "data", "numbers", "statistics"));
  /**
   * Heads of a measure only after their word: "goods orders", "price index", "housing starts", "industrial production".
   */
  private static final java.util.Map<String, Set<String>> MEASURED = java.util.Map.of(
      "orders", Set.of("goods", "industrial", "factory"), "index", Set.of("price"), "starts", Set.of("housing"),
      "production", Set.of("industrial"), "sales", Set.of("retail"));
  /** How many words a month's measure may run to, its head included: "durable goods orders". */
  private static final int DATA_PHRASE_WORDS = 3;

  /**
   * Whether the words from {@code i} (a space, then words of small letters) end, within {@link #DATA_PHRASE_WORDS},
   * in a measure's head: "September durable goods orders", "the July trade deficit", "April housing starts".
   */
  private static boolean dataPhrase(String t, int i) {
    for (int words = 0; words < DATA_PHRASE_WORDS && i + 1 < t.length() && t.charAt(i) == ' '; words++) {
      int end = i + 1;
      while (end < t.length() && end - i <= 14 && (Character.isLowerCase(t.charAt(end)) || t.charAt(end) == '-')) {
        end++;
      }
      if (end == i + 1 || end - i > 14) {
        return false;
      }
      if (DATA_HEADS.contains(t, i + 1, end)) {
        return true;
      }
      if (words > 0 && measuredHead(t, i + 1, end)) {
        return true;
      }
      i = end;
    }
    return false;
  }

  /** Whether results or a report are named before their "covering": see {@link #COVERING}. */
  private static boolean reportCovering(String t, int b) {
    Matcher m = COVERING.matcher(t).region(Math.max(0, b - COVERING_WINDOW), b);
    return m.find() && REPORT_BEFORE.matcher(t).region(Math.max(0, m.start() - COVERING_WINDOW), m.start()).find();
  }

  /**
   * The months a report or results cover, told before the month: "half-year results, covering January to June, are
   * due on 28 July" measure this year's first half, not next year's.
   */
  private static final Pattern COVERING = Pattern.compile(
      "\\bcovering\\s{1,3}(?:[a-z]{3,9}\\s{1,3}(?:to|through|and|until)\\s{1,3})?$");
  /** How far before a month "covering", and before that the report, are looked for. */
  private static final int COVERING_WINDOW = 40;
  /** Results, a report or figures named before "covering". */
  private static final Pattern REPORT_BEFORE = Pattern.compile(
      "\\b(?:results|report|reports|figures|data|accounts|statistics|survey)\\b");

  /** Whether {@code t[i, end)} is a head of {@link #MEASURED} after its word and a space: "goods orders". */
  private static boolean measuredHead(String t, int i, int end) {
    Set<String> words = MEASURED.get(t.substring(i, end));
    if (words == null || i < 2 || t.charAt(i - 1) != ' ') {
      return false;
    }
    return words.contains(t.substring(WordRuns.letterRunStart(t, 0, i - 1), i - 1));
  }

  /**
   * Whether figures or a measure and " for " stand right before {@code b}: "unemployment figures for June", "German
   * industrial orders for August", "the trade deficit for May".
   */
  private static boolean figuresFor(String t, int b) {
    if (b < 5 || !t.startsWith(" for ", b - 5)) {
      return false;
    }
    int we = b - 5;
    int ws = WordRuns.letterRunStart(t, 0, we);
    return FIGURE_NOUNS.contains(t.substring(ws, we)) || (DATA_HEADS.contains(t, ws, we) || measuredHead(t, ws, we))
        && !FORECAST_NEAR.matcher(t).region(Math.max(0, ws - 60), Math.min(t.length(), b + 40)).find();
  }

  /** A forecast of a measure: "expects inflation for December to top 4%" (not its release: "will be published"). */
  private static final Pattern FORECAST_NEAR = Pattern.compile("\\b(?:expects?|expected|forecasts?|predicts?|projects?"
      + "|projected|sees|hopes?|hoped|to\\s{1,3}(?:top|beat|exceed|reach|rise|fall|hit))\\b");

  /**
   * Who a police appeal asks for: someone who did or saw something, or someone with what records it ("anyone who was
   * in the area", "anybody who saw the car", "anyone with dashcam footage"). The day told after is when that was.
   */
  private static final Pattern APPEAL = Pattern.compile("\\b(?:anyone|anybody)\\s{1,3}"
      + "(?:who\\s{1,3}(?:was|were|saw|heard|had|drove|rode|witnessed|noticed|spotted|passed|walked|travelled|traveled"
      + "|visited|attended|used)|with\\s{1,3}(?:any\\s{1,3})?(?:information|footage|dashcam|dash-cam|cctv|doorbell"
      + "|video|videos|images|photos|mobile\\s{1,3}phone))\\b");
  /** What looks ahead inside an appeal's own clause: "anyone who was planning to travel on Saturday". */
  private static final Pattern APPEAL_AHEAD = Pattern.compile(
      "\\b(?:will|planning|plans|plan|intending|going\\s{1,3}to|due\\s{1,3}to|booked)\\b");

  /**
   * Whether the date follows a police appeal's "anyone who saw" or "anyone with footage" in its clause, with nothing
   * looking ahead between: "Anyone with information about the assault on Saturday should call 101" asks of a
   * Saturday gone, whatever the "should" of the appeal says.
   */
  private static boolean witnessAppeal(Scan s, int b) {
    String t = s.lower;
    Matcher m = APPEAL.matcher(t)
        .region(ClauseBounds.clauseStart(s, b, ClauseBounds.FAR_CUE_WINDOW), b);
    return m.find() && !APPEAL_AHEAD.matcher(t).region(m.end(), b).find();
  }

  /**
   * Whether a date modifies the name of an incident after it ("the March 3 blast", "Sunday's
   * attack"): what a report names so has happened, whatever the clause's tense ("the inquiry into the
   * March 3 blast will report next year").
   */
  private static boolean namesIncident(String t, int e) {
    int i = e;
    if (t.startsWith("'s", i) || t.startsWith("\u2019s", i)) {
      i += 2;
    }
    if (i >= t.length() || t.charAt(i) != ' ') {
      return false;
    }
    return INCIDENT_NOUNS.contains(t.substring(i + 1, WordRuns.wordEnd(t, i + 1, Math.min(t.length(), i + 13))));
  }

  /** Nouns of deeds no one schedules, whose day told in the past is gone: "his death on Jan. 9". */
  private static final WordSet DEEDS = new WordSet(Set.of("death", "deaths", "killing", "killings", "murder",
      "murders", "shooting", "stabbing", "crash", "bombing", "massacre", "collapse", "stampede", "derailment",
      "disappearance", "drowning", "sinking"));
  /** Determiners that make a deed's noun the one that happened: "his death", "the crash". */
  private static final WordSet DEED_DETERMINERS = new WordSet(Set.of("the", "his", "her", "their", "its"));
  /** Words before the determiner that make the deed one feared or planned: "fears of a crash", "prepare for the". */
  private static final WordSet NOT_DONE_BEFORE = new WordSet(Set.of("of", "for", "against", "prevent",
      "avoid", "risk"));

  /**
   * Whether the deed's noun at {@code ws} has a determiner that makes it the one that happened ("his death",
   * "the crash"), with no word of fear or preparation before it ("fears of the crash", "braced for the").
   */
  private static boolean ownDeed(String t, int ws) {
    int de = WordRuns.endBeforeSpaces(t, 0, ws);
    int ds = WordRuns.letterRunStart(t, 0, de);
    if (ds >= de || !DEED_DETERMINERS.contains(t, ds, de)) {
      return false;
    }
    int be = WordRuns.endBeforeSpaces(t, 0, ds);
    int bs = WordRuns.letterRunStart(t, 0, be);
    return bs >= be || !NOT_DONE_BEFORE.contains(t, bs, be);
  }

  /**
   * Whether the date follows "on" right after a past verb that is no saying, no plan and no present passive, or
   * after a noun of a deed no one schedules, told as the one that happened: "drowned on Jan. 5", "was shot on
   * Jan. 5", "his death on Jan. 5" date the deed itself, never a deadline a little ahead ("extended to Jan. 5" may
   * be one; "set a hearing on Jan. 5", "will be held on Jan. 5" are none of these).
   */
  static boolean dayOfDeed(Scan s, Candidate c) {
    String t = s.lower;
    int e = WordRuns.endBeforeSpaces(t, 0, c.begin());
    if (e < 3 || !t.startsWith("on", e - 2) || t.charAt(e - 3) != ' ') {
      return false;
    }
    int we = WordRuns.endBeforeSpaces(t, 0, e - 2);
    int ws = WordRuns.letterRunStart(t, 0, we);
    if (ws < we && DEEDS.contains(t, ws, we) && ownDeed(t, ws)) {
      return true; // "until his death on Jan. 9", "since the crash on Jan. 9", told in the past
    }
    if (we - ws > 4 && t.startsWith("ing", we - 3)) {
      return false; // a progressive: "were closing on Easter Sunday" tells an arrangement, no deed done
    }
    // the verb, or the verb and up to three words of its object or particle: "took office on", "was sworn in as mayor
    // on"
    for (int words = 0; words <= DEED_OBJECT_WORDS && ws < we; words++) {
      if (pastDeed(t, ws, we)) {
        // (a plan changed dates its object: "postponed the vote on Jan. 12" names the vote's day)
        return words == 0 || !PLAN_CHANGED.contains(t, ws, we);
      }
      if (words == DEED_OBJECT_WORDS || NOT_OBJECT.contains(t, ws, we)) {
        return false;
      }
      we = WordRuns.endBeforeSpaces(t, 0, ws);
      if (we == ws || we < 1 || !Character.isLetter(t.charAt(we - 1))) {
        return false;
      }
      ws = WordRuns.letterRunStart(t, 0, we);
    }
    return false;
  }

  /** How many words of an object or a particle may stand between a deed's past verb and "on": "took office on". */
  private static final int DEED_OBJECT_WORDS = 3;
  /** Words that end the walk back from "on" to a deed's verb: what is to come, or a preposition's own phrase. */
  private static final WordSet NOT_OBJECT = new WordSet(Set.of("to", "for", "until", "till", "by", "be", "will",
      "would", "and", "or", "but", "that", "which", "who"));

  /**
   * Past verbs that change or make a plan, whose object's date is the plan's: "postponed the vote on Jan. 12", "booked
   * a table on June 20".
   */
  private static final WordSet PLAN_CHANGED = new WordSet(Set.of("postponed", "delayed", "deferred", "cancelled",
      "canceled", "called", "moved", "pushed", "brought", "suspended", "scrapped", "rescheduled", "adjourned",
      // ... and what is booked or arranged for a day: "booked a table on June 20", "arranged a friendly on Jan. 3"
      "booked", "reserved", "arranged", "fixed", "organised", "organized", "announced"));

  /** Whether {@code t[ws, we)} is a past verb of a deed: no saying, no plan, no ordering, no present passive. */
  private static boolean pastDeed(String t, int ws, int we) {
    return !TenseWords.passive(t, 0, ws) && !TenseWords.ORDERING.contains(t, ws, we)
        && Cues.nearestPast(t, ws, we, true,
        (i, j) -> !Tense.SAYING.contains(t, i, j) && !TenseWords.NOT_PAST.contains(t, i, j)) < Integer.MAX_VALUE;
  }

  /** How many words a day's possessive phrase may hold before a "when" clause: "Friday's sunny spell, when". */
  private static final int WHEN_PHRASE_WORDS = 3;
  /** How far a "when" clause after a date is read for its verb. */
  private static final int WHEN_REACH = 60;

  /**
   * Whether a clause opened by ", when" right after the date, or after the day's possessive phrase, is told in the
   * past with no future cue: "chillier than Friday's sunny spell, when the mercury hit 20C", "on Tuesday, when the dam gave
   * way" tell of a day gone, whatever the main clause says ("on Monday, when envoys will meet" does not).
   */
  private static boolean pastWhenClause(Scan s, Candidate c) {
    String t = s.lower;
    int i = c.end();
    if (t.startsWith("'s ", i) || t.startsWith("\u2019s ", i)) {
      i += 3;
      for (int w = 0; w < WHEN_PHRASE_WORDS && !t.startsWith(", when ", i); w++) {
        int we = WordRuns.wordEnd(t, i, Math.min(t.length(), i + 20));
        if (we == i) {
          return false;
        }
        i = we < t.length() && t.charAt(we) == ' ' ? we + 1 : we;
      }
    }
    if (!t.startsWith(", when ", i)) {
      return false;
    }
    int k = i + 7;
    int end = Math.min(t.length(), k + WHEN_REACH);
    for (int j = k; j < end; j++) {
      char ch = t.charAt(j);
      if (ch == ',' || ch == ';' || ch == '\n' || ch == '.' && (j + 1 == t.length() || t.charAt(j + 1) == ' ')) {
        end = j;
        break;
      }
    }
    return Cues.futureSpans(t, k, end).length == 0 && Cues.nearestPast(t, k, end, false,
        (a, z) -> !Tense.SAYING.contains(t, a, z) && !TenseWords.NOT_PAST.contains(t, a, z)
        && !TenseWords.passive(t, k, a) && !TenseWords.named(s, a))
        < Integer.MAX_VALUE;
  }
}
