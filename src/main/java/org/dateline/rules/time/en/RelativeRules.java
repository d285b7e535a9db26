package org.dateline.rules.time.en;

import static org.dateline.rules.time.en.Lexicon.NUM;
import static org.dateline.rules.time.en.Lexicon.PART;
import static org.dateline.rules.time.en.Lexicon.UNIT;
import static org.dateline.rules.time.en.Lexicon.WEEKDAY;
import static org.dateline.rules.time.en.Lexicon.WEEKDAYS_TRIGGER;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Granularity;
import org.dateline.model.TimeValue;
import org.dateline.model.PartOfDay;
import org.dateline.resolve.Relation;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.Ago;
import org.dateline.resolve.TemporalExpression.Anaphoric;
import org.dateline.resolve.TemporalExpression.DayShift;
import org.dateline.resolve.TemporalExpression.Duration;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;
import org.dateline.resolve.TemporalExpression.RelativeDay;
import org.dateline.resolve.TemporalExpression.RelativeUnit;
import org.dateline.resolve.TemporalExpression.Vague;
import org.dateline.resolve.TemporalExpression.Weekday;
import org.dateline.resolve.Unit;

/** Rules for dates relative to publication or to the text: "yesterday", "last Tuesday", "two days ago", "the next day", "recently". */
final class RelativeRules {
  private RelativeRules() {}

  /** Words that, capitalized before a weekday, make it a day's name: "Super Tuesday", "Bloody Sunday". */
  private static final java.util.Set<String> NAMED_DAYS = java.util.Set.of("super", "bloody", "giving", "fat", "black",
      "cyber", "ash", "palm", "holy", "maundy", "shrove", "good", "easter", "whit", "low", "clean", "spy", "mega");
  /**
   * Capitalised words after a weekday (or its night) that make it a name: newspapers ("the Sunday Times", "the
   * Sunday Telegraph"), shows ("Saturday Night Live", "Monday Night Football") and groups ("the Tuesday Group").
   */
  private static final java.util.Set<String> NAME_AFTER = java.util.Set.of("times", "telegraph", "mirror", "express",
      "herald", "independent", "tribune", "mail", "guardian", "post", "standard", "observer", "journal", "star",
      "nation", "chronicle", "gazette", "live", "lights", "football", "raw", "group", "club",
      // more papers' names: "the Sunday Sun", "the Sunday World", "the Sunday Punch", "the Sunday Argus"
      "sun", "world", "news", "age", "monitor", "vision", "punch", "record", "argus", "echo", "press", "review",
      "mercury", "leader");
  /** Words before a weekday that make it a day whatever follows: "On Sunday Times Square was empty". */
  private static final java.util.Set<String> TIME_BEFORE = java.util.Set.of("on", "by", "until", "till", "since",
      "from", "last", "next", "this", "early", "late");
  /** Capitalised papers before "on Sunday" that make it their name: "the Mail on Sunday". */
  private static final java.util.Set<String> PAPER_ON = java.util.Set.of("mail", "independent");
  /** Words before "Monday week" that make it a kind of week: "a Monday to Friday week", "every Monday week". */
  private static final java.util.Set<String> WEEK_BEFORE = java.util.Set.of("a", "the", "every", "each", "per", "day",
      "to", "through", "and", "or");
  /** Words before "a week on Friday" that make "a week" a span: "twice in a week on Friday". */
  private static final java.util.Set<String> SPAN_BEFORE = java.util.Set.of("in", "within", "for", "than", "over", "of");
  private static final String REL_UNIT = "(?<u>week|weekend|month|year|quarter|decade|century)\\b";

  static List<Rule> rules() {
    return List.of(
        Rule.of("today|yesterday|tomorrow [<part>]", "today yesterday tomorrow",
            "(?<w>today|yesterday|tomorrow)(?:\\s{1,3}(?<p>" + PART + "))?\\b",
            RelativeRules::relativeDay),
        Rule.of("the day before yesterday|after tomorrow", "the",
            "the\\s{1,3}day\\s{1,3}(?<w>before\\s{1,3}yesterday|after\\s{1,3}tomorrow)\\b",
            (m, s) -> new RelativeDay(m.group("w").startsWith("before") ? -2 : 2)),
        // "the night before last": the night of the day before yesterday, as "last night" is yesterday's
        Rule.of("the night before last", "the", "the\\s{1,3}night\\s{1,3}before\\s{1,3}last\\b",
            (m, s) -> new PartOfDayOf(new RelativeDay(-2), PartOfDay.NIGHT)),
        // "the Friday before last", "the Tuesday after next": a week beyond the last or the next such weekday
        Rule.of("the <weekday> before last|after next", "the",
            "the\\s{1,3}(?<w>" + WEEKDAY + ")\\s{1,3}(?<d>before\\s{1,3}last|after\\s{1,3}next)\\b(?![-'\u2019])"
                // "the Friday before last year's vote", "the Friday before last Christmas" are the Friday before
                // those: only a word that opens no noun may follow
                + "(?!\\s{1,3}(?!(?:at|in|on|and|or|but|when|after|before|with|to|for|by|from|the|a|as|while)\\b)"
                + "[a-z])",
            (m, s) -> s.isUpper(m.start("w")) ? new DayShift(new Weekday(Lexicon.weekday(m.group("w")),
                m.group("d").startsWith("before") ? Relation.LAST : Relation.NEXT),
                m.group("d").startsWith("before") ? -7 : 7) : null),
        // "overnight into Friday": the night that ends on the Friday
        Rule.of("overnight into <weekday>", "overnight",
            "overnight\\s{1,3}(?:into|to)\\s{1,3}(?<w>" + WEEKDAY + ")\\b",
            (m, s) -> s.isUpper(m.start("w")) ? new PartOfDayOf(new DayShift(new Weekday(Lexicon.weekday(m.group("w")),
                CalendarRules.relation(null)), -1), PartOfDay.NIGHT) : null),
        // "overnight Saturday", "overnight Saturday into Sunday": the night of the Saturday
        Rule.of("overnight <weekday> [into <weekday>]", "overnight",
            "overnight\\s{1,3}(?:on\\s{1,3})?(?<w>" + WEEKDAY + ")\\b(?:\\s{1,3}(?:into|to)\\s{1,3}(?<w2>" + WEEKDAY + ")\\b)?",
            (m, s) -> s.isUpper(m.start("w")) ? new PartOfDayOf(new Weekday(Lexicon.weekday(m.group("w")),
                CalendarRules.relation(null)), PartOfDay.NIGHT) : null),
        Rule.of("tonight|last night|this <part>", "tonight last this overnight",
            "(?<w>tonight|last\\s{1,3}night|overnight|(?:this|last)\\s{1,3}(?<p>morning|afternoon|evening))\\b",
            RelativeRules::partOfToday),
        // "on Tuesday (4)", "today (9)": a day named twice, the second time by its number alone, as South Asian
        // news writes it
        Rule.of("<weekday>|tomorrow (<dd>)", WEEKDAYS_TRIGGER + " today tomorrow yesterday",
            "(?<w>" + WEEKDAY + "|today|tomorrow|yesterday)\\s{0,2}\\((?<d>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\)",
            RelativeRules::dayInBrackets),
        Rule.of("[last|this|next] <weekday> [<part>]", "last this next " + WEEKDAYS_TRIGGER,
            "(?:(?<r>last|this|next|this\\s{1,3}past|this\\s{1,3}coming)\\s{1,3})?(?<w>" + WEEKDAY + ")\\b"
                + "(?:(?!'s)\\s{1,3}(?<p>" + PART + "|overnight)\\b)?",
            RelativeRules::weekday),
        // "Monday next week", "on Thursday of last week": the weekday of that week, one mention
        Rule.of("<weekday> [of] last|this|next week", WEEKDAYS_TRIGGER,
            "(?<w>" + WEEKDAY + ")\\s{1,3}(?:of\\s{1,3})?(?<r>last|this|next)\\s{1,3}week\\b(?!-|'|end)",
            (m, s) -> s.isUpper(m.start("w")) ? new DayShift(new Weekday(Lexicon.weekday(m.group("w")),
                Relation.THIS), 7 * offset(m.group("r"))) : null),
        Rule.of("last|this|next <unit>", "last this next",
            "(?<r>last|this|next|this\\s{1,3}past|this\\s{1,3}coming)\\s{1,3}" + REL_UNIT + "(?!-)",
            // "the last weekend of October" is October's
            // ... and "This Week" capitalised within a sentence names a programme ("ABC's \"This Week\"")
            (m, s) -> m.group("u").equals("weekend") && s.lower.startsWith(" of ", m.end()) || titleCase(s, m) ? null
                : new RelativeUnit(Lexicon.unit(m.group("u")), offset(m.group("r")), !m.group("r").startsWith("next"))),
        // "the week after next", "the month before last": two units on
        Rule.of("the <unit> after next|before last", "the",
            "the\\s{1,3}" + REL_UNIT + "\\s{1,3}(?<d>after\\s{1,3}next|before\\s{1,3}last)\\b"
                // "the week after next year's vote" is a week after that vote
                + "(?!\\s{1,3}(?:week|weekend|month|year|quarter|decade|century|season)\\b|\\s{1,3}[a-z]{1,20}'s)",
            (m, s) -> new RelativeUnit(Lexicon.unit(m.group("u")), m.group("d").startsWith("after") ? 2 : -2)),
        Rule.of("earlier|later this month|year", "earlier later",
            "(?:earlier|later)\\s{1,3}this\\s{1,3}(?<u>month|year)\\b",
            (m, s) -> new RelativeUnit(Lexicon.unit(m.group("u")), 0)),
        // "earlier in the week", "later in the day", "early in the year": the unit around the date told before
        // ("late in the day" is as often a saying, and "too early in the year" to plant is no time)
        Rule.of("earlier|later in the <unit>", "earlier later early late",
            "(?:earlier|later|(?<e>early|late))\\s{1,3}in\\s{1,3}the\\s{1,3}(?<u>day|week|month|year)\\b",
            (m, s) -> m.group("e") != null && (m.group("u").equals("day") || s.wordBefore(m.start()).equals("too"))
                ? null : new Anaphoric(0, Lexicon.unit(m.group("u")), true)),
        Rule.of("the end|beginning of the <unit>", "the end beginning start middle",
            "(?:the\\s{1,3})?(?<mod>end|beginning|start|middle)\\s{1,3}of\\s{1,3}(?<r>the|this|next|last)\\s{1,3}"
                + "(?<u>week|month|year|decade|century|quarter)\\b"
                // "the start of the month of Shawwal", "the end of the year of the dragon": another calendar's, named
                + "(?!\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?[a-z])",
            (m, s) -> new RelativeUnit(Lexicon.unit(m.group("u")), m.group("r").equals("the") ? 0 : offset(m.group("r")))),
        Rule.of("the current|latest <unit>", "the",
            "the\\s{1,3}(?<r>current|latest|most\\s{1,3}recent|recent)\\s{1,3}(?<f>fiscal\\s{1,3})?"
                + "(?<u>week|month|year|quarter|period)\\b",
            RelativeRules::currentUnit),
        Rule.of("the quarter", "the", "the\\s{1,3}quarter\\b(?!-|\\s{1,3}(?:century|of|mile|hour|point|percent))",
            (m, s) -> new RelativeUnit(Unit.QUARTER, -1)),
        Rule.of("the year ended <date>", "the", "the\\s{1,3}(?:fiscal\\s{1,3})?year(?=\\s{1,3}(?:ended|ending)\\b)",
            (m, s) -> new Duration(Unit.YEAR.duration(1))),
        Rule.of("the [current] fiscal year", "the",
            "the\\s{1,3}(?:current\\s{1,3})?fiscal\\s{1,3}year\\b(?!\\s{1,3}(?:ended|ending|through|to|earlier|ago|before|after)\\b)",
            (m, s) -> new RelativeUnit(Unit.YEAR, 0)),
        Rule.of("current <noun>", "current",
            // "an electric current near the stairs", "the current in the river" are flows, no time
            "current\\b(?=\\s{1,3}[a-z])(?!\\s{1,3}(?:account|accounts|year|quarter|month|week|fiscal|period|of|and"
                + "|near|in|on|at|from|through|flowing|was|is|that|which)\\b)",
            (m, s) -> new Vague(Granularity.PRESENT)),
        // "year-end 2024" is the end of the year it names, not of publication's
        Rule.of("year-end <year>", "year",
            "year[- ]end\\s{1,3}(?<y>(?:19|20)\\d{2})\\b(?![-/.:]\\d)",
            (m, s) -> new Explicit(TimeValue.ofYear(Integer.parseInt(m.group("y"))))),
        Rule.of("year-end", "year the", "(?:the\\s{1,3}(?:full\\s{1,3})?year\\b(?!\\s{1,3}(?:earlier|ago|before|after))|year[- ]end|year's\\s{1,3}end)\\b",
            // "a year-end interview" names a kind of interview, not a time
            (m, s) -> m.group().startsWith("the") && !m.group().contains("full") || "a".equals(s.wordBefore(m.start())) ? null
                : new RelativeUnit(Unit.YEAR, 0)),
        // "the past weekend" is the last one, not a vague past ("the last weekend of October" is another's)
        // "the holiday weekend", "the bank holiday weekend", "the long weekend": the weekend of this week too
        Rule.of("the [past] weekend", "the", "the\\s{1,3}(?:(?<p>past|previous)\\s{1,3})?"
                + "(?:(?:(?:bank\\s{1,3})?holiday|long)\\s{1,3})?weekend\\b(?!\\s{1,3}of\\b)",
            (m, s) -> new RelativeUnit(Unit.WEEKEND, m.group("p") == null ? 0 : -1)),
        // "on this day six years ago", "this day a year ago": the day so long before publication, not the year
        Rule.of("this day <n> <unit> ago", "this",
            "this\\s{1,3}day,?\\s{1,3}(?<n>" + NUM + ")\\s{1,3}(?<u>years?|months?)\\s{1,3}ago\\b",
            (m, s) -> {
              int n = Lexicon.number(m.group("n"));
              return n > 0 ? new TemporalExpression.AgoFrom(new RelativeDay(0), n, Lexicon.unit(m.group("u"))) : null;
            }),
        Rule.of("<n> <unit> ago", "# " + NUM_TRIGGER,
            "(?<n>" + NUM + ")\\s{1,3}(?<u>" + UNIT + ")(?:\\s{1,3}or\\s{1,3}so)?\\s{1,3}ago\\b", RelativeRules::ago),
        Rule.of("<n> <unit> from now|today|tomorrow, in <n> <unit>'s time", "# " + NUM_TRIGGER,
            "(?<n>" + NUM + ")\\s{1,3}(?<u>" + UNIT + ")(?:'s|')?\\s{1,3}(?<w>from\\s{1,3}(?:now|today|tomorrow)|time)\\b",
            RelativeRules::fromNow),
        // "a week from Friday", "two weeks on Saturday", "a fortnight on Sunday": so many weeks after the coming
        // weekday ("a week from Friday's vote" is none)
        Rule.of("<n> weeks from|on <weekday>", "# " + NUM_TRIGGER,
            "(?:(?<n>" + NUM + ")\\s{1,3}weeks?|(?<f>a\\s{1,3}fortnight))\\s{1,3}(?:from|on)\\s{1,3}(?<w>" + WEEKDAY
                + ")\\b(?!')",
            (m, s) -> {
              // "a fortnight on Sunday" (British) is two weeks on
              int n = m.group("f") != null ? 2 : Lexicon.number(m.group("n"));
              // "the second time in a week on Thursday": a span of a week, then the day
              return n > 0 && n < 53 && s.isUpper(m.start("w")) && !SPAN_BEFORE.contains(s.wordBefore(m.start()))
                  ? new DayShift(new Weekday(Lexicon.weekday(m.group("w")), Relation.NEXT), 7 * n) : null;
            }),
        // "Monday week", "on Thursday week" (British): a week after the coming weekday, as "a week on Thursday"
        Rule.of("<weekday> week", WEEKDAYS_TRIGGER,
            "(?<w>" + WEEKDAY + ")\\s{1,3}week\\b"
                + "(?![-'\u2019]|\\s{1,3}(?:of|in|on|at|to|before|after|from|ending|ended)\\b)",
            (m, s) -> s.isUpper(m.start("w")) && !s.isUpper(m.end() - 4) && s.charBefore(m.start()) != '-'
                && !WEEK_BEFORE.contains(s.wordBefore(m.start()))
                ? new DayShift(new Weekday(Lexicon.weekday(m.group("w")), Relation.NEXT), 7) : null),
        Rule.of("<n> <unit> earlier|later", "# " + NUM_TRIGGER,
            "(?<n>" + NUM + ")\\s{1,3}(?<u>" + UNIT + ")\\s{1,3}(?:(?<d>earlier|later|before|after|afterwards?|on)"
                + "(?=\\s{0,2}[.,;)]|$)|(?<later>later)(?!\\s{1,3}than\\b))",
            RelativeRules::shift),
        Rule.of("the previous|following <weekday>", "the",
            "the\\s{1,3}(?<d>previous|preceding|following)\\s{1,3}(?<w>" + WEEKDAY + ")\\b",
            (m, s) -> s.isUpper(m.start("w")) ? new TemporalExpression.AnaphoricWeekday(Lexicon.weekday(m.group("w")),
                m.group("d").equals("following") ? 1 : -1) : null),
        Rule.of("the next|previous <unit>", "the that",
            "(?:the\\s{1,3}(?<d>next|following|previous|preceding|prior|same)|(?<that>that(?:\\s{1,3}same)?))\\s{1,3}"
                + "(?<u>day|week|month|quarter|year)\\b"
                + "(?!\\s{1,3}(?:of|or))",
            RelativeRules::anaphoric),
        // "night" only with "that", "the next" and their like: "the night" alone is as often a stretch of time
        // ("through the night")
        Rule.of("that <part>", "that the early late mid morning afternoon evening",
            "(?:(?<d>that|the\\s{1,3}same|the\\s{1,3}next|the\\s{1,3}following|the\\s{1,3}previous)\\s{1,3}"
                + "|(?<e>early|late|mid)\\s{1,3})?"
                + "(?<p>morning|afternoon|evening|night)\\b",
            RelativeRules::anaphoricPart),
        // "the night before" only where the clause ends ("the night before the vote" is no night of the story's); "the
        // year before" is left alone, as TempEval-3's annotators leave it ("up from $2 billion the year before")
        Rule.of("the day|night before|after", "the",
            "the\\s{1,3}(?<u>day|night)\\s{1,3}(?<d>before|after)(?:(?<end>(?=\\s{0,2}[.,;)]))|"
                + Lexicon.DAY_AHEAD + ")",
            RelativeRules::unitBeforeAfter),
        // "up from 280 the week before", "after falling 2% the month before": where the clause ends, the unit before
        // the one just told ("the year before" is left alone, as TempEval-3's annotators leave it)
        Rule.of("the week|month before", "the",
            // ... or before a preposition, which "before" as one never takes: "ministers meeting the week before in the
            // run-up to the summit"
            "the\\s{1,3}(?<u>week|month)\\s{1,3}before(?=\\s{0,2}(?:[.,;)]|$)|\\s{1,3}(?:in|at|with|when|while|as|during)\\b)",
            (m, s) -> new Anaphoric(-1, Lexicon.unit(m.group("u")), true)),
        // the day is read by its own rule and joined by the assembler; alone, these count from the last day named
        // "the night of the 28th": a day of the month too, read by "on the <nth>" after "the night of"
        // "at dawn on Wednesday", "before daybreak on Friday": the morning of the day after it
        Rule.of("dawn on <day>", "dawn daybreak first",
            "(?:dawn|daybreak|first\\s{1,3}light)\\s{1,3}(?:on|of)" + Lexicon.DAY_AHEAD,
            (m, s) -> new PartOfDayOf(new Anaphoric(0, Unit.DAY, true), PartOfDay.MORNING)),
        Rule.of("the <part> of <day>", "the", "the\\s{1,3}(?<p>" + Lexicon.PART + ")\\s{1,3}of(?:" + Lexicon.DAY_AHEAD
                + "|(?=\\s{1,3}the\\s{1,3}(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b))",
            (m, s) -> new PartOfDayOf(new Anaphoric(0, Unit.DAY, true), Lexicon.partOfDay(m.group("p")))),
        // "the Friday after Thanksgiving", "the week before Christmas": the day is read by its own rule and joined by
        // the assembler
        Rule.of("the <weekday>|week before|after <day>", "the",
            "the\\s{1,3}(?:(?<w>" + WEEKDAY + ")|week)\\s{1,3}(?<d>before|after)" + Lexicon.DAY_AHEAD,
            (m, s) -> {
              int d = m.group("d").equals("before") ? -1 : 1;
              if (m.group("w") == null) {
                return new TemporalExpression.Containing(Unit.WEEK, new Anaphoric(7 * d, Unit.DAY, true));
              }
              return s.isUpper(m.start("w")) ? new TemporalExpression.AnaphoricWeekday(Lexicon.weekday(m.group("w")), d)
                  : null;
            }),
        // "the Thursday before", "the Monday after" where the clause ends: from the day told before it
        Rule.of("the <weekday> before|after", "the",
            "the\\s{1,3}(?<w>" + WEEKDAY + ")\\s{1,3}(?<d>before|after)(?=\\s{0,2}(?:[.,;)]|$))",
            (m, s) -> s.isUpper(m.start("w")) ? new TemporalExpression.AnaphoricWeekday(Lexicon.weekday(m.group("w")),
                m.group("d").equals("before") ? -1 : 1) : null),
        // a market's week, month or year closed: "closing the week at 5.41 per dollar", "ended the month up 2%", "rose
        // 1.4% for the week", "down 3% on the week": the one of the last day told, else publication's
        Rule.of("closed the week", "the",
            "the\\s{1,3}(?<u>week|month|year)(?=\\s{1,3}(?:at|up|down|higher|lower|with|on|in|flat|unchanged|[0-9])\\b"
                + "|\\s{0,2}(?:[,.;]|$))",
            RelativeRules::closedPeriod),
        Rule.of("the week|weekend of <day>", "the", "the\\s{1,3}(?<u>week|weekend)\\s{1,3}of" + Lexicon.DAY_AHEAD,
            (m, s) -> new TemporalExpression.Containing(m.group("u").equals("week") ? Unit.WEEK : Unit.WEEKEND,
                new Anaphoric(0, Unit.DAY, true))),
        Rule.of("year-earlier", "the year comparable",
            "(?:the\\s{1,3})?(?:comparable\\s{1,3})?(?:year[- ](?:earlier|ago)|prior[- ]year)"
                + "(?:\\s{1,3}(?:(?:first|second|third|fourth)\\s{1,3})?(?:quarter|period|(?:six|nine)\\s{1,3}months))?\\b",
            RelativeRules::yearEarlier),
        Rule.of("the same period last year", "the last",
            "(?:last\\s{1,3}year'?s\\s{1,3}(?:quarter|period)|the\\s{1,3}(?:(?:same|corresponding|comparable)\\s{1,3})?"
                + "(?:quarter|period)\\s{1,3}(?:of\\s{1,3})?(?:last\\s{1,3}year|a\\s{1,3}year\\s{1,3}(?:ago|earlier))"
                // "the same month last year": the month named before, a year back
                + "|the\\s{1,3}(?:same|corresponding)\\s{1,3}month\\s{1,3}(?:of\\s{1,3})?(?:last\\s{1,3}year"
                + "|a\\s{1,3}year\\s{1,3}(?:ago|earlier)))\\b",
            (m, s) -> new Anaphoric(-1, Unit.YEAR)),
        // "612 on the same day last year", "this day last year": publication's day a year before
        Rule.of("the same day last year", "the this",
            "(?:the\\s{1,3}same|this)\\s{1,3}(?:day|date)\\s{1,3}(?:last\\s{1,3}year|a\\s{1,3}year\\s{1,3}(?:ago|earlier))\\b",
            (m, s) -> new TemporalExpression.AgoFrom(new RelativeDay(0), 1, Unit.YEAR)),
        Rule.of("a year earlier", "a one",
            "(?:a|one)\\s{1,3}(?<u>year|month|week|day)\\s{1,3}(?<d>earlier|before)(?<end>(?=\\s{0,2}[.,;)]|\\s{1,3}"
                + "(?:when|and|in|on|for|to|as|at|but|while|because)\\b))?",
            RelativeRules::earlier),
        // a fortnight, as British, Irish, Indian and Australian news counts two weeks
        Rule.of("a fortnight [ago|later], the past fortnight", "the a one two three four fortnight fortnights #",
            "(?:the\\s{1,3}(?<r>past|last|previous|next|coming|following)\\s{1,3}|(?<n>a|one|two|three|four|[1-4])\\s{1,3})?"
                + "fortnights?\\b(?:\\s{1,3}(?<ago>ago)\\b|\\s{1,3}(?<d>earlier|later)(?=\\s{0,2}[.,;)]|$))?",
            RelativeRules::fortnight),
        // "just weeks ago", "days ago" with no number: TimeML reads a stretch of that unit, uncounted (PXW)
        Rule.of("[just] <units> ago", "days weeks months years",
            "(?:(?:just|only|mere)\\s{1,3})?(?<u>days|weeks|months|years)\\s{1,3}ago\\b",
            (m, s) -> Lexicon.number(s.wordBefore(m.start())) != -2 || s.wordBefore(m.start()).equals("of")
                // a count told roughly is still a count: "30-odd years ago", "20-plus years ago", "ten or so years ago"
                || s.wordBefore(m.start()).endsWith("odd") || s.wordBefore(m.start()).endsWith("plus")
                || s.wordBefore(m.start()).equals("so") ? null
                : new Duration(Lexicon.unit(m.group("u")).duration(-1))),
        Rule.of("now|currently|recently|soon", "now right currently recently soon nowadays these recent current the previous past earlier this at",
            // "the now-defunct county" names a state, no time: "now" in a hyphened adjective is none
            "(?<w>(?:right\\s{1,3})?now(?!-[a-z])|currently|recently|soon|nowadays|these\\s{1,3}days"
                // "hospitalisations remain low at present": now; "at present value" is a price
                + "|at\\s{1,3}present(?!\\s{1,3}(?:value|values|levels|rates|prices)\\b)"
                // "remains in custody at this time": now; "at this time of year", "at this time last year" are other times
                + "|this\\s{1,3}time(?!\\s{1,3}(?:of|around|round|on|in|a|the|that|every|each)\\b)"
                + "(?!,?\\s{1,3}(?:last|next|today|tonight|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday"
                + "|saturday|sunday)\\b)"
                // "at this time two years ago", "at this time, a decade ago" name a time past
                + "(?!,?(?:\\s{1,3}[a-z0-9-]{1,12}){1,3}\\s{1,3}ago\\b)"
                + "|recent\\s{1,3}(?:days|weeks|months|years)|(?:previous|past|earlier)\\s{1,3}years(?!\\s{1,3}(?:of|since)\\b)"
                + "|the\\s{1,3}(?:past|future|present)"
                // "in eight of the past 10 sessions" counts sessions, no vague past
                + "(?!\\s{1,3}(?:\\d|(?:few|several|couple|two|three|four|five|six|seven|eight|nine|ten|dozen)\\b))"
                + "|the\\s{1,3}near\\s{1,3}(?:future|term)|the\\s{1,3}short\\s{1,3}term)\\b",
            RelativeRules::vague),
        Rule.of("the coming days|weeks, the days ahead", "the coming days weeks months years decades hours",
            "(?:the\\s{1,3})?(?:coming|next\\s{1,3}few|next\\s{1,3}several)\\s{1,3}(?:hours|days|weeks|months|years)\\b"
                // "the days ahead" is "the coming days"; TempEval-3 reads "the weeks ahead" as a stretch of weeks (PXW)
                + "|the\\s{1,3}days\\s{1,3}ahead\\b"
                // "in the days to come", "for years to come": the future, not a length of time
                + "|(?:the\\s{1,3})?(?:days|weeks|months|years|decades)\\s{1,3}to\\s{1,3}come\\b",
            (m, s) -> new Vague(Granularity.FUTURE)));
  }

  static final String NUM_TRIGGER = "one two three four five six seven eight nine ten eleven twelve thirteen "
      + "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
      + "hundred dozen a an several few many some";

  static int offset(String relation) {
    return relation.startsWith("last") || relation.endsWith("past") ? -1
        : relation.startsWith("next") || relation.endsWith("coming") ? 1 : 0;
  }

  private static TemporalExpression dayInBrackets(Matcher m, Scan s) {
    String w = m.group("w");
    TemporalExpression day = new TemporalExpression.DayOfMonth(Integer.parseInt(m.group("d")));
    if (w.equals("today") || w.equals("tomorrow") || w.equals("yesterday")) {
      return new TemporalExpression.Apposition(new RelativeDay(w.equals("today") ? 0 : w.equals("yesterday") ? -1 : 1), day);
    }
    return s.isUpper(m.start("w")) ? new TemporalExpression.Apposition(new Weekday(Lexicon.weekday(w),
        CalendarRules.relation(null)), day) : null;
  }

  private static TemporalExpression relativeDay(Matcher m, Scan s) {
    String w = m.group("w");
    RelativeDay day = new RelativeDay(w.equals("today") ? 0 : w.equals("yesterday") ? -1 : 1);
    PartOfDay p = m.group("p") == null ? null : Lexicon.partOfDay(m.group("p"));
    return p == null ? day : new PartOfDayOf(day, p);
  }

  /** A market's close before its period: "closing the", "ended the"; a move "for" or "on" it: "up 2% for the". */
  private static final Pattern CLOSED_BEFORE = Pattern.compile("\\b(?:ended|closed|finished|ending|closing|finishing"
      + "|end|close|finish)\\s{1,3}$");
  private static final Pattern MOVE_BEFORE = Pattern.compile(
      "(?:%|\\bpercent|\\bcent|\\bpoints?|\\bhigher|\\blower)\\s{1,3}(?:for|on)\\s{1,3}$");
  /** A modal or "to" before a market's close: "could end the week at a record", "on track to close the month higher". */
  private static final Pattern CLOSE_AHEAD = Pattern.compile("\\b(?:will|would|could|may|might|should|to|set|poised)"
      + "\\s{1,3}(?:end|close|finish)\\s{1,3}$");

  /** Reads a period a market closed or moved over, or null (a year only closed: "up 12% for the year" is a length). */
  private static TemporalExpression closedPeriod(Matcher m, Scan s) {
    int lo = Math.max(0, m.start() - 30);
    boolean closed = CLOSED_BEFORE.matcher(s.lower).region(lo, m.start()).find();
    if (!closed && (m.group("u").equals("year") || !MOVE_BEFORE.matcher(s.lower).region(lo, m.start()).find())) {
      return null;
    }
    // (a period closed counts as no whole day: see Anchors.periodOfLastDay; one still to close is the running one)
    boolean ahead = closed && CLOSE_AHEAD.matcher(s.lower).region(lo, m.start()).find();
    return new TemporalExpression.Containing(Lexicon.unit(m.group("u")), new Anaphoric(0, Unit.DAY, !closed || ahead));
  }

  /** Words before "last" that make it "final": "the last evening of the festival". */
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "that", "this", "his", "her",
      "their", "its", "our", "my", "your", "one", "every", "each", "any", "final");

  /** Whether a "this week" is written "This Week" in the middle of a sentence: a title, not a time. */
  private static boolean titleCase(Scan s, Matcher m) {
    if (!s.isUpper(m.start()) || !s.isUpper(m.start("u")) || Character.isUpperCase(s.text.charAt(m.start() + 1))) {
      return false; // "NEXT WEEK" in a text in capitals is a time
    }
    int i = m.start();
    while (i > 0 && s.text.charAt(i - 1) == ' ') {
      i--;
    }
    return i > 0 && ".!?\n".indexOf(s.text.charAt(i - 1)) < 0;
  }

  /** How far either side of "overnight" its sentence is read for its tense. */
  private static final int OVERNIGHT_WINDOW = 120;

  /**
   * Whether the sentence around {@code [b, e)} tells a forecast and no past: a future cue ("will", "likely to") or a
   * forecast in progress ("the agency is predicting sleet overnight"), and no past verb.
   */
  private static boolean ahead(Scan s, int b, int e) {
    int lo = Math.max(0, b - OVERNIGHT_WINDOW);
    for (int i = b - 1; i >= lo; i--) {
      if (".!?\n".indexOf(s.lower.charAt(i)) >= 0) {
        lo = i + 1;
        break;
      }
    }
    int hi = Math.min(s.length(), e + OVERNIGHT_WINDOW);
    for (int i = e; i < hi; i++) {
      if (".!?\n".indexOf(s.lower.charAt(i)) >= 0) {
        hi = i;
        break;
      }
    }
    // the nearest cue before "overnight" tells, else the first after it; a verb of saying tells nothing, and a past
    // form inside a future cue ("are expected") is that cue
    String t = s.lower;
    NearestCue nearest = new NearestCue(b, e);
    java.util.BitSet future = new java.util.BitSet();
    for (Pattern p : List.of(Cues.FUTURE_CUE, FORECASTING)) {
      Matcher f = p.matcher(t).region(lo, hi);
      while (f.find()) {
        future.set(f.start(), f.end());
        if (!FORECAST_WORD.matcher(f.group()).find()) {
          continue; // "no one knows why a thief would strike", "a party ends in a scuffle": no forecast
        }
        nearest.note(f.start(), f.end(), true);
      }
    }
    Matcher p = Cues.PAST_CUE.matcher(t).region(lo, hi);
    while (p.find()) {
      // a capital inside the sentence starts a name ("the Met Office"), no verb
      if (future.get(p.start()) || Tense.SAYING.contains(t, p.start(), p.end())
          || s.isUpper(p.start()) && !t.substring(lo, p.start()).isBlank()) {
        continue;
      }
      nearest.note(p.start(), p.end(), false);
    }
    return nearest.ahead();
  }

  /**
   * The tense cues nearest a span {@code [b, e)} on either side, each noted with whether it looks ahead: the nearest
   * before the span tells its tense, else the first after it.
   */
  private static final class NearestCue {
    private final int b;
    private final int e;
    private int before = -1;
    private int after = Integer.MAX_VALUE;
    private boolean beforeAhead;
    private boolean afterAhead;

    NearestCue(int b, int e) {
      this.b = b;
      this.e = e;
    }

    /** Notes a cue at {@code [start, end)}, looking ahead or not, where it is the nearest yet on its side. */
    void note(int start, int end, boolean ahead) {
      if (end <= b && end > before) {
        before = end;
        beforeAhead = ahead;
      } else if (start >= e && start < after) {
        after = start;
        afterAhead = ahead;
      }
    }

    /** Whether the nearest cue before the span, else the first after it, looks ahead; false with no cue. */
    boolean ahead() {
      return before >= 0 ? beforeAhead : afterAhead;
    }
  }

  /** The words of a future cue that tell a forecast; "would", "ends" or "opens" alone tell none. */
  private static final Pattern FORECAST_WORD = Pattern.compile(
      "\\b(?:will|won't|shall|likely|expect\\w*|forecast\\w*|predict\\w*|project\\w*|due|set|going|possible"
          + "|anticipated)\\b|'ll");
  private static final Pattern FORECASTING = Pattern.compile("\\b(?:is|are)\\s{1,3}(?:forecasting|predicting|expecting)\\b");

  /** What "overnight" names in money markets, right after it: "the overnight interest rate", "overnight repo". */
  private static final Pattern OVERNIGHT_FINANCE = Pattern.compile("\\s{1,3}(?:(?:interest|lending|borrowing|policy|"
      + "bank|call|interbank|deposit|target|benchmark)\\s{1,3}rates?\\b|(?:rates?|lending|borrowing|repos?|deposits?"
      + "|index\\s{1,3}swaps?|funds|money|loans?|interbank)\\b)");

  private static TemporalExpression partOfToday(Matcher m, Scan s) {
    String w = m.group("w");
    if (w.equals("tonight")) {
      return new PartOfDayOf(new RelativeDay(0), PartOfDay.NIGHT);
    }
    if (w.startsWith("last") && m.group("p") != null) {
      // "since last evening": yesterday's, as "last night" is; "the last afternoon of the fair" is no day
      return DETERMINERS.contains(s.wordBefore(m.start())) || s.lower.startsWith(" of ", m.end()) ? null
          : new PartOfDayOf(new RelativeDay(-1), Lexicon.partOfDay(m.group("p")));
    }
    if (w.equals("overnight") && OVERNIGHT_FINANCE.matcher(s.lower).region(m.end(), s.length()).lookingAt()) {
      return null; // "the overnight interest rate", "overnight lending": terms of money, no night
    }
    if (w.equals("overnight") && ahead(s, m.start(), m.end())) {
      // "temperatures will stay high overnight": the coming night
      return new PartOfDayOf(new RelativeDay(0), PartOfDay.NIGHT);
    }
    if (w.startsWith("last") || w.equals("overnight")) {
      return new PartOfDayOf(new RelativeDay(-1), PartOfDay.NIGHT);
    }
    return new PartOfDayOf(new RelativeDay(0), Lexicon.partOfDay(m.group("p")));
  }

  /**
   * Whether the weekday {@code text[w, e)} is part of a title: a capitalised word of {@link #NAME_AFTER} follows it
   * or its night ("the Sunday Times", "Friday Night Lights"), or it ends "the Mail on Sunday".
   */
  static boolean titled(String text, int w, int e) {
    int a = nextWord(text, e);
    boolean night = text.startsWith("Night ", a);
    if (night) {
      a = nextWord(text, a + 5);
    }
    int end = a;
    while (end < text.length() && end - a < 12 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    int on = w;
    while (on > 0 && text.charAt(on - 1) == ' ') {
      on--;
    }
    int pb = on;
    while (pb > 0 && on - pb < 6 && Character.isLetter(text.charAt(pb - 1))) {
      pb--;
    }
    // "On Sunday Times Square was empty": after a preposition of time the weekday is one ("on Saturday Night Live"
    // is still a show)
    boolean timed = !night && TIME_BEFORE.contains(text.substring(pb, on).toLowerCase(java.util.Locale.ROOT));
    if (!timed && a < end && Character.isUpperCase(text.charAt(a))
        && NAME_AFTER.contains(text.substring(a, end).toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    if (on < 3 || !text.startsWith("on", on - 2) || text.charAt(on - 3) != ' ') {
      return false;
    }
    return PAPER_ON.contains(capitalizedWordBefore(text, on - 3, 12));
  }

  /**
   * Returns the capitalised word of at most {@code max} letters that ends at {@code end}, lower-cased, or "" if the
   * word there is none or not capitalised.
   */
  private static String capitalizedWordBefore(String text, int end, int max) {
    int begin = end;
    while (begin > 0 && end - begin < max && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return begin < end && Character.isUpperCase(text.charAt(begin))
        ? text.substring(begin, end).toLowerCase(java.util.Locale.ROOT) : "";
  }

  private static int nextWord(String text, int i) {
    int a = i;
    while (a < text.length() && text.charAt(a) == ' ') {
      a++;
    }
    return a;
  }

  /** Whether a full stop and a lower-case letter follow {@code end}: "Monday.com" names a company, "Monday.The" no one. */
  static boolean webAddress(Scan s, int end) {
    return end + 1 < s.text.length() && s.text.charAt(end) == '.' && Character.isLowerCase(s.text.charAt(end + 1));
  }

  private static TemporalExpression weekday(Matcher m, Scan s) {
    if (!s.isUpper(m.start("w"))
        || m.group("r") == null && (namedDay(s.text, m.start("w")) || titled(s.text, m.start("w"), m.end("w")))
        || webAddress(s, m.end("w"))
        || m.group("r") == null && m.group("p") == null && anyWeekday(s, m.start("w"), m.end("w"))) {
      return null;
    }
    Weekday day = new Weekday(Lexicon.weekday(m.group("w")), CalendarRules.relation(m.group("r")));
    PartOfDay p = m.group("p") == null ? null : Lexicon.partOfDay(m.group("p"));
    return p == null ? day : new PartOfDayOf(day, p);
  }

  /**
   * Whether a bare weekday is any such day, told with "a": "Christmas falls on a Friday this year" names no date;
   * "a Monday to Friday week" is still the days of a range. The fallback leaves such a day out too.
   */
  static boolean anyWeekday(Scan s, int w, int e) {
    if (w < 2 || s.text.charAt(w - 1) != ' ' || s.lower.charAt(w - 2) != 'a'
        || w > 2 && Character.isLetterOrDigit(s.text.charAt(w - 3))) {
      return false;
    }
    String after = s.lower.substring(e, Math.min(s.lower.length(), e + 9));
    if (after.startsWith(" to ") || after.startsWith("-") || after.startsWith(" through") || after.startsWith(" and ")) {
      return false;
    }
    // "a Saturday airstrike", "a Monday news conference": the weekday names the day of what it modifies
    int n = e + 1;
    int ne = n;
    while (ne < s.lower.length() && Character.isLetter(s.lower.charAt(ne))) {
      ne++;
    }
    return !(e < s.lower.length() && s.lower.charAt(e) == ' ' && ne > n && Character.isLowerCase(s.text.charAt(n))
        && !NOT_MODIFIED.contains(s.lower.substring(n, ne)));
  }

  /**
   * Words after "a <weekday>" that leave it any such day: "on a Saturday in June", "a Friday this year", and the
   * routines a weekday names a kind of ("will run a Sunday timetable", "a Saturday service").
   */
  private static final java.util.Set<String> NOT_MODIFIED = java.util.Set.of("in", "on", "at", "of", "for", "this",
      "that", "next", "last", "when", "with", "or", "but", "so", "as", "is", "was", "will", "would", "night", "nights",
      "morning", "afternoon", "evening", "again", "instead", "rather", "every", "each", "like", "unlike", "after",
      "before", "where", "than", "timetable", "timetables", "schedule", "service", "services", "roast", "paper",
      "newspaper", "league", "slot", "slots", "shift", "shifts", "rota");

  /**
   * Whether the weekday at {@code w} is part of a day's name ("Super Tuesday", "Bloody Sunday", "Giving
   * Tuesday"): a capitalized word of {@link #NAMED_DAYS} right before it. Such a day is no weekday of this
   * week; the holidays among them that have a date are rules of their own.
   */
  static boolean namedDay(String text, int w) {
    int end = w;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return NAMED_DAYS.contains(capitalizedWordBefore(text, end, 8));
  }

  private static TemporalExpression currentUnit(Matcher m, Scan s) {
    String u = m.group("u");
    boolean current = m.group("r").equals("current");
    if (u.equals("period")) {
      return new RelativeUnit(Unit.QUARTER, current ? 0 : -1);
    }
    Unit unit = Lexicon.unit(u);
    if (m.group("f") != null && unit != Unit.YEAR && unit != Unit.QUARTER) {
      return null;
    }
    // the latest quarter, or fiscal year, is the last one ended: results come after a period closes
    boolean ended = unit == Unit.QUARTER || unit == Unit.YEAR && m.group("f") != null;
    return new RelativeUnit(unit, current ? 0 : ended ? -1 : 0);
  }

  /** Reads "a fortnight ago" (the week two weeks back), "two fortnights later", "the past fortnight" ({@code P2W}). */
  private static TemporalExpression fortnight(Matcher m, Scan s) {
    String n = m.group("n");
    if (n == null && m.group("r") == null) {
      return null;
    }
    int weeks = 2 * (n == null ? 1 : Lexicon.number(n));
    if (m.group("ago") != null) {
      return n == null ? null : new Ago(weeks, Unit.WEEK);
    }
    if (m.group("d") != null) {
      return new Anaphoric(m.group("d").equals("earlier") ? -weeks : weeks, Unit.WEEK);
    }
    return new Duration("P" + weeks + "W");
  }

  private static TemporalExpression ago(Matcher m, Scan s) {
    int n = Lexicon.number(m.group("n"));
    Unit u = Lexicon.unit(m.group("u"));
    if (n == -2) {
      return null;
    }
    if (n > 0 && (u == Unit.DECADE || u == Unit.CENTURY)) {
      return new Ago(n * (u == Unit.DECADE ? 10 : 100), Unit.YEAR); // "a decade ago" is a year, not "the 1980s"
    }
    if (n > 0 && s.wordBefore(m.start()).equals("exactly") && (u == Unit.YEAR || u == Unit.MONTH)) {
      return new TemporalExpression.AgoFrom(new RelativeDay(0), n, u); // "exactly a year ago": a day
    }
    return n < 0 ? new Vague(Granularity.PAST) : new Ago(n, u);
  }

  /** Reads "two weeks from now" and "in two weeks' time": the unit that far ahead of publication. */
  private static TemporalExpression fromNow(Matcher m, Scan s) {
    int n = Lexicon.number(m.group("n"));
    Unit u = Lexicon.unit(m.group("u"));
    if (n == -2 || u == null || m.group("w").equals("time") && !s.wordBefore(m.start()).equals("in")) {
      return null;
    }
    String w = m.group("w");
    if (n > 0 && (w.endsWith("today") || w.endsWith("tomorrow")) && (u == Unit.DAY || u == Unit.WEEK)) {
      // "a week from today", "three days from tomorrow": a day so many on from a day
      return new DayShift(new RelativeDay(w.endsWith("today") ? 0 : 1), u == Unit.WEEK ? 7 * n : n);
    }
    return n < 0 ? new Vague(Granularity.FUTURE) : new Ago(-n, u);
  }

  private static TemporalExpression shift(Matcher m, Scan s) {
    int n = Lexicon.number(m.group("n"));
    Unit u = Lexicon.unit(m.group("u"));
    if (n < 0) {
      return n == -2 ? null : new Duration(u.duration(-1));
    }
    boolean back = m.group("later") == null && (m.group("d").equals("earlier") || m.group("d").equals("before"));
    return new Anaphoric(back ? -n : n, u);
  }

  /**
   * Reads "a year earlier" at the end of a clause, or opening a sentence ("A year earlier the company
   * earned..."); "a year before the war" counts from the war, not from the text's last date.
   */
  private static TemporalExpression earlier(Matcher m, Scan s) {
    if (m.group("end") == null && !(m.group("d").equals("earlier") && sentenceStart(s, m.start()))) {
      return null;
    }
    return new Anaphoric(-1, Lexicon.unit(m.group("u")));
  }

  /** Whether {@code pos} opens a sentence: the text's start, or after a full stop and spaces. */
  private static boolean sentenceStart(Scan s, int pos) {
    int i = pos;
    while (i > 0 && i > pos - 4 && Character.isWhitespace(s.text.charAt(i - 1))) {
      i--;
    }
    return i == 0 || i < pos && (s.text.charAt(i - 1) == '.' || s.text.charAt(i - 1) == '\n');
  }

  private static TemporalExpression anaphoric(Matcher m, Scan s) {
    Unit u = Lexicon.unit(m.group("u"));
    String d = m.group("d");
    if (u == Unit.QUARTER && m.group("that") == null && !"previous".equals(d) && !"preceding".equals(d)
        && !"prior".equals(d)) {
      return null; // "the next quarter" counts from publication; "the previous quarter" from the quarter told before
    }
    int offset = d == null || d.equals("same") ? 0 : d.equals("next") || d.equals("following") ? 1 : -1;
    return new Anaphoric(offset, u, true);
  }

  /**
   * Whether a clause ends at {@code end}: "early", "late" or "mid" before a part of day make it one of the story's
   * days, as "the" does, only there ("By early evening, the crowd had grown"; "an early morning raid on Tuesday"
   * is Tuesday's).
   */
  private static boolean closesClause(Scan s, int end) {
    char c = s.charAt(end);
    return end >= s.length() || c == ',' || c == '.' || c == ';';
  }

  /** Reads "the day before" and "the night after": the day, or its night, next to the text's last date. */
  private static TemporalExpression unitBeforeAfter(Matcher m, Scan s) {
    Anaphoric day = new Anaphoric(m.group("d").equals("before") ? -1 : 1, Unit.DAY, true);
    if (m.group("u").equals("day")) {
      return day;
    }
    return m.group("end") == null ? null : new PartOfDayOf(day, PartOfDay.NIGHT);
  }

  /** Words after a part of the day that go on the sentence, not name a thing with it: "mid-morning on Tuesday". */
  private static final java.util.Set<String> GOES_ON = java.util.Set.of("on", "in", "at", "of", "and", "or", "but",
      "with", "before", "after", "when", "as", "yesterday", "today", "tomorrow", "local", "that", "this", "to", "from",
      "until", "till", "by", "for", "the", "a", "an", "while", "amid", "during", "near", "around", "into", "onwards",
      "onward", "gmt", "utc", "time", "hours", "last", "next", "sunday", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "is", "was", "were", "are", "will", "had", "has", "have");

  /** Whether a word in lower case that goes on the sentence follows {@code end}: "in the early morning <b>and</b>". */
  private static boolean goesOn(Scan s, int end) {
    int i = end;
    while (i < s.length() && s.text.charAt(i) == ' ') {
      i++;
    }
    String w = i < s.length() ? s.wordAt(i) : "";
    return i > end && i < s.length() && Character.isLowerCase(s.text.charAt(i)) && GOES_ON.contains(w)
        && !NOT_ON_ITS_OWN.contains(w);
  }

  /** Words after "early morning" that keep it in a longer phrase read elsewhere: "the early morning <b>hours</b> of ...". */
  private static final java.util.Set<String> NOT_ON_ITS_OWN = java.util.Set.of("hours", "time", "of");

  /** Words before a part of the day that make it describe the noun after it: "a mid-morning swoop". */
  private static final java.util.Set<String> DESCRIBING_BEFORE = java.util.Set.of("a", "an", "the", "this", "that",
      "its", "their", "his", "her", "our", "every", "each");

  /** Whether a determiner stands right before {@code start}: "a mid-morning raid", not "began mid-morning outside". */
  private static boolean determinerBefore(Scan s, int start) {
    return DESCRIBING_BEFORE.contains(s.wordBefore(start));
  }

  /** Whether a word in lower case that does not go on the sentence follows {@code end}: a noun the part describes. */
  private static boolean nounAfter(Scan s, int end) {
    int i = end;
    while (i < s.length() && s.text.charAt(i) == ' ') {
      i++;
    }
    if (i == end || i >= s.length() || !Character.isLowerCase(s.text.charAt(i))) {
      return false;
    }
    return !GOES_ON.contains(s.wordAt(i));
  }

  /** Nouns a part of the day names a thing with: "after the evening prayers", "the morning rush", "the night shift". */
  private static final java.util.regex.Pattern PART_AS_NOUN_LABEL = java.util.regex.Pattern.compile(
      "\\s{1,3}(?:prayers?|rush|shift|session|edition|news|show|service|services|commute|newspapers?|paper|meal)\\b");

  private static TemporalExpression anaphoricPart(Matcher m, Scan s) {
    String d = m.group("d");
    boolean mid = m.start() >= 4 && s.lower.startsWith("mid-", m.start() - 4);
    if (d == null && m.group("p").equals("night")) {
      return null;
    }
    boolean edge = m.group("e") != null;
    if (edge && !closesClause(s, m.end()) && !goesOn(s, m.end())) {
      return null; // "an early morning raid", "Early Morning Shooting" name a thing; "in the early morning and" goes on
    }
    if (d == null && !mid && !edge && (!s.wordBefore(m.start()).equals("the")
        || PART_AS_NOUN_LABEL.matcher(s.lower).region(m.end(), s.length()).lookingAt())) {
      return null; // "the evening prayers", "the morning rush" name a thing of any day
    }
    if (d == null && mid) {
      // "mid-afternoon": today's; but "a mid-morning raid", "the mid-afternoon heat" name a thing of any day, as "an
      // early morning raid" does
      return determinerBefore(s, m.start() - 4) && nounAfter(s, m.end()) ? null
          : new PartOfDayOf(new RelativeDay(0), Lexicon.partOfDay(m.group("p")));
    }
    int offset = d == null || d.startsWith("that") || d.endsWith("same") ? 0 : d.endsWith("previous") ? -1 : 1;
    return new PartOfDayOf(new Anaphoric(offset, Unit.DAY, true), Lexicon.partOfDay(m.group("p")));
  }

  private static TemporalExpression yearEarlier(Matcher m, Scan s) {
    String t = m.group();
    return t.startsWith("the") && !t.endsWith("quarter") && !t.endsWith("period") ? null : new Anaphoric(-1, Unit.YEAR);
  }

  /** Words before "at this time" that set it on another day: "last year at this time", "Friday at this time". */
  private static final java.util.Set<String> AT_THIS_TIME_BACK = java.util.Set.of("year", "week", "month", "ago",
      "yesterday", "tomorrow", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday");

  private static TemporalExpression vague(Matcher m, Scan s) {
    String w = m.group("w");
    if (w.startsWith("recent") && !w.equals("recent") || w.endsWith("years")) {
      return new Vague(Granularity.PAST);
    }
    if (w.startsWith("this")) {
      // only "at this time" is now: "this time a man was hurt" tells the occasion, no time; "last year at this
      // time" is the same date a year back
      int at = s.lower.lastIndexOf("at", m.start());
      return s.wordBefore(m.start()).equals("at") && !AT_THIS_TIME_BACK.contains(s.wordBefore(at))
          ? new Vague(Granularity.PRESENT) : null;
    }
    switch (w) {
      case "recently": return new Vague(Granularity.PAST);
      case "soon":
        return s.wordBefore(m.start()).equals("as") || s.lower.startsWith(" after", m.end()) ? null
            : new Vague(Granularity.FUTURE);
      default:
        if (w.endsWith("past")) {
          return new Vague(Granularity.PAST);
        }
        // "in the near term", "in the short term" look ahead as "the future" does
        return w.endsWith("future") || w.endsWith("term") ? new Vague(Granularity.FUTURE) : new Vague(Granularity.PRESENT);
    }
  }
}
