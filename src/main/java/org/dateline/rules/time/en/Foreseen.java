package org.dateline.rules.time.en;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plan, a promise or a signal names for a time lies ahead of it, whatever the tense of the verb: "the bank
 * signalled a cut in February", "the minister pledged a review in March", "the club has scheduled a replay for
 * Tuesday", "the speaker promised a vote before the Christmas recess" tell a time still to come, as does the time
 * a warning, an alert or an order covers ("issued a warning from noon on Tuesday") and a fixture set for a day or
 * moved to it ("the judge set a hearing for Tuesday"), and a date that modifies the object of a present verb of
 * foretelling ("expects first-quarter revenue to rise"). Otherwise only a date right after the verb's object counts;
 * "signalled in February that rates would fall" dates the signal, and a plan told in the past perfect is read before
 * this. A past "expected" is left out: "analysts expected a cut in February" is as often a plan that has come and
 * gone. Stateless.
 */
final class Foreseen {
  /** The object of a plan being made, up to its date's preposition: " a march ", " the biggest protest ". */
  private static final String PLAN_OBJECT = "\\s{1,3}(?:a|an|the|its|their|new|fresh|further)\\s{1,3}"
      + "(?:[a-z-]{1,20}\\s{1,3}){0,3}?";
  /** A verb of foretelling, a short object ("a cut", "a decision on rates"), then the preposition of the date. */
  private static final Pattern PLANNED = Pattern.compile(
      "(?:\\b(?:signall?(?:ed|s)|signals?|flagged|flags|expects|expect|plans|planned|promised|promises|scheduled"
          + "|schedules|pledged|pledges|proposed|proposes|foresees|foresaw|forecast|forecasts|predicted|predicts)"
          + "\\s{1,3}(?:a|an|the|its|their|his|her|new|fresh|further)\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){0,5}?"
          // the verb "plan" after its subject, not the noun after a determiner or an owner ("under the plan the
          // council approved on Monday"), and what is being planned or prepared: "unions plan a march on Friday",
          // "are preparing a strike on Monday" (not in the past progressive, which may date the preparing)
          + "|\\bplan(?<!\\b(?:" + String.join("|", TenseWords.PLAN_DETERMINER_WORDS) + ")\\s{1,3}plan)"
          + "(?<!['\u2019]s\\s{1,3}plan)" + PLAN_OBJECT
          + "|\\b(?:is|are|am|['\u2019]re)\\s{1,3}(?:(?:also|now|still)\\s{1,3})?(?:planning|preparing)" + PLAN_OBJECT
          // an event named as planned or scheduled: "has announced a planned outage in parts of the town on Tuesday"
          + "|\\b(?:a|an|the|its|their)\\s{1,3}(?:planned|scheduled)\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){1,7}?"
          // a headline's present drops the article: "Fed signals cut in December", "ECB flags hike in March"
          // and what one awaits: "while he awaits sentencing on Dec. 5"
          + "|(?<!\\b(?:was|were)\\s{1,3})\\b(?:signals|flags|plans|promises|schedules|pledges|proposes|foresees|forecasts"
          + "|predicts|eyes|awaits|awaiting|await)\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){1,3}?"
          // what is planned or prepared for: "planning for the summit in April", "final preparations were made for
          // Prince William's wedding on Friday"; "were preparing for the storm on Monday" may date the preparing, so
          // not in the past progressive
          + "|(?<!\\b(?:was|were)\\s{1,3})\\b(?:planning|preparing|preparations?(?:\\s{1,3}(?:were|was|are|is)\\s{1,3}"
          + "(?:made|being\\s{1,3}made|under\\s{1,3}way))?|prepare|prepares)\\s{1,3}for\\s{1,3}"
          + "(?:(?:a|an|the|its|their|his|her|next|this)\\s{1,3}|(?:[a-z-]{1,20}\\s{1,3}){0,2}[a-z-]{1,20}['\u2019]s\\s{1,3})"
          + "(?:[a-z'\u2019-]{1,20}\\s{1,3}){0,6}?)"
          + "(?:in|on|for|by|at|before|after)\\s{1,3}(?:the\\s{1,3})?(?:early\\s{1,3}|late\\s{1,3}|mid-?\\s{0,3})?$");

  /**
   * A warning, an alert or an order, what it is of ("a warning of heavy snow"), then "for", "from" or "until": "issued
   * a warning from noon on Tuesday", "an evacuation order for Sunday" name the time it covers, still to come.
   */
  private static final Pattern WARNED = Pattern.compile(
      "\\b(?:warnings?|alerts?|orders?|watch|watches|advisory|advisories|curfews?|lockdown"
          // ... or a warning told by its verb: "warned of disruptive rain over the Western Cape from"
          + "|warn(?:ed|s|ing)?\\s{1,3}of)"
          // what it covers may take a few words: "an amber warning for snow covering parts of Scotland from"
          + "\\s{1,3}(?:[a-z0-9-]{1,20}\\s{1,3}){0,9}?(?:for|from|until|till)\\s{1,3}$"
          // a holiday or a closure announced and the day it starts: "announced a 10-day public holiday starting
          // Tuesday", "a three-day shutdown beginning Friday"
          + "|\\b(?:announced|declared|ordered|approved|granted|gave|has|have)\\s{1,3}(?:a|an)\\s{1,3}"
          + "(?:[a-z0-9-]{1,20}\\s{1,3}){0,3}?(?:holidays?|break|shutdown|closure|recess|leave)"
          + "\\s{1,3}(?:starting|beginning|from|effective)\\s{1,3}$");

  /**
   * A fixture set, called or moved, with or without its object, then "for" (or, when moved, "to" or "until"): "the
   * judge set a hearing for Tuesday", "the union called a strike for Tuesday", "the match was postponed to Wednesday";
   * a sentencing "was set for" a day, and the day a defendant is bailed or ordered to appear on.
   */
  private static final Pattern FIXED = Pattern.compile(
      "\\b(?:(?:set|called|confirmed|fixed|booked|arranged)\\s{1,3}(?:a|an|the|its|their|his|her|new|fresh)\\s{1,3}"
          + "(?:[a-z-]{1,20}\\s{1,3}){0,3}?for"
          // a court's date set with a long object and no article: "set jury selection in the fraud trial of a
          // former lender's chief executive for"
          + "|set\\s{1,3}(?!(?:up|off|out|aside|fire|about|free|foot)\\b)"
          // ... a fixture among its words ("set records for October" sets none)
          + "(?=(?:[a-z'\u2019-]{1,20}\\s{1,3}){0,13}?(?:selection|trial|hearing|sentencing|arraignment|date|vote|election"
          + "|deadline|meeting|talks|inquest|auction|launch|release|ballot|referendum|polls)\\b)"
          + "(?:[a-z'\u2019-]{1,20}\\s{1,3}){1,14}?for"
          + "|(?:rescheduled|postponed|delayed|deferred|adjourned|moved|pushed\\s{1,3}back|put\\s{1,3}off|brought\\s{1,3}forward)"
          + "\\s{1,3}(?:(?:a|an|the|its|their|his|her)\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){0,4}?)?(?:for|to|until|till)"
          // a fixture moved, with the day it was on: "moving the hearing from Aug. 3 to Sept. 14"
          + "|(?:moving|moves|rescheduling|reschedules|postponing|postpones)\\s{1,3}(?:(?:a|an|the|its|their|his|her)"
          + "\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){0,3}?)?(?:for|to|until|till|from(?:\\s{1,3}[a-z0-9.,' -]{1,20}?\\s{1,3}to)?)"
          // a strike or a march called or announced, and the days it is called for or from: "the union has called
          // marches from Wednesday to Friday", "announced a two-day strike from Monday", "called a 48-hour strike from"
          + "|(?:called|calls|calling|announced|announces)\\s{1,3}(?:(?:a|an|the|fresh|new|more|further|national"
          + "|nationwide|general|mass|rolling|(?:[a-z]{3,6}|\\d{1,3})-(?:day|hour|week))\\s{1,3}){0,2}(?:strikes?|marches|march|protests?|walkouts?"
          + "|rall(?:y|ies)|demonstrations?|shutdowns?|stayaways?|boycotts?|sit-ins?)\\s{1,3}(?:for|from)"
          // told in the passive: "sentencing was set for Jan. 12"; a court's list: "the matter was posted for hearing on"
          + "|(?:was|were|been|is|are)\\s{1,3}(?:set|fixed|listed|posted|slated|planned|scheduled|pencill?ed\\s{1,3}in)"
          // ... maybe with what they were set for: "markets were set for another rough session on Friday"
          + "\\s{1,3}for(?:\\s{1,3}(?:a|an|the|another|its|their|his|her)\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){0,3}?on)?"
          + "|(?:listed|posted|fixed)\\s{1,3}(?:(?:the|a|his|her|their)\\s{1,3}[a-z]{1,12}\\s{1,3})?for\\s{1,3}(?:further\\s{1,3})?"
          + "(?:hearing|arguments|orders|judgment|judgement|trial)\\s{1,3}on"
          // a day one is bailed, remanded or ordered to come back to court on: "bailed to appear before magistrates on",
          // "remanded in custody to appear at the crown court on"
          + "|(?:bailed|remanded|ordered|told|summoned|released|directed|required)\\s{1,3}(?:[a-z]{1,12}\\s{1,3}){0,2}?to\\s{1,3}"
          + "(?:appear|reappear|return|report)\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){0,4}?on"
          // a deadline set, given or moved: "set a deadline of March 31", "extended the filing deadline to June 30"
          // (one missed or met is told by the rest)
          + "|(?:set|sets|setting|fixed|imposed|imposes|gave|gives|given|giving|extended|extends|extending|announced)"
          + "\\s{1,3}(?:[a-z-]{1,20}\\s{1,3}){0,4}?deadline\\s{1,3}(?:of|to|for|until|till|on))"
          + "\\s{1,3}$");

  /**
   * A verb of foretelling in the present right before the date that modifies its object: "the company expects
   * first-quarter revenue to rise", "the bank sees March-quarter growth at 2%", "analysts expect Tuesday's data to
   * show".
   */
  private static final Pattern FORETOLD = Pattern.compile(
      "\\b(?:expects|expect|forecasts|predicts|projects|sees|guides)\\s{1,3}(?:(?:its|their|the)\\s{1,3})?$");
  private static final java.util.Set<String> FORETOLD_LAST = java.util.Set.of("expects", "expect", "forecasts",
      "predicts", "projects", "sees", "guides", "its", "their", "the");

  /** A time aimed at, right after the verb: "NASA is targeting 11:42 p.m. Monday", "the club is eyeing Sunday". */
  private static final Pattern TARGETED = Pattern.compile(
      "\\b(?:is|are|'s|'re)\\s{1,3}(?:now\\s{1,3}|still\\s{1,3})?(?:targeting|targetting|eyeing|aiming\\s{1,3}for)\\s{1,3}$");
  private static final java.util.Set<String> TARGETED_LAST = java.util.Set.of("targeting", "targetting", "eyeing",
      "for");

  /** The words {@link #PLANNED} and {@link #FIXED} end in, and the ones {@link #WARNED} ends in. */
  private static final java.util.Set<String> PLANNED_LAST = java.util.Set.of("in", "on", "for", "by", "at", "before",
      "after", "the", "early", "late", "mid", "mid-");
  private static final java.util.Set<String> FIXED_LAST = java.util.Set.of("for", "to", "until", "till", "of", "on",
      "from");
  private static final java.util.Set<String> WARNED_LAST = java.util.Set.of("for", "from", "until", "till",
      "starting", "beginning", "effective");

  /** What a day set or fixed by a court is for, right after it: "fixed February 12 for the next hearing". */
  private static final Pattern FIXED_FOR = Pattern.compile("\\s{1,3}(?:for|as)\\s{1,3}(?:the\\s{1,3}|a\\s{1,3})?"
      + "(?:next\\s{1,3}|new\\s{1,3}|further\\s{1,3}|final\\s{1,3})?(?:date\\s{1,3}(?:of|for)\\s{1,3}(?:the\\s{1,3})?)?"
      + "(?:hearing|trial|sentencing|arguments|judgment|judgement|verdict|pronouncement|orders)\\b");
  private static final java.util.Set<String> FIXED_VERBS = java.util.Set.of("set", "fixed", "sets", "fixes",
      "scheduled", "earmarked");

  /**
   * What a day declared or named is made, right after it, maybe past a second day: "declared Friday a public holiday",
   * "named Monday and Tuesday days of national mourning".
   */
  private static final Pattern DECLARED_AS = Pattern.compile("(?:\\s{1,3}(?:and|or|to)\\s{1,3}[a-z]{3,9})?,?"
      + "\\s{1,3}(?:(?:as\\s{1,3})?(?:an?|the)\\s{1,3}|as\\s{1,3})?(?:public\\s{1,3}|national\\s{1,3}|bank\\s{1,3}"
      + "|special\\s{1,3}|state\\s{1,3}|general\\s{1,3}|official\\s{1,3})?(?:holidays?|non-working\\s{1,3}days?"
      + "|rest\\s{1,3}days?|days?\\s{1,3}of\\s{1,3}(?:national\\s{1,3})?mourning)\\b");
  private static final java.util.Set<String> DECLARING = java.util.Set.of("declared", "declares", "declare",
      "declaring", "named", "names", "designated", "designates", "proclaimed", "proclaims");

  private Foreseen() {}

  /**
   * Whether the day {@code t[b, e)} is the object of a declaring it a holiday or a day of mourning: "the government
   * declared Wednesday and Thursday public holidays" names days still to come, whatever the tense of the verb.
   */
  static boolean declaredDay(String t, int from, int b, int e) {
    String verb = lastWord(t, from, b, 10);
    if (!DECLARING.contains(verb) || !DECLARED_AS.matcher(t).region(e, Math.min(t.length(), e + 70)).lookingAt()) {
      return false;
    }
    // a bare past may have declared the day itself ("Schools were shut on Friday after the governor declared Friday a
    // public holiday"); "has declared", "declares" and "is declaring" tell a day still to come
    int vs = b;
    while (vs > from && t.charAt(vs - 1) == ' ') {
      vs--;
    }
    vs -= verb.length();
    return !verb.endsWith("ed") || vs > from && PERFECT_BEFORE.matcher(t).region(Math.max(from, vs - 20), vs).find();
  }

  private static final Pattern PERFECT_BEFORE = Pattern.compile("\\b(?:has|have)\\s{1,3}(?:[a-z]{1,12}\\s{1,3})?$");

  /**
   * Whether the day {@code t[b, e)} is the object of a court fixing it for a hearing, a trial or a sentence: "the
   * court fixed February 12 for the next hearing", "the judge set Jan. 5 as the trial date" looks ahead.
   */
  static boolean fixedDay(String t, int from, int b, int e) {
    return FIXED_VERBS.contains(lastWord(t, from, b))
        && FIXED_FOR.matcher(t).region(e, Math.min(t.length(), e + 60)).lookingAt();
  }

  /**
   * Whether a warning, an alert or an order names the time {@code t[b, e)} it covers, within {@code [from, b)}; a
   * possessive day ("a ban from Tuesday's hearing") names no such time.
   */
  static boolean warned(String t, int from, int b, int e) {
    int lo = Math.max(from, b - 90);
    return !(t.startsWith("'s", e) || t.startsWith("\u2019s", e)) && WARNED_LAST.contains(lastWord(t, from, b, 10))
        && WordRuns.wordBetween(t, lo, b, WARNED_WORDS) && WARNED.matcher(t).region(lo, b).find();
  }

  /**
   * A warning, an alert or a watch that "has been issued" (or extended, or put in place), then the day it covers:
   * "flood alerts have been issued for the valley on Monday". The present perfect tells no day
   * gone ("has been issued on Monday" is not said of the past), so the day named after it is the one covered.
   */
  private static final Pattern ISSUED = Pattern.compile("\\b(?:warnings?|alerts?|watch(?:es)?|advisor(?:y|ies))\\b"
      + "[^.;!?]{0,100}?\\b(?:has|have)\\s{1,3}been\\s{1,3}(?:issued|extended|put\\s{1,3}in\\s{1,3}place)\\b"
      + "[^.;!?]{0,100}$");
  private static final java.util.Set<String> ISSUED_LAST = java.util.Set.of("on", "for", "from", "until", "till",
      "through");

  /**
   * Whether a warning that has been issued names the time {@code t[b, e)} as one it covers, within the sentence
   * before {@code b}.
   */
  static boolean issued(String t, int b) {
    return ISSUED_LAST.contains(lastWord(t, Math.max(0, b - 10), b))
        && ISSUED.matcher(t).region(Math.max(0, b - 220), b).find();
  }

  /** "due" in the present right before the date: "results are due Thursday", "bids are due March 31". */
  private static final Pattern DUE = Pattern.compile("\\b(?:is|are|'s|'re)\\s{1,3}(?:now\\s{1,3})?due\\s{1,3}$");

  /**
   * A thing due on a day or at a time, told after its noun: "the employment report due on Friday", "payments due by
   * Monday", "trade data due at 8:50 a.m. on Thursday".
   */
  private static final Pattern DUE_AFTER_NOUN = Pattern.compile(
      "\\b(?!(?:is|are|was|were|be|been|being|now|not|fell|falls|fall|became|become|came|comes)\\s)[a-z]{2,20},?\\s{1,3}due"
      // ... or its clock time and day: "trade data due at 8:50 a.m. on Thursday"
      + "\\s{1,3}(?:(?:on|by|at)\\s{1,3}|at\\s{1,3}\\d{1,2}(?:[:.]\\d\\d)?\\s{0,2}(?:[ap]\\.m\\.|[ap]m)?\\s{1,3}on\\s{1,3})?$");
  private static final java.util.Set<String> DUE_LAST = java.util.Set.of("due", "on", "by", "at");

  /**
   * Whether the date at {@code b} is when a thing named just before is due ("the report due on Friday"); the caller
   * checks the clause does not go on in the past ("the payment due on Friday was missed"). "Is due" is read by
   * {@link #planned}.
   */
  static boolean dueAfterNoun(String t, int from, int b) {
    return DUE_LAST.contains(lastWord(t, from, b))
        && DUE_AFTER_NOUN.matcher(t).region(Math.max(from, b - 40), b).find();
  }

  /** Tickets that go on sale at a time: "with tickets going on sale at 9am on Monday". */
  private static final Pattern ON_SALE = Pattern.compile("\\b(?:go|goes|going)\\s{1,3}on\\s{1,3}sale\\b[^.;!?]{0,25}$");
  private static final java.util.Set<String> ON_SALE_LAST = java.util.Set.of("at", "on", "from");

  /**
   * What is expected at a time, told with "expected" and no past of it: "with the worst expected between July and
   * October", "rain is expected from Thursday"; "as expected in March" and "was expected on Monday" tell of an
   * expectation gone by.
   */
  private static final Pattern EXPECTED_AT = Pattern.compile("(?<!\\b(?:as|than|was|were|had|been|being)\\s{1,3})"
      + "\\bexpected\\s{1,3}(?:between|in|from|on|by|around|before|over|during|until|at)\\s{1,3}"
      + "(?:the\\s{1,3})?(?:early\\s{1,3}|late\\s{1,3}|mid-?\\s{0,3})?$");

  /** Whether the date at {@code b} is what is expected then (see {@link #EXPECTED_AT}). */
  static boolean expectedAt(String t, int from, int b) {
    String last = lastWord(t, from, b);
    return (PLANNED_LAST.contains(last) || last.equals("between")) && WordRuns.occurs(t, "expected", b - 40, b)
        && EXPECTED_AT.matcher(t).region(Math.max(from, b - 40), b).find();
  }

  /**
   * A forecast of weather or the like from a time, its object with no article and maybe a list of places: "forecast
   * heavy monsoon rains in Lahore, Sialkot and Gujranwala from Saturday".
   */
  private static final Pattern FORECAST_FROM = Pattern.compile(
      "\\bforecasts?\\s{1,3}(?:[a-z-]{1,20},?\\s{1,3}){1,9}?from\\s{1,3}(?:early\\s{1,3}|late\\s{1,3})?$");

  /** Whether the date at {@code b} is when a forecast's weather starts (see {@link #FORECAST_FROM}). */
  static boolean forecastFrom(String t, int from, int b) {
    String last = lastWord(t, from, b);
    return (last.equals("from") || last.equals("early") || last.equals("late"))
        && WordRuns.occurs(t, "forecast", b - 100, b) && FORECAST_FROM.matcher(t).region(Math.max(from, b - 100), b).find();
  }

  /** A notice's validity to the date: "a warning for damaging winds, valid from 6am Friday to midnight Saturday". */
  private static final Pattern VALID = Pattern.compile(
      "\\bvalid\\s{1,3}(?:from|until|till|through|to|between)\\s{1,3}$");

  /**
   * Whether the date opens or closes what a notice is valid for, told after it ("issued a warning, valid from 6am
   * Friday"): a time still to come; the caller checks the clause does not go on in the past.
   */
  static boolean validFrom(String t, int b) {
    return WordRuns.occurs(t, "valid", b - 20, b) && VALID.matcher(t).region(Math.max(0, b - 20), b).find();
  }

  /** Words after a month that make it a contract's month of delivery: "crude for December delivery". */
  private static final WordSet DELIVERED = new WordSet(java.util.Set.of("delivery", "contract", "contracts",
      "futures"));

  /**
   * Whether the month ending at {@code e} is a traded contract's ("crude oil for December delivery rose", "the March
   * contract"): a month still to come, or the current one, whatever the clause's tense.
   */
  static boolean deliveryMonth(Scan s, Candidate c) {
    String t = s.lower;
    int e = c.end();
    if (e + 1 >= t.length() || t.charAt(e) != ' '
        || Lexicon.month(t.substring(c.begin(), e)) == null) {
      return false;
    }
    int we = WordRuns.wordEnd(t, e + 1, Math.min(t.length(), e + 12));
    if (!DELIVERED.contains(t, e + 1, we)) {
      return false;
    }
    // a delivery is a contract's after "for" only ("completed its April delivery of 30 buses" is none), and a month
    // after a preposition of time or an owner is the time of its clause ("In March contracts worth $2 billion were
    // signed", "a January contract with Roma")
    String before = s.wordBefore(c.begin());
    return t.startsWith("delivery", e + 1) ? before.equals("for") : !NOT_TRADED_BEFORE.contains(before);
  }

  /** Words before a month that make "contracts" or "futures" after it no traded month's. */
  private static final java.util.Set<String> NOT_TRADED_BEFORE = java.util.Set.of("in", "by", "since", "until", "till",
      "during", "from", "through", "its", "their", "his", "her", "a", "an", "our", "my");

  /** "Ahead of" and what it is ahead of, to the date: "ahead of Safaricom's results on", "ahead of the". */
  private static final Pattern AHEAD_OF = Pattern.compile("\\bahead\\s{1,3}of\\s{1,3}"
      // not a lead or a plan beaten: "ahead of schedule in May", "ahead of forecasts in March"
      + "(?!(?:schedule|time|expectations|forecasts|estimates|target|plan)\\b)[^,.;!?()]{0,40}$");

  /** Whether the date at {@code b} dates what something happened ahead of, in the same phrase. */
  static boolean aheadOf(String t, int b) {
    return WordRuns.occurs(t, "ahead", b - 60, b) && AHEAD_OF.matcher(t).region(Math.max(0, b - 60), b).find();
  }

  /**
   * What is hoped for, expected or bet on, then the time it would come, in the same phrase: "on hopes of a U.S. rate
   * cut in December", "bets on a hike in March", "little chance of a cut at its March meeting", "the prospect of a
   * deal by Friday". The time may have gone by since ("gave up hope of a deal in January").
   */
  private static final Pattern HOPED_FOR = Pattern.compile("(?:\\b(?:hopes?|expectations|bets|prospects?|odds|chances?)"
      + "\\s{1,3}(?:of|for|on)"
      // ... or what had been expected or foreseen, told as it stood: "analysts had expected the product before
      // Christmas" (a bare "the airport expected record crowds on Monday" dates the expecting)
      + "|\\bhad\\s{1,3}(?:expected|anticipated|predicted))"
      + "\\s{1,3}(?:[a-z.'-]{1,20}\\s{1,3}){1,6}?(?:in|on|at|by|before|during)\\s{1,3}"
      + "(?:(?:the|its|their|his|her|a|next)\\s{1,3})?$");
  private static final WordSet HOPED_WORDS = new WordSet(java.util.Set.of("hope", "hopes", "expectations", "bets",
      "prospect", "prospects", "odds", "chance", "chances", "expected", "anticipated", "predicted"));

  /** Whether the date at {@code b} is when what is hoped for or bet on would come (see {@link #HOPED_FOR}). */
  static boolean hopedFor(String t, int from, int b) {
    int lo = Math.max(from, b - 90);
    return WordRuns.wordBetween(t, lo, b, HOPED_WORDS) && HOPED_FOR.matcher(t).region(lo, b).find();
  }

  /** "Until after", maybe with "the", just before the date: "postponed until after the May recess". */
  private static final Pattern UNTIL_AFTER = Pattern.compile("\\b(?:until|till)\\s{1,3}after(?:\\s{1,3}the)?\\s{1,3}$");

  /**
   * Whether the date at {@code b} is what something lasts or is put off until after: its day may be gone by ("worked
   * until after 10 p.m. on Wednesday") or ahead ("postponed until after the May recess").
   */
  static boolean untilAfter(String t, int b) {
    return WordRuns.occurs(t, "after", b - 12, b) && UNTIL_AFTER.matcher(t).region(Math.max(0, b - 20), b).find();
  }

  /**
   * A plan told as it stood before, to the date: "which had been scheduled for", "were originally set for", "had been
   * expected to rule on", or "was to meet the minister on". Whether it still holds is another matter, so its day may be
   * gone by or still ahead.
   */
  private static final Pattern PLAN_GONE_BY = Pattern.compile("\\b(?:had\\s{1,3}been|was|were)\\s{1,3}"
      + "(?:(?:originally|initially|previously|first|also)\\s{1,3})?(?:(?:scheduled|set|slated|planned|due|expected)"
      + "\\s{1,3}for|(?:scheduled|set|slated|planned|supposed|meant|expected)\\s{1,3}to\\s{1,3}[a-z]{2,20}"
      + "|to\\s{1,3}(?<v>[a-z]{2,20}))\\b(?<rest>[^,.;!?()\\d]{0,50})$");
  /**
   * The deeds a timetable holds, which "was to" tells as a plan ("the union was to meet the minister on Friday", "talks
   * were to resume on Wednesday"); after any other word "was to" tells a place, a purpose or what was done ("the only
   * loss was to Arsenal", "the police tactic was to kettle protesters").
   */
  private static final WordSet SCHEDULED_DEEDS = new WordSet(java.util.Set.of("meet", "visit", "travel", "fly",
      "arrive", "leave", "depart", "attend", "hold", "host", "resume", "continue", "begin", "start", "open", "close",
      "speak", "address", "testify", "appear", "vote", "sign", "deliver", "announce", "unveil", "present", "release",
      "hear", "rule", "decide", "debate", "play", "face", "return", "launch", "sail", "land", "tour", "stand", "take",
      "give", "go", "end", "reopen", "gather", "march", "rally"));
  /** Words before "was to" that make what follows its complement: "his first act was to sign", "the only loss was to". */
  private static final WordSet COMPLEMENT_SUBJECTS = new WordSet(java.util.Set.of("first", "last", "only", "biggest",
      "worst", "largest", "main", "goal", "aim", "act", "purpose", "idea", "response", "intention", "task", "job",
      "decision", "answer", "solution", "priority", "message", "focus", "part", "reaction", "thing", "step", "move",
      "instinct", "strategy", "challenge", "mission", "role", "duty", "did"));
  /** How many words before "was to" its subject's words are read. */
  private static final int SUBJECT_WORDS = 4;

  /**
   * Whether an "-ed" form, maybe with "on" or "in", stands just before the date: the date is that deed's ("was to
   * protest pay cuts announced on Friday").
   */
  private static boolean participleBefore(String t, int lo, int b) {
    int end = WordRuns.endBeforeSpaces(t, lo, b);
    int start = WordRuns.letterRunStart(t, lo, end);
    if (end - start == 2 && (t.startsWith("on", start) || t.startsWith("in", start))) {
      end = WordRuns.endBeforeSpaces(t, lo, start);
      start = WordRuns.letterRunStart(t, lo, end);
    }
    return end - start > 4 && t.startsWith("ed", end - 2);
  }

  /** Whether the date at {@code b} is the day of a plan told as it stood before (see {@link #PLAN_GONE_BY}). */
  static boolean planGoneBy(Scan s, int from, int b) {
    String t = s.lower;
    int lo = Math.max(from, b - 100);
    if (!(WordRuns.occurs(t, "was", lo, b) || WordRuns.occurs(t, "were", lo, b) || WordRuns.occurs(t, "had", lo, b))) {
      return false;
    }
    Matcher m = PLAN_GONE_BY.matcher(t).region(lo, b);
    // (nor the day of a deed told after the plan: "was to honour those who died in the blast on Saturday")
    if (!m.find() || participleBefore(t, m.start(), b)
        || Cues.nearestPast(t, m.start("rest"), b, true, (i, j) -> true) < Integer.MAX_VALUE) {
      return false;
    }
    if (m.group("v") == null) {
      return true;
    }
    // "was to meet the minister on": a verb after "to", not a name or a noun ("the only loss was to Arsenal", "was to
    // the harbour"), after a subject that is no complement's ("his first act was to sign")
    int v = m.start("v");
    if (s.isUpper(v) || !SCHEDULED_DEEDS.contains(t, v, m.end("v"))) {
      return false;
    }
    int k = m.start();
    for (int words = 0; words < SUBJECT_WORDS; words++) {
      int end = WordRuns.endBeforeSpaces(t, lo, k);
      int start = WordRuns.letterRunStart(t, lo, end);
      if (start >= end) {
        break;
      }
      if (COMPLEMENT_SUBJECTS.contains(t, start, end)) {
        return false;
      }
      k = start;
    }
    return true;
  }

  /**
   * What is likely, unlikely or possible at a time: "more rain was likely at the weekend", "a deal was unlikely before
   * December", "storms are possible across northern Illinois on Thursday afternoon".
   */
  private static final Pattern LIKELY_AT = Pattern.compile("\\b(?:is|are|was|were|'s)\\s{1,3}(?:(?:also|more|most|less"
      + "|highly|very|still)\\s{1,3})?(?:(?:un)?likely|possible)\\s{1,3}(?:[a-z]{3,20}\\s{1,3}){0,3}?"
      + "(?:at|on|over|by|in|during|from|until|through|before)\\s{1,3}(?:the\\s{1,3})?$");

  /** Whether the date at {@code b} is when something is likely (see {@link #LIKELY_AT}). */
  static boolean likelyAt(String t, int b) {
    return (WordRuns.occurs(t, "likely", b - 60, b) || WordRuns.occurs(t, "possible", b - 60, b))
        && LIKELY_AT.matcher(t).region(Math.max(0, b - 75), b).find();
  }

  /** What is looked ahead or forward to: "traders looking ahead to Thursday's producer price report". */
  private static final Pattern LOOKING_AHEAD = Pattern.compile(
      "\\b(?:look|looks|looking)\\s{1,3}(?:ahead|forward)\\s{1,3}to\\s{1,3}(?:(?:the|a)\\s{1,3})?$");

  /** Whether the date at {@code b} is what is looked ahead to (see {@link #LOOKING_AHEAD}). */
  static boolean lookedAheadTo(String t, int b) {
    return WordRuns.occurs(t, "look", b - 30, b)
        && LOOKING_AHEAD.matcher(t).region(Math.max(0, b - 30), b).find();
  }

  /** Whether the date at {@code b} is when something goes on sale: a sale still to open. */
  static boolean onSale(String t, int from, int b) {
    if (!ON_SALE_LAST.contains(lastWord(t, from, b)) || !WordRuns.occurs(t, " sale", b - 50, b)) {
      return false;
    }
    Matcher m = ON_SALE.matcher(t).region(Math.max(from, b - 50), b);
    // "sold out within minutes of tickets going on sale on Friday" tells of a sale gone by
    return m.find() && !AFTER_SALE.matcher(t).region(Math.max(0, m.start() - 30), m.start()).find();
  }

  private static final Pattern AFTER_SALE = Pattern.compile("\\b(?:of|after|since)\\s{1,3}(?:[a-z]{1,12}\\s{1,3})?$");

  /** Whether the object of a verb of foretelling ends just before {@code b}, within {@code [from, b)}. */
  static boolean planned(String t, int from, int b) {
    String last = lastWord(t, from, b);
    if (last.equals("due")) {
      return DUE.matcher(t).region(Math.max(from, b - 20), b).find();
    }
    if (FORETOLD_LAST.contains(last) && FORETOLD.matcher(t).region(Math.max(from, b - 30), b).find()) {
      return true;
    }
    if (TARGETED_LAST.contains(lastWord(t, from, b, 10))
        && TARGETED.matcher(t).region(Math.max(from, b - 40), b).find()) {
      return true;
    }
    if (!PLANNED_LAST.contains(last) && !FIXED_LAST.contains(last)) {
      return false; // the patterns end in one of these words: most dates are not after one
    }
    // each pattern needs one of its words in reach: a cheap look for them spares most dates the patterns
    int lo = Math.max(from, b - 110);
    if (WordRuns.wordBetween(t, lo, b, PLANNED_WORDS)) {
      Matcher m = PLANNED.matcher(t).region(lo, b);
      // (only the first match: a later one ends at the same date inside it, "joined a planned march against plans for
      // new taxes on Saturday", and shares its veto)
      if (m.find() && !vetoed(t, from, b, m.start())) {
        return true;
      }
    }
    return WordRuns.wordBetween(t, lo, b, FIXED_WORDS) && FIXED.matcher(t).region(lo, b).find();
  }

  /**
   * Whether a match of {@link #PLANNED} from {@code start} tells no plan ahead: the noun "plan" before a relative
   * clause's past verb ("unveils plan the bloc agreed in March", a headline's noun), or an event named as planned after
   * a past deed that took part in it, which has been held ("hundreds joined a planned protest on Saturday"; "has
   * announced a planned outage" has not).
   */
  private static boolean vetoed(String t, int from, int b, int start) {
    return t.startsWith("plan ", start) && Cues.nearestPast(t, start + 5, b, true, (i, j) -> true) < Integer.MAX_VALUE
        || PLANNED_EVENT.matcher(t).region(start, b).lookingAt()
        && Cues.nearestPast(t, from, start, true, (i, j) -> !TenseWords.haveBefore(t, from, i)) < Integer.MAX_VALUE;
  }

  /** An event named as planned or scheduled: "a planned outage", "the scheduled vote". */
  private static final Pattern PLANNED_EVENT = Pattern.compile(
      "(?:a|an|the|its|their)\\s{1,3}(?:planned|scheduled)\\b");

  /** The words {@link #WARNED} cannot match without, one of them in each of its branches. */
  private static final WordSet WARNED_WORDS = new WordSet(java.util.Set.of("warning", "warnings", "alert", "alerts",
      "order", "orders", "watch", "watches", "advisory", "advisories", "curfew", "curfews", "lockdown", "warn", "warned",
      "warns", "holiday", "holidays", "break", "shutdown", "closure", "recess", "leave"));

  /** The words {@link #PLANNED} cannot match without, one of them in each of its branches. */
  private static final WordSet PLANNED_WORDS = new WordSet(java.util.Set.of("signalled", "signaled", "signals",
      "signal", "flagged", "flags", "expects", "expect", "plan", "plans", "planned", "promised", "promises", "scheduled",
      "schedules", "pledged", "pledges", "proposed", "proposes", "foresees", "foresaw", "forecast", "forecasts",
      "predicted", "predicts", "eyes", "awaits", "awaiting", "await", "planning", "preparing", "preparation",
      "preparations", "prepare", "prepares"));
  /** The words {@link #FIXED} cannot match without, one of them in each of its branches. */
  private static final WordSet FIXED_WORDS = new WordSet(java.util.Set.of("set", "called", "confirmed", "fixed",
      "booked", "arranged", "rescheduled", "postponed", "delayed", "deferred", "adjourned", "moved", "pushed", "put",
      "brought", "listed", "posted", "slated", "planned", "scheduled", "pencilled", "penciled", "bailed", "remanded",
      "ordered", "told", "summoned", "released", "directed", "required", "deadline", "calls", "calling", "announced",
      "announces", "moving", "moves", "rescheduling", "reschedules", "postponing", "postpones"));

  /** The last word before {@code b} within {@code [from, b)}, past the spaces before {@code b}; "" if none. */
  private static String lastWord(String t, int from, int b) {
    return lastWord(t, from, b, 8);
  }

  /** As {@link #lastWord(String, int, int)}, reading at most {@code max} letters back. */
  private static String lastWord(String t, int from, int b, int max) {
    int end = b;
    while (end > from && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    int start = end > from && t.charAt(end - 1) == '-' ? end - 1 : end; // "mid-"
    while (start > from && end - start < max && Character.isLetter(t.charAt(start - 1))) {
      start--;
    }
    return t.substring(start, end);
  }
}
