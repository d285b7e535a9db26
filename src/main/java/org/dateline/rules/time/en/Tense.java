package org.dateline.rules.time.en;

import org.dateline.resolve.Direction;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.Apposition;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.Duration;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;
import org.dateline.resolve.TemporalExpression.Recurring;
import org.dateline.resolve.TemporalExpression.RelativeDay;
import org.dateline.resolve.TemporalExpression.Vague;

/**
 * Reads the tense of the clause around a candidate: whether its date lies behind publication, ahead of it, is
 * reported speech, or is not told. Stateless and thread-safe.
 */
final class Tense {
  /** Conjunctions that open a clause of its own, out of reach of a future cue before them. */
  private static final WordSet CLAUSE_OPENERS = new WordSet(java.util.Set.of("after", "as", "because", "since", "although",
      "though", "whereas"));
  /** Reporting verbs: after an expression they report speech ("will leave Thursday, he said"), not its tense. */
  private static final WordSet REPORTING = new WordSet(java.util.Set.of("said", "says", "told"));
  /** Verbs of saying: a clause whose only past tense is one of these reports speech, not what happened. */
  static final WordSet SAYING = new WordSet(java.util.Set.of("said", "says", "told", "announced", "declared",
      "reported", "added", "stated", "warned", "cautioned", "noted", "confirmed"));
  private static final WordSet NOT_PAST = new WordSet(java.util.Set.of("planned", "scheduled", "expected",
      "slated", "intended", "proposed", "hundred", "united", "limited", "based", "related", "interested",
      "concerned", "needed", "red", "bed", "wed", "shed", "led", "sled",
      // a timetable's order: "The Lions host the Packers at 1 p.m., followed by the Cowboys at 4:30 p.m."
      "followed",
      // what is awaited is no deed done: "the much anticipated 4 p.m. final", "the long-awaited Sunday vote"
      "anticipated", "awaited", "forecasted",
      // a forecast's adjectives: "turning more settled into Monday", "scattered showers on Sunday"
      "settled", "unsettled", "scattered", "isolated"));
  private static final int CUE_WINDOW = 60;
  /** How far back a clause with no verb cue near its date is read for one. */
  private static final int FAR_CUE_WINDOW = 160;
  /**
   * Words that open a clause of its own between a far verb and a date, out of the verb's reach: "the road will be
   * closed while officials investigate a crash Wednesday morning", "a victim is taken to hospital after being shot
   * Monday night", "according to the December report".
   */
  private static final WordSet FAR_BLOCKERS = new WordSet(java.util.Set.of("after", "while", "when", "according",
      "because", "although", "though", "whereas"));
  /** Abbreviations whose full stop does not end a sentence. */
  private static final WordSet ABBREVIATIONS = new WordSet(java.util.Set.of("jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
      "capt", "st", "no", "prof", "rev", "vs",
      // US states as datelines write them ("KANSAS CITY, Mo. (KMBC) --"); those that are words too ("Ill.") are left out
      "ala", "ariz", "calif", "colo", "conn", "fla", "kan", "mich", "minn", "mo", "mont", "neb", "nev", "okla", "tenn",
      "tex", "wis", "wyo"));

  private Tense() {}

  /** Nouns of incidents a date may modify: "the March 3 blast", "Sunday's attack". */
  private static final java.util.Set<String> INCIDENT_NOUNS = java.util.Set.of("attack", "attacks", "blast",
      "blasts", "bombing", "bombings", "shooting", "shootings", "crash", "explosion", "explosions", "massacre",
      "raid", "raids", "strike", "strikes", "airstrike", "airstrikes", "earthquake", "quake", "killing", "killings",
      "murder", "murders", "stabbing", "ambush", "collapse", "stampede", "riot", "riots", "coup", "assault",
      "derailment", "shelling");

  /**
   * Reads the clause around a candidate for its tense: a past anchor just before it ("since", "ago") keeps
   * it past; a deadline ("until Tuesday", "by Tuesday") looks forward unless told in the past perfect or
   * right after a past verb in a clause told in the past ("weakened by Tuesday", not "expects it to be
   * completed by Tuesday"); otherwise the nearest verb cue wins, a past verb ("said", "had", "-ed")
   * against a future cue ("will", "is to"); weak future cues ("until", "by") count only in a clause
   * without a past verb. A clause whose only past verbs are verbs of saying is {@linkplain
   * Direction#REPORTED reported}, not past.
   */
  static Direction direction(Scan s, Candidate c) {
    return leans(c.expression()) ? told(s, c) : Direction.UNMARKED;
  }

  /**
   * Reads the clause around a candidate for its tense as {@link #direction} does, also for an expression whose value
   * does not lean on it ("that afternoon", "the next day"): whether what the clause tells lies behind publication.
   */
  static Direction told(Scan s, Candidate c) {
    if (stamped(s, c.begin()) || entryTime(s, c)) {
      return Direction.UNMARKED;
    }
    if (listingHeading(s, c)) {
      return Direction.FUTURE;
    }
    int from = clauseStart(s, c.begin());
    int lead = from;
    while (lead < c.begin() && Character.isWhitespace(s.text.charAt(lead))) {
      lead++;
    }
    // a sentence that opens with its date ("On Tuesday, the league plans to ...") has its verb further on
    int to = clauseEnd(s, c.end(), c.begin() - lead <= 3 ? CUE_WINDOW * 5 / 2 : CUE_WINDOW / 2);
    String t = s.lower;
    int b = c.begin();
    int e = c.end();
    int phrase = afterComma(t, Math.max(from, b - 25), b);
    if (Cues.pastAnchor(t, phrase, b) || comparedWith(t, phrase, b) || namesIncident(t, e)
        || namesMonthsFigures(s, c) || participleBefore(s, from, b) || pastWhenClause(s, c) || witnessAppeal(s, b)) {
      return Direction.PAST;
    }
    if (Cues.deadline(t, from, b)) {
      // "must leave by Tuesday" looks forward; "weakened by early Tuesday", "had fled by Sunday" look back
      boolean lookedBack = Cues.pastPerfect(t, from, b) || Cues.pastPerfect(t, e, to)
          || (pastVerbThenBy(t, from, b) || lastedUntil(t, from, b) || notUntil(t, from, b, false)
          || BY_OPENS.matcher(t).region(lead, b).matches() && !obliged(t, e, to))
          && verbTense(s, c, from, to) == Direction.PAST
          || notUntil(t, from, b, true);
      return lookedBack ? Direction.PAST : Direction.FUTURE;
    }
    if (Cues.pastPerfect(t, from, b) || namesOutcome(s, c, from)) {
      return Direction.PAST;
    }
    if (headlineInfinitive(s, b)) {
      return Direction.FUTURE;
    }
    // a warning for Tuesday looks ahead unless the clause goes on in the past ("the warning for Tuesday proved apt")
    if (Foreseen.planned(t, from, b) || Foreseen.fixedDay(t, from, b, e) || Foreseen.warned(t, from, b, e)
        && Cues.nearestPast(t, e, to, false, (i, j) -> !SAYING.contains(t, i, j)) == Integer.MAX_VALUE) {
      return Direction.FUTURE;
    }
    Direction told = verbTense(s, c, from, to);
    if (told == Direction.UNMARKED && from == Math.max(0, b - CUE_WINDOW) && from > 0) {
      // a long clause with no verb near its date is told by the verb further back, when that verb looks ahead ("will
      // bring the first snow of the season to the metro area from late Tuesday"); a clock time with no day is told
      // by it also when it looks back ("deputies answered a call about shots fired near Maple Grove Road and North
      // Cedar Lane around 11:40 p.m."), as a story's hours are its incident's; a month so far from its verb is as
      // often a plan ("loans through January")
      int far = clauseStart(s, b, FAR_CUE_WINDOW);
      Direction farTold = far < from && !wordBetween(s.lower, far, b, FAR_BLOCKERS) ? verbTense(s, c, far, to) : told;
      if (farTold == Direction.FUTURE || farTold == Direction.PAST && c.expression() instanceof ClockTime k
          && k.day().isEmpty()) {
        return farTold;
      }
    }
    return told;
  }

  /**
   * Returns where the date's own phrase starts within {@code [lo, b)}: past the last comma, so that "last" or "since"
   * of another phrase ("The trial, which began last week, resumes Monday") does not date this one.
   */
  private static int afterComma(String t, int lo, int b) {
    for (int i = b - 1; i >= lo; i--) {
      if (t.charAt(i) == ',') {
        return i + 1;
      }
    }
    return lo;
  }

  /**
   * Whether the date's phrase compares a figure with one it has left behind: "up from its August forecast", "down from
   * the June level" name a figure already given.
   */
  private static boolean comparedWith(String t, int lo, int b) {
    for (int i = lo; i + 6 <= b; i++) {
      if (t.charAt(i) == ' ' && t.startsWith(" from ", i)
          && (i - 2 >= lo && t.startsWith("up", i - 2) && (i - 2 == lo || t.charAt(i - 3) == ' ')
          || i - 4 >= lo && t.startsWith("down", i - 4) && (i - 4 == lo || t.charAt(i - 5) == ' '))) {
        return true;
      }
    }
    return false;
  }

  /** Words that stamp a page with its time: "Updated 14:32 GMT", "Last updated at 09:10", "Posted: Monday". */
  private static final java.util.Set<String> STAMPS = java.util.Set.of("updated", "published", "posted");

  /**
   * Whether a weekday in capitals opens its sentence with a colon after it ("FRIDAY: The quiz show returns with a new
   * host"): a listing's heading, the day the entries under it are on, on or after publication.
   */
  private static boolean listingHeading(Scan s, Candidate c) {
    int b = c.begin();
    int e = c.end();
    if (!(c.expression() instanceof TemporalExpression.Weekday) || e >= s.length() || s.text.charAt(e) != ':' || e - b < 6) {
      return false;
    }
    for (int i = b; i < e; i++) {
      if (!Character.isUpperCase(s.text.charAt(i))) {
        return false;
      }
    }
    int i = b;
    while (i > 0 && s.text.charAt(i - 1) == ' ') {
      i--;
    }
    if (!(i == 0 || ".!?\n".indexOf(s.text.charAt(i - 1)) >= 0)) {
      return false;
    }
    // an entry that opens by telling who said what is a dated report, not a listing: "SUNDAY: Police said two men
    // were arrested" (a listing's entry may tell a past in passing: "a prequel to the novel that spawned a film")
    int to = Math.min(s.length(), e + HEADING_ENTRY);
    for (int i2 = e + 1; i2 < to; i2++) {
      if (".!?\n".indexOf(s.lower.charAt(i2)) >= 0) {
        break;
      }
      if (Character.isLetter(s.lower.charAt(i2)) && !Character.isLetter(s.lower.charAt(i2 - 1))) {
        int we = i2;
        while (we < s.length() && Character.isLetter(s.lower.charAt(we))) {
          we++;
        }
        if (SAYING.contains(s.lower, i2, we)) {
          return false;
        }
      }
    }
    return true;
  }

  /** How far after a listing's heading its entry's opening is read for a verb of saying. */
  private static final int HEADING_ENTRY = 40;

  /**
   * Whether a stamp word that opens a line stands just before {@code begin}, maybe with "at", "on" or a colon
   * between: a page's stamp tells no story in the past, and an update stamped after the first publication is still
   * of its day ("The rules were updated at 14:32" is a sentence, in the past).
   */
  private static boolean stamped(Scan s, int begin) {
    int e = begin;
    for (int words = 0; words < 2; words++) {
      while (e > 0 && (s.lower.charAt(e - 1) == ' ' || s.lower.charAt(e - 1) == ':')) {
        e--;
      }
      int b = e;
      while (b > 0 && Character.isLetter(s.lower.charAt(b - 1)) && e - b < 12) {
        b--;
      }
      String w = s.lower.substring(b, e);
      if (STAMPS.contains(w)) {
        return opensLine(s, s.wordBefore(b).equals("last") || s.wordBefore(b).equals("first")
            ? s.lower.lastIndexOf(s.wordBefore(b), b) : b);
      }
      if (!w.equals("at") && !w.equals("on")) {
        return false;
      }
      e = b;
    }
    return false;
  }

  /**
   * Whether a clock time with no day is a page's time, not the story's: a stamp ("Updated 11:05 GMT") or a live
   * entry's time. It is of the page's day, whatever day the story named before it.
   */
  static boolean pageTime(Scan s, Candidate c) {
    return c.expression() instanceof ClockTime t && t.day().isEmpty()
        && (stamped(s, c.begin()) || entryTime(s, c) && zoned(s, c));
  }

  /**
   * Whether a clock time names its zone ("13:20 GMT", "16:20 local", "9:05 ET"), as a live page stamps its entries;
   * a story's own timeline of an evening ("10:03 PM - the first officers arrived", "6:57 p.m. Less than three minutes
   * later") names none, and its times stay on the story's day.
   */
  private static boolean zoned(Scan s, Candidate c) {
    int end = c.end();
    int k = letterRunStart(s.text, c.begin(), end);
    String last = s.text.substring(k, end);
    return last.equalsIgnoreCase("local") || last.equalsIgnoreCase("time") && s.lower.startsWith("local", Math.max(0, k - 6))
        || last.length() >= 2 && last.length() <= 5 && last.chars().allMatch(Character::isUpperCase) && last.endsWith("T");
  }

  /**
   * Whether a clock time opens a line and a colon or a dash follows it, as a live page times each entry ("16:05 GMT -
   * The envoy has arrived"), or, written with a colon, the entry's first capitalised word ("... in Lviv. 16:05 GMT The
   * envoy has arrived"): the entry's time, of the page's day even after its first publication.
   */
  private static boolean entryTime(Scan s, Candidate c) {
    if (!(c.expression() instanceof ClockTime t) || t.day().isPresent() || !opensLine(s, c.begin())) {
      return false;
    }
    int i = c.end();
    while (i < s.length() && s.lower.charAt(i) == ' ') {
      i++;
    }
    if (s.lower.startsWith("local", i) && (s.lower.startsWith(" -", i + 5) || s.lower.startsWith(" \u2013", i + 5)
        || s.lower.startsWith(" \u2014", i + 5) || s.lower.startsWith(":", i + 5))) {
      i = s.lower.charAt(i + 5) == ':' ? i + 5 : i + 6; // "14:05 local - Sirens sounded": the entry's local time
    }
    return i < s.length() && (":-\u2013\u2014".indexOf(s.lower.charAt(i)) >= 0
        || i > c.end() && Character.isUpperCase(s.text.charAt(i)) && s.text.indexOf(':', c.begin()) > c.begin()
        && s.text.indexOf(':', c.begin()) < c.end() && zoned(s, c));
  }

  /** Whether {@code pos} opens the text, a line or a stamp after a separator ("| Updated"), not a sentence's verb. */
  private static boolean opensLine(Scan s, int pos) {
    int i = pos;
    while (i > 0 && s.lower.charAt(i - 1) == ' ') {
      i--;
    }
    return i == 0 || "\n|\u2022-\u2014.".indexOf(s.lower.charAt(i - 1)) >= 0;
  }

  /** Nouns of what has been decided or said, that a date may modify: "Wednesday's ruling", "Monday's remarks". */
  private static final java.util.Set<String> OUTCOME_NOUNS = java.util.Set.of("ruling", "rulings", "verdict",
      "verdicts", "decision", "decisions", "judgment", "judgement", "announcement", "statement", "remarks", "comments",
      "order", "indictment", "resignation", "arrest");

  /**
   * Whether a day, not opening its clause, names a decision or saying after it ("will appeal Wednesday's ruling",
   * "will review Monday's decision"): what the clause will do is done to something already there. Opening the
   * clause ("Friday's ruling is expected to ...") or after "ahead of" (read before), it may still be to come.
   */
  private static boolean namesOutcome(Scan s, Candidate c, int from) {
    String t = s.lower;
    int i = c.end();
    if (ownersDate(t, from, c.begin(), i)) {
      return true;
    }
    if (!(t.startsWith("'s ", i) || t.startsWith("\u2019s ", i)) || t.substring(from, c.begin()).isBlank()) {
      return false;
    }
    int b = i + 3;
    return OUTCOME_NOUNS.contains(t.substring(b, wordEnd(t, b, Math.min(t.length(), b + 13))));
  }

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
      int we = wordEnd(t, i + 1, Math.min(t.length(), i + 21));
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
   * Whether the clause before {@code b} ends in a past verb, not one of saying, then "by": "the storm
   * weakened by early Tuesday", "the fire was contained by Sunday" tell what had happened by then.
   * "Postponed until Tuesday" and "payable by Jan. 2" still look forward: only "by" right after the verb, or
   * after its particle or complement ("brought under control by 6 am"), counts.
   */
  private static boolean pastVerbThenBy(String t, int from, int b) {
    int e = endBeforeSpaces(t, from, b);
    if (e - 3 < from || !t.startsWith(" by", e - 3)) {
      return false;
    }
    int we = e - 3;
    for (int words = 0; words <= MAX_OBJECT_WORDS; words++) {
      int ws = we;
      while (ws > from && (Character.isLetterOrDigit(t.charAt(ws - 1)) || t.charAt(ws - 1) == '-')) {
        ws--;
      }
      if (ws == we) {
        return false;
      }
      if (Cues.nearestPast(t, ws, we, true, (i, j) -> !SAYING.contains(t, i, j) && !NOT_PAST.contains(t, i, j)
          && !passive(t, from, i)) < Integer.MAX_VALUE) {
        return !ORDERING.contains(t, ws, we); // "ordered all residents out by Tuesday" sets a deadline
      }
      boolean particle = PARTICLES.contains(t, ws, we);
      if (!particle && (words >= MAX_OBJECT_WORDS || BY_STOPS.contains(t, ws, we) || Cues.MODALS.contains(t, ws, we))
          || ws - 1 <= from || t.charAt(ws - 1) != ' ') {
        return false;
      }
      // "the fire was brought under control by 6 am": the verb's particle or complement; "the storm dropped two feet
      // of snow by Thursday morning": its object
      we = ws - 1;
    }
    return false;
  }

  /**
   * Whether the clause before {@code b} ends in a past verb of lasting, then "until" or "till": "airstrikes continued
   * until late Thursday", "the talks lasted until Tuesday" tell how long something went on, not a time to come. What
   * was put off or closed until a day ("postponed until Tuesday", "was closed until Tuesday", "the case was continued
   * until Tuesday") may still lie ahead.
   */
  private static boolean lastedUntil(String t, int from, int b) {
    int e = endBeforeSpaces(t, from, b);
    int we = t.startsWith(" until", e - 6) ? e - 6 : t.startsWith(" till", e - 5) ? e - 5 : -1;
    if (we <= from) {
      return false;
    }
    int ws = letterRunStart(t, from, we);
    if (t.startsWith("on", ws) && we - ws == 2 && ws - 6 >= from && t.startsWith("went ", ws - 5)) {
      return true; // "the shelling went on until dawn"
    }
    if (!LASTED.contains(t, ws, we)) {
      // "the storm lasted from Saturday evening until Monday": the verb before a "from" phrase of a few words
      int k = ws;
      for (int n = 0; n < FROM_WORDS && k > from; n++) {
        int end = endBeforeSpaces(t, from, k);
        int start = letterRunStart(t, from, end);
        if (start >= end) {
          break;
        }
        if (end - start == 4 && t.startsWith("from", start)) {
          we = endBeforeSpaces(t, from, start);
          ws = letterRunStart(t, from, we);
          break;
        }
        k = start;
      }
    }
    // "the hearing was continued until July 13": a passive "continued" is a court's putting off, still to come
    boolean passive = t.startsWith("was ", Math.max(from, ws - 4)) || t.startsWith("were ", Math.max(from, ws - 5))
        || t.startsWith("been ", Math.max(from, ws - 5));
    return ws < we && LASTED.contains(t, ws, we) && !passive;
  }

  /**
   * Whether "until" or "till" just before {@code b} closes a denied clause: "power was not restored until Monday",
   * "police didn't arrive until 3am", "it was not until Tuesday that" tell when something at last happened. The
   * caller still asks the clause to be told in the past ("will not reopen until Monday" looks ahead); with
   * {@code pastOnly}, only a contraction of a past auxiliary counts ("didn't", "wasn't"), which is that past itself.
   */
  private static boolean notUntil(String t, int from, int b, boolean pastOnly) {
    int e = endBeforeSpaces(t, from, b);
    int we = t.startsWith(" until", e - 6) ? e - 6 : t.startsWith(" till", e - 5) ? e - 5 : -1;
    for (int i = from; i < we; i++) {
      if (Character.isLetter(t.charAt(i)) && (i == from || !Character.isLetter(t.charAt(i - 1)))) {
        int j = wordEnd(t, i, we);
        if (NEGATIONS.contains(t, i, j) && !pastOnly) {
          return true;
        }
        if (j < we && (t.charAt(j) == '\'' || t.charAt(j) == '\u2019') && t.startsWith("t", j + 1)
            && t.charAt(j - 1) == 'n' && (!pastOnly || PAST_DENIALS.contains(t, i, j))) {
          return true; // "didn't", "wasn\u2019t": these deny in the past, whatever else the clause holds
        }
        i = j;
      }
    }
    return false;
  }

  /** The past auxiliaries of a contracted denial: "didn't", "wasn't". */
  private static final WordSet PAST_DENIALS = new WordSet(java.util.Set.of("didn", "wasn", "weren", "hadn", "couldn"));

  /** How far into a report its headline may run before a date. */
  private static final int HEADLINE_REACH = 120;
  /** Verbs before "to" that tell a move to a level or a place, not a plan: "Stocks rise to record on Tuesday". */
  private static final WordSet MOVED_TO = new WordSet(java.util.Set.of("rise", "rises", "fall", "falls", "climb",
      "climbs", "jump", "jumps", "drop", "drops", "slip", "slips", "surge", "surges", "soar", "soars", "sink", "sinks",
      "slide", "slides", "return", "returns", "move", "moves", "head", "heads", "go", "goes", "come", "comes", "swing",
      "swings", "turn", "turns", "edge", "edges", "ease", "eases", "rebound", "rebounds", "tumble", "tumbles", "plunge",
      "plunges", "grow", "grows", "shrink", "shrinks", "vote", "votes", "fly", "flies", "travel", "travels", "up",
      "down", "back", "set", "due", "how", "what", "where", "way", "road", "bid", "plan", "plans"));
  /** Words after "to" that open a noun, not a verb: "Flights to the coast on Monday". */
  private static final WordSet NOUN_OPENERS = new WordSet(java.util.Set.of("the", "a", "an", "his", "her", "their",
      "its", "our", "this", "that", "these", "those", "record", "date", "power", "court", "work", "school", "death",
      "life", "prison", "jail", "office"));

  /**
   * Whether the date stands in a headline that opens the report and tells a plan in its "to" form: "Cyclone to cross
   * coast near Chennai on Tuesday", "Talks to resume on Monday" (a subject of up to six words, "to", then a verb). A
   * headline with a past verb, a move to a level ("Stocks rise to record on Tuesday"), a present verb before "to"
   * ("Ford recalls trucks to fix brakes") or a noun after it ("Flights to the coast") does not.
   */
  private static boolean headlineInfinitive(Scan s, int b) {
    if (b > HEADLINE_REACH) {
      return false;
    }
    String t = s.lower;
    int start = t.lastIndexOf('\n', b - 1) + 1;
    while (start < b && t.charAt(start) == ' ') {
      start++;
    }
    if (start >= b || !Character.isUpperCase(s.text.charAt(start))) {
      return false;
    }
    for (int i = start; i < b; i++) {
      char ch = t.charAt(i);
      if (ch == '.' && !abbreviation(s, i) || ch == '?' || ch == '!' || ch == ':' && !colonInClock(s, i) || ch == ';'
          || ch == '(' || ch == '"' || ch == '\u201c') {
        return false;
      }
    }
    int to = t.indexOf(" to ", start);
    if (to < 0 || to + 4 >= b) {
      return false;
    }
    int words = 0;
    for (int i = start; i < to; i++) {
      if (t.charAt(i) == ' ' && i + 1 < to && t.charAt(i + 1) != ' ') {
        words++;
      }
    }
    int ws = letterRunStart(t, start, to);
    // "Ford recalls trucks to fix", "Police, speaking to reporters": a verb or a clause before "to"
    boolean subjectThenVerb = words > 0 && t.charAt(to - 1) == 's' || t.startsWith("ing", to - 3)
        || t.substring(start, to).indexOf(',') >= 0;
    if (ws == to || words > 5 || ws > start && t.charAt(ws - 1) != ' ' || MOVED_TO.contains(t, ws, to)
        || subjectThenVerb) {
      return false;
    }
    int vs = to + 4;
    int ve = wordEnd(t, vs, b);
    if (ve - vs < 2 || ve >= b || t.charAt(ve) != ' ' || !Character.isLowerCase(s.text.charAt(vs))
        || NOUN_OPENERS.contains(t, vs, ve)) {
      return false;
    }
    return Cues.nearestPast(t, start, b, true, (i, j) -> true) == Integer.MAX_VALUE && endsAsHeadline(s, b);
  }

  /**
   * Whether the line from {@code b} ends as a headline does, with no full stop before a line end, a dateline's colon or
   * dash, a bracket or the end of the text: "... on Tuesday\nCHENNAI: ...", "... on Tuesday LAGOS -- ...". A sentence
   * ("Police continue to investigate the shooting on Monday.") ends in a full stop first.
   */
  private static boolean endsAsHeadline(Scan s, int b) {
    String t = s.lower;
    int hi = Math.min(t.length(), b + HEADLINE_REACH);
    for (int i = b; i < hi; i++) {
      char ch = t.charAt(i);
      if (ch == '\n' || ch == '(' || ch == '\u2014' || ch == ':' && !colonInClock(s, i)
          || ch == '-' && (t.startsWith("--", i) || t.startsWith(" - ", i - 1))) {
        return true;
      }
      if (ch == '.' && !abbreviation(s, i) || ch == '?' || ch == '!' || ch == ';') {
        return false;
      }
    }
    return hi == t.length();
  }

  /** Whether the colon at {@code i} is inside a clock time ("10:30"). */
  private static boolean colonInClock(Scan s, int i) {
    return Character.isDigit(s.charBefore(i)) && Character.isDigit(s.charAt(i + 1));
  }

  /** Words that deny a clause: "was not restored until Monday". */
  private static final WordSet NEGATIONS = new WordSet(java.util.Set.of("not", "never"));

  /**
   * Whether a past participle, not one of planning or saying, stands just before the "in" or "on" of the date,
   * after a noun, a comma or an adverb such as "first", not after "be", "being", "is", "are", a modal or "to": "a budget
   * submitted in November would be debated", "the closures, first proposed in August" tell a thing done, whatever
   * the rest of the sentence looks to; "will be debated in February", "are projected in 2027" do not.
   */
  private static boolean participleBefore(Scan s, int from, int b) {
    String t = s.lower;
    int e = endBeforeSpaces(t, from, b);
    if (e - 3 <= from || !(t.startsWith(" in", e - 3) || t.startsWith(" on", e - 3))) {
      return false;
    }
    int we = e - 3;
    int ws = letterRunStart(t, from, we);
    // a capital is a name's ("Mohammed on Tuesday"), not a participle's
    if (we - ws < 5 || ws <= from || !Character.isLowerCase(s.text.charAt(ws)) || !t.startsWith("ed", we - 2) || t.charAt(we - 3) == 'e'
        || NOT_PAST.contains(t, ws, we) && !t.startsWith("proposed", ws) || SAYING.contains(t, ws, we)
        || PUBLISHED.contains(t, ws, we)) {
      return false;
    }
    int pe = endBeforeSpaces(t, from, ws);
    int ps = letterRunStart(t, from, pe);
    if (ps < pe && PARTICIPLE_ADVERBS.contains(t.substring(ps, pe))) {
      pe = endBeforeSpaces(t, from, ps);
      ps = letterRunStart(t, from, pe);
    }
    return pe < ws && (ps == pe ? pe > from && t.charAt(pe - 1) == ',' : !BEFORE_FINITE.contains(t, ps, pe));
  }

  /**
   * Participles of a publication, which may be still to come: "figures published on Wednesday are expected to show"
   * (a past one has a past verb of its own: "a report published on Monday showed").
   */
  private static final WordSet PUBLISHED = new WordSet(java.util.Set.of("published", "released", "issued", "unveiled",
      "presented", "tabled"));

  /** Words before an "-ed" form that make it a passive of the present or the future, or an infinitive. */
  private static final WordSet BEFORE_FINITE = new WordSet(java.util.Set.of("be", "being", "is", "are", "am", "to",
      "will", "would", "could", "may", "might", "can", "should", "must", "shall", "get", "gets", "getting",
      // a state kept on the day: "schools will remain closed on Monday"
      "remain", "remains", "stay", "stays"));

  /** Nouns of figures a month measures: "the CSO will publish November figures" tells of a month past. */
  private static final java.util.Set<String> FIGURE_NOUNS = java.util.Set.of("figures", "data", "numbers",
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
        int end = wordEnd(t, i + 1, Math.min(t.length(), i + 16));
        if (FIGURE_NOUNS.contains(t.substring(i + 1, end))) {
          return true;
        }
        i = end;
      }
      return false;
    }
    // "November figures"; or "figures for June", "data for October": the month the figures measure, told after them
    return i < t.length() && t.charAt(i) == ' ' && FIGURE_NOUNS.contains(t.substring(i + 1, wordEnd(t, i + 1,
        Math.min(t.length(), i + 12)))) || figuresFor(t, c.begin())
        || reportCovering(t, c.begin());
  }

  /** Whether results or a report are named before their "covering": see {@link #COVERING}. */
  private static boolean reportCovering(String t, int b) {
    java.util.regex.Matcher m = COVERING.matcher(t).region(Math.max(0, b - COVERING_WINDOW), b);
    return m.find() && REPORT_BEFORE.matcher(t).region(Math.max(0, m.start() - COVERING_WINDOW), m.start()).find();
  }

  /**
   * The months a report or results cover, told before the month: "half-year results, covering January to June, are
   * due on 28 July" measure this year's first half, not next year's.
   */
  private static final java.util.regex.Pattern COVERING = java.util.regex.Pattern.compile(
      "\\bcovering\\s{1,3}(?:[a-z]{3,9}\\s{1,3}(?:to|through|and|until)\\s{1,3})?$");
  private static final int COVERING_WINDOW = 40;
  /** Results, a report or figures named before "covering". */
  private static final java.util.regex.Pattern REPORT_BEFORE = java.util.regex.Pattern.compile(
      "\\b(?:results|report|reports|figures|data|accounts|statistics|survey)\\b");

  /** Whether "<figures> for " stands right before {@code b}: "unemployment figures for June". */
  private static boolean figuresFor(String t, int b) {
    if (b < 5 || !t.startsWith(" for ", b - 5)) {
      return false;
    }
    int we = b - 5;
    return FIGURE_NOUNS.contains(t.substring(letterRunStart(t, 0, we), we));
  }

  /** How many words of a "from" phrase may stand between a verb of lasting and "until": "from Saturday evening". */
  private static final int FROM_WORDS = 5;

  /** Past verbs of lasting, that "until" after tells the end of: "continued until", "raged until". */
  private static final WordSet LASTED = new WordSet(java.util.Set.of("continued", "lasted", "raged", "persisted",
      "remained", "stayed", "lingered", "waited"));

  /**
   * "By" opening a clause before its date: what the clause then tells in the past ("By Monday evening, 30 people were
   * dead") is where the story stood that day, no deadline.
   */
  private static final java.util.regex.Pattern BY_OPENS = java.util.regex.Pattern.compile("by\\s{1,3}");
  /**
   * Words after "By <day>," that keep it a deadline told in the past: "By Friday, the ceasefire was to take effect",
   * "all residents were required to register", "would", "due to".
   */
  /** How many characters after "By <day>," the clause's first verb is looked for. */
  private static final int OBLIGED_REACH = 40;

  /**
   * Whether the clause after "By <day>," opens on what was due then ("the ceasefire was to take effect"), within its
   * first words and before a comma or "and": "the patient was sitting up and was expected to go home" tells where
   * the story stood.
   */
  private static boolean obliged(String t, int from, int to) {
    int end = Math.min(to, from + OBLIGED_REACH);
    int and = t.indexOf(" and ", from);
    if (and >= 0 && and < end) {
      end = and;
    }
    int comma = t.indexOf(',', from + 1);
    if (comma > from + 1 && comma < end) {
      end = comma;
    }
    return OBLIGED.matcher(t).region(from, end).find();
  }

  private static final java.util.regex.Pattern OBLIGED = java.util.regex.Pattern.compile(
      "\\b(?:(?:was|were)\\s{1,3}to|would|(?:due|set|required|expected|scheduled|supposed|ordered|told)\\s{1,3}to)\\b");

  /** Words that may stand between a past verb and "by": "brought <b>under control</b> by", "put <b>out</b> by". */
  private static final WordSet PARTICLES = new WordSet(java.util.Set.of(
      "under", "control", "out", "off", "back", "up", "down", "away", "over", "open", "shut", "again"));
  /** How many words of a particle or an object may stand between a past verb and "by". */
  private static final int MAX_OBJECT_WORDS = 8;
  /** Past verbs of ordering or asking: what they put before "by" is a deadline still to come. */
  private static final WordSet ORDERING = new WordSet(java.util.Set.of("ordered", "told", "asked", "urged", "gave",
      "instructed", "directed", "required", "demanded", "set", "called", "requested", "summoned", "invited"));
  /** Words that end the object of a past verb before "by": what follows them is a plan ("told to leave by Friday"). */
  private static final WordSet BY_STOPS = new WordSet(java.util.Set.of("to", "for", "and", "or", "that", "which", "who",
      "if", "be", "been", "being", "is", "are", "plan", "plans", "deadline", "target", "goal"));

  /**
   * Who a police appeal asks for: someone who did or saw something, or someone with what records it ("anyone who was
   * in the area", "anybody who saw the car", "anyone with dashcam footage"). The day told after is when that was.
   */
  private static final java.util.regex.Pattern APPEAL = java.util.regex.Pattern.compile("\\b(?:anyone|anybody)\\s{1,3}"
      + "(?:who\\s{1,3}(?:was|were|saw|heard|had|drove|rode|witnessed|noticed|spotted|passed|walked|travelled|traveled"
      + "|visited|attended|used)|with\\s{1,3}(?:any\\s{1,3})?(?:information|footage|dashcam|dash-cam|cctv|doorbell"
      + "|video|videos|images|photos|mobile\\s{1,3}phone))\\b");
  /** What looks ahead inside an appeal's own clause: "anyone who was planning to travel on Saturday". */
  private static final java.util.regex.Pattern APPEAL_AHEAD = java.util.regex.Pattern.compile(
      "\\b(?:will|planning|plans|plan|intending|going\\s{1,3}to|due\\s{1,3}to|booked)\\b");

  /**
   * Whether the date follows a police appeal's "anyone who saw" or "anyone with footage" in its clause, with nothing
   * looking ahead between: "Anyone with information about the assault on Saturday should call 101" asks of a
   * Saturday gone, whatever the "should" of the appeal says.
   */
  private static boolean witnessAppeal(Scan s, int b) {
    String t = s.lower;
    java.util.regex.Matcher m = APPEAL.matcher(t).region(clauseStart(s, b, FAR_CUE_WINDOW), b);
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
    return INCIDENT_NOUNS.contains(t.substring(i + 1, wordEnd(t, i + 1, Math.min(t.length(), i + 13))));
  }

  /** Nouns of deeds no one schedules, whose day told in the past is gone: "his death on Jan. 9". */
  private static final WordSet DEEDS = new WordSet(java.util.Set.of("death", "deaths", "killing", "killings", "murder",
      "murders", "shooting", "stabbing", "crash", "bombing", "massacre", "collapse", "stampede", "derailment",
      "disappearance", "drowning", "sinking"));
  /** Determiners that make a deed's noun the one that happened: "his death", "the crash". */
  private static final WordSet DEED_DETERMINERS = new WordSet(java.util.Set.of("the", "his", "her", "their", "its"));
  /** Words before the determiner that make the deed one feared or planned: "fears of a crash", "prepare for the". */
  private static final WordSet NOT_DONE_BEFORE = new WordSet(java.util.Set.of("of", "for", "against", "prevent",
      "avoid", "risk"));

  /**
   * Whether the deed's noun at {@code ws} has a determiner that makes it the one that happened ("his death",
   * "the crash"), with no word of fear or preparation before it ("fears of the crash", "braced for the").
   */
  private static boolean ownDeed(String t, int ws) {
    int de = endBeforeSpaces(t, 0, ws);
    int ds = letterRunStart(t, 0, de);
    if (ds >= de || !DEED_DETERMINERS.contains(t, ds, de)) {
      return false;
    }
    int be = endBeforeSpaces(t, 0, ds);
    int bs = letterRunStart(t, 0, be);
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
    int e = endBeforeSpaces(t, 0, c.begin());
    if (e < 3 || !t.startsWith("on", e - 2) || t.charAt(e - 3) != ' ') {
      return false;
    }
    int we = endBeforeSpaces(t, 0, e - 2);
    int ws = letterRunStart(t, 0, we);
    if (ws < we && DEEDS.contains(t, ws, we) && ownDeed(t, ws)) {
      return true; // "until his death on Jan. 9", "since the crash on Jan. 9", told in the past
    }
    return ws < we && !passive(t, 0, ws) && !ORDERING.contains(t, ws, we) && Cues.nearestPast(t, ws, we, true,
        (i, j) -> !SAYING.contains(t, i, j) && !NOT_PAST.contains(t, i, j)) < Integer.MAX_VALUE;
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
        int we = wordEnd(t, i, Math.min(t.length(), i + 20));
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
        (a, z) -> !SAYING.contains(t, a, z) && !NOT_PAST.contains(t, a, z) && !passive(t, k, a) && !named(s, a))
        < Integer.MAX_VALUE;
  }

  /**
   * Weighs the clause's verb cues: the nearest future cue against the nearest past verb; a past made only of
   * verbs of saying is {@linkplain Direction#REPORTED reported}.
   */
  private static Direction verbTense(Scan s, Candidate c, int from, int to) {
    String t = s.lower;
    int b = c.begin();
    int e = c.end();
    int[] futureBefore = ReportedClause.before(t, Cues.futureSpans(t, from, b));
    int[] futureAfter = pastIntentOf(t, e, ReportedClause.after(t, from, b, e, to, Cues.futureSpans(t, e, to)));
    int future = Math.min(futureBefore.length == 0 || wouldBeforeNamedDay(s, c, futureBefore) ? Integer.MAX_VALUE
        : b - futureBefore[futureBefore.length - 1], futureAfter.length == 0 ? Integer.MAX_VALUE : futureAfter[0] - e);
    int pastBefore = Cues.nearestPast(t, from, b, true, (i, j) -> counted(t, from, i, j, futureBefore, true) && !named(s, i));
    int past = Math.min(pastBefore,
        Cues.nearestPast(t, e, to, false, (i, j) -> counted(t, e, i, j, futureAfter, false) && !named(s, i)));
    if (future < past && !pastInOwnPhrase(t, from, b, e, to, futureBefore, futureAfter)
        || future != Integer.MAX_VALUE && futureInOwnPhrase(t, from, b, e, to, futureBefore)) {
      return Direction.FUTURE;
    }
    if (past == pastBefore && past != Integer.MAX_VALUE && Schedule.coordinated(t, b - past, b)) {
      // "beat the Flames on Monday and host the Oilers on Saturday": a timetable's verb joined after the past one
      return Direction.FUTURE;
    }
    if (past == Integer.MAX_VALUE) {
      return Schedule.told(t, from, b, e, Math.min(to, ReportedClause.cut(t, from, b, e, to)), i -> named(s, i))
          ? Direction.FUTURE : Direction.UNMARKED;
    }
    boolean happened = Cues.nearestPast(t, from, b, true, (i, j) -> !SAYING.contains(t, i, j)
        && counted(t, from, i, j, futureBefore, true) && !named(s, i)) < Integer.MAX_VALUE
        || Cues.nearestPast(t, e, to, false, (i, j) -> !SAYING.contains(t, i, j)
        && counted(t, e, i, j, futureAfter, false) && !named(s, i)) < Integer.MAX_VALUE;
    return happened ? Direction.PAST : Direction.REPORTED;
  }

  /**
   * Whether the word at {@code i} is capitalised inside a sentence, a name's word, not a verb: "the Met Office said",
   * "Edward Said".
   */
  private static boolean named(Scan s, int i) {
    // a capital then small letters: a text in capitals ("THEY SAY IT HAPPENED") has its verbs in capitals too
    if (i <= 0 || i + 1 >= s.length() || !Character.isUpperCase(s.text.charAt(i)) || !Character.isLowerCase(s.text.charAt(i + 1))) {
      return false;
    }
    int k = i - 1;
    while (k >= 0 && s.text.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && Character.isLetterOrDigit(s.text.charAt(k)) || k >= 0 && s.text.charAt(k) == ',';
  }

  /** Past verbs of intent that look ahead only to what follows them: "agreed to", "vowed to". */
  private static final WordSet PAST_INTENT = new WordSet(java.util.Set.of("agreed", "vowed", "promised", "pledged",
      "decided", "threatened"));
  /** How far after a date the verb it dates may stand: "on Friday unanimously agreed to". */
  private static final int OWN_VERB_REACH = 20;

  /**
   * Returns the future cues after a date without the first when it is a past verb of intent right after the date: "The
   * court on Friday agreed to hear the plea" dates the agreeing, which is past, not the hearing.
   */
  private static int[] pastIntentOf(String t, int e, int[] futureAfter) {
    if (futureAfter.length == 0 || futureAfter[0] - e > OWN_VERB_REACH || t.substring(e, futureAfter[0]).indexOf(',') >= 0) {
      return futureAfter;
    }
    int we = wordEnd(t, futureAfter[0], futureAfter[1]);
    return PAST_INTENT.contains(t, futureAfter[0], we) ? java.util.Arrays.copyOfRange(futureAfter, 2, futureAfter.length)
        : futureAfter;
  }

  /**
   * Whether the date's own phrase between commas tells it in the past with no future cue of its own, the
   * future lying beyond a comma, or an "and" or "but" after it: "The envoy, who arrived on Monday, will meet ...",
   * "The ban, imposed on Tuesday, is expected to be lifted ...", "Drivers walked out on Saturday and will strike
   * again ...". A verb of saying there does not count ("The firm said on Monday, ..." is told by the rest).
   */
  private static boolean pastInOwnPhrase(String t, int from, int b, int e, int to, int[] futureBefore,
      int[] futureAfter) {
    int comma = b;
    while (comma > from && t.charAt(comma - 1) != ',') {
      comma--;
    }
    int lo = comma;
    int joined = Math.min(phraseEnd(t, e, " and ", to), phraseEnd(t, e, " but ", to));
    int hi = Math.min(phraseEnd(t, e, ",", to), joined);
    if (futureBefore.length > 0 && futureBefore[futureBefore.length - 1] > lo
        || futureAfter.length > 0 && futureAfter[0] < hi) {
      return false;
    }
    // a verb of saying counts when the future is a predicate joined after it: "The firm reported earnings on
    // Wednesday and will hold its meeting in January"
    boolean predicateJoined = joined == hi && hi < to;
    return Cues.nearestPast(t, lo, b, true, (i, j) -> (predicateJoined || !SAYING.contains(t, i, j))
        && counted(t, lo, i, j, futureBefore, true)) < Integer.MAX_VALUE || opensWithParticiple(t, from, lo, b);
  }

  /**
   * Whether the date's own phrase between commas tells it ahead with "will", "shall" or "is to" and no past verb after
   * the cue, the past lying beyond a comma: "The union will ballot its members on Thursday, its leaders
   * confirmed", "The firm, which will report on Thursday, declined to comment" ("would" is left to the rest: it as
   * often reports a plan gone by).
   */
  private static boolean futureInOwnPhrase(String t, int from, int b, int e, int to, int[] futureBefore) {
    if (futureBefore.length == 0) {
      return false;
    }
    int cue = futureBefore[futureBefore.length - 2];
    int cueEnd = futureBefore[futureBefore.length - 1];
    int lo = b;
    while (lo > from && t.charAt(lo - 1) != ',') {
      lo--;
    }
    int hi = phraseEnd(t, e, ",", to);
    if (cue < lo || hi == to || !OWN_FUTURE.matcher(t).region(cue, cueEnd).lookingAt()) {
      return false;
    }
    return Cues.nearestPast(t, cueEnd, b, true, (i, j) -> counted(t, cueEnd, i, j, futureBefore, true)) == Integer.MAX_VALUE
        && Cues.nearestPast(t, e, hi, false, (i, j) -> !NOT_PAST.contains(t, i, j)) == Integer.MAX_VALUE;
  }

  /** The future cues {@link #futureInOwnPhrase} reads: "will", "won't", "shall", "is to", "are to". */
  private static final java.util.regex.Pattern OWN_FUTURE = java.util.regex.Pattern.compile(
      "(?:will|won't|shall|is\\s{1,3}to|are\\s{1,3}to)\\b");

  /** Adverbs that may come before the participle opening a phrase: "The deal, first announced in May, ...". */
  private static final java.util.Set<String> PARTICIPLE_ADVERBS = java.util.Set.of("first", "initially", "originally",
      "formally", "officially", "publicly", "already");

  /**
   * Whether the phrase after the comma at {@code lo} opens with the past participle of a verb of saying: "The deal,
   * announced in May, is expected to close" tells of May gone, as "imposed on Tuesday" does (a saying with its
   * subject, "the firm said on Monday", stays the rest's to tell).
   */
  private static boolean opensWithParticiple(String t, int from, int lo, int b) {
    if (lo <= from || t.charAt(lo - 1) != ',') {
      return false;
    }
    int i = lo;
    for (int w = 0; w < 2; w++) {
      while (i < b && t.charAt(i) == ' ') {
        i++;
      }
      int j = i;
      while (j < b && Character.isLetter(t.charAt(j))) {
        j++;
      }
      if (j - i < 4 || j >= b) {
        return false;
      }
      String word = t.substring(i, j);
      if (word.endsWith("ed") && SAYING.contains(t, i, j)) {
        return true; // other participles are weighed as any past verb ("imposed"), or look ahead ("planned")
      }
      if (w > 0 || !PARTICIPLE_ADVERBS.contains(word)) {
        return false;
      }
      i = j;
    }
    return false;
  }

  /** Returns where {@code mark} first ends a phrase in {@code [e, to)}, or {@code to}; reads no further. */
  private static int phraseEnd(String t, int e, String mark, int to) {
    for (int i = e; i + mark.length() <= to; i++) {
      if (t.startsWith(mark, i)) {
        return i;
      }
    }
    return to;
  }

  /**
   * Whether the future cue nearest before a possessive day is "would": "would get around Wednesday's ruling"
   * names a ruling already made, where "will travel Thursday" looks forward.
   */
  private static boolean wouldBeforeNamedDay(Scan s, Candidate c, int[] futureBefore) {
    int e = c.end();
    boolean possessive = s.lower.startsWith("'s", e) || s.lower.startsWith("\u2019s", e);
    return possessive && s.lower.startsWith("would", futureBefore[futureBefore.length - 2]);
  }

  /** Whether an expression's value depends on the direction: those without a year, week or count. */
  private static boolean leans(TemporalExpression e) {
    if (e instanceof PartOfDayOf p) {
      return leans(p.day());
    } else if (e instanceof ClockTime t) {
      return t.day().isEmpty() || leans(t.day().get());
    } else if (e instanceof TemporalExpression.DayShift d) {
      return leans(d.day());
    } else if (e instanceof TemporalExpression.AgoFrom a) {
      return leans(a.from());
    } else if (e instanceof TemporalExpression.Containing d) {
      return leans(d.day());
    } else if (e instanceof Apposition a) {
      return leans(a.relative()) || leans(a.explicit());
    }
    return !(e instanceof Explicit || e instanceof Duration || e instanceof Recurring || e instanceof Vague
        || e instanceof RelativeDay || e instanceof TemporalExpression.Ago || e instanceof TemporalExpression.Anaphoric
        || e instanceof TemporalExpression.SamePeriodIn || e instanceof TemporalExpression.ThisDayIn
        || e instanceof TemporalExpression.RelativeYearPart
        || e instanceof TemporalExpression.AnaphoricWeekday || e instanceof TemporalExpression.InRelativeYear
        || e instanceof TemporalExpression.InToldYear);
  }

  private static int clauseStart(Scan s, int begin) {
    return clauseStart(s, begin, CUE_WINDOW);
  }

  private static int clauseStart(Scan s, int begin, int window) {
    int from = Math.max(0, begin - window);
    for (int i = begin - 1; i >= from; i--) {
      char ch = s.text.charAt(i);
      if (ch == '.' && i + 1 < s.length() && Character.isWhitespace(s.text.charAt(i + 1)) && !abbreviation(s, i)
          || ch == '\n' || ch == ';' || colon(s, i)) {
        return i + 1;
      }
      if (ch == '.' && i + 2 < begin && isCloseQuote(s.text.charAt(i + 1)) && Character.isWhitespace(s.text.charAt(i + 2))) {
        return i + 2; // a quotation ends the sentence: 'my desk." Lawmakers ...'
      }
    }
    return from;
  }

  /**
   * Whether a colon at {@code i} ends a clause, as before a quotation ("told reporters on Thursday: \"We will
   * meet again on Monday.\""); one in a clock time ("10:30") does not.
   */
  private static boolean colon(Scan s, int i) {
    return s.text.charAt(i) == ':' && !(Character.isDigit(s.charBefore(i)) && Character.isDigit(s.charAt(i + 1)));
  }

  /**
   * Whether the full stop at {@code dot} ends an abbreviation inside a sentence ("Dec. 30", "Gen. Smith"): the
   * word before it is a month or title abbreviation, or the text goes on with a digit or a lower-case letter.
   */
  private static boolean abbreviation(Scan s, int dot) {
    int k = dot + 1;
    while (k < s.length() && k < dot + 4 && Character.isWhitespace(s.text.charAt(k))) {
      k++;
    }
    // a stop before a digit, a lower-case letter, a comma ("Birmingham, Ala., killed") or a bracketed number ("at
    // 2 p.m. (1900 GMT) on Wednesday") ends no sentence
    if (k < s.length() && (Character.isDigit(s.text.charAt(k)) || Character.isLowerCase(s.text.charAt(k))
        || s.text.charAt(k) == ',' || s.text.charAt(k) == '(' && Character.isDigit(s.charAt(k + 1)))) {
      return true;
    }
    String w = s.wordBefore(dot);
    return ABBREVIATIONS.contains(w, 0, w.length());
  }

  private static boolean isCloseQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019';
  }

  private static int clauseEnd(Scan s, int end, int window) {
    int to = Math.min(s.length(), end + window);
    if (end > 0 && s.text.charAt(end - 1) == '.' && end + 1 < to && s.text.charAt(end) == ' '
        && Character.isUpperCase(s.text.charAt(end + 1))) {
      return end; // the date's own full stop ends the sentence: "on Sunday at 3:25 p.m. Fans may ..."
    }
    for (int i = end; i < to; i++) {
      char ch = s.text.charAt(i);
      if (ch == '.' && !abbreviation(s, i) || ch == '\n' || ch == ';' || colon(s, i)) {
        return i;
      }
    }
    return to;
  }

  /**
   * Whether the past cue {@code t[i, j)} of the stretch from {@code lo} counts: not inside a future cue
   * ({@code future}: the future cues' spans, as "were planning to"), no known adjective ("united"), no reporting
   * verb after the expression, no passive participle, and before the expression no "-ed" word after a future
   * cue: "will redeem its preferred shares on Oct. 31" has no past verb; after the expression, no participle of an
   * agent ("will hear the case on Wednesday, a bench headed by the chief justice said").
   */
  private static boolean counted(String t, int lo, int i, int j, int[] future, boolean before) {
    return !(NOT_PAST.contains(t, i, j) || !before && REPORTING.contains(t, i, j)
        || insideAny(future, i) || passive(t, lo, i) || before && afterFuture(t, future, i) || afterModal(t, lo, i)
        || !before && agentAfter(t, j));
  }

  /** Whether an agent's "by" and a determiner follow {@code j}: "headed by the chief justice" ("strolled by as" is none). */
  private static boolean agentAfter(String t, int j) {
    if (!t.startsWith(" by ", j)) {
      return false;
    }
    int k = j + 4;
    return AGENT_DETERMINERS.contains(t, k, wordEnd(t, k, Math.min(t.length(), k + 6)));
  }

  private static final WordSet AGENT_DETERMINERS = new WordSet(java.util.Set.of("the", "a", "an", "his", "her",
      "their", "its"));

  /** Whether the word at {@code pos} follows a modal or "to" and one space: "could hit", "to quit" are no past. */
  private static boolean afterModal(String t, int lo, int pos) {
    int e = pos - 1;
    if (e <= lo || t.charAt(e) != ' ') {
      return false;
    }
    int b = letterRunStart(t, lo, e);
    return b < e && Cues.MODALS.contains(t, b, e);
  }

  /** Returns where the run of letters that ends at {@code end} starts, at or after {@code lo}. */
  private static int letterRunStart(String t, int lo, int end) {
    int b = end;
    while (b > lo && Character.isLetter(t.charAt(b - 1))) {
      b--;
    }
    return b;
  }

  /** Returns {@code end} moved back over the spaces before it, not before {@code lo}. */
  private static int endBeforeSpaces(String t, int lo, int end) {
    int e = end;
    while (e > lo && t.charAt(e - 1) == ' ') {
      e--;
    }
    return e;
  }

  /**
   * Whether a future cue comes before {@code pos} in the same phrase (no comma between them, nor a conjunction that
   * opens a clause of its own: "Retailers are bracing for a lean season after spending fell in October").
   */
  private static boolean afterFuture(String t, int[] future, int pos) {
    for (int k = future.length - 2; k >= 0; k -= 2) {
      if (future[k + 1] <= pos) {
        for (int c = future[k + 1]; c < pos; c++) {
          if (t.charAt(c) == ',' || t.charAt(c) == ' ' && CLAUSE_OPENERS.contains(t, c + 1, wordEnd(t, c + 1, pos))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@code words} stands in {@code t} between {@code from} and {@code to}. */
  private static boolean wordBetween(String t, int from, int to, WordSet words) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(t.charAt(i)) && (i == 0 || !Character.isLetter(t.charAt(i - 1)))) {
        int e = wordEnd(t, i, to);
        if (words.contains(t, i, e)) {
          return true;
        }
        i = e;
      }
    }
    return false;
  }

  /** Returns where the run of letters that starts at {@code start} ends, not after {@code hi}. */
  private static int wordEnd(String t, int start, int hi) {
    int e = start;
    while (e < hi && Character.isLetter(t.charAt(e))) {
      e++;
    }
    return e;
  }

  /**
   * Whether the word at {@code pos} follows "be", "been", "being", "is" or "are", with at most an adverb in "-ly"
   * between ("is legally required"): a participle, not a past tense.
   */
  private static boolean passive(String t, int lo, int pos) {
    if (auxiliaryBefore(t, lo, pos)) {
      return true;
    }
    int we = pos - 1;
    if (we <= lo || t.charAt(we) != ' ') {
      return false;
    }
    int ws = letterRunStart(t, lo, we);
    return we - ws >= 4 && t.startsWith("ly", we - 2) && auxiliaryBefore(t, lo, ws);
  }

  private static boolean auxiliaryBefore(String t, int lo, int pos) {
    int room = Math.min(7, pos - lo);
    return endsWith(t, pos, room, " be ") || endsWith(t, pos, room, " been ") || endsWith(t, pos, room, " being ")
        || endsWith(t, pos, room, " is ") || endsWith(t, pos, room, " are ");
  }

  private static boolean endsWith(String t, int pos, int room, String w) {
    return w.length() <= room && t.startsWith(w, pos - w.length());
  }

  private static boolean insideAny(int[] spans, int pos) {
    for (int i = 0; i < spans.length; i += 2) {
      if (spans[i] <= pos && pos < spans[i + 1]) {
        return true;
      }
    }
    return false;
  }
}
