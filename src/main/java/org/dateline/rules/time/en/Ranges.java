package org.dateline.rules.time.en;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Granularity;
import org.dateline.model.PartOfDay;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Relation;
import org.dateline.resolve.Resolution;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;

/**
 * Reads the other end of a range of days written once with its month: "November 18-19" and "18-19 November"
 * give two days. A range has no value of its own in the contract, so each end is its own mention. Only the
 * text just around a day candidate is read, so the work stays linear. Also says when a range of months
 * without years ("from September to May") needs its ends put in order.
 */
final class Ranges {
  /** After a day: "-19", " to 19", " and 19", " or 19", then maybe a year; the day ends at no digit, colon or word. */
  private static final Pattern SECOND = Pattern.compile(
      "(?:\\s{0,2}[-\u2013]\\s{0,2}|\\s{1,3}(?:to|through|and|or)\\s{1,3})(?<d>[0-3]?\\d)(?:st|nd|rd|th)?"
          + "(?<y>,?\\s{1,3}(?:1[6-9]\\d\\d|20\\d\\d))?(?![\\w:.,%-]\\w|[\\w:%])");
  private static final Pattern WORDY = Pattern.compile("\\s{1,3}(?:to|through|and|or)\\s{1,3}.{0,12}");
  /** Before a day-first date: "18-", "18 to ", "2nd and ", "24 or ". */
  private static final Pattern FIRST = Pattern.compile(
      "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s{0,2}[-\u2013]\\s{0,2}|\\s{1,3}(?:to|and|or)\\s{1,3})");
  /** Between the two ends of a range of days. */
  static final Pattern RANGE_GAP = Pattern.compile("\\s{0,2}[-\u2013]\\s{0,2}|\\s{1,3}(?:to|through|until|till|into|and)\\s{1,3}");

  private Ranges() {}

  /**
   * Whether two yearless months make a range ("from September to May", "October through February", "between
   * November and March") whose end, each read alone, came before its start.
   */
  static boolean wrappedMonths(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || !yearless(previous.expression()) || !yearless(c.expression())
        || c.begin() - previous.end() > 12 || yearMonth(first) == null || yearMonth(r) == null
        || !yearMonth(r).isBefore(yearMonth(first))) {
      return false;
    }
    return joinedAsRange(s, previous, c);
  }

  /**
   * Whether two days of months told without a year ("between March 1 and June 20") were read as a range whose end
   * comes before its start: a range runs forward, so one of its ends is in another year.
   */
  static boolean wrappedDays(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || !yearlessDay(previous.expression()) || !yearlessDay(c.expression())
        || c.begin() - previous.end() > 12 || day(first) == null || day(r) == null || !day(r).isBefore(day(first))) {
      return false;
    }
    return joinedAsRange(s, previous, c);
  }

  /** The day a resolution names, or null if it names none. */
  static java.time.LocalDate day(Resolution r) {
    if (r.time().isEmpty() || r.time().get().granularity() != Granularity.DAY || r.problem().isPresent()) {
      return null;
    }
    return r.time().get().localStart().orElseThrow().toLocalDate();
  }

  /** A day of a month without a year; 29 February is left alone, as no year next to a leap year holds it. */
  private static boolean yearlessDay(TemporalExpression e) {
    return e instanceof TemporalExpression.MonthDay m && m.year().isEmpty()
        && !(m.month() == java.time.Month.FEBRUARY && m.day() == 29);
  }

  /**
   * Whether the words between two candidates join them as a range's ends: a dash, "to", "through",
   * "until", "into" ("from Thursday afternoon into Friday night"), or "and" after "between" ("between Monday and
   * Wednesday"; "on Wednesday and Monday" is a list).
   */
  static boolean joinedAsRange(Scan s, Candidate previous, Candidate c) {
    String gap = s.lower.substring(previous.end(), c.begin());
    boolean between = s.lower.startsWith("between ", Math.max(0, previous.begin() - 8));
    return RANGE_GAP.matcher(gap).matches() && !(gap.trim().equals("and") && !between);
  }

  /** The month a resolution names, or null if it names none. */
  static YearMonth yearMonth(Resolution r) {
    if (r.time().isEmpty() || r.time().get().granularity() != Granularity.MONTH || r.problem().isPresent()) {
      return null;
    }
    return YearMonth.from(r.time().get().localStart().orElseThrow());
  }

  /**
   * The start of a range told without a year takes the year its end tells ("between March and August 2024", "from
   * June 3 to July 9, 2025"), or the year before where that would put it after the end ("from November to February
   * 2025"). Returns {@code first} unchanged for anything else.
   */
  static Resolution startInEndsYear(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || c.begin() - previous.end() > 12 || !joinedAsRange(s, previous, c)) {
      return first;
    }
    if (yearless(previous.expression()) && toldWithYear(s, c) && yearMonth(first) != null && yearMonth(r) != null) {
      YearMonth start = yearMonth(first).withYear(yearMonth(r).getYear());
      start = start.isAfter(yearMonth(r)) ? start.minusYears(1) : start;
      return start.equals(yearMonth(first)) ? first : Resolution.of(TimeValue.ofMonth(start));
    }
    if (yearlessDay(previous.expression()) && toldWithYear(s, c) && day(first) != null && day(r) != null) {
      LocalDate start = day(first).withYear(day(r).getYear());
      start = start.isAfter(day(r)) ? start.minusYears(1) : start;
      return start.equals(day(first)) ? first : Resolution.of(TimeValue.ofDay(start));
    }
    return first;
  }

  /** Whether a candidate's words tell a year of four digits: "August 2024", "July 9, 2025". */
  private static boolean toldWithYear(Scan s, Candidate c) {
    int run = 0;
    for (int i = c.begin(); i < c.end(); i++) {
      run = Character.isDigit(s.text.charAt(i)) ? run + 1 : 0;
      if (run == 4 && (i + 1 == c.end() || !Character.isDigit(s.text.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean yearless(TemporalExpression e) {
    return e instanceof TemporalExpression.MonthOfYear m && m.year().isEmpty() && m.relation() == Relation.NONE;
  }

  /** Returns the candidates with the other end of each day range added, in text order. */
  static List<Candidate> withEnds(Scan s, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    int skipUntil = -1;
    for (Candidate c : in) {
      if (c.begin() < skipUntil) {
        continue; // a year the second end took in
      }
      LocalDate day = day(c.expression());
      if (day == null) {
        out.add(c);
        continue;
      }
      // a weekday just before the day ("Saturday 21 March") is the day's own, no floor for the range's start
      int lastOther = out.size() - 1;
      if (lastOther >= 0 && out.get(lastOther).expression() instanceof TemporalExpression.Weekday
          && c.begin() - out.get(lastOther).end() <= 3) {
        lastOther--;
      }
      Candidate first = firstEnd(s, c, day, lastOther < 0 ? 0 : out.get(lastOther).end());
      int night = first == null ? -1 : nightOfBefore(s, first.begin());
      Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (night >= 0 && last != null && last.end() > night && last.begin() != night) {
        night = -1; // "Tuesday overnight 20-25 March": the night is another mention's
      }
      if (night >= 0) {
        // "the night of 18-19 November" is one night, the first day's; "overnight" was read as a mention of its own
        if (!out.isEmpty() && out.get(out.size() - 1).begin() == night) {
          out.remove(out.size() - 1);
        }
        out.add(new Candidate(night, c.end(), new PartOfDayOf(first.expression(), PartOfDay.NIGHT), null,
            c.rule() + " (night of a range)"));
        continue;
      }
      if (first != null) {
        // "Wednesday" of "Wednesday 18 to Saturday 21 March" is the first end's
        int at = out.size();
        for (int k = out.size() - 1; k >= 0 && out.get(k).end() > first.begin(); k--) {
          if (out.get(k).begin() < first.end()) {
            out.remove(k);
          }
          at = k;
        }
        out.add(Math.min(at, out.size()), first);
      }
      Candidate second = first == null ? secondEnd(s, c, day) : null;
      if (second != null && second.expression() instanceof Explicit x && c.expression() instanceof MonthDay d
          && d.year().isEmpty()) {
        int y = x.value().localStart().orElseThrow().getYear(); // "Oct. 3 to 5, 2027": the year is both ends'
        c = c.with(c.begin(), c.end(), dayOf(d.month(), d.day(), OptionalInt.of(y)), c.rule());
      }
      if (second != null && !out.isEmpty() && isNightOf(s, out.get(out.size() - 1))
          && NIGHT_GAP.matcher(s.lower).region(out.get(out.size() - 1).end(), c.begin()).matches()) {
        // "the night of November 18-19": the night is the first day's, and the second day no mention of its own
        c = c.with(c.begin(), second.end(), c.expression(), c.rule() + " (night of a range)");
        skipUntil = second.end();
        second = null;
      }
      out.add(c);
      if (second != null) {
        out.add(second);
        skipUntil = second.end();
      } else if (first == null) {
        int listYearEnd = listYearEnd(s, c);
        if (listYearEnd > 0 && yearOf(c).isEmpty()) {
          // "on June 5, 12 and 19, 2024": the year after the list is every listed day's, the first's too
          int y = Integer.parseInt(s.lower.substring(listYearEnd - 4, listYearEnd));
          c = c.with(c.begin(), c.end(), dayOf(day.getMonth(), day.getDayOfMonth(), OptionalInt.of(y)), c.rule());
          out.set(out.size() - 1, c);
        }
        List<Candidate> listed = listed(s, c, day);
        out.addAll(listed);
        skipUntil = listed.isEmpty() ? skipUntil : Math.max(listed.get(listed.size() - 1).end(), listYearEnd);
      }
    }
    return out;
  }

  /** "the night of " or "overnight [on] " before a range of days. */
  private static final Pattern NIGHT_OF = Pattern.compile(
      "(?:the\\s{1,3}night\\s{1,3}of|overnight(?:\\s{1,3}on)?)\\s{1,3}");

  /** Between "the night of" or "overnight" and the day that names the night. */
  private static final Pattern NIGHT_GAP = Pattern.compile("\\s{1,3}(?:on\\s{1,3})?");

  /** Returns where "the night of " or "overnight [on] " begins if it ends at {@code pos}, else -1. */
  private static int nightOfBefore(Scan s, int pos) {
    for (int b = Math.max(0, pos - 20); b < pos - 9; b++) {
      char c = s.lower.charAt(b);
      if ((c == 't' || c == 'o') && (b == 0 || !Scan.isWordChar(s.lower.charAt(b - 1)))
          && NIGHT_OF.matcher(s.lower).region(b, pos).matches()) {
        return b;
      }
    }
    return -1;
  }

  /** Whether a candidate is "the night of" or "overnight", waiting for the day after it. */
  private static boolean isNightOf(Scan s, Candidate c) {
    return c.expression() instanceof PartOfDayOf p && p.part() == PartOfDay.NIGHT
        && p.day() instanceof TemporalExpression.Anaphoric a && a.offset() == 0 || isOvernight(s, c);
  }

  /** Whether a candidate is the word "overnight" alone (last night, unless a day follows to name the night). */
  static boolean isOvernight(Scan s, Candidate c) {
    return c.end() - c.begin() == 9 && s.lower.startsWith("overnight", c.begin());
  }

  /** The day a candidate names, with year 2000 standing for a missing year, or null if it names no one day. */
  private static LocalDate day(TemporalExpression e) {
    if (e instanceof MonthDay d && d.year().isEmpty()) {
      return LocalDate.of(2000, d.month(), Math.min(d.day(), d.month().maxLength()));
    }
    if (e instanceof Explicit x && x.value().granularity() == Granularity.DAY) {
      return x.value().localStart().orElseThrow().toLocalDate();
    }
    return null;
  }

  private static Candidate secondEnd(Scan s, Candidate c, LocalDate day) {
    Matcher m = SECOND.matcher(s.lower).region(c.end(), Math.min(s.length(), c.end() + 24));
    if (!m.lookingAt() || !Character.isDigit(s.charAt(c.end() - 1))) {
      return null;
    }
    int d = Integer.parseInt(m.group("d"));
    boolean wordy = WORDY.matcher(s.lower).region(c.end(), m.end()).matches();
    if (d <= day.getDayOfMonth() || d > YearMonth.from(day).lengthOfMonth() || wordy && m.group("y") == null
        && !closes(s, m.end()) && !PLACE_AFTER.matcher(s.text).region(m.end(), s.length()).lookingAt()
        && !YEAR_WORDS_AFTER.matcher(s.lower).region(m.end(), s.length()).lookingAt()) {
      return null;
    }
    OptionalInt year = m.group("y") == null ? yearOf(c)
        : OptionalInt.of(Integer.parseInt(m.group("y").substring(m.group("y").length() - 4)));
    return new Candidate(m.start("d"), m.end(), dayOf(day.getMonth(), d, year), null, c.rule() + " (range end)");
  }

  /** A year told in words after a range's end: "from January 15 to 19 this year". */
  private static final Pattern YEAR_WORDS_AFTER = Pattern.compile("\\s{1,3}(?:this|last|next)\\s{1,3}year\\b");

  /** After a day: a list of later days of its month, ", 12 and 19", ", 8, 15 or 22"; at most six. */
  private static final Pattern LIST = Pattern.compile(
      "(?:,\\s{1,2}[0-3]?\\d(?!\\d)){1,6},?\\s{1,3}(?:and|or)\\s{1,3}[0-3]?\\d(?![\\w:.%-]\\w|[\\w:%])");
  private static final Pattern LISTED_DAY = Pattern.compile("[0-3]?\\d");

  /** A year right after a list of days: ", 2024". */
  private static final Pattern LIST_YEAR = Pattern.compile(",\\s{1,2}(?:19|20)\\d\\d(?![\\d:/.-]\\d)");

  /** Returns where the year after the list of days that follows {@code c} ends, or -1 if no year follows one. */
  private static int listYearEnd(Scan s, Candidate c) {
    Matcher m = LIST.matcher(s.lower).region(c.end(), Math.min(s.length(), c.end() + 48));
    if (!m.lookingAt()) {
      return -1;
    }
    Matcher y = LIST_YEAR.matcher(s.lower).region(m.end(), Math.min(s.length(), m.end() + 8));
    return y.lookingAt() ? y.end() : -1;
  }

  /**
   * Reads the days listed after a day of a month, each a mention of that month ("on June 5, 12 and 19"), when
   * they rise and the clause closes after the last one ("March 3, 10 and 17 minutes" counts minutes).
   */
  private static List<Candidate> listed(Scan s, Candidate c, LocalDate day) {
    Matcher m = LIST.matcher(s.lower).region(c.end(), Math.min(s.length(), c.end() + 48));
    if (!m.lookingAt() || !Character.isDigit(s.charAt(c.end() - 1)) || !closes(s, m.end())
        && !PLACE_AFTER.matcher(s.text).region(m.end(), s.length()).lookingAt()) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    int previous = day.getDayOfMonth();
    Matcher d = LISTED_DAY.matcher(s.lower).region(c.end(), m.end());
    while (d.find()) {
      int n = Integer.parseInt(d.group());
      if (n <= previous || n > YearMonth.from(day).lengthOfMonth()) {
        return List.of();
      }
      previous = n;
      out.add(new Candidate(d.start(), d.end(), dayOf(day.getMonth(), n, yearOf(c)), null, c.rule() + " (listed day)"));
    }
    return out;
  }

  /** A capitalised weekday just before a day's number: "Wednesday 18", "Saturday 21 March". */
  private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s{1,3}$");

  private static Candidate firstEnd(Scan s, Candidate c, LocalDate day, int floor) {
    // "from Wednesday 18 to Saturday 21 March": each end may be named by its weekday too
    Matcher named = WEEKDAY_BEFORE.matcher(s.text).region(Math.max(floor, c.begin() - 12), c.begin());
    int end = named.find() ? named.start() : c.begin();
    int from = Math.max(floor, end - 9);
    for (int b = from; b < end; b++) {
      if (!Character.isDigit(s.charAt(b)) || b > 0 && Scan.isWordChar(s.charAt(b - 1))) {
        continue;
      }
      Matcher m = FIRST.matcher(s.lower).region(b, end);
      if (m.matches()) {
        int d = Integer.parseInt(m.group("d"));
        if (d < 1 || d >= day.getDayOfMonth() || !Character.isDigit(s.charAt(c.begin()))) {
          return null;
        }
        Matcher before = WEEKDAY_BEFORE.matcher(s.text).region(Math.max(floor, b - 12), b);
        int begin = end < c.begin() && before.find() ? before.start() : b;
        return new Candidate(begin, m.end("d"), dayOf(day.getMonth(), d, yearOf(c)), null, c.rule() + " (range start)");
      }
    }
    return null;
  }

  private static OptionalInt yearOf(Candidate c) {
    return c.expression() instanceof MonthDay d ? d.year()
        : OptionalInt.of(((Explicit) c.expression()).value().localStart().orElseThrow().getYear());
  }

  private static TemporalExpression dayOf(Month month, int d, OptionalInt year) {
    return year.isPresent() ? new Explicit(TimeValue.ofDay(LocalDate.of(year.getAsInt(), month, d)))
        : new MonthDay(month, d, OptionalInt.empty());
  }

  /**
   * The place a range of days is held at, right after its second day: "from Nov. 24 to 26 in Beijing", "March 3 to 5
   * at Wembley" (a count goes on with a noun: "from March 3 to 5 people").
   */
  private static final Pattern PLACE_AFTER = Pattern.compile("\\s{1,2}(?:in|at)\\s{1,2}(?:the\\s{1,2})?\\p{Lu}");

  /** Whether a clause ends at {@code pos}: punctuation or the end of the text. */
  private static boolean closes(Scan s, int pos) {
    int i = pos;
    while (i < s.length() && i - pos < 2 && s.charAt(i) == ' ') {
      i++;
    }
    return i >= s.length() || ".,;)".indexOf(s.charAt(i)) >= 0;
  }
}
