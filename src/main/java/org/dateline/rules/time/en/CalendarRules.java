package org.dateline.rules.time.en;

import static org.dateline.rules.time.en.Lexicon.FULL_MONTH;
import static org.dateline.rules.time.en.Lexicon.MONTH;
import static org.dateline.rules.time.en.Lexicon.MONTHS_TRIGGER;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Relation;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.YearPart;
import org.dateline.resolve.Unit;

/**
 * Rules for calendar dates stated with names or digits: "March 10", "10 March 2026", "2026-03-10", "2025", "the 1990s".
 * This class holds the rule table and the patterns it shares; each rule's reader lives with its kind: {@link
 * MonthDates}, {@link NumericDates}, {@link Years}, {@link YearParts}, {@link Seasons}. Stateless and thread-safe.
 */
final class CalendarRules {
  private CalendarRules() {}

  /** A year of four digits from 1600 to 2099. */
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
  /** What puts "the new year" ahead as a time: "in the new year", "early in the new year", "until the new year". */
  private static final Pattern INTO_BEFORE = Pattern.compile(
      "\\b(?:in|into|after|until|till|by)\\s{1,3}$");

  /**
   * A past verb of beginning before "the new year", or one after it: "pupils began the new year in temporary classrooms",
   * "the new year had begun", "as the new year began". The year begun is publication's (told ahead, "in the
   * new year", it is the coming one; told in the present, "as the new year begins", it is left alone).
   */
  private static final Pattern BEGUN_BEFORE = Pattern.compile("\\b(?:started|began|begun|welcomed|greeted"
      + "|(?:ushered|rang|rung)\\s{1,3}in|kicked\\s{1,3}off)\\s{1,3}$");
  private static final Pattern BEGUN_AFTER = Pattern.compile("\\s{1,3}(?:was|had|began|started)\\b");

  /** Whether "the new year" at {@code [start, end)} is the year just begun, told so in the past. */
  private static boolean begun(Scan s, int start, int end) {
    return BEGUN_BEFORE.matcher(s.lower).region(Math.max(0, start - 20), start).find()
        || BEGUN_AFTER.matcher(s.lower).region(end, Math.min(s.length(), end + 10)).lookingAt();
  }

  /** Returns the calendar rules, in the order the scanner tries them. */
  static List<Rule> rules() {
    return List.of(
        Rule.of("<month> <day>[, <year>]", MONTHS_TRIGGER,
            "(?<m>" + MONTH + ")\\s{1,3}" + DAY + "(?!:\\d|,\\d|\\.\\d)(?:,?\\s{1,3}(?<y>" + YEAR + ")\\b)?",
            MonthDates::monthDay),
        Rule.of("<day> <month> [<year>], 26-Nov-2026", "#",
            DAY + "(?:(?:\\s{1,3}of)?\\s{1,3}|-)(?<m>" + MONTH + ")(?:(?:,?\\s{1,3}|-)(?<y>" + YEAR + ")\\b)?",
            MonthDates::monthDay),
        Rule.of("<month> <year>", MONTHS_TRIGGER, "(?<m>" + MONTH + ")(?:,|\\s{1,3}of)?\\s{1,3}(?<y>" + YEAR + ")\\b",
            (m, s) -> MonthDates.monthOf(m, s, OptionalInt.of(Integer.parseInt(m.group("y"))), Relation.NONE)),
        Rule.of("<month>", MONTHS_TRIGGER, "(?<m>" + FULL_MONTH + ")\\b", MonthDates::bareMonth),
        // "the first Monday in June", "the last Friday of October 2027": a weekday counted in its month
        Rule.of("the <nth> <weekday> of|in <month> [<year>]", "the",
            "the\\s{1,3}(?<n>first|second|third|fourth|last)\\s{1,3}(?<w>" + Lexicon.WEEKDAY + ")"
                + "\\s{1,3}(?:of|in)\\s{1,3}"
                + "(?<m>" + FULL_MONTH + ")\\b(?:,?\\s{1,3}(?<y>" + YEAR + ")\\b)?",
            MonthDates::nthWeekday),
        // "that December", "the following March": a month of the story's year, after the year or month told before
        Rule.of("that|the following <month>", "that the",
            "(?<r>that|the\\s{1,3}(?:following|next|previous|preceding))\\s{1,3}(?<m>" + FULL_MONTH + ")\\b"
                + "(?!\\s{0,3}(?:\\d|of\\b)|')",
            MonthDates::anaphoricMonth),
        Rule.of("last|this|next <month>", "last this next",
            "(?<r>last|this|next)\\s{1,3}(?<m>" + FULL_MONTH + ")\\b",
            (m, s) -> MonthDates.monthOf(m, s, OptionalInt.empty(), relation(m.group("r")))),
        Rule.of("<year>", "#", "(?<y>" + YEAR + ")(?!\\d|\\s{0,2}%|\\s{1,2}(?:gmt|utc)\\b|,\\d|\\.\\d|-(?:year|old|day|month|week|hour|minute)|:\\d|\\s{1,3}blocks?\\b|" + STREET + ")",
            Years::year),
        // "since 1415", "in 1066.": a year before 1600 only right after "in", "since" or "until" and where its phrase
        // ends, as such a number is more often a count ("in 1200 homes")
        Rule.of("in <year before 1600>", "#", "(?<y>1[0-5]\\d\\d)(?=\\s{0,2}(?:[.,;:)]|$))",
            Years::oldYear),
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
            Years::fiscalYear),
        Rule.of("the <decade>s", "the #", "(?:the\\s{1,3})?(?:(?<y>1[6-9]\\d0|20\\d0|1[0-5]00)|'(?<yy>\\d0))'?s\\b",
            Years::decade),
        Rule.of("the <ordinal> century", "the this # nineteenth twentieth twenty",
            "(?:(?:the|this)\\s{1,3})?(?:(?<c>\\d{1,2})(?:st|nd|rd|th)|(?<w>nineteenth|twentieth|twenty-first))\\s{1,3}century",
            Years::century),
        // an ISO 8601 stamp may close with its zone designator: "2026-11-26T14:02:00Z", "...T14:02+05:30"
        Rule.of("yyyy-mm-dd[ hh:mm[:ss][zone]]", "#", "(?<y>" + YEAR + ")-(?<mo>[01]\\d)-(?<d>[0-3]\\d)"
            + CLOCK.replace(")?)?", ")?(?:z\\b|[+-][01]\\d:[0-5]\\d)?)?") + "(?!\\d)",
            NumericDates::numeric),
        // "2026/11/18", as East Asian copy writes a day
        Rule.of("yyyy/mm/dd", "#",
            "(?<y>" + YEAR + ")/(?<mo>[01]?\\d)/(?<d>[0-3]?\\d)(?![\\d/])" + CLOCK.replace("[ t]", "\\s{1,3}"),
            NumericDates::numeric),
        Rule.of("mm/dd/yyyy, dd/mm/yyyy [hh:mm[:ss]]", "#",
            "(?<mo>[0-3]?\\d)/(?<d>[0-3]?\\d)/(?<y>" + YEAR + "|\\d\\d)(?![\\d/])" + CLOCK.replace("[ t]", "\\s{1,3}"),
            NumericDates::slashed),
        // "21-11-2026", as Indian and European copy writes a day with hyphens, read as a slash date is
        Rule.of("dd-mm-yyyy, mm-dd-yyyy", "#", "(?<mo>[0-3]?\\d)-(?<d>[0-3]?\\d)-(?<y>" + YEAR + ")(?![\\d-])"
                + CLOCK.replace("[ t]", "\\s{1,3}"),
            NumericDates::slashed),
        // "18.11.2026": dots part a day written as Europe and India write it, the day first
        Rule.of("dd.mm.yyyy", "#", "(?<d>[0-3]?\\d)\\.(?<mo>[01]?\\d)\\.(?<y>" + YEAR + ")(?![.-]?\\d)",
            (m, s) -> s.charBefore(m.start()) == '.' ? null
                : NumericDates.explicitDay(m)),
        // "Jon Smith, 31 (14.02.95)": a day with dots and a two-digit year alone in brackets after an age, as British
        // police give a date of birth; elsewhere such a bracket may number a build or a score
        Rule.of("<age> (dd.mm.yy)", "#", "(?<d>[0-3]\\d)\\.(?<mo>[01]\\d)\\.(?<y>\\d\\d)(?!\\d)",
            (m, s) -> !NumericDates.birthInBrackets(m, s) ? null
                : NumericDates.explicitDay(m)),
        // "on 26.11.", "due by 31.01.": a day and month written with dots and no year, read only after a word
        // that takes a day (a version "3.11." or a score stays what it is)
        Rule.of("dd.mm.", "#", "(?<d>[0-3]\\d)\\.(?<mo>[01]\\d)\\.(?![\\d\\w])",
            NumericDates::dottedDay),
        Rule.of("mm-dd-yy hhmmZZZ", "#", "(?<mo>[01]\\d)-(?<d>[0-3]\\d)-(?<y>\\d\\d)(?:\\s{1,3}(?<hm>[0-2]\\d[0-5]\\d)[a-z]{0,3})?\\b",
            NumericDates::dashed),
        Rule.of("the <nth word> of <month> [<year>]", "the",
            "the\\s{1,3}(?<o>(?:twenty[- ]|thirty[- ])?(?:" + MonthDates.ORDINAL_WORDS + "))\\s{1,3}of\\s{1,3}(?<m>" + MONTH
                + ")(?:,?\\s{1,3}(?<y>" + YEAR + ")\\b)?",
            MonthDates::wordDayMonth),
        // "July Fourth", "March first": a capitalised month and its day in words, as American copy names a day
        Rule.of("<month> <nth word> [<year>]", MONTHS_TRIGGER,
            "(?<m>" + FULL_MONTH + ")\\s{1,3}(?<o>(?:twenty[- ]|thirty[- ])?(?:" + MonthDates.ORDINAL_WORDS + "))\\b"
                + "(?!\\s{1,3}(?:of|time|day|week|month|year|quarter|half|round|place|anniversary)\\b)(?:,?\\s{1,3}(?<y>" + YEAR + ")\\b)?",
            MonthDates::monthWordDay),
        Rule.of("in the new year", "the",
            "the\\s{1,3}new\\s{1,3}year\\b(?!'|\\s{1,3}(?:message|address|speech|holiday|holidays|eve|day|honours|honors"
                + "|celebrations?|resolutions?|parade|party|sales?)\\b)",
            (m, s) -> INTO_BEFORE.matcher(s.lower).region(Math.max(0, m.start() - 16), m.start()).find()
                ? new TemporalExpression.NewYear() : begun(s, m.start(), m.end())
                ? new TemporalExpression.RelativeUnit(Unit.YEAR, 0) : null),
        Rule.of("on the <nth>", "the",
            "the\\s{1,3}(?<d>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)(?:\\s{1,3}of\\s{1,3}(?<r>this|next|last)\\s{1,3}month\\b"
                + "|(?=\\s{0,2}[.,;:!?()]|\\s{0,2}$|\\s{1,3}(?:after|before|when|while|at|as|until|but)\\b"
                // another day of the month after it: "on the 8th and returned on the 9th", "from the 10th to the 14th"
                + "|\\s{1,3}(?:and|to|or)\\s{1,3}(?:[a-z]{1,12}\\s{1,3}){0,2}?the\\s{1,3}(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)"
                + "(?=\\s{0,2}[.,;:!?()]|\\s{0,2}$|\\s{1,3}(?:and|but|in|at|for|when|while|before|after|as)\\b)))",
            MonthDates::dayOfMonth),
        Rule.of("yyyymmdd", "#", "(?<y>(?:19|20)\\d\\d)(?<mo>[01]\\d)(?<d>[0-3]\\d)\\b(?![-/])",
            (m, s) -> NumericDates.explicitDay(m)),
        Rule.of("Q<n>|H<n> [<year>]", "q h",
            "(?<u>[qh])(?<o>[1-4])(?:\\s{1,3}(?<y>" + YEAR + "))?\\b(?![-/])",
            YearParts::periodCode),
        Rule.of("the <ordinal> quarter|half [of <year>]", "the fiscal first second third fourth 1st 2nd 3rd 4th #",
            "(?:the\\s{1,3})?(?:(?<y0>" + YEAR + ")\\s{1,3})?(?:the\\s{1,3})?(?:fiscal[- ])?(?<o>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?"
                + "(?<u>quarter|half)(?:\\s{1,3}of(?:\\s{1,3}fiscal)?\\s{1,3}(?<y>" + YEAR + ")\\b|\\s{1,3}(?<y2>" + YEAR + ")\\b"
                + "|" + OF_RELATIVE_YEAR + ")?",
            YearParts::yearPart),
        Rule.of("the <month>-<month> quarter", "the " + MONTHS_TRIGGER,
            "(?:the\\s{1,3})?(?<m>" + MONTH + ")(?:\\s{0,2}[-\u2013/]\\s{0,2}|-to-|\\s{1,3}to\\s{1,3})(?<m2>" + MONTH + ")"
                + "(?:\\s{1,3}(?<y>" + YEAR + "))?\\s{1,3}(?<u>quarter|half|period)\\b",
            YearParts::monthsPart),
        // a quarter or half named by its last month, as Australian and Indian business news writes it
        // "March-quarter revenue": hyphened, it needs no "the"
        Rule.of("the September quarter, the June half", "the march june september december mar jun sept sep dec",
            "(?:the\\s{1,3})?(?<m>march|june|september|december|mar\\.?|jun\\.?|sept?\\.?|dec\\.?)(?:\\s{1,3}|-(?=[qh]))"
                + "(?:(?<y>" + YEAR + ")\\s{1,3})?(?<u>quarter|half)\\b(?!-)",
            YearParts::endingMonthPart),
        // "3Q26", "1H27", "2H 2026": broker notes and business wires write the ordinal first
        Rule.of("<n>Q<yy>, <n>H <year>", "#", "(?<o>[1-4])(?<u>q|h)\\s{0,2}(?<y>" + YEAR + "|\\d\\d)\\b",
            YearParts::ordinalPeriodCode),
        Rule.of("the <ordinal> week of <month> [<year>]", "the first second third fourth last final",
            "(?:the\\s{1,3})?(?<o>first|second|third|fourth|last|final)\\s{1,3}week\\s{1,3}of\\s{1,3}(?<m>" + FULL_MONTH
                + ")\\b(?:,?\\s{1,3}(?<y>" + YEAR + ")\\b)?",
            MonthDates::weekOfMonth),
        Rule.of("the last half|quarter, the first two quarters of <year>", "the first last final back front",
            "(?:the\\s{1,3})?(?<o>first|last|final|back|front)\\s{1,3}(?:(?<two>two\\s{1,3})?(?<u>quarters|quarter|half)"
                + "|(?<mo>three|six)\\s{1,3}months)(?:\\s{1,3}of"
                + "(?:\\s{1,3}fiscal)?\\s{1,3}(?<y>" + YEAR + ")\\b|" + OF_RELATIVE_YEAR + ")",
            YearParts::endPart),
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
            Years::spelledYear),
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
            Seasons::season));
  }

  /**
   * The relation a word before a month or season tells: "last" and "this past" (LAST), "next" and "this coming"
   * (NEXT), "this" (THIS); none for any other word or none.
   */
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

  /** A year from its digits; two digits are 1930-1999 from 30, else 2000-2029. */
  static int fullYear(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() > 2 ? y : y >= 30 ? 1900 + y : 2000 + y;
  }

  /** The year of a matched group, or empty when the group matched nothing. */
  static OptionalInt year(Matcher m, String group) {
    String y = m.group(group);
    return y == null ? OptionalInt.empty() : OptionalInt.of(fullYear(y));
  }
}
