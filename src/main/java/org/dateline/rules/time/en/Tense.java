package org.dateline.rules.time.en;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  /** Verbs of saying: a clause whose only past tense is one of these reports speech, not what happened. */
  static final WordSet SAYING = new WordSet(Set.of("said", "says", "told", "announced", "declared",
      "reported", "added", "stated", "warned", "cautioned", "noted", "confirmed"));
  /**
   * Words that open a clause of its own between a far verb and a date, out of the verb's reach: "the road will be
   * closed while officials investigate a crash Wednesday morning", "a victim is taken to hospital after being shot
   * Monday night", "according to the December report".
   */
  private static final WordSet FAR_BLOCKERS = new WordSet(Set.of("after", "while", "when", "according",
      "because", "although", "though", "whereas"));

  /** "and" or "or", then a weekday or a month: the second of a pair of dates. */
  private static final Pattern PAIRED_DAY = Pattern.compile("\\s{1,3}(?:and|or)\\s{1,3}(?:" + Lexicon.WEEKDAY + "|"
      + Lexicon.MONTH + ")\\b");

  private Tense() {}

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
    if (PageStamps.stamped(s, c.begin()) || PageStamps.entryTime(s, c)) {
      return Direction.UNMARKED;
    }
    if (PageStamps.listingHeading(s, c) || Foreseen.deliveryMonth(s, c)) {
      return Direction.FUTURE;
    }
    int from = ClauseBounds.clauseStart(s, c.begin());
    int lead = from;
    while (lead < c.begin() && Character.isWhitespace(s.text.charAt(lead))) {
      lead++;
    }
    // a sentence that opens with its date ("On Tuesday, the league plans to ...") has its verb further on
    int window = c.begin() - lead <= 3 ? ClauseBounds.CUE_WINDOW * 5 / 2 : ClauseBounds.CUE_WINDOW / 2;
    // the first of a pair of days reads as far past the second as the second does: "talks on Wednesday and
    // Thursday have been scheduled"
    Matcher pair = PAIRED_DAY.matcher(s.lower).region(c.end(), Math.min(s.length(), c.end() + 20));
    int to = subordinateCut(s.lower, c.end(), ClauseBounds.clauseEnd(s, pair.lookingAt() ? pair.end() : c.end(), window));
    String t = s.lower;
    int b = c.begin();
    int e = c.end();
    // (the phrase is the date's own: past a comma, and past an "and" that joins another predicate, "rose for the
    // recess last week and will return on Sept. 7")
    int phrase = WordRuns.afterComma(t, phraseStart(t, from, b), b);
    int joined = WordRuns.afterLast(t, phrase, " and ", b);
    // (not an "and" joining two adjuncts: "after talks in Paris last week and in Rome on Friday")
    phrase = joined > phrase && !ADJUNCT_OPENERS.contains(t, joined, WordRuns.wordEnd(t, joined, b)) ? joined : phrase;
    if (Cues.pastAnchor(t, phrase, b) || PastReference.behind(s, c, from, phrase)) {
      return Direction.PAST;
    }
    if (Cues.deadline(t, from, b)) {
      // "must leave by Tuesday" looks forward; "weakened by early Tuesday", "had fled by Sunday" look back
      return Deadlines.lookedBack(s, c, from, lead, to) ? Direction.PAST : Direction.FUTURE;
    }
    if (Cues.pastPerfect(t, from, b) || PastReference.namesOutcome(s, c, from)) {
      return Direction.PAST;
    }
    if (HeadlinePlan.headlineInfinitive(s, b)) {
      return Direction.FUTURE;
    }
    // a warning for Tuesday, or a report due on it, looks ahead unless the clause goes on in the past ("the warning for
    // Tuesday proved apt")
    // a plan's or a warning's object may be long ("final preparations were made for Prince William's wedding to Kate
    // Middleton on Friday"): their patterns end at the date and bound their own words, so they read past the usual
    // clause window
    int plan = ClauseBounds.clauseStart(s, b, PLAN_WINDOW);
    // ... as do a plan, a day declared or looked ahead to, a report due, weather forecast: each unless the clause goes
    // on in the past ("preparations for the vote in March were chaotic", "the launch was scheduled for Sunday but was
    // scrubbed", "declared Monday a public holiday, and the streets were deserted")
    if ((Foreseen.planned(t, plan, b) || Foreseen.fixedDay(t, from, b, e) || Foreseen.declaredDay(t, from, b, e)
        || Foreseen.issued(t, b) || Foreseen.lookedAheadTo(t, b) || Foreseen.warned(t, plan, b, e)
        || Foreseen.dueAfterNoun(t, from, b) || Foreseen.onSale(t, from, b) || Foreseen.expectedAt(t, from, b)
        || Foreseen.forecastFrom(t, plan, b) || Foreseen.likelyAt(t, b) || Foreseen.validFrom(t, b))
        && Cues.nearestPast(t, e, ownPredicateEnd(t, e, to), false, (i, j) -> !SAYING.contains(t, i, j))
        == Integer.MAX_VALUE) {
      return Direction.FUTURE;
    }
    if (subjectOfFuture(s, c) || arrangedOnDay(s, c)) {
      return Direction.FUTURE;
    }
    if (inPastRelative(t, from, b)) {
      return Direction.PAST; // "a storm that dumped snow on Ohio on Saturday is expected to reach ...": the clause's own
    }
    if (PageStamps.caption(s, c) && Cues.futureSpans(t, from, to).length == 0) {
      return Direction.PAST; // a caption tells in the present what the picture shows, which has happened
    }
    Direction told = VerbTense.weigh(s, c, from, to);
    if ((told == Direction.UNMARKED || told == Direction.REPORTED) && from == Math.max(0, b - ClauseBounds.CUE_WINDOW)
        && from > 0) {
      // a long clause with no verb near its date is told by the verb further back, when that verb looks ahead ("will
      // bring the first snow of the season to the metro area from late Tuesday"); a clock time with no day is told
      // by it also when it looks back ("deputies answered a call about shots fired near Maple Grove Road and North
      // Cedar Lane around 11:40 p.m."), as a story's hours are its incident's; a month so far from its verb is as
      // often a plan ("loans through January")
      int far = ClauseBounds.clauseStart(s, b, ClauseBounds.FAR_CUE_WINDOW);
      Direction farTold = far < from && !WordRuns.wordBetween(s.lower, far, b, FAR_BLOCKERS)
          ? VerbTense.weigh(s, c, far, to) : told;
      // (a clause whose past is only its saying, "on August 15, SA Rugby announced", takes the future further back)
      if (farTold == Direction.FUTURE || told == Direction.UNMARKED && farTold == Direction.PAST
          && c.expression() instanceof ClockTime k && k.day().isEmpty()) {
        return farTold;
      }
    }
    return told;
  }

  /** Words after "and" that open an adjunct or a noun, no predicate of its own: "last week and in Rome". */
  private static final WordSet ADJUNCT_OPENERS = new WordSet(Set.of("in", "on", "at", "from", "to", "by", "during",
      "after", "before", "with", "for", "of", "the", "a", "an", "again", "through", "until", "since"));

  /** Conjunctions that open a clause of their own after a date: its verbs tell that clause's time, not the date's. */
  private static final String[] SUBORDINATORS = {" after ", " before ", " because ", " when ", " while ",
      " although ", " though ", " until ", " unless "};

  /**
   * Where the clause after a date ends before a subordinate clause opened after it: "will launch the satellite at
   * 10:24 am on Friday after the mission was postponed last month" is not told by "was postponed".
   */
  private static int subordinateCut(String t, int e, int to) {
    for (int i = e; i < to; i++) {
      if (t.charAt(i) != ' ' || i + 1 >= to || !Character.isLetter(t.charAt(i + 1))) {
        continue; // the conjunctions start a word after a space: one look per word
      }
      for (String w : SUBORDINATORS) {
        if (t.startsWith(w, i) && !SPAN_BEFORE.contains(WordRuns.lastWordBefore(t, e, i))) {
          return i;
        }
      }
    }
    return to;
  }

  /** Words before "after" or "before" that make it a stretch of time, no clause: "a week after the anniversary". */
  private static final java.util.Set<String> SPAN_BEFORE = java.util.Set.of("minute", "minutes", "hour", "hours",
      "day", "days", "week", "weeks", "month", "months", "year", "years", "shortly", "soon", "just", "long",
      "moments", "right", "immediately", "decade", "decades");

  /**
   * Where the predicate that holds a date ends: before an "and" that joins another ("set jury selection for Sept. 14
   * and gave prosecutors 30 days"); a "but" goes on with it ("was scheduled for Sunday but was scrubbed", "was due on
   * Monday, but the firm missed it").
   */
  private static int ownPredicateEnd(String t, int e, int to) {
    return WordRuns.phraseEnd(t, e, " and ", to);
  }

  /** How far back the plan a date is the object of is read. */
  private static final int PLAN_WINDOW = 110;

  /**
   * Where the few words just before a date start: about 25 characters back, at a word's start, and past the word
   * before a "last" that opens them, which tells whether "last" is the verb ("would last six weeks from mid-May").
   */
  private static int phraseStart(String t, int from, int b) {
    int lo = Math.max(from, b - 25);
    while (lo > from && Scan.isWordChar(t.charAt(lo - 1))) {
      lo--;
    }
    if (t.startsWith("last ", lo) && lo - 1 > from && t.charAt(lo - 1) == ' ') {
      lo--;
      while (lo > from && Scan.isWordChar(t.charAt(lo - 1))) {
        lo--;
      }
    }
    return lo;
  }

  /**
   * A relative clause whose verb is past, and that holds the date: "that", "which" or "who", a verb in "-ed" or a
   * common irregular past, then no comma before the date. Not a plan's verb ("a motion that called for a vote on
   * Tuesday", "which urged talks on Monday"), whose object lies ahead.
   */
  private static final Pattern PAST_RELATIVE = Pattern.compile("\\b(?:that|which|who)\\s{1,3}(?:had\\s{1,3})?"
      + "(?!(?:called|urged|planned|scheduled|proposed|demanded|asked|sought|set|agreed|promised|vowed|pledged|announced"
      + "|expected|wanted|hoped|decided|threatened)\\b)(?:[a-z]{2,12}[^e\\W]ed|dumped|hit|struck|killed|left|swept|tore"
      + "|shook|fell|ran|broke|began|came|went|took|brought|caught|sank|blew|flew)\\b"
      // the clause ends at a verb of the main clause: "the envoy who brokered the truce will meet them on Friday"
      + "(?:(?!\\b(?:will|would|is|are|was|were|has|have|can|could|may|might|shall|should|must)\\b)[^,;.]){0,60}$");
  /** How far before a date a relative clause's pronoun is looked for. */
  private static final int RELATIVE_REACH = 70;

  /**
   * A reduced relative clause that dates a notice or an act by its issuing: "the heat alert issued on Monday will stay
   * in force until Sunday", "the order signed on Tuesday takes effect ...". Only verbs of issuing, whose participle
   * after a noun tells a thing done; "scheduled on", "set for" and the like look ahead and are left alone.
   */
  private static final Pattern REDUCED_RELATIVE = Pattern.compile("\\b(?:the|a|an|its|their|his|her)\\s{1,3}"
      // the noun's words, no verb among them: "the results will be announced on Monday" is no relative clause
      + "(?:(?!(?:will|would|to|be|been|being|could|can|may|might|should|must|shall|is|are|was|were|has|have|had)\\b)"
      + "[a-z-]{2,20}\\s{1,3}){1,3}(?:issued|announced|imposed|declared|signed|published|released|introduced"
      + "|passed|approved|filed|launched|ordered|unveiled|adopted|enacted)\\s{1,3}(?:late\\s{1,3}|early\\s{1,3})?on\\s{1,3}$");

  /** Whether the date at {@code b} stands in a relative clause told in the past that opens after {@code from}. */
  private static boolean inPastRelative(String t, int from, int b) {
    int lo = Math.max(from, b - RELATIVE_REACH);
    if (lo >= b) {
      return false;
    }
    Matcher m = PAST_RELATIVE.matcher(t).region(lo, b);
    // (a relative clause told with a date of its own ends before this one: "celebrations that began on Tuesday
    // continue this weekend")
    return m.find() && !TenseWords.ownDateBetween(t, m.start(), b)
        || REDUCED_RELATIVE.matcher(t).region(lo, b).find();
  }

  /**
   * "will" or "is set to" right after a day: what the day will bring; so does the present of a day that marks or is
   * something ("Tuesday marks four years since", "Sunday is the deadline").
   */
  private static final Pattern FUTURE_AFTER = Pattern.compile(
      "\\s{1,3}(?:will|is\\s{1,3}(?:going|set|expected|likely|forecast)\\s{1,3}to|marks|is\\s{1,3}(?:the|also)\\s{1,3}"
          + "(?:deadline|anniversary))\\b");
  /** Words after which a day is the subject of the clause that follows, not a time its verb is told at. */
  private static final WordSet SUBJECT_AFTER = new WordSet(Set.of("said", "says", "say", "told", "that", "and", "but",
      "expect", "expects", "predict", "predicts", "believe", "believes", "think", "thinks", "hope", "hopes"));

  /**
   * Whether a bare weekday is the subject of a verb that looks ahead, opening its clause or right after a verb of
   * saying: "forecasters said Thursday will be dry", "Sunday is set to be the warmest day" (a day after a preposition
   * dates what precedes it: "the crash on Monday will be investigated").
   */
  private static boolean subjectOfFuture(Scan s, Candidate c) {
    TemporalExpression e = c.expression() instanceof PartOfDayOf p ? p.day() : c.expression();
    if (!(e instanceof TemporalExpression.Weekday w) || w.relation() != org.dateline.resolve.Relation.NONE
        || !FUTURE_AFTER.matcher(s.lower).region(c.end(), Math.min(s.length(), c.end() + 30)).lookingAt()) {
      return false;
    }
    String before = s.wordBefore(c.begin());
    return before.isEmpty() || SUBJECT_AFTER.contains(before, 0, before.length());
  }

  /**
   * A present progressive dated right after its verb by a weekday: "the leaders are meeting on Monday", "the holiday
   * is being observed on Monday". It tells an arrangement, and so lies ahead (or is today); a verb with its object
   * between ("are investigating the attack on Monday") dates the object, and a state of care or custody ("is being
   * treated", "is being held") may have begun on a day gone: neither is matched.
   */
  private static final Pattern PROGRESSIVE_ON = Pattern.compile("\\b(?:is|are|am)\\s{1,3}(?:being\\s{1,3}"
      + "(?!(?:treated|questioned|detained|held|kept|investigated|cared)\\b)(?:[a-z]{2,20}ed|run|shown|sworn|heard)"
      + "|[a-z]{2,20}ing)(?:\\s{1,3}(?:again|also))?\\s{1,3}on\\s{1,3}$");
  /** How far before its weekday a present progressive is looked for. */
  private static final int PROGRESSIVE_REACH = 48;

  private static boolean arrangedOnDay(Scan s, Candidate c) {
    TemporalExpression e = c.expression() instanceof PartOfDayOf p ? p.day() : c.expression();
    return e instanceof TemporalExpression.Weekday w && w.relation() == org.dateline.resolve.Relation.NONE
        && PROGRESSIVE_ON.matcher(s.lower).region(Math.max(0, c.begin() - PROGRESSIVE_REACH), c.begin()).find();
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
}
