package org.dateline.rules.time.en;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Relation;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.MonthOfYear;
import org.dateline.resolve.Unit;

/**
 * Reads dates told by a month's name: "March 10", "10 March 2026", "the first of December", "March 2026", a bare
 * "March" (not "May" the name), "that December", "the first Monday in June", "the first week of December" and "the
 * 15th" of a month. Stateless and thread-safe.
 */
final class MonthDates {
  private MonthDates() {}

  /**
   * What just before a bare day of the month makes it a date: "on the 15th", "until the 15th", "by the 15th", "from
   * the 10th to the 14th", a hearing set for a day or put off to one ("set for the 28th", "adjourned the hearing to
   * the 28th").
   */
  private static final Pattern ON_BEFORE = Pattern.compile("\\b(?:on|until|till|from|by|before|after"
      // a day something is set for: "a hearing is set for the 28th", "scheduled for the 3rd"
      + "|(?:set|scheduled|slated|fixed|listed|planned|due)\\s{1,3}for"
      // ... with what is set between: "set their arraignment for the 26th", "fixed the next hearing for the 3rd"
      + "|(?:set|scheduled|fixed|listed)\\s{1,3}(?:the|a|an|his|her|their|its)\\s{1,3}(?:[a-z-]{1,15}\\s{1,3}){0,1}"
      + "(?:arraignment|hearing|trial|sentencing|verdict|judgment|judgement|vote|election|meeting|talks|date|deadline"
      + "|inauguration|launch|opening|match|final|polls)\\s{1,3}for"
      + "|(?:adjourned|postponed|deferred|remanded|moved|pushed\\s{1,3}back)(?:\\s{1,3}[a-z]{1,12}){0,2}\\s{1,3}to"
      // the end of a range of days of the month: "from the 10th to the 14th"
      + "|from\\s{1,3}the\\s{1,3}\\d{1,2}(?:st|nd|rd|th)\\s{1,3}(?:to|until|till))"
      + "\\s{1,3}$");
  /** What takes "the 28th" as a day besides "on": "the night of the 28th", "the morning of the 3rd". */
  private static final Pattern PART_OF_BEFORE = Pattern.compile(
      "\\b(?:morning|afternoon|evening|night)\\s{1,3}of\\s{1,3}$");

  /**
   * Reads "the 15th" after a word that makes it a date ("on", "the night of"), and "the 18th of next month" after
   * any: the month it names is counted from publication's.
   */
  static TemporalExpression dayOfMonth(Matcher m, Scan s) {
    int d = Integer.parseInt(m.group("d"));
    if (m.group("r") != null) {
      return new TemporalExpression.DayOfMonth(d, OptionalInt.of(RelativeRules.offset(m.group("r"))));
    }
    return ON_BEFORE.matcher(s.lower).region(Math.max(0, m.start() - 48), m.start()).find()
        || PART_OF_BEFORE.matcher(s.lower).region(Math.max(0, m.start() - 18), m.start()).find()
        ? new TemporalExpression.DayOfMonth(d) : null;
  }

  /** "May" and "March" are words too: as months they are capitalised. */
  static boolean plausibleMonth(Matcher m, Scan s) {
    String w = m.group("m");
    return !(w.startsWith("may") || w.startsWith("mar")) || s.isUpper(m.start("m"));
  }

  /** Ordinal words for 1 to 20 and 30, in order; "twenty-" and "thirty-" add to the first nine. */
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth");
  /** {@link #ORDINALS} as a pattern's alternatives. */
  static final String ORDINAL_WORDS = String.join("|", ORDINALS);

  /** What may follow "March first" for it to be a day: the clause or the phrase ends ("In March first results ..." is no day). */
  private static final Pattern WORD_DAY_END = Pattern.compile("\\s{0,2}(?:[,.;:!?)]|$)|\\s{1,3}(?:and|to|through|until|when|at)\\b");

  /**
   * Reads "July Fourth", "March first": a capitalised month and its day in words, where the day is capitalised too,
   * a year follows, or the phrase ends ({@link #WORD_DAY_END}).
   */
  static TemporalExpression monthWordDay(Matcher m, Scan s) {
    return s.isUpper(m.start()) && (s.isUpper(m.start("o")) || m.group("y") != null
        || WORD_DAY_END.matcher(s.lower).region(m.end(), s.length()).lookingAt()) ? wordDayMonth(m, s) : null;
  }

  /** "the first of December", "the twenty-third of May 2027". */
  static TemporalExpression wordDayMonth(Matcher m, Scan s) {
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
    OptionalInt y = CalendarRules.year(m, "y");
    return onDay(month, day, y);
  }

  /** Reads "March 10", "10 March 2026": a month and its day in digits, with its year if told. */
  static TemporalExpression monthDay(Matcher m, Scan s) {
    Month month = Lexicon.month(m.group("m"));
    int day = Integer.parseInt(m.group("d"));
    if (month == null || day < 1 || day > month.maxLength() || !plausibleMonth(m, s)) {
      return null;
    }
    OptionalInt y = CalendarRules.year(m, "y");
    if (y.isEmpty() && month == Month.SEPTEMBER && day == 11
        && ELEVENTH_ATTACKS.matcher(s.lower).region(m.end(), s.length()).lookingAt()) {
      return new Explicit(TimeValue.ofDay(LocalDate.of(2001, 9, 11))); // "the September 11 attacks"
    }
    return onDay(month, day, y);
  }

  /** "attacks" after "September 11": the attacks of 2001, whatever the year of the report. */
  private static final Pattern ELEVENTH_ATTACKS = Pattern.compile(
      "\\s{1,3}(?:terror\\s{1,3}|terrorist\\s{1,3})?attacks\\b");

  /** Reads a month of a year told ("March 2026") or not ("last March"), "May" and "March" only capitalised. */
  static TemporalExpression monthOf(Matcher m, Scan s, OptionalInt year, Relation r) {
    Month month = Lexicon.month(m.group("m"));
    if (month == null || !plausibleMonth(m, s)) {
      return null;
    }
    return year.isPresent() ? new Explicit(TimeValue.ofMonth(YearMonth.of(year.getAsInt(), month)))
        : new MonthOfYear(month, year, r);
  }

  /** Words before "May" or "March" that make it the month: "in May", "early March". */
  static final Set<String> MONTH_LEAD = Set.of("in", "since", "until", "till", "by",
      "early", "late", "mid", "of", "during", "through", "from", "before", "after", "to", "and", "or", "last", "this",
      "next", "between", "for", "throughout");

  /** Nouns of a month's figures after a capitalised "May" or "March": "the March jobs report", "May inflation". */
  private static final Set<String> FIGURES_AFTER = Set.of("inflation", "jobs", "payrolls", "data", "consumer",
      "producer",
      "figures", "sales", "exports", "imports", "output", "cpi", "retail", "trade", "unemployment", "jobless");
  /**
   * Sittings and events a determiner and "May" or "March" name by their month: "at its March meeting", "until after
   * the May recess", "a May election" ("Theresa May meeting" has no determiner before the name).
   */
  private static final Set<String> EVENT_AFTER = Set.of("meeting", "meetings", "recess", "session", "sessions",
      "sitting", "election", "elections", "poll", "polls", "vote", "summit", "deadline", "budget", "auction",
      "holiday", "holidays", "break", "conference", "hearing");
  /** The determiners before such a month: "its March meeting", "the May recess". */
  private static final Set<String> DETERMINED = Set.of("the", "its", "their", "his", "her", "our", "a", "this",
      "next", "last");

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

  /** Capitalised words before "May" that are no given name: "The March jobs report". */
  private static final Set<String> NAMING_DETERMINERS = Set.of("the", "its", "their", "this", "a",
      "an", "our", "his", "her");

  /** Nouns after "May's" that make May a person: "critics of May's government", "opposed to May's deal". */
  private static final Set<String> PERSON_NOUNS = Set.of("government", "governments",
      "premiership", "cabinet", "administration", "successor", "predecessor", "leadership", "deal", "allies",
      "aides", "spokesman", "spokeswoman", "husband", "ministers", "resignation", "policies");

  /**
   * Whether {@code mark} then a word of {@code words} follow {@code end}, the word read case-blind ("May's
   * government", "1922 Committee").
   */
  static boolean followedBy(Scan s, int end, String mark, Set<String> words) {
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

  /** Reads "the first Monday in June", "the last Friday of October 2027", weekday and month capitalised. */
  static TemporalExpression nthWeekday(Matcher m, Scan s) {
    if (!s.isUpper(m.start("w")) || !s.isUpper(m.start("m"))) {
      return null;
    }
    String n = m.group("n");
    int nth = n.equals("last") ? -1 : ORDINALS.indexOf(n) + 1;
    return new TemporalExpression.NthWeekdayOfMonth(nth, Lexicon.weekday(m.group("w")), Lexicon.month(m.group("m")),
        CalendarRules.year(m, "y"));
  }

  /** Reads a month alone, capitalised ("in March"), unless "May" or "March" is a name or a verb there. */
  static TemporalExpression bareMonth(Matcher m, Scan s) {
    String w = m.group("m");
    if (!s.isUpper(m.start()) && !w.equals("january") && !w.equals("february")) {
      return null;
    }
    // "mid-March" is the month too: the hyphen hides "mid" from the word before
    if ((w.equals("may") || w.equals("march")) && !MONTH_LEAD.contains(s.wordBefore(m.start())) && !asEarlyAs(s, m.start())
        && !(m.start() >= 4 && s.lower.startsWith("mid-", m.start() - 4))
        && !MONTH_THEN.matcher(s.lower).region(Math.max(0, m.start() - 20), m.start()).find()
        && !inMonthList(s, m.start(), m.end())
        && !(m.end() + 1 < s.length() && s.text.charAt(m.end()) == ' ' && FIGURES_AFTER.contains(s.wordAt(m.end() + 1))
        && !afterGivenName(s, m.start()))
        && !(m.end() + 1 < s.length() && s.text.charAt(m.end()) == ' ' && EVENT_AFTER.contains(s.wordAt(m.end() + 1))
        && DETERMINED.contains(s.wordBefore(m.start())))
        || w.equals("may") && followedBy(s, m.end(), "'s ", PERSON_NOUNS)
        || AGED_NAME.matcher(s.text).region(m.end(), Math.min(s.length(), m.end() + 40)).lookingAt()) {
      return null;
    }
    return monthOf(m, s, OptionalInt.empty(), Relation.NONE);
  }

  /** Months' names and abbreviations, January to April, as the month patterns below spell them. */
  private static final String TO_APRIL = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?";
  /** ... and June to December. */
  private static final String FROM_JUNE = "june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?"
      + "|dec(?:ember)?";

  /** Another month just before, joined to it: "January-March", "April and May", "from February to May". */
  private static final Pattern MONTH_THEN = Pattern.compile("\\b(?:" + TO_APRIL + "|may|" + FROM_JUNE + ")\\.?"
      + "(?:\\s{0,2}[-\u2013\u2014/]\\s{0,2}|\\s{1,3}(?:and|to|or|through|until)\\s{1,3})$");

  /** A month's name and a comma just before: "February, " in "in February, May and August". */
  private static final Pattern MONTH_COMMA = Pattern.compile("\\b(?:" + TO_APRIL + "|" + FROM_JUNE + ")\\.?,\\s{1,3}$");
  /** A comma, "and" or "or", then a month's name, just after: ", August", " and August". */
  private static final Pattern MONTH_NEXT = Pattern.compile("(?:,\\s{1,3}|\\s{1,3}(?:and|or)\\s{1,3})(?:" + TO_APRIL
      + "|may|" + FROM_JUNE + ")\\b");

  /**
   * Whether "May" or "March" stands in a list of months, one with a comma before it and another after it: "in
   * February, May and August" ("In February, May said" is a name's).
   */
  private static boolean inMonthList(Scan s, int b, int e) {
    return MONTH_COMMA.matcher(s.lower).region(Math.max(0, b - 12), b).find()
        && MONTH_NEXT.matcher(s.lower).region(e, Math.min(s.length(), e + 16)).lookingAt();
  }

  /** The words of a bound before "as": "as early as March", "as soon as May", "as late as March". */
  private static final Set<String> BOUND_AS = Set.of("early", "soon", "late");

  /** Whether "as early as", "as soon as" or "as late as" stands just before {@code b}; "as May said" is a name. */
  private static boolean asEarlyAs(Scan s, int b) {
    if (!s.wordBefore(b).equals("as")) {
      return false;
    }
    int as = s.lower.lastIndexOf("as", b);
    return as > 0 && BOUND_AS.contains(s.wordBefore(as));
  }

  /** A surname and an age after a month that is a given name: "April Wilson, 34, a nurse", "June Park (61)". */
  private static final Pattern AGED_NAME = Pattern.compile(
      " \\p{Lu}[\\p{L}'\u2019-]{1,20}(?:, \\d{1,3}(?:,|\\s)| \\(\\d{1,3}\\))");

  /** A verb after "that May", which then names a person. */
  private static final Pattern NAME_MAY_VERB = Pattern.compile(
      "\\s{1,3}(?:would|will|could|should|can|might|must|had|has|have|is|was|were|said|says|told|did|does|wants?"
          + "|wanted|[a-z]{2,12}ed)\\b");

  /** Reads "that December" (0), "the following March" (1) and "the previous June" (-1), capitalised. */
  static TemporalExpression anaphoricMonth(Matcher m, Scan s) {
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
   * Reads "the first week of December" as the week that holds the middle of its first seven days
   * (December 4), "the second week of March" the week of March 11, "the last week of October" the
   * week of October 28 (three days before the end of the month's shortest length).
   */
  static TemporalExpression weekOfMonth(Matcher m, Scan s) {
    Month month = Lexicon.month(m.group("m"));
    if (month == null || !plausibleMonth(m, s)) {
      return null;
    }
    String o = m.group("o");
    int day = o.equals("last") || o.equals("final") ? month.minLength() - 3 : 4 + 7 * (Lexicon.ordinal(o) - 1);
    OptionalInt y = CalendarRules.year(m, "y");
    TemporalExpression d = onDay(month, day, y);
    return new TemporalExpression.Containing(Unit.WEEK, d);
  }

  /** The day {@code day} of {@code month}: of the year {@code y} when told, else a month's day for the resolver. */
  private static TemporalExpression onDay(Month month, int day, OptionalInt y) {
    return y.isPresent() ? new Explicit(TimeValue.ofDay(LocalDate.of(y.getAsInt(), month, day)))
        : new MonthDay(month, day, y);
  }
}
