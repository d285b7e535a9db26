package org.dateline.rules.time.en;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.resolve.Direction;

/**
 * Weighs the verb cues of a date's clause: the nearest future cue against the nearest past verb that counts, the
 * date's own phrase between commas, past verbs of intent, and a past made only of verbs of saying, which is reported
 * speech. Stateless and thread-safe.
 */
final class VerbTense {
  private VerbTense() {}

  /** Conjunctions that open a clause of its own, out of reach of a future cue before them. */
  private static final WordSet CLAUSE_OPENERS = new WordSet(Set.of("after", "as", "because", "since", "although",
      "though", "whereas"));
  /** Reporting verbs: after an expression they report speech ("will leave Thursday, he said"), not its tense. */
  private static final WordSet REPORTING = new WordSet(Set.of("said", "says", "told"));

  /**
   * Weighs the clause's verb cues: the nearest future cue against the nearest past verb; a past made only of
   * verbs of saying is {@linkplain Direction#REPORTED reported}.
   */
  static Direction weigh(Scan s, Candidate c, int from, int to) {
    String t = s.lower;
    int b = c.begin();
    int e = c.end();
    int[] cues = couldOfEvent(t, from, Cues.futureSpans(t, from, b));
    cues = perfectBefore(t, from, b, setForOutcome(t, b, cues));
    int[] futureBefore = farDatedIntents(t, b, adjectivesAfterPast(s, from, b,
        ReportedClause.before(t, nounPlans(t, from, cues))));
    // ("next week" after a date in a clause told in the past is a time of its own)
    // (what is expected after the date "to have risen" has happened: "Sales in May are expected to have risen")
    // (nor a "can" after the date: "customers hit by the outage on Monday can claim compensation")
    int[] spansAfter = nounPlans(t, from, couldOfEvent(t, from, WordRuns.spansWithout(Cues.futureSpans(t, e, to),
        (i, end) -> reportedPerfect(t, i, end) || t.startsWith("can", i) && !Character.isLetter(t.charAt(i + 3)))));
    spansAfter = spansAfter.length > 0 && Cues.nearestPast(t, from, b, true, (i, j) -> !Tense.SAYING.contains(t, i, j)
        && !BE_FORMS.contains(WordRuns.lastWordBefore(t, from, i))) < Integer.MAX_VALUE
        ? nextWeekAfter(t, spansAfter) : spansAfter;
    int[] reportedAfter = ReportedClause.after(t, from, b, e, to, spansAfter);
    int[] ownAfter = joinedPredicate(t, e, reportedAfter);
    ownAfter = ownAfter.length == reportedAfter.length || Cues.nearestPast(t,
        ClauseBounds.clauseStart(s, b, ClauseBounds.FAR_CUE_WINDOW), b, true,
        (i, j) -> !Tense.SAYING.contains(t, i, j) && !TenseWords.named(s, i)) < Integer.MAX_VALUE
        ? ownAfter : reportedAfter;
    int[] futureAfter = pastIntentOf(t, e, ownAfter);
    // (a predicate joined by "and" with a future cue of its own tells no timetable of the date either)
    int joined = ownAfter.length < reportedAfter.length ? reportedAfter[ownAfter.length] - 5 : to;
    int future = Math.min(futureBefore.length == 0 || wouldBeforeNamedDay(s, c, futureBefore) ? Integer.MAX_VALUE
        : b - futureBefore[futureBefore.length - 1], futureAfter.length == 0 ? Integer.MAX_VALUE : futureAfter[0] - e);
    int pastBefore = Cues.nearestPast(t, from, b, true,
        (i, j) -> (counted(t, from, i, j, futureBefore, true) || datedParticiple(t, from, i, j, b))
            && !TenseWords.named(s, i) && !relativeDatedBefore(t, from, i, j, b)
            && !(Tense.SAYING.contains(t, i, j) && saidOnItsOwnDay(t, j, b)));
    int past = Math.min(pastBefore,
        Cues.nearestPast(t, e, to, false,
            (i, j) -> counted(t, e, i, j, futureAfter, false) && !TenseWords.named(s, i)));
    if (future < past && !pastInOwnPhrase(t, from, b, e, to, futureBefore, futureAfter)
        || future != Integer.MAX_VALUE && futureInOwnPhrase(t, from, b, e, to, futureBefore)) {
      return Direction.FUTURE;
    }
    if (past == pastBefore && past != Integer.MAX_VALUE && Schedule.coordinated(t, b - past, b)) {
      // "beat the Flames on Monday and host the Oilers on Saturday": a timetable's verb joined after the past one
      return Direction.FUTURE;
    }
    if (past == Integer.MAX_VALUE) {
      return Schedule.told(t, from, b, e, Math.min(joined, ReportedClause.cut(t, from, b, e, to)),
          i -> TenseWords.named(s, i))
          || Schedule.fromDay(t, from, b, e) && Cues.nearestPast(t, ClauseBounds.clauseStart(s, b,
          ClauseBounds.FAR_CUE_WINDOW), b, true, (i, j) -> !TenseWords.named(s, i)) == Integer.MAX_VALUE
          ? Direction.FUTURE : Direction.UNMARKED;
    }
    boolean happened = Cues.nearestPast(t, from, b, true, (i, j) -> !Tense.SAYING.contains(t, i, j)
        && counted(t, from, i, j, futureBefore, true) && !TenseWords.named(s, i)) < Integer.MAX_VALUE
        || Cues.nearestPast(t, e, to, false, (i, j) -> !Tense.SAYING.contains(t, i, j)
        && counted(t, e, i, j, futureAfter, false) && !TenseWords.named(s, i)) < Integer.MAX_VALUE;
    return happened ? Direction.PAST : Direction.REPORTED;
  }

  /** The words that open the day a verb of saying is told on: "said on Monday", "said yesterday". */
  private static final WordSet SAID_DAY = new WordSet(Set.of("on", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "yesterday", "today", "late", "early", "last"));

  /**
   * Whether a verb of saying ending at {@code j} is told with its own day and then a statement that holds the date at
   * {@code b}: "the leader said on Monday the Nov. 28 election would be a referendum" (the saying is Monday's; the
   * election is the statement's, told by its own verb).
   */
  private static boolean saidOnItsOwnDay(String t, int j, int b) {
    int k = j;
    while (k < b && t.charAt(k) == ' ') {
      k++;
    }
    int we = WordRuns.wordEnd(t, k, b);
    if (we == k || !SAID_DAY.contains(t, k, we)) {
      return false;
    }
    // the day's words, then at least one more before the date ("said on Monday the Nov. 28 ...")
    int words = 0;
    boolean day = false;
    for (int i = k; i < b; i++) {
      if (Character.isLetter(t.charAt(i)) && (i == 0 || !Character.isLetter(t.charAt(i - 1)))) {
        int e = WordRuns.wordEnd(t, i, b);
        if (!day && (Lexicon.weekday(t.substring(i, e)) != null || t.startsWith("yesterday", i) || t.startsWith("today", i))) {
          day = true;
        } else if (day) {
          words++;
        }
        i = e - 1;
      }
    }
    return day && words >= 1;
  }

  /** Participles that name a day to come, not a deed done on it: "the summit scheduled on Friday". */
  private static final WordSet PLANNED_PARTICIPLES = new WordSet(Set.of("scheduled", "planned", "slated", "arranged",
      "organised", "organized", "expected", "proposed", "rescheduled", "due", "set"));

  /** The words between a participle and the date it is told on: "made on Friday", "announced in early January". */
  private static final WordSet PARTICIPLE_GAP = new WordSet(Set.of("on", "in", "at", "during", "last", "early", "late",
      "this", "earlier"));

  /**
   * Whether the past form {@code t[i, j)} is a participle told with the date at {@code b}, right before it, after a
   * future cue: "agreed on Tuesday to accept the offer made on Friday", "voted to approve the merger announced in
   * January" (not a passive after one: "will be closed on Monday").
   */
  private static boolean datedParticiple(String t, int from, int i, int j, int b) {
    if (TenseWords.passive(t, from, i) || afterModal(t, from, i) || j >= b || t.charAt(j) != ' '
        || PLANNED_PARTICIPLES.contains(t, i, j) || withAbsolute(t, from, i)) {
      return false;
    }
    int before = WordRuns.endBeforeSpaces(t, from, i);
    String w = WordRuns.lastWordBefore(t, from, i);
    if (before <= from || w.isEmpty() || BE_FORMS.contains(w)) {
      return false;
    }
    int words = 0;
    for (int k = j; k < b; k++) {
      if (Character.isLetter(t.charAt(k)) && !Character.isLetter(t.charAt(k - 1))) {
        int e = WordRuns.wordEnd(t, k, b);
        if (!PARTICIPLE_GAP.contains(t, k, e) || ++words > 2) {
          return false;
        }
        k = e - 1;
      } else if (t.charAt(k) != ' ') {
        return false;
      }
    }
    return words > 0;
  }

  /**
   * Forms of "be" and "have", verbs like "stay", and the adverbs between, before a participle that make it a verb's:
   * "will be closed", "has closed", "will stay closed".
   */
  static final Set<String> BE_FORMS = Set.of("be", "been", "being", "is", "are", "was", "were", "has",
      "have", "had", "will", "would", "to", "am", "stay", "stays", "stayed", "remain", "remains", "remained", "become",
      "becomes", "became", "get", "gets", "got", "seem", "seems", "seemed", "keep", "keeps", "kept", "not", "now",
      "still", "also", "already", "just", "then");

  /**
   * Returns the future cues after a date without a "next week" or "next weekend", a time of its own told after the
   * date: "beat River Plate on Tuesday night to take a lead into next week's second leg" ("next week the court hears
   * arguments on Tuesday" still looks ahead from before the date).
   */
  private static int[] nextWeekAfter(String t, int[] spans) {
    return WordRuns.spansWithout(spans, (i, end) -> t.startsWith("next", i)
        && (t.startsWith(" week", end) || t.startsWith(" weekend", end)));
  }

  /** How many words may stand between the "to" of an intent told with its own day and the date it looks ahead to. */
  private static final int DATED_INTENT_REACH = 3;

  /**
   * Returns the future cues before a date without an intent told with its own day ("agreed on Monday to") whose "to"
   * stands more than a few words before the date: "agreed on Monday to meet again on Thursday" looks ahead; in "decided
   * on Monday to sack the coach after Saturday's defeat" the date is another deed's.
   */
  private static int[] farDatedIntents(String t, int b, int[] spans) {
    return WordRuns.spansWithout(spans, (i, end) -> {
      // an intent with a day between it and its "to" ("agreed on Monday to"), as Cues reads it
      int we = WordRuns.wordEnd(t, i, end);
      int o = we;
      while (o < end && t.charAt(o) == ' ') {
        o++;
      }
      return t.startsWith("to", end - 2) && o > we && Cues.DATED_OPENER.contains(t, o, WordRuns.wordEnd(t, o, end))
          && words(t, end, b) > DATED_INTENT_REACH;
    });
  }

  /** How many words stand in {@code [from, to)}. */
  private static int words(String t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (Character.isLetter(t.charAt(i)) && (i == 0 || !Character.isLetter(t.charAt(i - 1)))) {
        n++;
      }
    }
    return n;
  }

  /** Determiners before "plan" or "plans" that make it a noun (see {@link TenseWords#PLAN_DETERMINER_WORDS}). */
  private static final WordSet PLAN_DETERMINERS = new WordSet(Set.copyOf(TenseWords.PLAN_DETERMINER_WORDS));

  /**
   * Returns the future cues without those of a noun "plan" with its determiner or owner ("protesters blocked roads on
   * Sunday over a plan to extend the mandate", "the government's plans to raise taxes"): the plan's "to" tells what is
   * planned, not the day of the clause.
   */
  private static int[] nounPlans(String t, int from, int[] spans) {
    return WordRuns.spansWithout(spans, (i, end) -> {
      if (!t.startsWith("plan", i)) {
        return false;
      }
      int before = WordRuns.endBeforeSpaces(t, from, i);
      String word = WordRuns.lastWordBefore(t, from, i);
      return PLAN_DETERMINERS.contains(word, 0, word.length()) || before >= 2 && t.charAt(before - 1) == 's'
          && (t.charAt(before - 2) == '\'' || t.charAt(before - 2) == '\u2019');
    });
  }

  /** Adjectives that are future cues: "the next meeting is on Monday", "the upcoming vote on Friday". */
  private static final WordSet AHEAD_ADJECTIVES = new WordSet(Set.of("next", "upcoming"));

  /**
   * Returns the future cues before a date without those that are adjectives after a past verb other than one of
   * saying in their phrase: "The party chose its next leader on Saturday" tells of the choosing, which is past; the
   * leader's being the next one tells nothing of the day (not "Rain hit on Sunday and the next storm arrives on
   * Friday", whose past is another phrase's, nor "signalled easing at its next meeting in June", where the date is
   * the next event's own).
   */
  private static int[] adjectivesAfterPast(Scan s, int from, int b, int[] spans) {
    String t = s.lower;
    return WordRuns.spansWithout(spans, (i, end) -> AHEAD_ADJECTIVES.contains(t, i, end) && !eventBeforeDate(t, end, b)
        && pastVerbOfPhrase(s, from, i));
  }

  /** Determiners and owners between a verb and "next": "chose its next", "discussed the bloc's next". */
  private static final WordSet NEXT_DETERMINERS = new WordSet(Set.of("the", "its", "their", "his", "her", "our", "a"));

  /**
   * Whether a past verb, not one of saying, governs the noun phrase "next" opens: it stands just before the phrase's
   * determiner or owner ("chose its next leader", "discussed the bloc's next budget"); a participle or a relative
   * clause's verb further back does not ("a man charged with murder makes his next court appearance").
   */
  private static boolean pastVerbOfPhrase(Scan s, int from, int i) {
    String t = s.lower;
    int k = i;
    boolean noun = false; // the next word back is a noun a preposition took: "its proposal for the bloc's next"
    for (int words = 0; words < PHRASE_WORDS; words++) {
      int end = WordRuns.endBeforeSpaces(t, from, k);
      int run = WordRuns.letterRunStart(t, from, end);
      if (run >= end) {
        return false;
      }
      boolean owner = end - run == 1 && t.charAt(run) == 's' && run - 1 > from && t.charAt(run - 1) == '\'';
      int start = owner ? WordRuns.letterRunStart(t, from, run - 1) : run;
      if (noun) {
        noun = false;
      } else if (PHRASE_PREPOSITIONS.contains(t, start, end) && words > 0) {
        noun = true;
      } else if (!NEXT_DETERMINERS.contains(t, start, end) && !owner) {
        // the word the noun phrase follows: a past verb of its own (not a present perfect's: "have postponed the
        // upcoming festival, due to open on Friday")
        String before = WordRuns.lastWordBefore(t, from, start);
        return words > 0 && !before.equals("has") && !before.equals("have")
            && Cues.nearestPast(t, start, end, true, (x, y) -> x == start && y == end
            && !Tense.SAYING.contains(t, x, y) && !TenseWords.named(s, x)) < Integer.MAX_VALUE;
      }
      k = start;
    }
    return false;
  }

  /** How many words back from "next" its governing verb is looked for. */
  private static final int PHRASE_WORDS = 8;
  /** Prepositions a noun phrase with "next" may hang from: "unveiled its proposal for the bloc's next budget". */
  private static final WordSet PHRASE_PREPOSITIONS = new WordSet(Set.of("for", "of", "on", "about", "over"));

  /** Events a date right after them is the day of: "its next meeting in June", "the upcoming vote on Friday". */
  private static final WordSet EVENTS = new WordSet(Set.of("meeting", "meetings", "session", "sessions", "round",
      "match", "game", "race", "fixture", "summit", "hearing", "vote", "election", "poll", "launch", "talks", "review",
      "update", "report", "sitting", "stage", "leg", "test", "flight", "auction", "debate", "rally", "phase"));
  /** How many words may stand between "next" and its event: "the next policy meeting". */
  private static final int EVENT_MODIFIERS = 2;

  /**
   * Whether the words from {@code i} to the date {@code b} are an event, maybe with a modifier or two, and a
   * preposition: " policy meeting in ", " round on ".
   */
  private static boolean eventBeforeDate(String t, int i, int b) {
    int k = i;
    for (int w = 0; w <= EVENT_MODIFIERS + 1 && k < b; w++) {
      while (k < b && t.charAt(k) == ' ') {
        k++;
      }
      int we = WordRuns.wordEnd(t, k, b);
      if (we == k) {
        return false;
      }
      if (EVENTS.contains(t, k, we)) {
        String rest = t.substring(we, b).trim();
        return rest.isEmpty() || rest.equals("on") || rest.equals("in") || rest.equals("at") || rest.equals("for")
            || rest.equals("this") || rest.equals("next");
      }
      k = we;
    }
    return false;
  }

  /** Past verbs of intent that look ahead only to what follows them: "agreed to", "vowed to". */
  private static final WordSet PAST_INTENT = new WordSet(Set.of("agreed", "vowed", "promised", "pledged",
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
    int we = WordRuns.wordEnd(t, futureAfter[0], futureAfter[1]);
    return PAST_INTENT.contains(t, futureAfter[0], we) ? Arrays.copyOfRange(futureAfter, 2, futureAfter.length)
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
    int lo = WordRuns.afterComma(t, from, b);
    int joined = Math.min(WordRuns.phraseEnd(t, e, " and ", to), WordRuns.phraseEnd(t, e, " but ", to));
    int hi = Math.min(WordRuns.phraseEnd(t, e, ",", to), joined);
    if (futureBefore.length > 0 && futureBefore[futureBefore.length - 1] > lo
        || futureAfter.length > 0 && futureAfter[0] < hi) {
      return false;
    }
    // a verb of saying counts when the future is a predicate joined after it: "The firm reported earnings on
    // Wednesday and will hold its meeting in January"
    boolean predicateJoined = joined == hi && hi < to;
    return Cues.nearestPast(t, lo, b, true, (i, j) -> (predicateJoined || !Tense.SAYING.contains(t, i, j))
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
    int lo = WordRuns.afterComma(t, from, b);
    int hi = WordRuns.phraseEnd(t, e, ",", to);
    if (cue < lo || hi == to || !OWN_FUTURE.matcher(t).region(cue, cueEnd).lookingAt()) {
      return false;
    }
    return Cues.nearestPast(t, cueEnd, b, true, (i, j) -> counted(t, cueEnd, i, j, futureBefore, true)) == Integer.MAX_VALUE
        && Cues.nearestPast(t, e, hi, false, (i, j) -> !TenseWords.NOT_PAST.contains(t, i, j)) == Integer.MAX_VALUE;
  }

  /** The future cues {@link #futureInOwnPhrase} reads: "will", "won't", "shall", "is to", "are to". */
  private static final Pattern OWN_FUTURE = Pattern.compile(
      "(?:will|won't|shall|is\\s{1,3}to|are\\s{1,3}to)\\b");

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
      int j = WordRuns.wordEnd(t, i, b);
      if (j - i < 4 || j >= b) {
        return false;
      }
      String word = t.substring(i, j);
      if (word.endsWith("ed") && Tense.SAYING.contains(t, i, j)) {
        return true; // other participles are weighed as any past verb ("imposed"), or look ahead ("planned")
      }
      if (w > 0 || !TenseWords.PARTICIPLE_ADVERBS.contains(word)) {
        return false;
      }
      i = j;
    }
    return false;
  }

  /**
   * Whether the future cue nearest before a possessive day is "would" and the day dates a decision or a saying:
   * "would get around Wednesday's ruling" names a ruling already made, where "will travel Thursday" and "would take
   * part in Tuesday's parade" look forward.
   */
  private static boolean wouldBeforeNamedDay(Scan s, Candidate c, int[] futureBefore) {
    int e = c.end();
    boolean possessive = s.lower.startsWith("'s", e) || s.lower.startsWith("\u2019s", e);
    return possessive && s.lower.startsWith("would", futureBefore[futureBefore.length - 2])
        && PastReference.outcomeAfter(s.lower, e + 3);
  }

  /**
   * Whether the past cue {@code t[i, j)} of the stretch from {@code lo} counts: not inside a future cue
   * ({@code future}: the future cues' spans, as "were planning to"), no known adjective ("united"), no reporting
   * verb after the expression, no passive participle, and before the expression no "-ed" word after a future
   * cue: "will redeem its preferred shares on Oct. 31" has no past verb; after the expression, no participle of an
   * agent ("will hear the case on Wednesday, a bench headed by the chief justice said").
   */
  private static boolean counted(String t, int lo, int i, int j, int[] future, boolean before) {
    return !(TenseWords.NOT_PAST.contains(t, i, j) || TenseWords.naming(t, i, j) || !before && REPORTING.contains(t, i, j)
        || TenseWords.haveGot(t, lo, i, j)
        || WordRuns.insideAny(future, i) || TenseWords.passive(t, lo, i) || before && afterFuture(t, future, i)
        || afterModal(t, lo, i) || withAbsolute(t, lo, i)
        || !before && (agentAfter(t, j) || datedAfter(t, j)));
  }

  /** How many words may stand between "with" and the participle of its phrase: "with A-level results published". */
  private static final int WITH_WORDS = 4;

  /**
   * Whether the word at {@code pos} is the participle of a phrase opened by "with" a few words before, with its own
   * noun ("exams start on May 11, with results published on August 13"): it tells no time of its own, the clause it
   * hangs from does.
   */
  private static boolean withAbsolute(String t, int lo, int pos) {
    int k = pos;
    for (int words = 0; words <= WITH_WORDS; words++) {
      int e = k - 1;
      if (e <= lo || t.charAt(e) != ' ') {
        return false;
      }
      int b = e;
      while (b > lo && (Character.isLetterOrDigit(t.charAt(b - 1)) || t.charAt(b - 1) == '-')) {
        b--;
      }
      if (b == e) {
        return false;
      }
      if (e - b == 4 && t.startsWith("with", b)) {
        // (an absolute phrase follows its clause's comma: not "A man with a knife attacked shoppers in March")
        return words > 0 && b >= 2 && t.charAt(b - 1) == ' ' && t.charAt(b - 2) == ',';
      }
      k = b;
    }
    return false;
  }

  /** Pronouns that open a relative clause: "celebrations that began on Tuesday". */
  private static final WordSet RELATIVE_PRONOUNS = new WordSet(Set.of("that", "which", "who"));
  /** How many words a relative clause's past form may stand before its own date. */
  private static final int RELATIVE_DATE_WORDS = 6;

  /**
   * Whether the past form {@code t[i, j)} opens a relative clause told with a date of its own before the date at
   * {@code b}: "Celebrations that began with the new year on Tuesday continue this weekend" (the beginning is
   * Tuesday's; the clause the weekend is in has no past of its own).
   */
  private static boolean relativeDatedBefore(String t, int from, int i, int j, int b) {
    String w = WordRuns.lastWordBefore(t, from, i);
    if (!RELATIVE_PRONOUNS.contains(w, 0, w.length())) {
      return false;
    }
    int k = j;
    for (int words = 0; words < RELATIVE_DATE_WORDS && k < b; words++) {
      if (datedAfter(t, k) && k + 1 < b) {
        // the own date starts before this one
        int p = WordRuns.wordEnd(t, k + 1, b) + 1;
        return p < b;
      }
      if (t.charAt(k) != ' ') {
        return false;
      }
      int we = WordRuns.wordEnd(t, k + 1, b);
      if (we == k + 1) {
        return false;
      }
      k = we;
    }
    return false;
  }

  /**
   * Returns the future cues after a date up to the first that opens a predicate joined by "and" ("beat Goa in
   * Kozhikode on Monday night and will play Bengal on January 11"): that predicate tells its own time, not the date's.
   * The caller asks only where a past verb stands before the date ("The festival runs on Saturday and will feature 40
   * bands" has none).
   */
  private static int[] joinedPredicate(String t, int e, int[] spans) {
    for (int k = 0; k < spans.length; k += 2) {
      int a = spans[k];
      if (a >= e + 5 && t.startsWith(" and ", a - 5)) {
        return java.util.Arrays.copyOf(spans, k);
      }
    }
    return spans;
  }

  /** A verb of saying or forecasting before what could happen: "forecasters said a front could arrive". */
  private static final java.util.regex.Pattern SAID_COULD = java.util.regex.Pattern.compile(
      "\\b(?:said|says|say|told|warned|warns|forecast|forecasts|predicted|predicts|expects?|expected)\\b");
  /** A subject none of whom could: "nobody could", "no one could". */
  private static final java.util.regex.Pattern NO_ONE = java.util.regex.Pattern.compile(
      "\\b(?:nobody|no\\s{1,3}one|none|neither)\\s{1,3}$");
  /** What makes "could" a past one's of ability: "asked how the fire could spread", "before aid could arrive". */
  private static final java.util.regex.Pattern COULD_SUBORDINATE = java.util.regex.Pattern.compile(
      "\\b(?:how|when|before|until|whether|if|why|where|after|so|once)\\b");

  /**
   * The cues less "could" and a verb of an event ("could arrive", "could spread") not told as what a source said or
   * forecast: "It was unclear how the fire could spread so fast on Tuesday" tells a Tuesday gone by.
   */
  private static int[] couldOfEvent(String t, int from, int[] spans) {
    return WordRuns.spansWithout(spans, (i, end) -> {
      if (!Cues.couldOfEvent(t, i, end)) {
        return false;
      }
      if (NO_ONE.matcher(t).region(Math.max(from, i - 12), i).find()) {
        return true; // "police said nobody could return home on Sunday" tells what none could do
      }
      java.util.regex.Matcher m = SAID_COULD.matcher(t).region(from, i);
      int said = -1;
      while (m.find()) {
        said = m.end();
      }
      return said < 0 || COULD_SUBORDINATE.matcher(t).region(said, i).find();
    });
  }

  /** The deadline before a date that a future perfect looks to: "expects to have completed the merger by June 30". */
  private static final java.util.regex.Pattern PERFECT_DEADLINE = java.util.regex.Pattern.compile(
      "\\b(?:by|before|until|till|ahead\\s{1,3}of|no\\s{1,3}later\\s{1,3}than)\\s{1,3}(?:the\\s{1,3})?"
          + "(?:(?:end|start|beginning|middle)\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?)?$");

  /**
   * The future cues before {@code b} less those of a deed told done ("analysts expect prices to have eased in
   * January", "forecast to have risen 2% in March"), unless the date is its deadline: "expects to have completed the
   * merger by June 30" looks ahead.
   */
  private static int[] perfectBefore(String t, int from, int b, int[] spans) {
    if (spans.length == 0 || PERFECT_DEADLINE.matcher(t).region(Math.max(from, b - 40), b).find()) {
      return spans;
    }
    return WordRuns.spansWithout(spans, (i, end) -> reportedPerfect(t, i, end));
  }

  /** A subject's own future perfect: "expects to have restored power", "plans to have". */
  private static final java.util.regex.Pattern OWN_PERFECT = java.util.regex.Pattern.compile(
      "(?:expects?|plans?|hopes?|aims?|wants?|intends?|vows?|pledges?|promises?)\\s{1,3}to");

  /**
   * Whether the cue {@code t[i, end)} comes before "have" and a participle and is none of {@link #OWN_PERFECT}: what is
   * "expected", "likely" or "forecast to have" happened, or what others are expected to have done.
   */
  private static boolean reportedPerfect(String t, int i, int end) {
    return Cues.perfectAfter(t, end) && !OWN_PERFECT.matcher(t).region(i, end).matches();
  }

  /** Words that open the cause of what is "set for": "Stocks set for weekly gain after Fed minutes on Wednesday". */
  private static final java.util.regex.Pattern OUTCOME_OF = java.util.regex.Pattern.compile(
      "\\b(?:after|since|following|despite|amid)\\b");

  /**
   * The future cues before {@code b} less a "set for" whose date stands in the cause after it (a headline's "X set for
   * Y after Z on Wednesday" tells a Wednesday gone by) or beyond {@link #SET_FOR_REACH}.
   */
  private static int[] setForOutcome(String t, int b, int[] spans) {
    return WordRuns.spansWithout(spans, (i, end) -> t.startsWith("set", i) && end - i > 3
        && (b - end > SET_FOR_REACH || OUTCOME_OF.matcher(t).region(end, b).find()));
  }

  /**
   * How far after "set for" its date may begin: the event's own ("set for Oct. 5", "set for court on Monday"), not a day
   * of the clause after it ("The price cap set for November took effect on Sunday").
   */
  private static final int SET_FOR_REACH = 16;

  /**
   * Whether a past form ending at {@code j}, after the date, is told with a date of its own right after it ("will take
   * control of the canal on Friday under treaties signed in 1977"): that date tells its time, not the earlier one.
   */
  private static boolean datedAfter(String t, int j) {
    return j + 1 < t.length() && t.charAt(j) == ' ' && TenseWords.ownDate(t, j + 1, t.length());
  }

  /** Whether an agent's "by" and a determiner follow {@code j}: "headed by the chief justice" ("strolled by as" is none). */
  private static boolean agentAfter(String t, int j) {
    if (!t.startsWith(" by ", j)) {
      return false;
    }
    int k = j + 4;
    return AGENT_DETERMINERS.contains(t, k, WordRuns.wordEnd(t, k, Math.min(t.length(), k + 6)));
  }

  /** Determiners after an agent's "by": "headed by the chief justice". */
  private static final WordSet AGENT_DETERMINERS = new WordSet(Set.of("the", "a", "an", "his", "her",
      "their", "its"));

  /** Whether the word at {@code pos} follows a modal or "to" and one space: "could hit", "to quit" are no past. */
  private static boolean afterModal(String t, int lo, int pos) {
    int e = pos - 1;
    if (e <= lo || t.charAt(e) != ' ') {
      return false;
    }
    int b = WordRuns.letterRunStart(t, lo, e);
    return b < e && Cues.MODALS.contains(t, b, e);
  }

  /**
   * Whether a future cue comes before {@code pos} in the same phrase (no comma between them, nor a conjunction that
   * opens a clause of its own: "Retailers are bracing for a lean season after spending fell in October").
   */
  private static boolean afterFuture(String t, int[] future, int pos) {
    for (int k = future.length - 2; k >= 0; k -= 2) {
      if (future[k + 1] <= pos) {
        for (int c = future[k + 1]; c < pos; c++) {
          if (t.charAt(c) == ',' || t.charAt(c) == ' '
              && CLAUSE_OPENERS.contains(t, c + 1, WordRuns.wordEnd(t, c + 1, pos))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}
