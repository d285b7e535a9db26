package org.dateline.rules.time.en;

import static org.dateline.rules.time.en.Lexicon.NUM;
import static org.dateline.rules.time.en.Lexicon.NUM_WORD;
import static org.dateline.rules.time.en.Lexicon.UNIT;
import static org.dateline.rules.time.en.Lexicon.WEEKDAY;
import static org.dateline.rules.time.en.RelativeRules.NUM_TRIGGER;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.Duration;
import org.dateline.resolve.TemporalExpression.Recurring;
import org.dateline.resolve.Unit;

/** Rules for lengths of time, recurring times and clock times: "three days", "two-year", "every Monday", "7:26 pm". */
final class SpanRules {
  private SpanRules() {}

  /**
   * The places, and their peoples' names, whose clock news names: "2 p.m. Japan time", "10:31 Beijing time", "4:30 p.m.
   * Brasília time", "11pm Irish time", "1.30pm UK time", "2 p.m. Mexico City time". A list, not any capitalised word:
   * "at 2:14 a.m. Response time was" opens a sentence, and "a 9 p.m. Sunday time slot" names no zone.
   */
  private static final String PLACE_TIME = "japan|japanese|tokyo|korea|korean|seoul|beijing|shanghai|china|chinese"
      + "|hong\\s{1,3}kong|taiwan|taipei|singapore|manila|philippines?|bangkok|thai(?:land)?|jakarta|indonesia|hanoi"
      + "|vietnam|kuala\\s{1,3}lumpur|malaysia|india|indian|delhi|mumbai|pakistan|pakistani|karachi|islamabad|dhaka"
      + "|bangladesh|kathmandu|nepal|colombo|sri\\s{1,3}lanka|kabul|afghan(?:istan)?|israel|israeli|jerusalem|gaza"
      + "|tehran|iran|iranian|iraq|baghdad|syria|syrian|damascus|beirut|lebanon|gulf|riyadh|saudi|mecca|dubai"
      + "|abu\\s{1,3}dhabi|uae|qatar|doha|kuwait|bahrain|oman|muscat|cairo|egypt|istanbul|ankara|turkey|turkish"
      + "|nairobi|kenya|lagos|nigeria|ghana|johannesburg|south\\s{1,3}africa(?:n)?|moscow|russian|kyiv|kiev|ukraine"
      + "|ukrainian|london|uk|british(?:\\s{1,3}summer)?|irish|dublin|paris|french|berlin|german|brussels|madrid|spanish"
      + "|rome|italian|lisbon|athens|greek|geneva|zurich|vienna|warsaw|polish|amsterdam|dutch|stockholm|oslo|helsinki"
      + "|(?:central|eastern|western)\\s{1,3}european(?:\\s{1,3}summer)?|european|greenwich\\s{1,3}mean|zulu"
      + "|sydney|melbourne|canberra|brisbane|perth|adelaide|australian(?:\\s{1,3}eastern)?|auckland|wellington"
      + "|new\\s{1,3}zealand|nz|new\\s{1,3}york|washington|ottawa|newfoundland|atlantic|alaska|hawaii"
      + "|mexico\\s{1,3}city|mexico|bras[i\u00ed]lia|brazil|brazilian|buenos\\s{1,3}aires|argentin[ae]|santiago|chile"
      + "|bogot[a\u00e1]|colombia|lima|peru|caracas|venezuela|havana|cuba|kourou";
  private static final String ZONE = "(?:\\s{1,2}\\(?(?<z>gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|et|bst|cet|cest|msk|eet|eest"
      // the zones of South and East Asian, African, Gulf and Australian news: "9:40 pm PKT", "6 p.m. AEDT"
      + "|pkt|ist|wat|eat|cat|sast|gst|aest|aedt|awst|acst|jst|kst|hkt|sgt|pht|wib|nzst|nzdt"
      + "|pt|ct|(?:(?:pacific|eastern|central|mountain|" + PLACE_TIME + ")(?:\\s{1,3}(?:standard|daylight))?"
      + "|local|moscow|kyiv|kiev)\\s{1,3}time(?![-\\s]{1,2}(?:trials?|keep(?:er|ing)|slots?|zones?|limits?|lapse|frames?))"
      // an American zone by its bare name, capitalised: "at 5 p.m. Central on March 15", "8 p.m. Eastern"
      + "|(?:pacific|eastern|central|mountain)(?=\\s{0,3}(?:[,.;:)(]|$|(?:on|at|and|or|to|until|till|when|with|before"
      + "|after|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)))\\b\\)?)?";
  private static final String AMPM = "(?<ap>a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am\\b|pm\\b"
      + "|in\\s{1,3}the\\s{1,3}(?:morning|afternoon|evening)\\b|at\\s{1,3}night\\b)";
  /** Words before "4 in the morning" that make it a clock time, not a count ("killed 4 in the morning raid"). */
  private static final WordSet AT_WORDS = new WordSet(java.util.Set.of("at", "about", "around", "until", "till",
      "by", "before", "after", "from", "to"));

  /**
   * What a "24-hour" before it tells round the clock, no stretch of time: "the 24-hour clock", "a 24-hour hotline",
   * "24-hour news"; "a 24-hour strike" stays a duration.
   */
  private static final java.util.regex.Pattern ROUND_THE_CLOCK = java.util.regex.Pattern.compile(
      "\\s{1,3}(?:clock|hotline|helpline|service|services|news|coverage|access"
      + "|care|surveillance|shop|store|supermarket|gym|pharmacy|channel|operations?|security)\\b");

  static List<Rule> rules() {
    return List.of(
        Rule.of("[the past] <n> <unit>", "# the " + NUM_TRIGGER,
            "(?:the\\s{1,3}(?:(?:past|last|next|first|coming|previous|final|latest|remaining|following)\\s{1,3})?)?"
                + "(?<n>" + NUM + ")(?<half>\\s{1,2}1/2|\\s{1,3}and\\s{1,3}a\\s{1,3}half)?\\s{1,3}"
                + "(?:(?:more|additional|extra|further|consecutive|straight|successive|full|whole)\\s{1,3})?(?<u>" + UNIT
                + ")\\b(?!-[a-z]|\\s{1,3}olds?\\b)(?<half2>\\s{1,3}and\\s{1,3}a\\s{1,3}half\\b)?",
            SpanRules::durationOrHalf),
        Rule.of("<n>-<unit>", "# " + NUM_TRIGGER,
            "(?<n>\\d{1,4}|" + NUM_WORD + ")-(?<u>minute|hour|day|week|month|year|decade|century)\\b(?![- ]olds?\\b)",
            SpanRules::hyphenedDuration),
        Rule.of("the past <unit>", "the",
            "the\\s{1,3}(?:past|last|previous|next|coming|first|following)\\s{1,3}(?<u>day|week|month|year|decade|century)\\b",
            (m, s) -> new Duration(Lexicon.unit(m.group("u")).duration(1))),
        // "half an hour", "half a day": the half in the next smaller unit; "half an hour later" with no clock time
        // before it tells how long too
        Rule.of("half an hour, half a day", "half",
            "half\\s{1,3}an?\\s{1,3}(?<u>minute|hour|day|year)\\b(?!-)(?:\\s{1,3}(?:later|earlier)\\b)?",
            (m, s) -> new Duration(switch (m.group("u")) {
              case "minute" -> "PT30S";
              case "hour" -> "PT30M";
              case "day" -> "PT12H";
              default -> "P6M";
            })),
        // "half a century", "a quarter-century", "a half-decade": a part of a long unit, told in years
        Rule.of("half a century, a quarter century", "half a",
            "(?:half\\s{1,3}a\\s{1,3}|a\\s{1,3}(?<q>quarter|half)(?:-|\\s{1,3}))(?<u>century|decade)\\b(?!-)",
            (m, s) -> new Duration("P" + (m.group("u").equals("century") ? 100 : 10) / ("quarter".equals(m.group("q")) ? 4 : 2)
                + "Y")),
        // closed up as American news writes it too: "a weeklong trial", "the monthlong strike"
        Rule.of("<unit>-long", "hour hours day days week weeks month months year years decade decades"
                + " hourlong daylong weeklong monthlong yearlong decadelong",
            "(?<u>hours?|days?|weeks?|months?|years?|decades?)-?long\\b",
            (m, s) -> new Duration(Lexicon.unit(m.group("u")).duration(m.group("u").endsWith("s") ? -1 : 1))),
        Rule.of("for <units>", "days weeks months years decades centuries hours minutes",
            // "for years to come" is the future (RelativeRules), not a length of time
            "(?<u>hours|days|weeks|months|years|decades|centuries)\\b(?!\\s{1,3}to\\s{1,3}come\\b)", SpanRules::bareUnits),
        Rule.of("for a while|some time", "a some",
            "(?:a\\s{1,3}(?:long\\s{1,3}|short\\s{1,3})?while|some\\s{1,3}time)\\b(?!\\s{1,3}(?:ago|before|after|in|next|last|this|later|earlier|soon))",
            SpanRules::someTime),
        Rule.of("every <unit>", "every each",
            "(?:every|each)\\s{1,3}(?:(?<n>other|alternate|second|third|\\d{1,2}|" + NUM_WORD + ")\\s{1,3})?(?<u>" + UNIT + "|" + WEEKDAY + "|"
                + Lexicon.FULL_MONTH + "|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)\\b",
            SpanRules::every),
        Rule.of("Mondays, Monday nights", "mondays tuesdays wednesdays thursdays fridays saturdays sundays "
                + Lexicon.WEEKDAYS_TRIGGER,
            "(?<w>" + WEEKDAY + ")(?:s|\\s{1,3}(?<p>mornings|afternoons|evenings|nights))\\b",
            SpanRules::weekdays),
        Rule.of("daily|weekly|annually", "daily weekly monthly annually yearly hourly nightly quarterly fortnightly",
            // "quarterly" before a noun is an adjective of business news ("quarterly results"), no set of times
            "(?<w>daily|weekly|fortnightly|monthly|annually|yearly|hourly|nightly"
                + "|quarterly(?!\\s{1,3}(?!(?:from|in|on|at|and|or|to|since|until|starting|beginning|after|before)\\b)[a-z]))\\b",
            SpanRules::adverb),
        // "21:36hrs", "00:12 hrs": the 24-hour clock of British police statements
        Rule.of("<h>:<mm> [am|pm|hrs] [zone]", "#",
            "(?<h>[012]?\\d)(?::(?<mi>[0-5]\\d)|\\.(?<mi2>[0-5]\\d)(?![\\d.,]\\d|\\d))?(?:\\s{0,2}" + AMPM
                + "|(?<hrs>\\s{0,2}hrs\\b))?" + ZONE,
            SpanRules::clock),
        // "0600 GMT", "2100 ET Tuesday", "1700 EST": a wire's four-digit clock with its zone
        Rule.of("hhmm GMT", "#", "(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s{1,2}(?:gmt|utc|local\\s{1,3}time|hrs"
                + "|et|est|edt|cst|cdt|pst|pdt|bst|cet|cest|msk|eet|eest)\\b",
            SpanRules::fourDigitClock),
        Rule.of("noon|midday", "noon midday", "(?<w>noon|midday)\\b",
            (m, s) -> s.wordBefore(m.start()).equals("high") ? null : new ClockTime(Optional.empty(), LocalTime.NOON)),
        Rule.of("midnight", "midnight", "midnight\\b(?!\\s{1,3}(?:oil|blue|mass|sun|express|hour|deadline)\\b)"
                // "just after midnight Sunday morning" opens the day, not closes it: left to the day's morning
                + "(?!\\s{1,3}(?:on\\s{1,3})?" + Lexicon.WEEKDAY + "\\s{1,3}morning\\b)",
            (m, s) -> new ClockTime(Optional.empty(), ClockTime.END_OF_DAY)));
  }

  /**
   * "War" after a capitalised unit, maybe past an apostrophe: "the Seven Years' War", "the Six-Day War"; and "Plan",
   * as China's "15th Five-Year Plan" is named.
   */
  private static final java.util.regex.Pattern WAR = java.util.regex.Pattern.compile("['\u2019]?\\s{1,3}(?:war|plan)\\b");

  /** Whether a count of capitalised units names a war ("the Hundred Years War") or a plan, not a span of time. */
  private static boolean namesWar(Matcher m, Scan s) {
    int e = m.end("u");
    return s.isUpper(m.start("u")) && WAR.matcher(s.lower).region(e, Math.min(s.length(), e + 6)).lookingAt();
  }

  /** A word in lower case of four letters or more: what a line of prose has and a headline in capitals lacks. */
  private static final java.util.regex.Pattern PROSE_WORD = java.util.regex.Pattern.compile("(?<![A-Za-z])[a-z]{4,}\\b");

  /**
   * Whether a count written in a capitalised word before a capitalised unit, inside a line of prose and not where a
   * sentence opens, names a title: "starred in Two Weeks in Rome", "her memoir Ten Years Later". A headline
   * in capitals ("Rain Falls For Three Days") keeps its span.
   */
  private static boolean namesTitle(Matcher m, Scan s) {
    int n = m.start("n");
    if (!Character.isLetter(s.text.charAt(n)) || !s.isUpper(n) || !s.isUpper(m.start("u"))) {
      return false;
    }
    int i = n;
    while (i > 0 && s.text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == 0 || ".!?:;\n\"\u201c\u2018'(".indexOf(s.text.charAt(i - 1)) >= 0) {
      return false;
    }
    // the line's last words before the count, read once and no further back than a bound: the work per match stays
    // small however long the line
    int from = Math.max(s.text.lastIndexOf('\n', i - 1) + 1, i - PROSE_WINDOW);
    return prose(s.text, from, i);
  }

  /** How many characters before a capitalised count are read to tell prose from a headline. */
  private static final int PROSE_WINDOW = 200;

  /**
   * Whether the words of {@code [from, to)} are a line of prose: a lower-case word of four letters or more, and no
   * more capitalised words than lower-case ones ("Flood Warnings Stay in Place with" is a headline's).
   */
  private static boolean prose(String text, int from, int to) {
    if (!PROSE_WORD.matcher(text).region(from, to).find()) {
      return false;
    }
    int lower = 0;
    int upper = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c) && (k == from || !Character.isLetterOrDigit(text.charAt(k - 1)))) {
        if (Character.isUpperCase(c)) {
          upper++;
        } else {
          lower++;
        }
      }
    }
    return lower >= upper;
  }

  /** What follows "fall" as a noun of a drop: "every fall in prices", "each fall of the index". */
  private static final java.util.regex.Pattern FALL_OF = java.util.regex.Pattern.compile("\\s{1,3}(?:in|of)\\b");
  private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("\\d{1,4}\\.\\d{1,2}");
  /** Words before a quarter that make it a share of a change: "up a quarter on the year". */
  private static final java.util.Set<String> CHANGED_BY = java.util.Set.of("up", "down");
  /** Verbs of a level's change before "by": "fell by a quarter", "cut by a quarter". */
  private static final java.util.Set<String> CHANGED = java.util.Set.of("fell", "rose", "grew", "shrank", "dropped",
      "jumped", "climbed", "slid", "slumped", "plunged", "surged", "soared", "increased", "decreased", "declined",
      "cut", "reduced", "raised", "boosted", "lifted", "lowered", "slashed", "fall", "rise", "grow", "drop", "cuts",
      "falls", "rises", "grows", "drops", "up", "down");

  /** Whether the words before {@code at} make what follows a share of a change: "fell by", "up". */
  private static boolean shareOfChange(Scan s, int at) {
    String before = s.wordBefore(at);
    if (CHANGED_BY.contains(before)) {
      return true;
    }
    if (!before.equals("by")) {
      return false;
    }
    int b = s.lower.lastIndexOf("by", at);
    return b > 0 && CHANGED.contains(s.wordBefore(b));
  }
  private static final java.util.regex.Pattern FRACTION_OF = java.util.regex.Pattern.compile(
      "\\s{1,3}(?:of|point|percent|per\\s{1,3}cent|percentage)\\b");
  /** Verbs before "a century" that make it a hundred runs in cricket: "hit a century", "made a century". */
  private static final java.util.regex.Pattern SCORED_WORD = java.util.regex.Pattern.compile(
      "scored|scores|scoring|score|hit|hits|made|makes|struck|smashed|notched|compiled|registered|brought");

  /** Words before "a <unit>" that make it a recurrence ("three times a day", "twice a week"). */
  private static final java.util.regex.Pattern TIMES_WORD = java.util.regex.Pattern.compile("times|once|twice");
  /**
   * Words before "a <unit>" that make it a rate of an amount ("$5 a year", "$2bn a week", "24 hours a day", "358,000 a
   * month"), or a day named before it ("declared December 27 a day of mourning", "made Friday a holiday"): no date.
   */
  private static final java.util.regex.Pattern RATE_WORD = java.util.regex.Pattern.compile(
      "\\d{1,9}(?:bn|mn|m|tn|k)?|million|billion|trillion|cents|dollars|euros|pounds|percent|hours|minutes|barrels|tons"
          + "|tonnes|people|" + Lexicon.WEEKDAY);

  /** A count before the things counted each unit: "5,000 families a year", "40 flights a week", "two million tonnes". */
  private static final java.util.regex.Pattern COUNT_WORD = java.util.regex.Pattern.compile(
      "\\d{1,9}|million|billion|thousand|hundreds|thousands|dozens");

  /** Words after "a <unit>" that make it a distance in time, not a rate: "killed 12 men a day after their release". */
  private static final java.util.regex.Pattern RELATION_AFTER = java.util.regex.Pattern.compile(
      "\\s{1,3}(?:after|before|later|earlier|ago|since|into|from)\\b");

  /**
   * Whether "a <unit>" at {@code pos} follows a plural noun ({@code before}) after a count, a rate of things: "serves
   * 5,000 families a year", "runs 40 flights a week".
   */
  private static boolean countedThings(Scan s, int pos, String before) {
    if (before.length() < 4 || !before.endsWith("s")) {
      return false;
    }
    int e = pos;
    while (e > 0 && s.lower.charAt(e - 1) == ' ') {
      e--;
    }
    return COUNT_WORD.matcher(s.wordBefore(e - before.length())).matches();
  }

  /** Reads "<n>-<unit>" ("a three-week operation"), but a "24-hour" service runs round the clock, no stretch of time. */
  private static TemporalExpression hyphenedDuration(Matcher m, Scan s) {
    boolean roundTheClock = m.group("n").equals("24") && m.group("u").equals("hour")
        && ROUND_THE_CLOCK.matcher(s.lower).region(m.end(), s.lower.length()).lookingAt();
    return roundTheClock ? null : duration(m, s);
  }

  /** Reads "[the past] <n> <unit>", with "and a half" or "1/2" read into the value. */
  private static TemporalExpression durationOrHalf(Matcher m, Scan s) {
    if (m.group("half") == null && m.group("half2") == null) {
      return duration(m, s);
    }
    int n = Lexicon.number(m.group("n"));
    Unit u = Lexicon.unit(m.group("u"));
    return n < 0 || u == null ? null : new Duration(andAHalf(n, u));
  }

  private static TemporalExpression duration(Matcher m, Scan s) {
    int n = Lexicon.number(m.group("n"));
    Unit u = Lexicon.unit(m.group("u"));
    String num = m.group("n");
    if (n == -2 && DECIMAL.matcher(num).matches()) {
      return new Duration(u.duration(0).replace("0", num));
    }
    if (n == -2 || u == null || namesWar(m, s) || namesTitle(m, s)) {
      return null;
    }
    if ((num.equals("a") || num.equals("an")) && m.start("n") == m.start()) {
      // "$5 a year", "three times a day" recur; "for a year" lasts
      String before = s.wordBefore(m.start());
      if (TIMES_WORD.matcher(before).matches()) {
        return new Recurring(u.duration(1));
      }
      if (u == Unit.CENTURY && SCORED_WORD.matcher(before).matches()) {
        return null; // a batsman's hundred runs: "scored a century on Wednesday"
      }
      if (RATE_WORD.matcher(before).matches()
          || countedThings(s, m.start(), before) && !RELATION_AFTER.matcher(s.lower).region(m.end(), s.length()).lookingAt()) {
        return null;
      }
    }
    if (u == Unit.QUARTER && n > 0 && s.lower.startsWith("quarter", m.start("u")) && !m.group("u").endsWith("s")
        && n > 1) {
      return null;
    }
    if (u == Unit.QUARTER && (n == 1 || n == 3) && FRACTION_OF.matcher(s.lower).region(m.end("u"), Math.min(s.length(), m.end("u") + 16))
        .lookingAt()) {
      return null; // "a quarter of the market", "three quarters of its sales", "cut by a quarter point"
    }
    if (u == Unit.QUARTER && (n == 1 || n == 3) && m.start("n") == m.start() && shareOfChange(s, m.start())) {
      return null; // a share of a change: "fell by a quarter", "up three quarters" (not "delayed by a quarter")
    }
    return new Duration(u.duration(n));
  }

  /**
   * Returns the TIMEX3 value of {@code n} and a half units: the half in the next smaller unit where it is
   * whole ("2 1/2 years" {@code P2Y6M}, "an hour and a half" {@code PT1H30M}), else a decimal ({@code P1.5W}).
   */
  static String andAHalf(int n, Unit u) {
    switch (u) {
      case MINUTE: return "PT" + n + "M30S";
      case HOUR: return "PT" + n + "H30M";
      case DAY: return "P" + n + "DT12H";
      case YEAR: return "P" + n + "Y6M";
      case DECADE: return "P" + (10 * n + 5) + "Y";
      case CENTURY: return "P" + (100 * n + 50) + "Y";
      default: return u.duration(0).replace("0", n + ".5");
    }
  }

  /** Words before bare units of something that lasted: "ending months of talks", "follows years of drought". */
  private static final WordSet ENDING = new WordSet(java.util.Set.of("end", "ends", "ending", "ended", "follows",
      "followed", "following"));
  /** Words before bare units that measure a short wait: "just days after the storm". */
  private static final WordSet MERE = new WordSet(java.util.Set.of("just", "only", "mere"));
  /** "of" after bare units: what lasted them. */
  private static final java.util.regex.Pattern OF_AFTER = java.util.regex.Pattern.compile("\\s{1,3}of\\b");
  /** "after" or "before" after bare units: how long between two times. */
  private static final java.util.regex.Pattern BETWEEN_AFTER = java.util.regex.Pattern.compile("\\s{1,3}(?:after|before|later|earlier)\\b");

  private static TemporalExpression bareUnits(Matcher m, Scan s) {
    String before = s.wordBefore(m.start());
    boolean lasted = ENDING.contains(before, 0, before.length())
        && OF_AFTER.matcher(s.lower).region(m.end(), s.length()).lookingAt()
        || MERE.contains(before, 0, before.length())
        && BETWEEN_AFTER.matcher(s.lower).region(m.end(), s.length()).lookingAt();
    if (!before.equals("for") && !before.equals("within") && !before.equals("in") && !lasted) {
      return null;
    }
    return new Duration(Lexicon.unit(m.group("u")).duration(-1));
  }

  /** Words after which "a while" or "some time" is a length of time: "for a while", "took some time". */
  private static final WordSet LASTS = new WordSet(java.util.Set.of("for", "take", "takes", "took", "taken",
      "taking", "after", "in", "wait", "waited", "spent", "spend", "last", "lasted", "within"));

  /** Reads "a while" or "some time" after a word that makes it a length of time, with an unknown unit. */
  private static TemporalExpression someTime(Matcher m, Scan s) {
    String before = s.wordBefore(m.start());
    return LASTS.contains(before, 0, before.length()) ? new Duration("PXX") : null;
  }

  private static TemporalExpression every(Matcher m, Scan s) {
    String u = m.group("u");
    java.time.DayOfWeek d = Lexicon.weekday(u);
    if (d != null) {
      return new Recurring("XXXX-WXX-" + d.getValue());
    }
    java.time.Month month = Lexicon.month(u);
    if (month != null && Lexicon.unit(u) == null) {
      // "each July"; "may" and "march" are verbs unless capitalised
      boolean word = u.equals("may") || u.equals("march");
      return m.group("n") != null || word && !s.isUpper(m.start("u")) ? null
          : new Recurring(String.format("XXXX-%02d", month.getValue()));
    }
    if (u.equals("morning") || u.equals("afternoon") || u.equals("evening") || u.equals("night")) {
      // "every night": that part of every day
      return m.group("n") != null ? null : new Recurring("XXXX-XX-XXT" + Lexicon.partOfDay(u).code());
    }
    org.dateline.model.Season season = Lexicon.season(u);
    if (season != null) {
      // "every summer", "each winter": the season of every year ("every fall in prices" is no season)
      boolean noun = u.equals("fall") && FALL_OF.matcher(s.lower).region(m.end(), s.length()).lookingAt();
      return m.group("n") != null || noun ? null : new Recurring("XXXX-" + season.code());
    }
    String n = m.group("n");
    // "every other day", "every alternate day", "every second day" are every two days; "every third week"
    int k = n == null ? 1 : n.equals("other") || n.equals("alternate") || n.equals("second") ? 2
        : n.equals("third") ? 3 : Lexicon.number(n);
    Unit unit = Lexicon.unit(u);
    return k < 1 || unit == null ? null : new Recurring(unit.duration(k));
  }

  /** Reads "Mondays" ({@code XXXX-WXX-1}) and "Tuesday nights" ({@code XXXX-WXX-2TNI}); names are capitalised. */
  private static TemporalExpression weekdays(Matcher m, Scan s) {
    if (!s.isUpper(m.start("w"))) {
      return null;
    }
    String value = "XXXX-WXX-" + Lexicon.weekday(m.group("w")).getValue();
    String p = m.group("p");
    return new Recurring(p == null ? value
        : value + "T" + Lexicon.partOfDay(p.substring(0, p.length() - 1)).code());
  }

  /** Words before "daily" that make it a newspaper or a measure's adjective: "the party daily", "average daily volume". */
  private static final java.util.Set<String> DAILY_NOUN_BEFORE = java.util.Set.of("party", "state", "official",
      "national", "government", "average", "mean", "english-language", "business", "financial", "newspaper");

  private static TemporalExpression adverb(Matcher m, Scan s) {
    if (m.group("w").equals("daily") && (DAILY_NOUN_BEFORE.contains(s.wordBefore(m.start()))
        || followedByName(s, m.end()))) {
      // "the Communist Party daily Granma", "average daily volume": a newspaper, or a measure per day, no set of days
      return null;
    }
    switch (m.group("w")) {
      case "daily": case "nightly": return new Recurring("P1D");
      case "weekly": return new Recurring("P1W");
      case "monthly": return new Recurring("P1M");
      case "hourly": return new Recurring("PT1H");
      case "fortnightly": return new Recurring("P2W");
      // every three months, as TempEval-3 writes it
      case "quarterly": return new Recurring("P3M");
      default: return new Recurring("P1Y");
    }
  }

  /** Whether a capitalised word follows at {@code end} after one space: "daily Granma" names a paper. */
  private static boolean followedByName(Scan s, int end) {
    return end + 1 < s.length() && s.text.charAt(end) == ' ' && Character.isUpperCase(s.text.charAt(end + 1));
  }

  /**
   * Whether a clock time ends just before the bracket at {@code paren} ("21:05 local time (18:05 GMT)", "6:10
   * p.m. (23:10 GMT)"), maybe with its weekday ("11 p.m. local time Wednesday (4 p.m. ET)"): the time in brackets
   * tells it again in another zone and is read here as no mention: {@link OtherZone} makes it one once the local
   * time is resolved, on the other zone's day.
   */
  private static boolean clockBefore(Scan s, int paren) {
    int e = paren;
    while (e > 0 && s.lower.charAt(e - 1) == ' ') {
      e--;
    }
    String w = s.wordBefore(e);
    if (Lexicon.weekday(w) != null) {
      // "11 p.m. local time Wednesday (4 p.m. ET)": the day told with the time comes before the bracket
      e -= w.length();
      while (e > 0 && s.lower.charAt(e - 1) == ' ') {
        e--;
      }
      w = s.wordBefore(e);
    }
    return e > 0 && (Character.isDigit(s.lower.charAt(e - 1)) || s.lower.startsWith("m.", e - 2) || w.equals("am")
        || w.equals("pm") || w.equals("time"));
  }

  /**
   * Reads a wire's four-digit clock time ("0230 GMT", "0700 local time", "at 1030 hrs"). In brackets it tells
   * again a clock time just read in the local zone ("05:30 (0230 GMT)"), left to {@link OtherZone}; "hrs" is also an amount of hours ("1500
   * hrs of training"), so it makes a clock time only after "at", "until" and their like.
   */
  private static TemporalExpression fourDigitClock(Matcher m, Scan s) {
    String before = s.wordBefore(m.start());
    if (Character.isDigit(s.charBefore(m.start())) || s.charBefore(m.start()) == '('
        || m.group().endsWith("hrs") && !AT_WORDS.contains(before, 0, before.length())) {
      return null;
    }
    return new ClockTime(Optional.empty(),
        LocalTime.of(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("mi"))));
  }

  /**
   * Whether a time written with a dot and no "am" or "pm" is a clock time, as British news writes the 24-hour
   * clock: with a zone ("14.30 GMT", "3.15 local time") or an hour of two digits from 00 to 09 ("07.32"). A
   * number such as "23.50" alone is as often a price or a score.
   */
  private static boolean dottedClock(Matcher m) {
    return m.group("z") != null || m.group("h").length() == 2 && m.group("h").charAt(0) == '0';
  }

  /** The zones read only in capitals, since each is also a word: "EAT", "CAT", "IST", "GST". */
  /** American zones by their bare names, read only capitalised: "5 p.m. Central", not "5 p.m. central Illinois". */
  private static final java.util.Set<String> BARE_ZONES = java.util.Set.of("pacific", "eastern", "central",
      "mountain");
  private static final java.util.Set<String> CAPITAL_ZONES = java.util.Set.of("pkt", "ist", "wat", "eat", "cat", "sast",
      "gst", "aest", "aedt", "awst", "acst", "jst", "kst", "hkt", "sgt", "pht", "wib", "nzst", "nzdt");

  /**
   * Whether a zone abbreviation after a time is written in small letters, as no zone is: "1:12 Eat Well on a
   * Budget" (a video's length, then its title) is no time in East Africa; "9:40 pm PKT" is.
   */
  private static boolean smallZone(Matcher m, Scan s) {
    String z = m.group("z");
    if (z != null && BARE_ZONES.contains(z)) {
      return !Character.isUpperCase(s.text.charAt(m.start("z")));
    }
    if (z == null || !CAPITAL_ZONES.contains(z)) {
      return false; // "gmt" and "et" in small letters are still zones, as they have long been read
    }
    for (int i = m.start("z"); i < m.end("z"); i++) {
      if (Character.isLowerCase(s.text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static TemporalExpression clock(Matcher m, Scan s) {
    String ap = m.group("ap");
    String mi = m.group("mi") != null ? m.group("mi") : m.group("mi2");
    if (ap == null && (mi == null || m.group("mi2") != null && !dottedClock(m))) {
      return null;
    }
    char before = s.charBefore(m.start());
    if (Character.isDigit(before) || before == ':' || before == '.' || before == '$' || before == '-'
        || before == '(' && m.group("z") != null && clockBefore(s, m.start() - 1) || smallZone(m, s)) {
      return null;
    }
    int h = Integer.parseInt(m.group("h"));
    int minute = mi == null ? 0 : Integer.parseInt(mi);
    if (ap != null && (ap.startsWith("in") || ap.startsWith("at"))) {
      String w = s.wordBefore(m.start());
      if (!AT_WORDS.contains(w, 0, w.length())) {
        return null;
      }
      // "4 in the morning", "10 at night"; the night's small hours and midnight are a.m.
      boolean small = ap.endsWith("night") && (h <= 4 || h == 12);
      ap = ap.endsWith("morning") || small ? "am" : "pm";
    }
    if (ap != null) {
      if (h < 1 || h > 12) {
        return null;
      }
      h = ap.startsWith("p") ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
    } else if (h > 23 || m.group("h").length() == 1 && m.group("z") == null) {
      return null;
    }
    return new ClockTime(Optional.empty(), LocalTime.of(h, minute));
  }
}
