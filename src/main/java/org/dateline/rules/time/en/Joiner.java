package org.dateline.rules.time.en;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Granularity;
import org.dateline.model.PartOfDay;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Relation;
import org.dateline.resolve.Resolver;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.Apposition;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;
import org.dateline.resolve.TemporalExpression.RelativeDay;
import org.dateline.resolve.TemporalExpression.Weekday;
import org.dateline.resolve.Unit;

/**
 * Joins neighbouring candidates that name one time into one: a relative day and its date ("yesterday, Tuesday"), a
 * clock time and its day ("6 p.m. on Sunday"), a month or holiday and its year ("June last year"), a day and the part
 * of it or the weekend told after it ("Christmas morning", "the July 4 weekend"); and gives the first day of a range
 * the year written after the second.
 */
final class Joiner {
  private Joiner() {}

  /** Between a date and its apposition: a comma or a space ("yesterday, Tuesday", "Tuesday Nov. 3"). */
  private static final Pattern COMMA_GAP = Pattern.compile(",\\s{1,3}|\\s{1,3}");

  /** Between the two parts of one length: "two hours and 41 minutes", "three years, six months". */
  private static final Pattern SUM_GAP = Pattern.compile(",?\\s{1,3}and\\s{1,3}|,\\s{1,3}");

  /**
   * After a pair of lengths, what makes it part of a list ("15 years, eight years and 18 months", "respectively"), or
   * the second a length of something ("within 24 hours, 30 minutes of footage").
   */
  private static final Pattern LIST_AFTER = Pattern.compile(",?\\s{1,3}(?:and\\s{1,3})?(?:\\d|(?:one|two|three|four"
      + "|five|six|seven|eight|nine|ten|eleven|twelve)\\b)|\\s{1,3}(?:respectively|of)\\b");
  /** Before a pair of lengths, a comma: the pair ends a list ("for five years, two years and six months"). */
  private static final Pattern LIST_BEFORE = Pattern.compile(",\\s{1,2}");
  /** How many of each smaller unit make one of the next larger: months in a year, hours in a day, and so on. */
  private static final java.util.Map<Character, Integer> WITHIN = java.util.Map.of('M', 12, 'D', 31, 'H', 24, 'm', 60,
      'S', 60);

  /** The designators of a TIMEX3 duration, largest first; "m" is minutes, as they follow the "T". */
  private static final String DESIGNATORS = "YMDHmS";
  /** One number of one unit: "P2Y", "PT41M". */
  private static final Pattern ONE_UNIT = Pattern.compile("P(T?)(\\d{1,6})([YMDHS])");

  /**
   * The length of two durations told one after the other, the second in a smaller unit ("PT2H" and "PT41M" make
   * "PT2H41M", "P2Y" and "P6M" make "P2Y6M"); null when they are not two counts of single units, larger first.
   */
  static String sum(String first, String second) {
    Matcher a = ONE_UNIT.matcher(first);
    Matcher b = ONE_UNIT.matcher(second);
    if (!a.matches() || !b.matches()) {
      return null;
    }
    int i = DESIGNATORS.indexOf(a.group(1).isEmpty() ? a.group(3) : a.group(3).replace('M', 'm'));
    int j = DESIGNATORS.indexOf(b.group(1).isEmpty() ? b.group(3) : b.group(3).replace('M', 'm'));
    char small = DESIGNATORS.charAt(j);
    if (i >= j || Integer.parseInt(b.group(2)) >= WITHIN.getOrDefault(small, Integer.MAX_VALUE)) {
      return null; // "24 hours, 30 minutes of footage" is two lengths; so are "8 years and 18 months"
    }
    String head = first.substring(1);
    String tail = b.group(2) + b.group(3);
    return "P" + head + (a.group(1).isEmpty() && !b.group(1).isEmpty() ? "T" : "") + tail;
  }

  /** Between a month and "this year": "June last year", "the summer of last year" (after a comma, a new phrase). */
  private static final Pattern YEAR_GAP = Pattern.compile("\\s{1,3}(?:of\\s{1,3})?");

  /** The words that tell a year from publication's: "this year", "last year", "next year". */
  private static final WordSet RELATIVE_YEAR = new WordSet(Set.of("this", "last", "next"));

  /** Before an apposition in brackets: "Nov. 3 (Tuesday)". */
  private static final Pattern PAREN_GAP = Pattern.compile("\\s{0,2}\\(");

  /** Between a day and a part of it told after: "Tuesday mid-afternoon". */
  private static final Pattern DAY_THEN_PART_GAP = Pattern.compile("\\s{1,2}(?:mid-)?");

  /**
   * A weekday or a date told again after a day counted from the last one: "the next day, Friday", which the day joins
   * first.
   */
  private static final Pattern APPOSED_AFTER = Pattern.compile(",?\\s{1,3}\\(?(?:" + Lexicon.WEEKDAY
      + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

  /** Between a clock time and its day: "6 p.m. on Sunday", "3 a.m. [local time] on Friday". */
  private static final Pattern ON_GAP = Pattern.compile("(?:\\s{1,3}\\[local\\s{1,3}time\\])?,?\\s{1,3}on\\s{1,3}");

  /** Between "the quarter" and its last day or month: " ended ", " ending in ", " that ended on ". */
  private static final Pattern QUARTER_ENDED_GAP = Pattern.compile(
      "\\s{1,3}(?:that\\s{1,3}|which\\s{1,3})?(?:ended|ending|ends)(?:\\s{1,3}(?:on|in))?\\s{1,3}");

  /**
   * Between a day and its clock time: "Monday at 10 a.m.", "Sunday, at 6 p.m."; a time told as near ("Sunday at about
   * 6 p.m.") stands as a mention of its own, on the day named before it.
   */
  private static final Pattern AT_GAP = Pattern.compile(",?\\s{1,3}at\\s{1,3}");
  /** Between a day and a clock time told as near: "Sunday at about 6 p.m.", "June 4, at around 7.30pm". */
  private static final Pattern NEAR_GAP = Pattern.compile(",?\\s{1,3}at\\s{1,3}(?:about|around)\\s{1,3}");

  /** A clock time told again in another zone, then its day: "04:00 (0100 GMT) on Nov. 20". */
  private static final Pattern OTHER_ZONE_GAP = Pattern.compile(
      "(?:\\s{1,3}local\\s{1,3}time)?\\s{0,3}\\(\\s{0,2}\\d{1,2}:?\\d{2}\\s{0,2}(?:[ap]\\.?m\\.?\\s{0,2})?[a-z]{2,4}\\s{0,2}\\)(?:,?\\s{1,3}on)?\\s{1,3}");

  /**
   * Gives the first end of a range of days across months the year written after the second ("from Oct. 28 to
   * Nov. 3, 2025", "Nov. 30-Dec. 2 last year"); the year before it when the months wrap ("Dec. 30-Jan. 2, 2026").
   */
  static List<Candidate> shareYear(Scan s, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in);
    for (int i = 0; i + 1 < out.size(); i++) {
      Candidate a = out.get(i);
      Candidate b = out.get(i + 1);
      if (!(a.expression() instanceof MonthDay d) || d.year().isPresent() || b.begin() - a.end() > 12
          || !Ranges.RANGE_GAP.matcher(s.lower).region(a.end(), b.begin()).matches()) {
        continue;
      }
      TemporalExpression y = b.expression();
      if (y instanceof Explicit x && x.value().granularity() == Granularity.DAY) {
        LocalDate end = x.value().localStart().orElseThrow().toLocalDate();
        int year = end.getYear() - (d.month().compareTo(end.getMonth()) > 0 ? 1 : 0);
        out.set(i, a.with(a.begin(), a.end(), withYear(d, year), a.rule() + " (year of the range)"));
      } else if (y instanceof TemporalExpression.InRelativeYear r && r.part() instanceof MonthDay e) {
        int offset = r.yearOffset() - (d.month().compareTo(e.month()) > 0 ? 1 : 0);
        out.set(i, a.with(a.begin(), a.end(), new TemporalExpression.InRelativeYear(d, offset),
            a.rule() + " (year of the range)"));
      }
    }
    return out;
  }

  /** Joins neighbours that name one time: a relative day and a date, a clock time and its day. */
  static List<Candidate> merge(Scan s, List<Candidate> given) {
    List<Candidate> in = new ArrayList<>(given);
    List<Candidate> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Candidate c = in.get(i);
      Candidate next = i + 1 < in.size() ? in.get(i + 1) : null;
      Candidate near = next == null ? null : nearClock(s, c, next);
      if (near != null) {
        out.add(c);
        in.set(i + 1, near);
        continue;
      }
      int taken = 1;
      if (next != null && i + 2 < in.size() && countsFromNextDay(c)) {
        // "the night of Friday, Oct. 23": the day is the apposition, joined first
        Candidate day = join(s, next, in.get(i + 2));
        if (day != null && day.end() >= in.get(i + 2).end()) {
          next = day;
          taken = 2;
        }
      }
      Candidate joined = next == null ? null : join(s, c, next);
      if (joined != null && joined.end() >= next.end() && i + taken + 1 < in.size()) {
        // "Thursday, June 4, at 7.30pm": the day just joined takes its clock time too
        Candidate clock = in.get(i + taken + 1);
        Candidate timed = clock.begin() >= joined.end() ? clockWithDay(s, joined, clock) : null;
        if (timed != null && timed.end() >= clock.end()) {
          joined = timed;
          taken++;
        } else if (clock.begin() >= joined.end() && nearClock(s, joined, clock) != null) {
          in.set(i + taken + 1, nearClock(s, joined, clock));
        }
      }
      if (joined != null) {
        out.add(joined);
        if (joined.end() >= next.end()) {
          i += taken; // else the next candidate only lent its day and stays a mention of its own
        }
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Returns a clock time with no day told as near right after a day ("Sunday at about 6 p.m."), given that day: it
   * stands as a mention of its own, as the day does; null if {@code b} is no such clock time after {@code a}.
   */
  private static Candidate nearClock(Scan s, Candidate a, Candidate b) {
    if (!(b.expression() instanceof ClockTime t) || t.day().isPresent() || !isDay(a.expression()) || b.begin() < a.end()
        || b.begin() - a.end() > 20 || !NEAR_GAP.matcher(s.lower).region(a.end(), b.begin()).matches()) {
      return null;
    }
    return b.with(b.begin(), b.end(), new ClockTime(Optional.of(a.expression()), t.time()), b.rule() + " (day before)");
  }

  /** Verbs after a day that make it the subject of a new sentence: "... set back to 1 a.m. Election Day is Tuesday". */
  private static final Set<String> SUBJECT_VERBS = Set.of("is", "was", "will", "falls", "fell", "marks", "marked");

  /**
   * Whether a verb of {@link #SUBJECT_VERBS} follows {@code end}: a named day there ("Election Day is Tuesday")
   * opens a clause of its own. (A weekday after a clock time ends a subject as often: "A curfew imposed at 8 p.m.
   * Sunday was lifted", so weekdays are not asked.)
   */
  private static boolean subjectAfter(Scan s, int end) {
    return end < s.length() && s.charAt(end) == ' ' && SUBJECT_VERBS.contains(s.wordAt(end + 1));
  }

  /**
   * Returns the one candidate that two neighbours {@code a} and {@code b} make together (a year, a clock time, a
   * part of the day, an apposition, "ago" and its day, "the night of" and its day), or null when they name two
   * times.
   */
  private static Candidate join(Scan s, Candidate a, Candidate b) {
    if (b.begin() < a.end()) {
      return null; // overlapping candidates join nothing ("Tuesday overnight" and "overnight 20-25 March")
    }
    Candidate inYear = inYear(s, a, b);
    if (inYear != null) {
      return inYear;
    }
    Candidate clock = clockWithDay(s, a, b);
    if (clock != null) {
      return clock;
    }
    if (a.rule().equals("the quarter") && QUARTER_ENDED_GAP.matcher(s.lower).region(a.end(), b.begin()).matches()
        && (isCalendarDay(b.expression()) || b.expression() instanceof TemporalExpression.MonthOfYear)) {
      // "the quarter ended Sept. 30", "the quarter ending in December": the quarter that holds that end; the end
      // stays a mention of its own
      return a.with(a.begin(), a.end(), new TemporalExpression.Containing(Unit.QUARTER,
          b.expression()), a.rule() + " (ended)");
    }
    if (dayless(b) && b.begin() - a.end() <= 6 && DAY_THEN_PART_GAP.matcher(s.lower).region(a.end(), b.begin()).matches()
        && isDay(a.expression()) && !(a.expression() instanceof RelativeDay)) {
      // "on Tuesday mid-afternoon": that day's part, not today's
      return a.with(a.begin(), b.end(), new PartOfDayOf(a.expression(), ((PartOfDayOf) b.expression()).part()),
          a.rule() + " + " + b.rule());
    }
    if (a.expression() instanceof TemporalExpression.Duration x && b.expression() instanceof TemporalExpression.Duration y
        && SUM_GAP.matcher(s.lower).region(a.end(), b.begin()).matches()
        && !LIST_AFTER.matcher(s.lower).region(b.end(), s.length()).lookingAt()
        && !LIST_BEFORE.matcher(s.lower).region(Math.max(0, a.begin() - 3), a.begin()).matches()) {
      // "two hours and 41 minutes", "three years, six months": one length told in two units
      String sum = sum(x.value(), y.value());
      return sum == null ? null : a.with(a.begin(), b.end(), new TemporalExpression.Duration(sum), a.rule() + " + " + b.rule());
    }
    if (b.begin() - a.end() > 4) {
      return null; // longer than any gap below
    }
    String gap = s.text.substring(a.end(), b.begin());
    TemporalExpression back = agoFrom(a.expression(), b.expression(), gap);
    if (back != null) {
      // "twenty years ago today", "a year ago this month", "80 years ago on Sunday": that time so long before
      return a.with(a.begin(), b.end(), back, a.rule() + " + " + b.rule());
    }
    if (Ranges.isOvernight(s, a) && isCalendarDay(b.expression()) && (gap.isBlank() || ON_GAP.matcher(gap).matches())) {
      // "overnight on March 10": that day's night, as "overnight Tuesday" is
      return a.with(a.begin(), b.end(), new PartOfDayOf(b.expression(), PartOfDay.NIGHT), a.rule() + " + " + b.rule());
    }
    if (dayless(a) && ON_GAP.matcher(gap).matches() && isDay(b.expression())
        && !(b.expression() instanceof RelativeDay)) {
      // "mid-afternoon on Tuesday", "in the afternoon on March 3": that day's part, not today's
      return a.with(a.begin(), b.end(), new PartOfDayOf(b.expression(), ((PartOfDayOf) a.expression()).part()),
          a.rule() + " + " + b.rule());
    }
    if (Ranges.isOvernight(s, a) && gap.isBlank() && b.expression() instanceof PartOfDayOf p
        && p.part() == PartOfDay.NIGHT) {
      // "overnight tonight", "overnight Tuesday night": the night the second names
      return a.with(a.begin(), b.end(), b.expression(), a.rule() + " + " + b.rule());
    }
    boolean comma = COMMA_GAP.matcher(gap).matches();
    boolean paren = PAREN_GAP.matcher(gap).matches() && s.charAt(b.end()) == ')';
    if (!comma && !paren) {
      return null;
    }
    int end = paren ? b.end() + 1 : b.end();
    TemporalExpression x = a.expression();
    TemporalExpression y = b.expression();
    if (besideDay(a) && isDay(y) && gap.isBlank()) {
      // "the Friday after Thanksgiving", "the week before Christmas"
      TemporalExpression e = x instanceof TemporalExpression.AnaphoricWeekday w
          ? new TemporalExpression.WeekdayBeside(w.day(), w.direction(), y)
          : new TemporalExpression.Containing(Unit.WEEK, new TemporalExpression.DayShift(y,
              ((TemporalExpression.Anaphoric) ((TemporalExpression.Containing) x).day()).offset()));
      return a.with(a.begin(), b.end(), e, a.rule() + " + " + b.rule());
    }
    if (x instanceof TemporalExpression.Anaphoric d && d.whole() && d.unit() == Unit.DAY
        && isDay(y) && gap.isBlank()) {
      return a.with(a.begin(), b.end(), new TemporalExpression.DayShift(y, d.offset()), a.rule() + " + " + b.rule());
    }
    if (x instanceof PartOfDayOf p && p.day() instanceof RelativeDay r && r.offset() == 0 && isDay(y) && gap.isBlank()
        && a.begin() >= 4 && s.lower.startsWith("mid-", a.begin() - 4)) {
      // "mid-afternoon yesterday": the part of the day named after it
      return a.with(a.begin(), b.end(), new PartOfDayOf(y, p.part()), a.rule() + " + " + b.rule());
    }
    TemporalExpression of = ofDay(s, a, y);
    if (of != null && gap.isBlank()) {
      return a.with(a.begin(), b.end(), of, a.rule() + " + " + b.rule());
    }
    if (x instanceof RelativeDay && y instanceof Weekday) {
      return a.with(a.begin(), end, new Apposition(x, y), a.rule() + " + " + b.rule());
    }
    if (isRelativeDay(x) && isCalendarDay(y) && paren) {
      // "on Tuesday (March 3)", "today (3 March)": the day checked against its date, and the date in brackets a
      // mention of its own, as the weekday names it again
      return a.with(a.begin(), a.end(), new Apposition(x, y), a.rule() + " (date in brackets)");
    }
    if (isRelativeDay(x) && isCalendarDay(y)) {
      return a.with(a.begin(), end, new Apposition(x, y), a.rule() + " + " + b.rule());
    }
    if (comma && a.rule().startsWith("<holiday>") && (isCalendarDay(x) || x instanceof TemporalExpression.DayShift)
        && isCalendarDay(y) && closesApposition(s, end)
        && !b.rule().startsWith("<holiday>")) {
      // "Labor Day, Sept. 7", "Juneteenth, June 19": one day told twice, each checked against the other
      return a.with(a.begin(), end, new Apposition(x, y), a.rule() + " + " + b.rule());
    }
    if (isCalendarDay(x) && isRelativeDay(y) && paren) {
      return a.with(a.begin(), end, new Apposition(y, x), a.rule() + " + " + b.rule());
    }
    if (x instanceof PartOfDayOf p && isRelativeDay(p.day()) && isCalendarDay(y)) {
      // "Tuesday night, September 30": the night of the day both name, each checked against the other
      return a.with(a.begin(), end, new PartOfDayOf(new Apposition(p.day(), y), p.part()), a.rule() + " + " + b.rule());
    }
    if (x instanceof ClockTime t && t.day().isEmpty() && gap.isBlank() && y instanceof PartOfDayOf p
        && isRelativeDay(p.day()) && onTheDayOf(p.part(), t.time())) {
      // "7 a.m. this morning", "10 p.m. last night": the time on the day of that part; a time past midnight
      // ("2 a.m. last night") is on the next day, and is left apart
      return a.with(a.begin(), b.end(), new ClockTime(Optional.of(p.day()), t.time()), a.rule() + " + " + b.rule());
    }
    if (x instanceof ClockTime t && t.day().isEmpty()
        && (isDay(y) || isAnaphoricDay(y) && gap.isBlank() && !Character.isUpperCase(s.charAt(b.begin()))
            && !APPOSED_AFTER.matcher(s.lower).region(b.end(), s.length()).lookingAt())
        && !(gap.isBlank() && y instanceof RelativeDay
        && Character.isUpperCase(s.charAt(b.begin()))) && !(gap.isBlank() && !(y instanceof Weekday) && subjectAfter(s, b.end()))) {
      // "at 10:30 yesterday"; a capitalised "Yesterday" after a time opens the sentence of a live entry ("08:30 GMT
      // Yesterday, the envoy ...")
      return a.with(a.begin(), end, new ClockTime(Optional.of(y), t.time()), a.rule() + " + " + b.rule());
    }
    return null;
  }

  /**
   * Returns the time {@code y} names a span of years or months {@code x} before, when "ago" ({@code x}) meets today,
   * this week, this month, a weekday or a calendar day across a space or an "on"; else null. "Exactly a year ago"
   * already counts from today, and takes the day named after it instead.
   */
  private static TemporalExpression agoFrom(TemporalExpression x, TemporalExpression y, String gap) {
    int amount;
    Unit unit;
    if (x instanceof TemporalExpression.Ago g && g.amount() > 0) {
      amount = g.amount();
      unit = g.unit();
    } else if (x instanceof TemporalExpression.AgoFrom f && f.from() instanceof RelativeDay d && d.offset() == 0) {
      amount = f.amount();
      unit = f.unit();
    } else {
      return null;
    }
    boolean thisUnit = y instanceof TemporalExpression.RelativeUnit u && u.offset() == 0
        && (u.unit() == Unit.WEEK || u.unit() == Unit.MONTH);
    boolean day = y instanceof RelativeDay d && d.offset() == 0 || y instanceof Weekday || isCalendarDay(y);
    boolean joined = gap.isBlank() || gap.strip().equals("on") && !gap.contains("\n");
    return (unit == Unit.YEAR || unit == Unit.MONTH) && (thisUnit || day)
        && joined ? new TemporalExpression.AgoFrom(y, amount, unit) : null;
  }

  /** Whether a candidate is a weekday or week before or after the day named right after it. */
  private static boolean besideDay(Candidate c) {
    return c.rule().startsWith("the <weekday>|week before|after <day>");
  }

  /**
   * Whether a candidate counts from the day named right after it: "the day after", "the night of", and a clock
   * time before its day ("at noon on Friday, Nov. 27": the day is the apposition).
   */
  private static boolean countsFromNextDay(Candidate c) {
    TemporalExpression e = c.expression();
    return e instanceof ClockTime t && t.day().isEmpty() || besideDay(c)
        || e instanceof TemporalExpression.Anaphoric a && a.whole() && a.unit() == Unit.DAY
        || e instanceof PartOfDayOf p && p.day() instanceof TemporalExpression.Anaphoric
        || e instanceof TemporalExpression.Containing w && w.day() instanceof TemporalExpression.Anaphoric;
  }

  /**
   * Returns the part of day or week that "the night of", "the week of" ({@code a}, ending in "of") names in the
   * day {@code y}, or null if {@code a} is no such phrase or {@code y} no day.
   */
  private static TemporalExpression ofDay(Scan s, Candidate a, TemporalExpression y) {
    if (!isDay(y) || !s.lower.startsWith("of", a.end() - 2) && !s.lower.startsWith("on", a.end() - 2)) {
      return null; // "the night of", or "dawn on" ("at dawn on Wednesday")
    }
    if (a.expression() instanceof PartOfDayOf p && p.day() instanceof TemporalExpression.Anaphoric) {
      return new PartOfDayOf(y, p.part());
    }
    if (a.expression() instanceof TemporalExpression.Containing c && c.day() instanceof TemporalExpression.Anaphoric) {
      return new TemporalExpression.Containing(c.unit(), y);
    }
    return null;
  }

  /**
   * Joins a clock time and its day across "on" ("6 p.m. on Sunday") or a day and its clock time across "at"
   * ("Monday at 10 a.m."). A clock time told again in another zone before its day ("04:00 (0100 GMT) on
   * Nov. 20") stays its own mention, but on that day: the day follows as the next candidate.
   */
  private static Candidate clockWithDay(Scan s, Candidate a, Candidate b) {
    if (b.begin() - a.end() > 40) {
      return null;
    }
    TemporalExpression x = a.expression();
    TemporalExpression y = b.expression();
    String rule = a.rule() + " + " + b.rule();
    if (x instanceof ClockTime t && t.day().isEmpty() && y instanceof PartOfDayOf p && isDay(p.day())
        && onTheDayOf(p.part(), t.time()) && ON_GAP.matcher(s.lower).region(a.end(), b.begin()).matches()
        && !SentenceText.newSentence(s, a.end(), b.begin())) {
      // "2:14 p.m. on Saturday afternoon": the time on that day, the part of day agreeing with it, which stays a
      // mention of its own as a day told after "on" does
      return a.with(a.begin(), a.end(), new ClockTime(Optional.of(p.day()), t.time()), a.rule() + " (day after)");
    }
    if (x instanceof ClockTime t && t.day().isEmpty() && (isDay(y) || isAnaphoricDay(y))) {
      if (ON_GAP.matcher(s.lower).region(a.end(), b.begin()).matches() && !SentenceText.newSentence(s, a.end(), b.begin())) {
        return a.with(a.begin(), b.end(), new ClockTime(Optional.of(y), t.time()), rule + TOLD_ON_DAY);
      }
      if (OTHER_ZONE_GAP.matcher(s.lower).region(a.end(), b.begin()).matches()) {
        return a.with(a.begin(), a.end(), new ClockTime(Optional.of(y), t.time()), a.rule() + " (day after)");
      }
    }
    if (y instanceof ClockTime t && t.day().isEmpty() && isDay(x)
        && AT_GAP.matcher(s.lower).region(a.end(), b.begin()).matches()) {
      return a.with(a.begin(), b.end(), new ClockTime(Optional.of(x), t.time()), rule + TOLD_AT_TIME);
    }
    return null;
  }

  /**
   * The mark on the rule of a clock time joined to its day across "on" ("6 p.m. on Sunday"): read as one time, told
   * as two mentions, as TimeML tags them (see {@link #toldApart}).
   */
  static final String TOLD_ON_DAY = " (told on its day)";
  /** The mark on the rule of a day joined to its clock time across "at" ("Monday at 10 a.m."): as {@link #TOLD_ON_DAY}. */
  static final String TOLD_AT_TIME = " (told at its time)";

  /**
   * Returns where, in a mention's text, a clock time joined to its day across "on" or "at" (marked by
   * {@link #TOLD_ON_DAY} or {@link #TOLD_AT_TIME}) splits: {end of the first part, start of the second}; null when
   * it is no such mention.
   */
  static int[] toldApart(String text, String rule) {
    boolean on = rule.endsWith(TOLD_ON_DAY);
    if (!on && !rule.endsWith(TOLD_AT_TIME)) {
      return null;
    }
    Matcher m = (on ? ON_GAP : AT_GAP).matcher(text.toLowerCase(java.util.Locale.ROOT));
    return m.find() && m.start() > 0 && m.end() < text.length() ? new int[] {m.start(), m.end()} : null;
  }

  /**
   * Whether a clock time said with a part of a day falls on that part's own day, as news says it: from midnight for
   * the morning ("3 a.m. this morning"), until midnight for the evening and the night ("10 p.m. last night").
   */
  private static boolean onTheDayOf(PartOfDay part, LocalTime time) {
    int h = time.getHour();
    return switch (part) {
      case MORNING -> h < 12;
      case MIDDAY, AFTERNOON -> h >= 11 && h < 18;
      case EVENING, NIGHT -> h >= 16;
      case DAYTIME -> h >= 6 && h < 18;
    };
  }

  /** Whether a candidate is a part of the day with no day of its own: "mid-afternoon", "the evening". */
  private static boolean dayless(Candidate c) {
    return c.rule().equals("that <part>") && c.expression() instanceof PartOfDayOf p
        && (p.day() instanceof RelativeDay r && r.offset() == 0
        || p.day() instanceof TemporalExpression.Anaphoric n && n.offset() == 0);
  }

  /**
   * Whether an expression is a day counted from the last one told: "the next day", "the day before" ("that day" after
   * a clock time stays apart: it may count from a month told as a name's, "the March report at 8:30 a.m. that day").
   */
  private static boolean isAnaphoricDay(TemporalExpression e) {
    return e instanceof TemporalExpression.Anaphoric a && a.unit() == Unit.DAY && a.offset() != 0;
  }

  /**
   * Whether an expression names one day: a relative or calendar day, a weekday, an apposition of two, a day of the
   * month, or a day counted from a calendar day.
   */
  private static boolean isDay(TemporalExpression e) {
    // "Black Friday", a day counted from a holiday, is a day too, and so is "the 28th" ("the night of the 28th",
    // "at 00:00 on the 1st")
    return isRelativeDay(e) || isCalendarDay(e) || e instanceof Apposition
        || e instanceof TemporalExpression.DayOfMonth
        || e instanceof TemporalExpression.DayShift d && isCalendarDay(d.day())
        || e instanceof TemporalExpression.WeekdayBeside
        // "Thanksgiving last year" ("the day before Thanksgiving last year")
        || e instanceof TemporalExpression.InRelativeYear y && isCalendarDay(y.part());
  }

  /**
   * Joins a month, day, holiday or season without a year and the year after it: one told from publication's ("June
   * last year", "Thanksgiving Day last year"), one spelled out ("January nineteen ninety-seven", "the winter of
   * nineteen ninety-four") or one told from the text's last date ("May that year").
   */
  private static Candidate inYear(Scan s, Candidate a, Candidate b) {
    TemporalExpression x = a.expression();
    if (b.begin() - a.end() > 8 || !yearless(x) || !YEAR_GAP.matcher(s.text).region(a.end(), b.begin()).matches()) {
      return null;
    }
    TemporalExpression joined = null;
    if (b.expression() instanceof TemporalExpression.RelativeUnit u && u.unit() == Unit.YEAR
        && RELATIVE_YEAR.contains(s.lower, b.begin(), Math.min(b.begin() + 4, b.end()))) {
      joined = new TemporalExpression.InRelativeYear(x, u.offset());
    } else if (b.expression() instanceof Explicit y && y.value().granularity() == Granularity.YEAR) {
      joined = withYear(x, y.value().localStart().orElseThrow().getYear());
    } else if (b.expression() instanceof TemporalExpression.Anaphoric y && y.unit() == Unit.YEAR
        && y.whole()) {
      // "May that year", "in March of the following year": the year of the story's last date, or one next to it
      joined = new TemporalExpression.InToldYear(x, y.offset());
    }
    return joined == null ? null : a.with(a.begin(), b.end(), joined, a.rule() + " + " + b.rule());
  }

  /** Whether an expression is a month, day, season or holiday told without a year, so one may follow it. */
  private static boolean yearless(TemporalExpression x) {
    return x instanceof TemporalExpression.MonthOfYear m && m.year().isEmpty()
        && m.relation() == Relation.NONE || x instanceof MonthDay d && d.year().isEmpty()
        || x instanceof TemporalExpression.SeasonOf z && z.year().isEmpty()
        && z.relation() == Relation.NONE
        || x instanceof TemporalExpression.NthWeekdayOfMonth h && h.year().isEmpty()
        || x instanceof TemporalExpression.EasterDay e && e.year().isEmpty()
        || x instanceof TemporalExpression.FestivalDay f && f.year().isEmpty()
        || x instanceof TemporalExpression.IndependenceDay i && i.year().isEmpty()
        || TemporalExpression.InRelativeYear.dayAfterHoliday(x);
  }

  /** Returns a month, day, season or holiday told without a year in the year {@code year}. */
  private static TemporalExpression withYear(TemporalExpression x, int year) {
    OptionalInt y = OptionalInt.of(year);
    if (x instanceof TemporalExpression.MonthOfYear m) {
      return new TemporalExpression.MonthOfYear(m.month(), y, m.relation());
    } else if (x instanceof MonthDay d) {
      return new Explicit(TimeValue.ofDay(LocalDate.of(year, d.month(), Math.min(d.day(),
          YearMonth.of(year, d.month()).lengthOfMonth()))));
    } else if (!(x instanceof TemporalExpression.SeasonOf)) {
      return Resolver.inYear(x, year);
    }
    TemporalExpression.SeasonOf z = (TemporalExpression.SeasonOf) x;
    return new TemporalExpression.SeasonOf(z.season(), y, z.relation());
  }

  /** Whether an expression counts its day from publication: "yesterday", "Tuesday". */
  /**
   * Whether an apposition's second part closes its phrase at {@code end}: a comma, a full stop or a bracket follows,
   * not "and" ("on Christmas Day, Dec. 26 and Jan. 1" lists days) nor a verb ("Since Thanksgiving, Dec. 1 has been").
   */
  private static boolean closesApposition(Scan s, int end) {
    return end >= s.length() || ",.;:)".indexOf(s.text.charAt(end)) >= 0;
  }

  private static boolean isRelativeDay(TemporalExpression e) {
    return e instanceof RelativeDay || e instanceof Weekday;
  }

  /** A part of the day right after a calendar day: "Diwali night", "Christmas morning", "July 4 evening". */
  private static final Pattern PART_AFTER = Pattern.compile("\\s{1,2}(?<p>night|evening|morning|afternoon)\\b(?![-'\u2019])");

  /**
   * Takes in a part of the day that follows a holiday or a day of a month: "on Diwali night" is that night, as
   * "Tuesday night" is Tuesday's.
   */
  static List<Candidate> withPartOfDay(Scan s, List<Candidate> in) {
    return withWordsAfterDay(s, in, PART_AFTER, (c, m) -> c.with(c.begin(), m.end(),
        new PartOfDayOf(c.expression(), Lexicon.partOfDay(m.group("p"))), c.rule() + " <part>"));
  }

  /**
   * Returns the candidates with each holiday or day of a month that {@code after} follows right away taken together
   * with those words, as {@code take} makes them one candidate. The words are taken only where no candidate of its
   * own starts inside them.
   */
  private static List<Candidate> withWordsAfterDay(Scan s, List<Candidate> in, Pattern after,
      java.util.function.BiFunction<Candidate, Matcher, Candidate> take) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Candidate c = in.get(i);
      Matcher m = isCalendarDay(c.expression()) ? after.matcher(s.lower).region(c.end(), s.length()) : null;
      if (m != null && m.lookingAt() && (i + 1 >= in.size() || in.get(i + 1).begin() >= m.end())) {
        out.add(take.apply(c, m));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** A weekend named after a day: " weekend", " holiday weekend", " long weekend", " bank holiday weekend". */
  private static final Pattern WEEKEND_AFTER = Pattern.compile(
      "\\s{1,2}(?:(?:bank\\s{1,2})?holiday\\s{1,2}|long\\s{1,2})?weekend\\b(?![-'\u2019])");

  /**
   * Takes in "weekend" after a holiday or a day of a month: "the Memorial Day weekend", "over the Easter holiday
   * weekend", "the July 4 weekend" are the weekend beside that day, not the day.
   */
  static List<Candidate> withWeekend(Scan s, List<Candidate> in) {
    return withWordsAfterDay(s, in, WEEKEND_AFTER, (c, m) -> c.with(c.begin(), m.end(),
        new TemporalExpression.Containing(Unit.WEEKEND, c.expression()), c.rule() + " weekend"));
  }

  /** Whether an expression is a day of the calendar: a day of a month, a holiday, an explicit day. */
  private static boolean isCalendarDay(TemporalExpression e) {
    return e instanceof MonthDay || e instanceof TemporalExpression.NthWeekdayOfMonth
        || e instanceof TemporalExpression.EasterDay || e instanceof TemporalExpression.NumericDay
        || e instanceof TemporalExpression.FestivalDay || e instanceof TemporalExpression.IndependenceDay
        || e instanceof Explicit x
        && x.value().granularity() == Granularity.DAY;
  }
}
