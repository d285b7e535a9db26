package org.dateline.rules.time.en;

import static org.dateline.rules.time.en.Lexicon.FULL_MONTH;
import static org.dateline.rules.time.en.Lexicon.MONTH;
import static org.dateline.rules.time.en.Lexicon.MONTHS_TRIGGER;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Season;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Relation;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.MonthOfYear;
import org.dateline.resolve.TemporalExpression.SeasonOf;
import org.dateline.resolve.TemporalExpression.YearPart;
import org.dateline.resolve.Unit;

/** Rules for calendar dates stated with names or digits: "March 10", "10 March 2026", "2026-03-10", "2025", "the 1990s". */
final class CalendarRules {
  private CalendarRules() {}

  /** The words a year before 1600 is read after: "since 1415", "in 1066"; "until 1500" is a time of day as often. */
  private static final java.util.Set<String> OLD_YEAR_BEFORE = java.util.Set.of("in", "since");
  /** Words near a number that make a four-digit number a time of day on the 24-hour clock: "a curfew since 1300". */
  private static final java.util.regex.Pattern CLOCK_CUE = java.util.regex.Pattern.compile(
      "\\b(?:curfew|hours|hrs|gmt|utc|local\\s{1,3}time|a\\.m\\.|p\\.m\\.|today|tonight|morning|afternoon|evening|o'clock"
          + "|(?:from|until|till|to)\\s{1,3}[0-2]\\d[0-5]\\d)\\b");
  /** How many characters around a number are read for a clock cue. */
  private static final int CLOCK_CUE_REACH = 80;

  /**
   * Whether a number under 1600 may be a time on the 24-hour clock (its minutes under 60) and a clock cue stands
   * near it: "grounded since 1300, officials said today" is one o'clock; "since 1415" alone is a year.
   */
  private static boolean clockLike(String digits, Scan s, int at) {
    if (Integer.parseInt(digits.substring(2)) > 59) {
      return false;
    }
    int from = Math.max(0, at - CLOCK_CUE_REACH);
    int to = Math.min(s.lower.length(), at + digits.length() + CLOCK_CUE_REACH);
    return CLOCK_CUE.matcher(s.lower).region(from, to).find();
  }
  static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
  private static final String DAY = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\b";
  private static final String CLOCK = "(?:[ t](?<h>[0-2]\\d):(?<mi>[0-5]\\d)(?::(?<s>[0-5]\\d))?)?";
  /**
   * A street after a number makes it a house number, not a year: "1629 South Lauderdale St.", "1600
   * w main st", "1717 Plymouth Avenue" (matched on lower-cased text). "Street" written out counts only
   * after a compass word, so "since 1990 Wall Street" stays a year, as does "in 2014 the road".
   */
  private static final String STREET = "\\s{1,2}(?:(?:[nsew]\\.?|north|south|east|west)\\s{1,2}"
      + "[a-z]{2,20}(?:\\s{1,2}[a-z]{2,20}){0,2}\\s{1,2}street\\b|"
      + "(?:[nsew]\\.?\\s{1,2})?(?!(?:the|a|an|this|that|his|her|their|its)\\b)[a-z]{2,20}(?:\\s{1,2}[a-z]{2,20}){0,2}\\s{1,2}"
      + "(?:st|ave|rd|blvd|ln|hwy|pkwy|avenue|road|boulevard|drive|lane|highway|parkway)\\b)";

  /**
   * A year told from publication after a part of it: "the second half of the year", "the fourth quarter of last
   * year" (not "of the year before", "of the year-earlier period").
   */
  private static final String OF_RELATIVE_YEAR = "\\s{1,3}of\\s{1,3}(?<r>the|this|last|next)\\s{1,3}(?:current\\s{1,3})?"
      + "year\\b(?!-|\\s{1,3}(?:earlier|ago|before|after|ended|ending)\\b)";

  /**
   * What just before a bare day of the month makes it a date: "on the 15th", "until the 15th", "from the 10th to
   * the 14th", and a hearing put off to a day ("adjourned the hearing to the 28th").
   */
  private static final java.util.regex.Pattern ON_BEFORE = java.util.regex.Pattern.compile("\\b(?:on|until|till|from"
      + "|(?:adjourned|postponed|deferred|remanded|moved|pushed\\s{1,3}back)(?:\\s{1,3}[a-z]{1,12}){0,2}\\s{1,3}to"
      // the end of a range of days of the month: "from the 10th to the 14th"
      + "|from\\s{1,3}the\\s{1,3}\\d{1,2}(?:st|nd|rd|th)\\s{1,3}(?:to|until|till))"
      + "\\s{1,3}$");
  /** What takes "the 28th" as a day besides "on": "the night of the 28th", "the morning of the 3rd". */
  private static final java.util.regex.Pattern PART_OF_BEFORE = java.util.regex.Pattern.compile(
      "\\b(?:morning|afternoon|evening|night)\\s{1,3}of\\s{1,3}$");
  /**
   * Words of a game near a bare half or quarter, which is then the game's ("scored twice in the second half",
   * "trailed in the fourth quarter"), not the year's.
   */
  private static final WordSet GAME = new WordSet(java.util.Set.of("scored", "scoring", "scores", "goal", "goals",
      "match", "game", "games", "minute", "minutes", "penalty", "striker", "halftime", "half-time", "touchdown",
      "touchdowns", "equaliser", "equalizer", "header", "innings", "quarterback", "referee", "whistle", "substitute",
      "rebounds", "three-pointer"));
  /** How far around a bare half or quarter a word of a game is looked for. */
  private static final int GAME_WINDOW = 120;
  /** What puts "the new year" ahead as a time: "in the new year", "early in the new year", "until the new year". */
  private static final java.util.regex.Pattern INTO_BEFORE = java.util.regex.Pattern.compile(
      "\\b(?:in|into|after|until|till|by)\\s{1,3}$");

  /**
   * Reads "the 15th" after a word that makes it a date ("on", "the night of"), and "the 18th of next month" after
   * any: the month it names is counted from publication's.
   */
  private static TemporalExpression dayOfMonth(Matcher m, Scan s) {
    int d = Integer.parseInt(m.group("d"));
    if (m.group("r") != null) {
      return new TemporalExpression.DayOfMonth(d, java.util.OptionalInt.of(RelativeRules.offset(m.group("r"))));
    }
    return ON_BEFORE.matcher(s.lower).region(Math.max(0, m.start() - 48), m.start()).find()
        || PART_OF_BEFORE.matcher(s.lower).region(Math.max(0, m.start() - 18), m.start()).find()
        ? new TemporalExpression.DayOfMonth(d) : null;
  }

  static List<Rule> rules() {
    return List.of(
        Rule.of("<month> <day>[, <year>]", MONTHS_TRIGGER,
            "(?<m>" + MONTH + ")\\s{1,3}" + DAY + "(?!:\\d|,\\d|\\.\\d)(?:,?\\s{1,3}(?<y>" + YEAR + ")\\b)?",
            CalendarRules::monthDay),
        Rule.of("<day> <month> [<year>], 26-Nov-2026", "#",
            DAY + "(?:(?:\\s{1,3}of)?\\s{1,3}|-)(?<m>" + MONTH + ")(?:(?:,?\\s{1,3}|-)(?<y>" + YEAR + ")\\b)?",
            CalendarRules::monthDay),
        Rule.of("<month> <year>", MONTHS_TRIGGER, "(?<m>" + MONTH + ")(?:,|\\s{1,3}of)?\\s{1,3}(?<y>" + YEAR + ")\\b",
            (m, s) -> monthOf(m, s, OptionalInt.of(Integer.parseInt(m.group("y"))), Relation.NONE)),
        Rule.of("<month>", MONTHS_TRIGGER, "(?<m>" + FULL_MONTH + ")\\b", CalendarRules::bareMonth),
        // "the first Monday in June", "the last Friday of October 2027": a weekday counted in its month
        Rule.of("the <nth> <weekday> of|in <month> [<year>]", "the",
            "the\\s{1,3}(?<n>first|second|third|fourth|last)\\s{1,3}(?<w>" + Lexicon.WEEKDAY + ")"
                + "\\s{1,3}(?:of|in)\\s{1,3}"
                + "(?<m>" + FULL_MONTH + ")\\b(?:,?\\s{1,3}(?<y>" + YEAR + ")\\b)?",
            CalendarRules::nthWeekday),
        // "that December", "the following March": a month of the story's year, after the year or month told before
        Rule.of("that|the following <month>", "that the",
            "(?<r>that|the\\s{1,3}(?:following|next|previous|preceding))\\s{1,3}(?<m>" + FULL_MONTH + ")\\b"
                + "(?!\\s{0,3}(?:\\d|of\\b)|')",
            CalendarRules::anaphoricMonth),
        Rule.of("last|this|next <month>", "last this next",
            "(?<r>last|this|next)\\s{1,3}(?<m>" + FULL_MONTH + ")\\b",
            (m, s) -> monthOf(m, s, OptionalInt.empty(), relation(m.group("r")))),
        Rule.of("<year>", "#", "(?<y>" + YEAR + ")(?!\\d|\\s{0,2}%|\\s{1,2}(?:gmt|utc)\\b|,\\d|\\.\\d|-(?:year|old|day|month|week|hour|minute)|:\\d|\\s{1,3}blocks?\\b|" + STREET + ")",
            CalendarRules::year),
        // "since 1415", "in 1066.": a year before 1600 only right after "in", "since" or "until" and where its phrase
        // ends, as such a number is more often a count ("in 1200 homes")
        Rule.of("in <year before 1600>", "#", "(?<y>1[0-5]\\d\\d)(?=\\s{0,2}(?:[.,;:)]|$))",
            (m, s) -> OLD_YEAR_BEFORE.contains(s.wordBefore(m.start())) && !clockLike(m.group("y"), s, m.start())
                ? new Explicit(TimeValue.ofYear(Integer.parseInt(m.group("y")))) : null),
        // "the 2025 period", and "the same period of 2025": the period just told, in that year
        Rule.of("the <year> period", "the", "the\\s{1,3}(?:(?<y>" + YEAR + ")\\s{1,3}(?:period|quarter|fiscal\\s{1,3}year)"
                + "|(?:same|corresponding|comparable)\\s{1,3}(?:period|quarter)\\s{1,3}(?:of|in)\\s{1,3}(?<y2>" + YEAR + "))\\b",
            (m, s) -> new TemporalExpression.SamePeriodIn(year(m, "y").orElseGet(() -> year(m, "y2").getAsInt()))),
        // "On this day in 1989": the anniversary column's day, publication's day of the year in that year
        Rule.of("this day in <year>", "this", "this\\s{1,3}(?:day|date)\\s{1,3}in\\s{1,3}(?<y>" + YEAR + ")\\b",
            (m, s) -> new TemporalExpression.ThisDayIn(Integer.parseInt(m.group("y")))),
        // "FY26", "FY 2026", "FY'27" as business news abbreviates a fiscal year, capitalised
        Rule.of("fiscal <year>, FY<year>", "fiscal fy",
            "(?:fiscal\\s{1,3}(?:year\\s{1,3})?|(?<fy>fy)\\s{0,2}'?)(?<y>" + YEAR + "|\\d\\d)\\b",
            CalendarRules::fiscalYear),
        Rule.of("the <decade>s", "the #", "(?:the\\s{1,3})?(?:(?<y>1[6-9]\\d0|20\\d0|1[0-5]00)|'(?<yy>\\d0))'?s\\b",
            CalendarRules::decade),
        Rule.of("the <ordinal> century", "the this # nineteenth twentieth twenty",
            "(?:(?:the|this)\\s{1,3})?(?:(?<c>\\d{1,2})(?:st|nd|rd|th)|(?<w>nineteenth|twentieth|twenty-first))\\s{1,3}century",
            CalendarRules::century),
        // an ISO 8601 stamp may close with its zone designator: "2026-11-26T14:02:00Z", "...T14:02+05:30"
        Rule.of("yyyy-mm-dd[ hh:mm[:ss][zone]]", "#", "(?<y>" + YEAR + ")-(?<mo>[01]\\d)-(?<d>[0-3]\\d)"
            + CLOCK.replace(")?)?", ")?(?:z\\b|[+-][01]\\d:[0-5]\\d)?)?") + "(?!\\d)",
            CalendarRules::numeric),
        // "2026/11/18", as East Asian copy writes a day
        Rule.of("yyyy/mm/dd", "#",
            "(?<y>" + YEAR + ")/(?<mo>[01]?\\d)/(?<d>[0-3]?\\d)(?![\\d/])" + CLOCK.replace("[ t]", "\\s{1,3}"),
            CalendarRules::numeric),
        Rule.of("mm/dd/yyyy, dd/mm/yyyy [hh:mm[:ss]]", "#",
            "(?<mo>[0-3]?\\d)/(?<d>[0-3]?\\d)/(?<y>" + YEAR + "|\\d\\d)(?![\\d/])" + CLOCK.replace("[ t]", "\\s{1,3}"),
            CalendarRules::slashed),
        // "21-11-2026", as Indian and European copy writes a day with hyphens, read as a slash date is
        Rule.of("dd-mm-yyyy, mm-dd-yyyy", "#", "(?<mo>[0-3]?\\d)-(?<d>[0-3]?\\d)-(?<y>" + YEAR + ")(?![\\d-])"
                + CLOCK.replace("[ t]", "\\s{1,3}"),
            CalendarRules::slashed),
        // "18.11.2026": dots part a day written as Europe and India write it, the day first
        Rule.of("dd.mm.yyyy", "#", "(?<d>[0-3]?\\d)\\.(?<mo>[01]?\\d)\\.(?<y>" + YEAR + ")(?![.-]?\\d)",
            (m, s) -> s.charBefore(m.start()) == '.' ? null
                : day(m).map(d -> (TemporalExpression) new Explicit(TimeValue.ofDay(d))).orElse(null)),
        // "Jon Smith, 31 (14.02.95)": a day with dots and a two-digit year alone in brackets after an age, as British
        // police give a date of birth; elsewhere such a bracket may number a build or a score
        Rule.of("<age> (dd.mm.yy)", "#", "(?<d>[0-3]\\d)\\.(?<mo>[01]\\d)\\.(?<y>\\d\\d)(?!\\d)",
            (m, s) -> !birthInBrackets(m, s) ? null
                : day(m).map(d -> (TemporalExpression) new Explicit(TimeValue.ofDay(d))).orElse(null)),
        // "on 26.11.", "due by 31.01.": a day and month written with dots and no year, read only after a word
        // that takes a day (a version "3.11." or a score stays what it is)
        Rule.of("dd.mm.", "#", "(?<d>[0-3]\\d)\\.(?<mo>[01]\\d)\\.(?![\\d\\w])",
            (m, s) -> CalendarRules.dottedDay(m, s)),
        Rule.of("mm-dd-yy hhmmZZZ", "#", "(?<mo>[01]\\d)-(?<d>[0-3]\\d)-(?<y>\\d\\d)(?:\\s{1,3}(?<hm>[0-2]\\d[0-5]\\d)[a-z]{0,3})?\\b",
            CalendarRules::dashed),
        Rule.of("the <nth word> of <month> [<year>]", "the",
            "the\\s{1,3}(?<o>(?:twenty[- ]|thirty[- ])?(?:" + ORDINAL_WORDS + "))\\s{1,3}of\\s{1,3}(?<m>" + MONTH
                + ")(?:,?\\s{1,3}(?<y>" + YEAR + ")\\b)?",
            CalendarRules::wordDayMonth),
        // "July Fourth", "March first": a capitalised month and its day in words, as American copy names a day
        Rule.of("<month> <nth word> [<year>]", MONTHS_TRIGGER,
            "(?<m>" + FULL_MONTH + ")\\s{1,3}(?<o>(?:twenty[- ]|thirty[- ])?(?:" + ORDINAL_WORDS + "))\\b"
                + "(?!\\s{1,3}(?:of|time|day|week|month|year|quarter|half|round|place|anniversary)\\b)(?:,?\\s{1,3}(?<y>" + YEAR + ")\\b)?",
            (m, s) -> s.isUpper(m.start()) && (s.isUpper(m.start("o")) || m.group("y") != null
                || WORD_DAY_END.matcher(s.lower).region(m.end(), s.length()).lookingAt()) ? wordDayMonth(m, s) : null),
        Rule.of("in the new year", "the",
            "the\\s{1,3}new\\s{1,3}year\\b(?!'|\\s{1,3}(?:message|address|speech|holiday|holidays|eve|day|honours|honors"
                + "|celebrations?|resolutions?|parade|party|sales?)\\b)",
            (m, s) -> INTO_BEFORE.matcher(s.lower).region(Math.max(0, m.start() - 16), m.start()).find()
                ? new TemporalExpression.NewYear() : null),
        Rule.of("on the <nth>", "the",
            "the\\s{1,3}(?<d>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)(?:\\s{1,3}of\\s{1,3}(?<r>this|next|last)\\s{1,3}month\\b"
                + "|(?=\\s{0,2}[.,;:!?()]|\\s{0,2}$|\\s{1,3}(?:after|before|when|while|at|as|until|but)\\b"
                // another day of the month after it: "on the 8th and returned on the 9th", "from the 10th to the 14th"
                + "|\\s{1,3}(?:and|to|or)\\s{1,3}(?:[a-z]{1,12}\\s{1,3}){0,2}?the\\s{1,3}(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)"
                + "(?=\\s{0,2}[.,;:!?()]|\\s{0,2}$|\\s{1,3}(?:and|but|in|at|for|when|while|before|after|as)\\b)))",
            CalendarRules::dayOfMonth),
        Rule.of("yyyymmdd", "#", "(?<y>(?:19|20)\\d\\d)(?<mo>[01]\\d)(?<d>[0-3]\\d)\\b(?![-/])",
            (m, s) -> day(m).map(d -> (TemporalExpression) new Explicit(TimeValue.ofDay(d))).orElse(null)),
        Rule.of("Q<n>|H<n> [<year>]", "q h",
            "(?<u>[qh])(?<o>[1-4])(?:\\s{1,3}(?<y>" + YEAR + "))?\\b(?![-/])",
            CalendarRules::periodCode),
        Rule.of("the <ordinal> quarter|half [of <year>]", "the fiscal first second third fourth 1st 2nd 3rd 4th #",
            "(?:the\\s{1,3})?(?:(?<y0>" + YEAR + ")\\s{1,3})?(?:the\\s{1,3})?(?:fiscal[- ])?(?<o>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?"
                + "(?<u>quarter|half)(?:\\s{1,3}of(?:\\s{1,3}fiscal)?\\s{1,3}(?<y>" + YEAR + ")\\b|\\s{1,3}(?<y2>" + YEAR + ")\\b"
                + "|" + OF_RELATIVE_YEAR + ")?",
            CalendarRules::yearPart),
        Rule.of("the <month>-<month> quarter", "the " + MONTHS_TRIGGER,
            "(?:the\\s{1,3})?(?<m>" + MONTH + ")(?:\\s{0,2}[-\u2013/]\\s{0,2}|-to-|\\s{1,3}to\\s{1,3})(?<m2>" + MONTH + ")"
                + "(?:\\s{1,3}(?<y>" + YEAR + "))?\\s{1,3}(?<u>quarter|half|period)\\b",
            CalendarRules::monthsPart),
        // a quarter or half named by its last month, as Australian and Indian business news writes it
        // "March-quarter revenue": hyphened, it needs no "the"
        Rule.of("the September quarter, the June half", "the march june september december mar jun sept sep dec",
            "(?:the\\s{1,3})?(?<m>march|june|september|december|mar\\.?|jun\\.?|sept?\\.?|dec\\.?)(?:\\s{1,3}|-(?=[qh]))"
                + "(?:(?<y>" + YEAR + ")\\s{1,3})?(?<u>quarter|half)\\b(?!-)",
            CalendarRules::endingMonthPart),
        // "3Q26", "1H27", "2H 2026": broker notes and business wires write the ordinal first
        Rule.of("<n>Q<yy>, <n>H <year>", "#", "(?<o>[1-4])(?<u>q|h)\\s{0,2}(?<y>" + YEAR + "|\\d\\d)\\b",
            CalendarRules::ordinalPeriodCode),
        Rule.of("the <ordinal> week of <month> [<year>]", "the first second third fourth last final",
            "(?:the\\s{1,3})?(?<o>first|second|third|fourth|last|final)\\s{1,3}week\\s{1,3}of\\s{1,3}(?<m>" + FULL_MONTH
                + ")\\b(?:,?\\s{1,3}(?<y>" + YEAR + ")\\b)?",
            CalendarRules::weekOfMonth),
        Rule.of("the last half|quarter, the first two quarters of <year>", "the first last final back front",
            "(?:the\\s{1,3})?(?<o>first|last|final|back|front)\\s{1,3}(?:(?<two>two\\s{1,3})?(?<u>quarters|quarter|half)"
                + "|(?<mo>three|six)\\s{1,3}months)(?:\\s{1,3}of"
                + "(?:\\s{1,3}fiscal)?\\s{1,3}(?<y>" + YEAR + ")\\b|" + OF_RELATIVE_YEAR + ")",
            CalendarRules::endPart),
        // "epidemiological week 8", "ISO week 23 of 2026": a numbered week of the year; a bare "week 9" may be a
        // season's or a trial's, and is left alone
        Rule.of("epidemiological week <n>", "epidemiological epidemiologic epi iso calendar",
            "(?:epidemiologic(?:al)?|epi|iso|calendar)\\s{1,3}week\\s{1,3}(?<n>[1-4]\\d|5[0-3]|[1-9])\\b"
                + "(?:,?\\s{1,3}(?:of\\s{1,3})?(?<y>" + YEAR + ")\\b)?",
            (m, s) -> new YearPart(Unit.WEEK, Integer.parseInt(m.group("n")), year(m, "y"))),
        Rule.of("this year's <ordinal> quarter", "this last next",
            "(?<r>this|last|next)\\s{1,3}year'?s\\s{1,3}(?<o>first|second|third|fourth)[- ](?:fiscal[- ])?(?<u>quarter|half)\\b",
            (m, s) -> new TemporalExpression.RelativeYearPart(Lexicon.unit(m.group("u")), Lexicon.ordinal(m.group("o")),
                RelativeRules.offset(m.group("r")))),
        Rule.of("nineteen ninety-six", "nineteen the two",
            "(?:the\\s{1,3}year\\s{1,3})?(?:(?<c>nineteen)\\s{1,3}(?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                + "(?:[- ](?<u>one|two|three|four|five|six|seven|eight|nine))?|(?<k>two\\s{1,3}thousand)(?:\\s{1,3}and\\s{1,3}"
                + "(?<u2>one|two|three|four|five|six|seven|eight|nine|ten))?)\\b",
            CalendarRules::spelledYear),
        Rule.of("the nineties", "the", "the\\s{1,3}(?<t>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b",
            (m, s) -> new Explicit(TimeValue.ofDecadeContaining(1900 + 10 * (Lexicon.number(
                m.group("t").replace("ies", "y")) / 10)))),
        // "the autumn of 1926", "autumn in 1926", "summer 2019"
        Rule.of("<season> [<year>], that summer", "last this next the that spring summer fall autumn winter",
            "(?:(?<r>last|this|next|the|this\\s{1,3}past|this\\s{1,3}coming|that|(?:that|the)\\s{1,3}same"
                + "|the\\s{1,3}(?:following|next|previous|preceding))\\s{1,3})?(?:(?<mod>early|late)\\s{1,3})?"
                + "(?<se>spring|summer|fall|autumn|winter)\\b"
                + "(?:\\s{1,3}(?:of|in)\\s{1,3}(?<y>" + YEAR + ")\\b|\\s{1,3}(?<y2>" + YEAR + ")\\b"
                // "the spring of that year", "the summer of the following year": told from the story's year
                + "|\\s{1,3}of\\s{1,3}(?<of>that|the\\s{1,3}(?:same|following|next|previous|preceding))\\s{1,3}year\\b)?",
            CalendarRules::season));
  }

  /**
   * Reads "fiscal 2027" and its abbreviation "FY27", capitalised; "FY2025-26", a fiscal year named by both its
   * calendar years, is left alone (India calls it FY26, the year it ends in).
   */
  private static TemporalExpression fiscalYear(Matcher m, Scan s) {
    if (m.group("fy") != null && (!s.text.startsWith("FY", m.start())
        || (s.charAt(m.end()) == '-' || s.charAt(m.end()) == '/') && Character.isDigit(s.charAt(m.end() + 1)))) {
      return null;
    }
    return new Explicit(TimeValue.ofYear(fullYear(m.group("y"))));
  }

  static Relation relation(String word) {
    if (word == null) {
      return Relation.NONE;
    }
    if (word.startsWith("last") || word.endsWith("past")) {
      return Relation.LAST;
    }
    if (word.startsWith("next") || word.endsWith("coming")) {
      return Relation.NEXT;
    }
    return word.equals("this") ? Relation.THIS : Relation.NONE;
  }

  static int fullYear(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() > 2 ? y : y >= 30 ? 1900 + y : 2000 + y;
  }

  static OptionalInt year(Matcher m, String group) {
    String y = m.group(group);
    return y == null ? OptionalInt.empty() : OptionalInt.of(fullYear(y));
  }

  /** "May" and "March" are words too: as months they are capitalised. */
  private static boolean plausibleMonth(Matcher m, Scan s) {
    String w = m.group("m");
    return !(w.startsWith("may") || w.startsWith("mar")) || s.isUpper(m.start("m"));
  }

  /** Ordinal words for 1 to 20 and 30, in order; "twenty-" and "thirty-" add to the first nine. */
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth");
  private static final String ORDINAL_WORDS = String.join("|", ORDINALS);

  /** What may follow "March first" for it to be a day: the clause or the phrase ends ("In March first results ..." is no day). */
  private static final Pattern WORD_DAY_END = Pattern.compile("\\s{0,2}(?:[,.;:!?)]|$)|\\s{1,3}(?:and|to|through|until|when|at)\\b");

  /** "the first of December", "the twenty-third of May 2027". */
  private static TemporalExpression wordDayMonth(Matcher m, Scan s) {
    String o = m.group("o");
    int tens = o.startsWith("twenty") && o.length() > 6 && o.charAt(6) != 'e' ? 20
        : o.startsWith("thirty") && o.length() > 6 && o.charAt(6) != 'e' ? 30 : 0;
    String unit = tens == 0 ? o : o.substring(7);
    int i = ORDINALS.indexOf(unit);
    int day = tens + (unit.equals("thirtieth") ? 30 : i + 1);
    Month month = Lexicon.month(m.group("m"));
    if (i < 0 || tens > 0 && i > 8 || month == null || day > month.maxLength()) {
      return null;
    }
    OptionalInt y = year(m, "y");
    return y.isPresent() ? new Explicit(TimeValue.ofDay(LocalDate.of(y.getAsInt(), month, day)))
        : new MonthDay(month, day, y);
  }

  private static TemporalExpression monthDay(Matcher m, Scan s) {
    Month month = Lexicon.month(m.group("m"));
    int day = Integer.parseInt(m.group("d"));
    if (month == null || day < 1 || day > month.maxLength() || !plausibleMonth(m, s)) {
      return null;
    }
    OptionalInt y = year(m, "y");
    if (y.isPresent()) {
      return new Explicit(TimeValue.ofDay(LocalDate.of(y.getAsInt(), month, day)));
    }
    return new MonthDay(month, day, y);
  }

  /** Words before a yearless dotted day that take a day: "on 26.11.", "adjourned to 18.03.". */
  private static final java.util.regex.Pattern DOTTED_DAY_BEFORE = java.util.regex.Pattern.compile(
      "\\b(?:on|by|to|until|till|from|before|after|since)\\s{1,3}$");

  /** An age after a comma or "aged", then a bracket, just before a date of birth: "Jon Smith, 31 (", "aged 31 (". */
  private static final Pattern AGE_BRACKET = Pattern.compile("(?:,|\\baged)\\s{1,2}\\d{1,3}\\s{1,2}\\($");

  /** Whether a dotted day stands alone in brackets right after an age: "Jon Smith, 31 (14.02.95)". */
  private static boolean birthInBrackets(Matcher m, Scan s) {
    return m.end() < s.length() && s.charAt(m.end()) == ')'
        && AGE_BRACKET.matcher(s.lower).region(Math.max(0, m.start() - 14), m.start()).find();
  }

  private static TemporalExpression dottedDay(Matcher m, Scan s) {
    char b = s.charBefore(m.start());
    if (b == '.' || Character.isLetterOrDigit(b)
        || !DOTTED_DAY_BEFORE.matcher(s.lower).region(Math.max(0, m.start() - 8), m.start()).find()) {
      return null;
    }
    int mo = Integer.parseInt(m.group("mo"));
    int day = Integer.parseInt(m.group("d"));
    if (mo < 1 || mo > 12 || day < 1 || day > Month.of(mo).maxLength()) {
      return null;
    }
    return new MonthDay(Month.of(mo), day, OptionalInt.empty());
  }

  private static TemporalExpression monthOf(Matcher m, Scan s, OptionalInt year, Relation r) {
    Month month = Lexicon.month(m.group("m"));
    if (month == null || !plausibleMonth(m, s)) {
      return null;
    }
    return year.isPresent() ? new Explicit(TimeValue.ofMonth(YearMonth.of(year.getAsInt(), month)))
        : new MonthOfYear(month, year, r);
  }

  private static final java.util.Set<String> MONTH_LEAD = java.util.Set.of("in", "since", "until", "till", "by",
      "early", "late", "mid", "of", "during", "through", "from", "before", "after", "to", "and", "or", "last", "this",
      "next", "between", "for", "throughout");

  /** Nouns of a month's figures after a capitalised "May" or "March": "the March jobs report", "May inflation". */
  private static final java.util.Set<String> FIGURES_AFTER = java.util.Set.of("inflation", "jobs", "payrolls", "data",
      "figures", "sales", "exports", "imports", "output", "cpi", "retail", "trade", "unemployment", "jobless");

  /**
   * Whether a capitalised word other than a determiner stands just before {@code at}, not a possessive: "Theresa May
   * data" is a name; "Argentina's May inflation", "The March jobs report" are months.
   */
  private static boolean afterGivenName(Scan s, int at) {
    String w = s.wordBefore(at);
    int b = at - 1 - w.length();
    return !w.isEmpty() && b >= 0 && Character.isUpperCase(s.text.charAt(b)) && !w.endsWith("'s")
        && !w.endsWith("\u2019s") && !NAMING_DETERMINERS.contains(w);
  }

  private static final java.util.Set<String> NAMING_DETERMINERS = java.util.Set.of("the", "its", "their", "this", "a",
      "an", "our", "his", "her");

  /** Nouns after "May's" that make May a person: "critics of May's government", "opposed to May's deal". */
  private static final java.util.Set<String> PERSON_NOUNS = java.util.Set.of("government", "governments",
      "premiership", "cabinet", "administration", "successor", "predecessor", "leadership", "deal", "allies",
      "aides", "spokesman", "spokeswoman", "husband", "ministers", "resignation", "policies");
  /** Capitalised words after a year that make it a name: "the 1922 Committee". */
  private static final java.util.Set<String> YEAR_NAMES = java.util.Set.of("committee");

  /**
   * Whether {@code mark} then a word of {@code words} follow {@code end}, the word read case-blind ("May's
   * government", "1922 Committee").
   */
  private static boolean followedBy(Scan s, int end, String mark, java.util.Set<String> words) {
    if (!s.lower.startsWith(mark, end) && !s.lower.startsWith(mark.replace('\'', '\u2019'), end)) {
      return false;
    }
    int b = end + mark.length();
    int e = b;
    while (e < s.length() && e - b < 15 && Character.isLetter(s.lower.charAt(e))) {
      e++;
    }
    return words.contains(s.lower.substring(b, e));
  }

  private static TemporalExpression nthWeekday(Matcher m, Scan s) {
    if (!s.isUpper(m.start("w")) || !s.isUpper(m.start("m"))) {
      return null;
    }
    String n = m.group("n");
    int nth = n.equals("last") ? -1 : ORDINALS.indexOf(n) + 1;
    return new TemporalExpression.NthWeekdayOfMonth(nth, Lexicon.weekday(m.group("w")), Lexicon.month(m.group("m")),
        year(m, "y"));
  }

  private static TemporalExpression bareMonth(Matcher m, Scan s) {
    String w = m.group("m");
    if (!s.isUpper(m.start()) && !w.equals("january") && !w.equals("february")) {
      return null;
    }
    // "mid-March" is the month too: the hyphen hides "mid" from the word before
    if ((w.equals("may") || w.equals("march")) && !MONTH_LEAD.contains(s.wordBefore(m.start())) && !asEarlyAs(s, m.start())
        && !(m.start() >= 4 && s.lower.startsWith("mid-", m.start() - 4))
        && !(m.end() + 1 < s.length() && s.text.charAt(m.end()) == ' ' && FIGURES_AFTER.contains(s.wordAt(m.end() + 1))
        && !afterGivenName(s, m.start()))
        || w.equals("may") && followedBy(s, m.end(), "'s ", PERSON_NOUNS)
        || AGED_NAME.matcher(s.text).region(m.end(), Math.min(s.length(), m.end() + 40)).lookingAt()) {
      return null;
    }
    return monthOf(m, s, OptionalInt.empty(), Relation.NONE);
  }

  /** The words of a bound before "as": "as early as March", "as soon as May", "as late as March". */
  private static final java.util.Set<String> BOUND_AS = java.util.Set.of("early", "soon", "late");

  /** Whether "as early as", "as soon as" or "as late as" stands just before {@code b}; "as May said" is a name. */
  private static boolean asEarlyAs(Scan s, int b) {
    if (!s.wordBefore(b).equals("as")) {
      return false;
    }
    int as = s.lower.lastIndexOf("as", b);
    return as > 0 && BOUND_AS.contains(s.wordBefore(as));
  }

  /** A surname and an age after a month that is a given name: "April Wilson, 34, a nurse", "June Park (61)". */
  private static final java.util.regex.Pattern AGED_NAME = java.util.regex.Pattern.compile(
      " \\p{Lu}[\\p{L}'\u2019-]{1,20}(?:, \\d{1,3}(?:,|\\s)| \\(\\d{1,3}\\))");

  /**
   * Words that name a thing by its number, so that a number after them is no year: "Flight 2026", "Resolution 2334",
   * "Section 1983", "Route 1776", "Room 1901", the "Russell 2000" index, "Windows 2000".
   */
  private static final java.util.Set<String> NUMBERED = java.util.Set.of("flight", "flights", "route", "resolution",
      "resolutions", "section", "article", "chapter", "room", "suite", "bus", "train", "highway", "interstate", "rule",
      "form", "model", "proposition", "prop", "gate", "platform", "pier", "exit", "unit",
      "apartment", "apt", "lot", "precinct", "district", "squadron", "regiment", "battalion", "brigade", "division",
      "russell", "wilshire", "windows",
      // a police log or a case's reference: "quote reference number 2041", "log 2054 of 28 October"
      "number", "reference", "ref", "log", "badge", "serial", "docket");

  private static TemporalExpression year(Matcher m, Scan s) {
    char before = s.charBefore(m.start());
    if (NUMBERED.contains(s.wordBefore(m.start())) && s.charBefore(m.start()) == ' ') {
      return null;
    }
    if (m.start() >= 4 && (s.lower.startsWith("no. ", m.start() - 4) && (m.start() == 4
        || !Character.isLetter(s.lower.charAt(m.start() - 5))) || s.lower.startsWith("nos. ", Math.max(0, m.start() - 5)))) {
      return null; // a number, not a year: "file No. 2025-1187", "Case No. 2026"
    }
    if (before == '$' || before == '#' || before == '.' || before == ',' || before == '/' || Character.isLetter(before)
        || (before == '-' && Character.isDigit(s.charBefore(m.start() - 1)) && !isYearBefore(s, m.start() - 1))) {
      return null;
    }
    if (quote(before) && m.end() < s.length() && quote(s.text.charAt(m.end()))) {
      return null; // a title: the song "1999", the film "2012"
    }
    if (s.isUpper(m.end() + 1) && followedBy(s, m.end(), " ", YEAR_NAMES)
        && !MONTH_LEAD.contains(s.wordBefore(m.start()))) {
      return null; // "the 1922 Committee" of Conservative MPs
    }
    return new Explicit(TimeValue.ofYear(Integer.parseInt(m.group("y"))));
  }

  private static boolean quote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\'' || c == '\u2018' || c == '\u2019';
  }

  private static boolean isYearBefore(Scan s, int end) {
    return end >= 4 && s.lower.substring(end - 4, end).matches("1[6-9]\\d\\d|20\\d\\d")
        && !Character.isDigit(s.charBefore(end - 4));
  }

  private static TemporalExpression century(Matcher m, Scan s) {
    int c = m.group("c") != null ? Integer.parseInt(m.group("c"))
        : m.group("w").equals("nineteenth") ? 19 : m.group("w").equals("twentieth") ? 20 : 21;
    if (m.group().startsWith("this")) {
      return new TemporalExpression.RelativeUnit(Unit.CENTURY, 0);
    }
    return c < 1 || c > 99 ? null : new Explicit(TimeValue.ofCenturyContaining((c - 1) * 100));
  }

  /** The day of a numeric date's groups "y", "mo" and "d", or empty if there is no such day ("2026-02-30"). */
  private static Optional<LocalDate> day(Matcher m) {
    return day(fullYear(m.group("y")), Integer.parseInt(m.group("mo")), Integer.parseInt(m.group("d")));
  }

  /** The day {@code y}-{@code mo}-{@code d}, or empty if there is no such day. */
  private static Optional<LocalDate> day(int y, int mo, int d) {
    if (mo < 1 || mo > 12 || d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(y, mo, d));
  }

  /** A numeric date with an optional clock time in groups "h", "mi" and "s". */
  private static TemporalExpression numeric(Matcher m, Scan s) {
    Optional<LocalDate> day = day(m);
    if (day.isEmpty()) {
      return null;
    }
    TemporalExpression date = new Explicit(TimeValue.ofDay(day.get()));
    return m.group("h") == null ? date : clockOn(date, m);
  }

  /**
   * A police log's number and "of" just before its day, as British and Irish forces ask witnesses to quote it: "quote
   * reference 2041 of 02/11/26", "log 0459 of 12/11/2026". Such a day is written day first, wherever the report was
   * published.
   */
  private static final Pattern POLICE_LOG = Pattern.compile(
      "\\b(?:log|reference|ref|incident|occurrence|serial|crime)(?:\\s{1,3}(?:no\\.?|number))?\\s{1,3}\\d{1,6}\\s{1,3}of\\s{1,3}$");

  /**
   * Reads a date written with slashes. A number over 12 tells which is the day ("26/11/2026", "11/26/2026"); two
   * that could each be the month ("05/11/2026") are left to the resolver, which reads them as the report's
   * country writes ({@link TemporalExpression.NumericDay}), unless a police log's number comes before it.
   */
  private static TemporalExpression slashed(Matcher m, Scan s) {
    int a = Integer.parseInt(m.group("mo"));
    int b = Integer.parseInt(m.group("d"));
    int y = fullYear(m.group("y"));
    TemporalExpression day;
    boolean logged = POLICE_LOG.matcher(s.lower).region(Math.max(0, m.start() - 40), m.start()).find();
    if (a >= 1 && a <= 12 && b >= 1 && b <= 12 && a != b && !logged) {
      day = new TemporalExpression.NumericDay(a, b, y);
    } else {
      Optional<LocalDate> date = a <= 12 && !logged ? day(y, a, b) : day(y, b, a);
      if (date.isEmpty()) {
        return null;
      }
      day = new Explicit(TimeValue.ofDay(date.get()));
    }
    return m.group("h") == null ? day : clockOn(day, m);
  }

  /** The clock time of groups "h", "mi" and "s" on {@code day}, or null past 23 hours. */
  private static TemporalExpression clockOn(TemporalExpression day, Matcher m) {
    int h = Integer.parseInt(m.group("h"));
    int sec = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
    return h > 23 ? null : new ClockTime(Optional.of(day), LocalTime.of(h, Integer.parseInt(m.group("mi")), sec));
  }

  private static TemporalExpression dashed(Matcher m, Scan s) {
    Optional<LocalDate> date = day(m);
    if (date.isEmpty()) {
      return null;
    }
    TemporalExpression day = new Explicit(TimeValue.ofDay(date.get()));
    String hm = m.group("hm");
    if (hm == null) {
      return day;
    }
    int h = Integer.parseInt(hm.substring(0, 2));
    int mi = Integer.parseInt(hm.substring(2));
    return h > 23 ? day : new ClockTime(Optional.of(day), LocalTime.of(h, mi));
  }

  /**
   * A quarter or half written as business news codes it, capitalized: "Q3", "Q3 2026", "H1 2026". A
   * half needs its year ("H1" alone is as often a visa or a virus).
   */
  private static TemporalExpression periodCode(Matcher m, Scan s) {
    boolean half = m.group("u").equals("h");
    int i = Integer.parseInt(m.group("o"));
    OptionalInt y = year(m, "y");
    if (!s.isUpper(m.start()) || half && (i > 2 || y.isEmpty())) {
      return null;
    }
    Unit u = half ? Unit.HALF : Unit.QUARTER;
    if (y.isPresent()) {
      return new Explicit(half ? TimeValue.ofHalf(y.getAsInt(), i) : TimeValue.ofQuarter(y.getAsInt(), i));
    }
    return new YearPart(u, i, y);
  }

  /** Whether a word of a game stands in {@code s.lower[from, to)}: one look-up a word, no pattern. */
  private static boolean gameNear(Scan s, int from, int to) {
    char[] c = s.lowerChars;
    int i = from;
    while (i < to) {
      while (i < to && !(Character.isLetter(c[i]))) {
        i++;
      }
      int b = i;
      while (i < to && (Character.isLetter(c[i]) || c[i] == '-')) {
        i++;
      }
      if (i > b && (b == 0 || !Character.isLetter(c[b - 1])) && GAME.contains(s.lower, b, i)) {
        return true;
      }
    }
    return false;
  }

  /** After a bare half or quarter that no year follows: a part of another span of time ("of the week"). */
  private static final Pattern OF_OTHER = Pattern.compile("\\s{1,3}of\\s{1,3}(?:(?:the|this|that|next|last|its)\\s{1,3})?"
      + "(?:week|weekend|month|day|night|season|term|decade|century)\\b");

  private static TemporalExpression yearPart(Matcher m, Scan s) {
    Unit u = m.group("u").equals("quarter") ? Unit.QUARTER : Unit.HALF;
    int i = Lexicon.ordinal(m.group("o"));
    if (u == Unit.HALF && i > 2) {
      return null;
    }
    if (m.group().startsWith("the") && m.group().contains("-") && !m.group().contains("fiscal-")) {
      return null;
    }
    if (m.group("r") != null) {
      return new TemporalExpression.RelativeYearPart(u, i, RelativeRules.offset(m.group("r")));
    }
    OptionalInt y = year(m, "y");
    y = y.isPresent() ? y : year(m, "y2");
    y = y.isPresent() ? y : year(m, "y0");
    if (y.isPresent()) {
      return new Explicit(u == Unit.QUARTER ? TimeValue.ofQuarter(y.getAsInt(), i) : TimeValue.ofHalf(y.getAsInt(), i));
    }
    if (gameNear(s, Math.max(0, m.start() - GAME_WINDOW), Math.min(s.lower.length(), m.end() + GAME_WINDOW))) {
      return null;
    }
    if (OF_OTHER.matcher(s.lower).region(m.end(), s.length()).lookingAt()) {
      return null; // "the second half of the week" is the week's, told by the week's own mention
    }
    return new YearPart(u, i, y);
  }

  /**
   * Reads a quarter or half named by its first and last months, as business news in India and Japan writes it:
   * "the April-June quarter" (Q2), "the July-December half" (H2). Months that are no calendar quarter or half
   * ("the April-September half" of a fiscal year) are left to the month rules. A "period" is either, by the months
   * it spans ("the July-to-September period").
   */
  private static TemporalExpression monthsPart(Matcher m, Scan s) {
    Month first = Lexicon.month(m.group("m").trim());
    Month last = Lexicon.month(m.group("m2").trim());
    if (first == null || last == null) {
      return null;
    }
    // "the July-to-September period" is a quarter, "the January-June period" a half, by the months it spans
    String unit = m.group("u");
    boolean quarter = unit.equals("quarter") || unit.equals("period") && last.getValue() - first.getValue() == 2;
    int months = quarter ? 3 : 6;
    if ((first.getValue() - 1) % months != 0
        || last.getValue() - first.getValue() != months - 1 || !plausibleMonth(m, s)) {
      return null;
    }
    int index = (first.getValue() - 1) / months + 1;
    OptionalInt y = year(m, "y");
    Unit u = quarter ? Unit.QUARTER : Unit.HALF;
    if (y.isPresent()) {
      return new Explicit(quarter ? TimeValue.ofQuarter(y.getAsInt(), index) : TimeValue.ofHalf(y.getAsInt(), index));
    }
    return new YearPart(u, index, y);
  }

  /** A verb after "that May", which then names a person. */
  private static final java.util.regex.Pattern NAME_MAY_VERB = java.util.regex.Pattern.compile(
      "\\s{1,3}(?:would|will|could|should|can|might|must|had|has|have|is|was|were|said|says|told|did|does|wants?"
          + "|wanted|[a-z]{2,12}ed)\\b");

  /** Reads "that December" (0), "the following March" (1) and "the previous June" (-1), capitalised. */
  private static TemporalExpression anaphoricMonth(Matcher m, Scan s) {
    Month month = Lexicon.month(m.group("m"));
    if (month == null || !s.isUpper(m.start("m"))) {
      return null;
    }
    String r = m.group("r");
    if (month == Month.MAY && r.equals("that") && NAME_MAY_VERB.matcher(s.lower).region(m.end(), s.length()).lookingAt()) {
      return null; // "said that May would resign" tells of a person
    }
    int direction = r.equals("that") ? 0 : r.endsWith("following") || r.endsWith("next") ? 1 : -1;
    return new TemporalExpression.AnaphoricMonth(month, direction);
  }

  /**
   * Reads "the 1990s" (the decade 199) and "the 1800s" (the century 18: a round hundred before 2000 names its
   * century, as "the late 1800s" does; "the 2000s" stays a decade).
   */
  private static TemporalExpression decade(Matcher m, Scan s) {
    int y = m.group("y") != null ? Integer.parseInt(m.group("y")) : 1900 + Integer.parseInt(m.group("yy"));
    return new Explicit(m.group("y") != null && y % 100 == 0 && y < 2000 ? TimeValue.ofCenturyContaining(y)
        : TimeValue.ofDecadeContaining(y));
  }

  /**
   * Reads a quarter or half named by the month it ends in: "the September quarter" (Q3), "the December quarter"
   * (Q4), "the June half" (H1), "the December 2026 half" (2026-H2), "March-quarter sales" (Q1).
   */
  private static TemporalExpression endingMonthPart(Matcher m, Scan s) {
    Month month = Lexicon.month(m.group("m"));
    boolean half = m.group("u").equals("half");
    if (month == null || !plausibleMonth(m, s) || half && month != Month.JUNE && month != Month.DECEMBER
        || m.start() == m.start("m") && s.charAt(m.end("m")) != '-') {
      return null; // "December quarter" without "the" or a hyphen is as often the quarter of a December
    }
    int index = month.getValue() / (half ? 6 : 3);
    OptionalInt y = year(m, "y");
    if (y.isPresent()) {
      return new Explicit(half ? TimeValue.ofHalf(y.getAsInt(), index) : TimeValue.ofQuarter(y.getAsInt(), index));
    }
    return new YearPart(half ? Unit.HALF : Unit.QUARTER, index, y);
  }

  /** Reads "3Q26" (2026-Q3) and "1H 2027" (2027-H1), capitalised; a half is 1H or 2H. */
  private static TemporalExpression ordinalPeriodCode(Matcher m, Scan s) {
    int i = Integer.parseInt(m.group("o"));
    boolean half = m.group("u").equals("h");
    if (!s.isUpper(m.start("u")) || half && i > 2) {
      return null;
    }
    int y = fullYear(m.group("y"));
    return new Explicit(half ? TimeValue.ofHalf(y, i) : TimeValue.ofQuarter(y, i));
  }

  /**
   * Reads "the first week of December" as the week that holds the middle of its first seven days
   * (December 4), "the second week of March" the week of March 11, "the last week of October" the
   * week of October 28 (three days before the end of the month's shortest length).
   */
  private static TemporalExpression weekOfMonth(Matcher m, Scan s) {
    Month month = Lexicon.month(m.group("m"));
    if (month == null || !plausibleMonth(m, s)) {
      return null;
    }
    String o = m.group("o");
    int day = o.equals("last") || o.equals("final") ? month.minLength() - 3 : 4 + 7 * (Lexicon.ordinal(o) - 1);
    OptionalInt y = year(m, "y");
    TemporalExpression d = y.isPresent() ? new Explicit(TimeValue.ofDay(LocalDate.of(y.getAsInt(), month, day)))
        : new MonthDay(month, day, y);
    return new TemporalExpression.Containing(Unit.WEEK, d);
  }

  /**
   * Reads "the last half of 1989" (H2), "the back half of the year" (H2, "the front half" H1), "the final quarter of 1989" (Q4), "the first two quarters of 1990" (H1), and
   * the same of a year told from publication ("the final quarter of the year", "the last half of next year"). Months
   * that make a quarter or a half are one: "the first three months of the year" (Q1), "the last six months of 2025" (H2).
   */
  private static TemporalExpression endPart(Matcher m, Scan s) {
    String o = m.group("o");
    boolean first = o.equals("first") || o.equals("front");
    boolean two = m.group("two") != null;
    String u = m.group("mo") == null ? m.group("u") : m.group("mo").equals("three") ? "quarter" : "half";
    if ((o.equals("back") || o.equals("front")) && !"half".equals(m.group("u"))) {
      return null; // "the back half of the year" is its second half; no quarter is told so
    }
    if (o.equals("front")) {
      return yearHalf(m, 1);
    }
    if (m.group("mo") == null && (two != u.equals("quarters") || first && !two)) {
      return null; // "the first quarter of" is the ordinal rule's
    }
    Unit unit = u.equals("quarter") ? Unit.QUARTER : Unit.HALF;
    int index = first ? 1 : u.equals("quarter") ? 4 : 2;
    if (m.group("r") != null) {
      return new TemporalExpression.RelativeYearPart(unit, index, RelativeRules.offset(m.group("r")));
    }
    int y = Integer.parseInt(m.group("y"));
    return new Explicit(unit == Unit.QUARTER ? TimeValue.ofQuarter(y, index) : TimeValue.ofHalf(y, index));
  }

  /** The half {@code index} of the year an {@link #endPart} match names. */
  private static TemporalExpression yearHalf(Matcher m, int index) {
    if (m.group("r") != null) {
      return new TemporalExpression.RelativeYearPart(Unit.HALF, index, RelativeRules.offset(m.group("r")));
    }
    return new Explicit(TimeValue.ofHalf(Integer.parseInt(m.group("y")), index));
  }

  private static TemporalExpression spelledYear(Matcher m, Scan s) {
    if (m.group("k") != null) {
      if (!m.group().startsWith("the") && m.group("u2") == null) {
        return null;
      }
      return new Explicit(TimeValue.ofYear(2000 + (m.group("u2") == null ? 0 : Lexicon.number(m.group("u2")))));
    }
    int y = 1900 + Lexicon.number(m.group("t")) + (m.group("u") == null ? 0 : Lexicon.number(m.group("u")));
    return new Explicit(TimeValue.ofYear(y));
  }

  /** Words before a bare season that make it a time: "by spring", "in early summer", "in mid-winter". */
  private static final java.util.Set<String> SEASON_LEAD = java.util.Set.of("in", "by", "until", "till", "since",
      "during", "through", "throughout");

  /**
   * Whether a season without "the", "this" or a year follows a preposition of time ("The bridge will reopen by
   * spring"), and is no name: "in Spring Valley", "the Arab Spring" are places and events.
   */
  private static boolean seasonAfterPreposition(Matcher m, Scan s) {
    int b = m.start();
    String w = s.wordBefore(b);
    if (w.equals("early") || w.equals("late")) {
      b = s.lower.lastIndexOf(w, b);
    } else if (b >= 4 && s.lower.startsWith("mid-", b - 4)) {
      b -= 4;
    }
    return SEASON_LEAD.contains(s.wordBefore(b));
  }

  /**
   * Whether a capitalised season without a year begins a name, a capitalised word after it: "in Spring Valley", "the
   * Summer Olympics", "the Autumn Budget", "the Spring Statement" are places and events, no seasons.
   */
  private static boolean seasonName(Matcher m, Scan s) {
    int after = m.end();
    while (after < s.length() && s.text.charAt(after) == ' ') {
      after++;
    }
    return s.isUpper(m.start("se")) && after > m.end() && after < s.length()
        && Character.isUpperCase(s.text.charAt(after));
  }

  /**
   * The nouns a season without a year names a thing with, not a time: "after the fall break", a court's "winter
   * vacation", "the spring collection", "the Winter Olympics" (in small letters too).
   */
  private static final java.util.regex.Pattern SEASON_LABEL = java.util.regex.Pattern.compile(
      "\\s{1,3}(?:break|breaks|vacation|vacations|collection|collections|olympics|games|paralympics|session|sessions|solstice)\\b");

  /** How far either side of a season its sentence is read for a habit. */
  private static final int HABIT_REACH = 160;
  /** A habit of the past: "used to", or "would" and "'d" in a memory ("she recalled", "as a boy", "growing up"). */
  private static final java.util.regex.Pattern USED_TO = java.util.regex.Pattern.compile("\\bused\\s{1,3}to\\b");
  private static final java.util.regex.Pattern WOULD = java.util.regex.Pattern.compile("\\bwould\\b|[a-z]['\u2019]d\\b");
  private static final java.util.regex.Pattern MEMORY = java.util.regex.Pattern.compile(
      "\\b(?:recall(?:s|ed)?|remember(?:s|ed)?|reminisced|as\\s{1,3}a\\s{1,3}(?:child|boy|girl|teenager|youngster)"
          + "|in\\s{1,3}those\\s{1,3}days|growing\\s{1,3}up)\\b");

  /**
   * Whether a season without a year is told in a habit of the past, no one season: "Neighbours recalled that he'd
   * leave pumpkins at the gate in the autumn", "as a girl she would skate on the pond in the winter", "they used to
   * fish there in the summer". A season told ahead in reported speech ("she said she would visit in the spring") is
   * a date.
   */
  private static boolean habitual(Scan s, int b, int e) {
    int lo = Math.max(Math.max(0, b - HABIT_REACH), s.lower.lastIndexOf(". ", b) + 1);
    int stop = s.lower.indexOf(". ", e);
    int hi = Math.min(Math.min(s.length(), e + HABIT_REACH), stop < 0 ? s.length() : stop);
    if (USED_TO.matcher(s.lower).region(lo, b).find()) {
      return true;
    }
    return WOULD.matcher(s.lower).region(lo, hi).find() && MEMORY.matcher(s.lower).region(lo, hi).find();
  }

  /** The words before a season that tell it from the text's last date ("that summer", "the following spring"). */
  private static final java.util.Map<String, Integer> TOLD_FROM_TEXT = java.util.Map.of("that", 0, "that same", 0,
      "the same", 0, "the following", 1, "the next", 1, "the previous", -1, "the preceding", -1);

  private static TemporalExpression season(Matcher m, Scan s) {
    Season season = Lexicon.season(m.group("se"));
    OptionalInt y = year(m, "y");
    y = y.isPresent() ? y : year(m, "y2");
    String r = m.group("r");
    if (m.group("of") != null) {
      return r != null && !r.equals("the") ? null
          : new TemporalExpression.AnaphoricSeason(season, TOLD_FROM_TEXT.get(m.group("of").replaceAll("\\s{1,3}", " ")));
    }
    boolean bare = r == null || r.equals("the");
    if (y.isEmpty() && (bare && (seasonName(m, s) || habitual(s, m.start(), m.end()) || SEASON_LABEL.matcher(s.lower).region(m.end(), s.length())
        .lookingAt()) || r == null && !seasonAfterPreposition(m, s))) {
      return null;
    }
    Integer direction = r == null || y.isPresent() ? null : TOLD_FROM_TEXT.get(r.replaceAll("\\s{1,3}", " "));
    if (direction != null) {
      return new TemporalExpression.AnaphoricSeason(season, direction);
    }
    return y.isPresent() ? new Explicit(TimeValue.ofSeason(y.getAsInt(), season)) : new SeasonOf(season, y, relation(r));
  }
}
