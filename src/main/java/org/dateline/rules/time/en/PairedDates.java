package org.dateline.rules.time.en;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.model.DateMention;
import org.dateline.model.Granularity;
import org.dateline.model.PartOfDay;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Direction;
import org.dateline.resolve.ReferenceTime;
import org.dateline.resolve.Relation;
import org.dateline.resolve.Resolution;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;
import org.dateline.resolve.TemporalExpression.Weekday;

/**
 * Corrects the resolution of one of two neighbouring dates from the other: the end of a range runs forward from its
 * start ("from Monday to Wednesday", "from 11pm to 6am"), a day told again in another zone or as a holiday is the day
 * beside it, and a weekday in what a source said counts from the day of the saying.
 */
final class PairedDates {
  private PairedDates() {}

  /** A clause that runs on from its first day to an end: "open on Monday and run until Friday", "and ends on". */
  private static final Pattern LASTS_UNTIL = Pattern.compile("\\s{1,3}and\\s{1,3}(?:(?:run|runs|last|lasts|continue"
      + "|continues|go|goes|stay|stays|remain|remains)\\s{1,3}(?:on\\s{1,3})?(?:until|till|through)|(?:end|ends|close"
      + "|closes|finish|finishes|conclude|concludes|wrap\\s{1,3}up|wraps\\s{1,3}up)\\s{1,3}on)\\s{1,3}");

  /**
   * The future of the past, as reported speech shifts it back: "he would travel", "temperatures could hit 40C", "the
   * vote was to take place".
   */
  private static final Pattern BACKSHIFTED = Pattern.compile(
      "\\b(?:would|could(?!\\s{1,3}(?:not|have|never)\\b)|(?:was|were)\\s{1,3}(?:going\\s{1,3})?to)\\b");

  /** The past of the past, as reported speech shifts it back: "she had resigned", "had been killed". */
  private static final Pattern PAST_PERFECT = Pattern.compile("\\bhad\\b");

  /**
   * Independence Day in apposition to the day just told ("signed on Friday, June 12, Independence Day") is that day:
   * the country's own, whatever the report's zone would make of it. Returns {@code r} unchanged for anything else.
   */
  static Resolution holidayBesideDay(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || !(c.expression() instanceof TemporalExpression.IndependenceDay)
        || first == null || first.time().isEmpty() || first.time().get().granularity() != Granularity.DAY
        || c.begin() - previous.end() > 3 || !s.text.substring(previous.end(), c.begin()).trim().equals(",")) {
      return r;
    }
    return first;
  }

  /**
   * Independence Day told with no country, and a day in the same clause that is some country's Independence Day
   * ("the Independence Day parade will go ahead tomorrow", "Tomorrow's Independence Day"): the day is the holiday's.
   * Returns the pair's readings, first then second, changed or not.
   */
  static Resolution[] independenceBesideDay(Scan s, Candidate previous, Resolution first, Candidate c,
      Resolution r) {
    Resolution[] same = {first, r};
    if (previous == null || c.begin() - previous.end() > 60
        || SentenceText.sentenceBreak(s.text, previous.end(), c.begin())) {
      return same;
    }
    boolean holidayFirst = unknownIndependence(previous.expression());
    if (holidayFirst == unknownIndependence(c.expression())) {
      return same;
    }
    LocalDate day = Ranges.day(holidayFirst ? r : first);
    // a weekday names too many days of the year to tell a country: "the Independence Day parade on Sunday"
    if (day == null || isHoliday(holidayFirst ? c : previous)
        || (holidayFirst ? c : previous).expression() instanceof Weekday
        || !NationalDays.someIndependenceDay(java.time.MonthDay.from(day))) {
      return same;
    }
    Resolution told = Resolution.of(TimeValue.ofDay(day));
    return holidayFirst ? new Resolution[] {told, r} : new Resolution[] {first, told};
  }

  private static boolean unknownIndependence(TemporalExpression e) {
    return e instanceof TemporalExpression.IndependenceDay i && i.year().isEmpty();
  }

  /** How far back in its sentence a weekday told before is looked for. */
  private static final int SAME_WEEKDAY_REACH = 300;

  /**
   * A bare weekday told again in the same sentence is the same day ("snow from Thursday into early Friday, the
   * weather service said, with the heaviest bands after 10 p.m. Thursday"): a reading a whole number of weeks away
   * from the first telling's moves to its day, keeping its own time. Two ends of a range ("from Friday to Friday") are
   * left apart. Returns {@code r} unchanged for anything else.
   */
  static Resolution sameWeekdayInSentence(Scan s, List<Candidate> told, List<DateMention> out, Candidate c,
      Resolution r, Direction dir) {
    Weekday w = weekdayOf(c.expression());
    // told ahead, a weekday may be another than one gone by in the same sentence: "The Giants, who lost on Sunday,
    // host the Packers at 1 p.m. Sunday"
    if (w == null || dir == Direction.FUTURE || r.time().isEmpty() || r.problem().isPresent()
        || r.time().get().granularity().compareTo(Granularity.DAY) > 0) {
      return r;
    }
    LocalDate day = r.time().get().localStart().orElseThrow().toLocalDate();
    for (int i = out.size() - 1; i >= 0; i--) {
      Candidate before = told.get(i);
      if (c.begin() - before.end() > SAME_WEEKDAY_REACH || !oneSentence(s, before.end(), c.begin())) {
        return r;
      }
      Weekday v = weekdayOf(before.expression());
      LocalDate first = v == null || v.day() != w.day() ? null : dayOf(out.get(i));
      if (first == null) {
        continue;
      }
      if (first.equals(day) || i == out.size() - 1 && Ranges.joinedAsRange(s, before, c)) {
        return r;
      }
      long weeks = java.time.temporal.ChronoUnit.DAYS.between(day, first) / 7;
      return shiftedWeeks(r.time().get(), (int) weeks).orElse(r);
    }
    return r;
  }

  /**
   * Whether no sentence ends in {@code [from, to)}: no line end, and no full stop but an abbreviation's, maybe
   * closing a quotation ("faced \"national bankruptcy.\" Trading ...").
   */
  private static boolean oneSentence(Scan s, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = s.text.charAt(i);
      int k = i + 1;
      while (k < s.length() && "\"'\u201d\u2019)".indexOf(s.text.charAt(k)) >= 0) {
        k++;
      }
      if (ch == '\n' || (ch == '!' || ch == '?' || ch == '.' && (k > i + 1 || !ClauseBounds.abbreviation(s, i)))
          && k < s.length() && Character.isWhitespace(s.text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Between a day and the weekday that tells it again: "Diwali on Sunday", "Eid, Wednesday". */
  private static final Pattern SAME_DAY_GAP = Pattern.compile("\\s{1,3}on\\s{1,3}|,\\s{1,3}|\\s{1,3}\\(");

  /**
   * A bare weekday right after a day whose weekday it is ("after Diwali on Sunday", "Christmas, Friday") is that day,
   * whichever way its clause leans. Returns {@code r} unchanged for anything else.
   */
  static Resolution weekdayOfDayBefore(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    Weekday w = c.expression() instanceof Weekday x && x.relation() == Relation.NONE ? x : null;
    if (w == null || previous == null || first == null || first.time().isEmpty()
        || first.time().get().granularity() != Granularity.DAY || first.problem().isPresent()
        || c.begin() - previous.end() > 4 || !SAME_DAY_GAP.matcher(s.text.substring(previous.end(), c.begin())).matches()) {
      return r;
    }
    LocalDate day = first.time().get().localStart().orElseThrow().toLocalDate();
    return day.getDayOfWeek() == w.day() ? first : r;
  }

  /**
   * Between a holiday and the weekday after it that names its day: "Holi on Wednesday", "Human Rights Day falling on
   * Saturday", "Madaraka Day celebrations on Monday", "Christmas, Friday", "Diwali (Sunday)".
   */
  private static final Pattern HOLIDAY_THEN_WEEKDAY = Pattern.compile(",?\\s{1,3}(?:(?:which|that)\\s{1,3})?"
      + "(?:(?:falls|falling|fell|celebrations|celebration|parade|festivities|prayers|holiday)\\s{1,3})?on\\s{1,3}"
      + "|,\\s{1,3}|\\s{1,3}\\(");
  /**
   * Between a weekday and the holiday after it that it dates: "Monday's Republic Day parade", "Monday, Christmas Eve",
   * "closed on Thursday for Thanksgiving".
   */
  private static final Pattern WEEKDAY_THEN_HOLIDAY = Pattern.compile("['\u2019]s\\s{1,3}|,\\s{1,3}|\\s{1,3}\\("
      + "|\\s{1,3}for\\s{1,3}(?:the\\s{1,3})?");

  /**
   * A holiday and a bare weekday beside it that names the same day ("Holi on Wednesday", "Monday's Republic Day
   * parade") are checked against each other: of the holiday's occurrences (as told, the last, the next) those on
   * that weekday are ranked by {@link #rank}, and the first is the day of both. Empty when the two are not so told,
   * when they are one of a list of days, or when no occurrence on the weekday is within a week of publication, the
   * way the clause leans or within half a year (a disagreement left as the words have it: "closed on Monday for
   * Diwali", which falls on a Sunday this year, is no Diwali of a year gone by).
   */
  static Optional<Resolution> holidayOnWeekday(Scan s, Candidate previous, Resolution first, Candidate c,
      Resolution r, ReferenceTime ref, Direction dir) {
    if (previous == null || first == null || c.begin() - previous.end() > 40) {
      return Optional.empty();
    }
    boolean holidayFirst = isHoliday(previous) && c.expression() instanceof Weekday;
    boolean weekdayFirst = previous.expression() instanceof Weekday && isHoliday(c);
    String gap = s.text.substring(previous.end(), c.begin());
    if (!(holidayFirst && HOLIDAY_THEN_WEEKDAY.matcher(gap.toLowerCase(java.util.Locale.ROOT)).matches()
        || weekdayFirst && WEEKDAY_THEN_HOLIDAY.matcher(gap).matches())) {
      return Optional.empty();
    }
    if (gap.trim().equals(",") && LIST_GOES_ON.matcher(s.lower).region(c.end(), s.length()).lookingAt()) {
      return Optional.empty(); // "arrests on Christmas, Friday and Saturday": a list of days, no apposition
    }
    Weekday w = (Weekday) (holidayFirst ? c : previous).expression();
    if (w.relation() != Relation.NONE) {
      return Optional.empty();
    }
    Resolution told = holidayFirst ? first : r;
    TemporalExpression holiday = (holidayFirst ? previous : c).expression();
    // of those on the weekday, one within a week of publication comes first (a weekday names a day of this week:
    // "Thursday's Thanksgiving parade"), then one the clause's tense allows ("marked Yom Kippur on Monday" told
    // weeks later is the last one), the nearest of them
    Resolution best = null;
    Resolution[] options = {told, org.dateline.resolve.Resolver.resolve(holiday, ref, Direction.PAST, Optional.empty()),
        org.dateline.resolve.Resolver.resolve(holiday, ref, Direction.FUTURE, Optional.empty())};
    for (Resolution o : options) {
      if (onWeekday(o, w) && (rank(o, ref, dir) < 2 || daysFrom(o, ref) < HALF_YEAR)
          && (best == null || rank(o, ref, dir) < rank(best, ref, dir)
          || rank(o, ref, dir) == rank(best, ref, dir) && daysFrom(o, ref) < daysFrom(best, ref))) {
        best = o;
      }
    }
    return Optional.ofNullable(best);
  }

  /** How far from publication, in days, a holiday's occurrence against the clause's tense may still be meant. */
  private static final int HALF_YEAR = 183;

  /** How a day beside a weekday ranks: 0 within a week of publication, 1 the way the clause leans, 2 otherwise. */
  private static int rank(Resolution r, ReferenceTime ref, Direction dir) {
    return daysFrom(r, ref) < 7 ? 0 : fitsTense(r, ref, dir) ? 1 : 2;
  }

  /** After an apposition's weekday, what makes it one of a list of days: ", Saturday", " and Saturday". */
  private static final Pattern LIST_GOES_ON = Pattern.compile(",|\\s{1,3}(?:and|or)\\s{1,3}");

  /** Whether a day lies the way the clause leans: not after publication's day for the past, not before it ahead. */
  private static boolean fitsTense(Resolution r, ReferenceTime ref, Direction dir) {
    java.time.LocalDate d = r.time().orElseThrow().localStart().orElseThrow().toLocalDate();
    return dir == Direction.PAST ? !d.isAfter(ref.date()) : dir != Direction.FUTURE || !d.isBefore(ref.date());
  }

  /** How many days a day's resolution lies from publication's day, either way. */
  private static long daysFrom(Resolution r, ReferenceTime ref) {
    return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(ref.date(),
        r.time().orElseThrow().localStart().orElseThrow().toLocalDate()));
  }

  private static boolean isHoliday(Candidate c) {
    return c.rule().startsWith("<holiday>");
  }

  /** Whether a resolution is a day, without a problem, on the weekday {@code w} names. */
  private static boolean onWeekday(Resolution r, Weekday w) {
    return r.problem().isEmpty() && r.time().isPresent() && r.time().get().granularity() == Granularity.DAY
        && r.time().get().localStart().orElseThrow().getDayOfWeek() == w.day();
  }

  /**
   * The second end of a range of weekdays ("from Monday to Wednesday", "Monday through Friday",
   * "between Monday and Wednesday") is the first such day after the first end, whichever way the
   * clause leans: a range runs forward. Returns {@code r} unchanged for anything else.
   */
  static Resolution weekdayRangeEnd(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || !(c.expression() instanceof Weekday w) || w.relation() != Relation.NONE
        || !(previous.expression() instanceof Weekday) || c.begin() - previous.end() > 40 || first.time().isEmpty()
        || first.time().get().granularity() != Granularity.DAY) {
      return r;
    }
    if (!Ranges.joinedAsRange(s, previous, c)
        && !LASTS_UNTIL.matcher(s.lower).region(previous.end(), c.begin()).matches()) {
      return r;
    }
    LocalDate start = first.time().get().localStart().orElseThrow().toLocalDate();
    return Resolution.of(TimeValue.ofDay(start.with(java.time.temporal.TemporalAdjusters.next(w.day()))));
  }

  /**
   * A weekday in brackets just after a day or a time on a day tells that time again in another zone ("at 10 p.m.
   * ET on Wednesday (0300 GMT on Thursday)"): it is the day itself or one next to it, whichever way the clause
   * leans. Returns {@code r} unchanged for anything else.
   */
  static Resolution otherZoneDay(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || !(c.expression() instanceof Weekday w) || w.relation() != Relation.NONE
        || first.time().isEmpty() || first.time().get().granularity().compareTo(Granularity.DAY) > 0
        || first.time().get().isVague() || c.begin() - previous.end() > 24) {
      return r;
    }
    int open = previous.end();
    while (open < c.begin() && s.lower.charAt(open) == ' ') {
      open++;
    }
    int close = c.end();
    while (close < s.length() && close - c.end() < 4 && s.lower.charAt(close) != ')') {
      close++;
    }
    if (open >= c.begin() || s.lower.charAt(open) != '(' || s.charAt(close) != ')'
        || s.lower.substring(open, c.end()).indexOf(')') >= 0) {
      return r;
    }
    LocalDate day = first.time().get().localStart().orElseThrow().toLocalDate();
    for (int shift = -1; shift <= 1; shift++) {
      if (day.plusDays(shift).getDayOfWeek() == w.day()) {
        return Resolution.of(TimeValue.ofDay(day.plusDays(shift)));
      }
    }
    return r;
  }

  /**
   * The end of a range of times on weekdays ("from 8pm Friday until 6am Monday", "from Friday evening until Monday
   * morning") runs forward too: an end that falls before the start is the one a week on. Returns {@code r} unchanged
   * for anything else.
   */
  static Resolution timedRangeEnd(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || weekdayOf(c.expression()) == null || weekdayOf(previous.expression()) == null
        || c.expression() instanceof Weekday && previous.expression() instanceof Weekday
        || c.begin() - previous.end() > 40 || first.time().isEmpty() || r.time().isEmpty()
        || !Ranges.joinedAsRange(s, previous, c)) {
      return r;
    }
    TimeValue start = first.time().get();
    TimeValue end = r.time().get();
    Optional<LocalDateTime> a = start.localStart();
    Optional<LocalDateTime> b = end.localStart();
    if (a.isEmpty() || b.isEmpty() || !b.get().isBefore(a.get())) {
      return r;
    }
    return shiftedWeeks(end, 1).orElse(r);
  }

  /**
   * The end of a range of clock times, told without a day of its own ("from 9am to 5pm", "between 11pm and 6am",
   * "from 10pm on Friday to 5am") and read before its start, is the first such time after the start: that day's, or
   * the next day's when the range runs over midnight. Returns {@code r} unchanged for anything else.
   */
  static Resolution clockRangeEnd(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || !(c.expression() instanceof ClockTime t) || t.day().isPresent()
        || !(previous.expression() instanceof ClockTime) || c.begin() - previous.end() > 20 || first.time().isEmpty()
        || first.time().get().granularity() != Granularity.TIME || r.time().isEmpty()
        || r.time().get().granularity() != Granularity.TIME || !Ranges.joinedAsRange(s, previous, c)) {
      return r;
    }
    LocalDateTime start = first.time().get().localStart().orElseThrow();
    LocalDateTime end = r.time().get().localStart().orElseThrow();
    if (end.isAfter(start)) {
      return r; // which end is off, if either, this cannot tell ("March 3 from 4 p.m. until 9 p.m.")
    }
    LocalDateTime next = start.toLocalDate().atTime(end.toLocalTime());
    return Resolution.of(TimeValue.ofTime(next.isAfter(start) ? next : next.plusDays(1)));
  }

  /**
   * The start of a range of clock times told without a day, whose end names one ("from 6 a.m. to 10 p.m. on Election
   * Day", "between 11pm and 4am on Sunday"), is on that day, or the day before when the range runs over midnight.
   * Returns {@code first} unchanged for anything else.
   */
  static Resolution clockRangeStart(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || !(previous.expression() instanceof ClockTime p) || p.day().isPresent()
        || !(c.expression() instanceof ClockTime t) || t.day().isEmpty() || c.begin() - previous.end() > 20
        || first.time().isEmpty() || first.time().get().granularity() != Granularity.TIME || r.time().isEmpty()
        || r.time().get().granularity() != Granularity.TIME || !Ranges.joinedAsRange(s, previous, c)) {
      return first;
    }
    LocalDateTime end = r.time().get().localStart().orElseThrow();
    LocalDateTime start = end.toLocalDate().atTime(first.time().get().localStart().orElseThrow().toLocalTime());
    start = start.isBefore(end) ? start : start.minusDays(1);
    return start.equals(first.time().get().localStart().orElseThrow()) ? first : Resolution.of(TimeValue.ofTime(start));
  }

  /**
   * The start of a range told by a weekday, read after the range's end ("from 8 a.m. Friday to 8 a.m. today" read as
   * next Friday), is the same time a week earlier: a range runs forward. Returns {@code first} unchanged for anything
   * else.
   */
  static Resolution weekdayRangeStart(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || weekdayOf(previous.expression()) == null || weekdayOf(c.expression()) != null
        || c.begin() - previous.end() > 20 || first.time().isEmpty() || r.time().isEmpty()
        // a range from a weekday ends on a day or at a time; "a revision Friday to December's figures" is none
        || r.time().get().granularity().compareTo(Granularity.DAY) > 0
        || !Ranges.joinedAsRange(s, previous, c)) {
      return first;
    }
    TimeValue start = first.time().get();
    Optional<LocalDateTime> a = start.localStart();
    Optional<LocalDateTime> b = r.time().get().localStart();
    if (a.isEmpty() || b.isEmpty() || !a.get().isAfter(b.get())) {
      return first;
    }
    // the last such weekday before the end, however far back the end lies ("between Friday and Thanksgiving Monday")
    long weeks = (java.time.temporal.ChronoUnit.DAYS.between(b.get().toLocalDate(), a.get().toLocalDate()) + 7) / 7;
    return shiftedWeeks(start, (int) -Math.max(1, weeks)).orElse(first);
  }

  /** Between two days of a list: "and", "or", "&" or a comma. */
  private static final Pattern LIST_GAP = Pattern.compile("\\s{0,2},\\s{1,3}|\\s{1,3}(?:and|or|&)\\s{1,3}|\\s{0,2},\\s{1,3}and\\s{1,3}");

  /**
   * Two days next to each other in the week told as a list ("on Wednesday and Thursday", "Sunday or Monday") are two
   * days in a row. When the second was read before the first, a list told ahead has its second day a week on, and
   * any other its first a week back ("marched on Wednesday and Thursday" told on a Wednesday is last week's pair).
   * Returns the pair's readings, first then second, changed or not.
   */
  static Resolution[] adjacentDays(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r,
      Direction dir) {
    Resolution[] same = {first, r};
    if (!listedInARow(s, previous, c) || Ranges.day(first) == null || Ranges.day(r) == null
        || !Ranges.day(r).isBefore(Ranges.day(first))) {
      return same;
    }
    if (dir == Direction.FUTURE) {
      return new Resolution[] {first, Resolution.of(TimeValue.ofDay(Ranges.day(r).plusWeeks(1)))};
    }
    return new Resolution[] {Resolution.of(TimeValue.ofDay(Ranges.day(first).minusWeeks(1))), r};
  }

  /**
   * The day of a list before a day moved a week back by {@link #adjacentDays}, moved back with it when the two are
   * days in a row read out of order ("on Friday, Saturday and Sunday"); empty when it stays.
   */
  static Optional<Resolution> listedBefore(Scan s, Candidate earlier, DateMention e, Candidate later, DateMention l) {
    if (!listedInARow(s, earlier, later)) {
      return Optional.empty();
    }
    LocalDate a = dayOf(e);
    LocalDate b = dayOf(l);
    return a == null || b == null || !b.isBefore(a) ? Optional.empty()
        : Optional.of(Resolution.of(TimeValue.ofDay(a.minusWeeks(1))));
  }

  /** The day a mention names, or is a part of or a time on; null for anything else. */
  private static LocalDate dayOf(DateMention m) {
    return m.time().filter(t -> t.granularity().compareTo(Granularity.DAY) <= 0 && m.problem().isEmpty())
        .flatMap(TimeValue::localStart).map(LocalDateTime::toLocalDate).orElse(null);
  }

  /** Whether two bare weekdays next to each other in the week are told one after the other in a list. */
  private static boolean listedInARow(Scan s, Candidate previous, Candidate c) {
    return previous != null && previous.expression() instanceof Weekday p && p.relation() == Relation.NONE
        && c.expression() instanceof Weekday w && w.relation() == Relation.NONE && p.day().plus(1) == w.day()
        && c.begin() - previous.end() <= 8 && LIST_GAP.matcher(s.lower).region(previous.end(), c.begin()).matches()
        && !s.lower.startsWith("between ", Math.max(0, previous.begin() - 8));
  }

  /**
   * A range whose two ends are both named by weekdays ("the lane is shut from dusk on Sunday to 5am on Monday") spans less
   * than a week: when its end lies ahead of publication and its start was read a week or more before that end, the
   * start is the weekday of the same week as the end. Returns {@code first} unchanged otherwise.
   */
  static Resolution withinAWeek(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r,
      ReferenceTime ref) {
    if (previous == null || weekdayOf(previous.expression()) == null || weekdayOf(c.expression()) == null
        // "from Friday to Friday" spans a week: its ends are a week apart already
        || weekdayOf(previous.expression()).day() == weekdayOf(c.expression()).day()
        || c.begin() - previous.end() > 20 || first.time().isEmpty() || r.time().isEmpty()
        || !Anchors.after(r.time().get(), ref) || !Ranges.joinedAsRange(s, previous, c)) {
      return first;
    }
    Optional<LocalDateTime> a = first.time().get().localStart();
    Optional<LocalDateTime> b = r.time().get().localStart();
    if (a.isEmpty() || b.isEmpty() || a.get().plusWeeks(1).isAfter(b.get())) {
      return first;
    }
    return shiftedWeeks(first.time().get(), 1).orElse(first);
  }

  /** A day, a part of one or a time on one, {@code weeks} weeks later; empty for any other value. */
  private static Optional<Resolution> shiftedWeeks(TimeValue v, int weeks) {
    if (v.granularity() == Granularity.TIME && v.value().endsWith("T24:00")) {
      // midnight at a day's end stays written so: "to midnight Saturday" a week on
      return Optional.of(Resolution.of(TimeValue.parse(
          java.time.LocalDate.parse(v.value().substring(0, 10)).plusWeeks(weeks) + "T24:00")));
    }
    LocalDateTime at = v.localStart().orElseThrow().plusWeeks(weeks);
    switch (v.granularity()) {
      case DAY: return Optional.of(Resolution.of(TimeValue.ofDay(at.toLocalDate())));
      case TIME: return Optional.of(Resolution.of(TimeValue.ofTime(at)));
      case PART_OF_DAY: return Optional.of(Resolution.of(TimeValue.ofPartOfDay(at.toLocalDate(),
          PartOfDay.ofCode(v.value().substring(v.value().length() - 2)))));
      default: return Optional.empty();
    }
  }

  /** The weekday an expression is on: a weekday, a part of it or a clock time on it; null for anything else. */
  private static Weekday weekdayOf(TemporalExpression e) {
    if (e instanceof Weekday w) {
      return w.relation() == Relation.NONE ? w : null;
    } else if (e instanceof PartOfDayOf p) {
      return weekdayOf(p.day());
    } else if (e instanceof ClockTime t && t.day().isPresent()) {
      return weekdayOf(t.day().get());
    }
    return null;
  }

  /**
   * A weekday in what a source said on an earlier weekday of the sentence counts from the saying, as the source
   * spoke of that week: told ahead ("said on Monday he would travel to Paris on Thursday", read on Friday) it is the
   * first such day after the saying ("would", "was to"); told in the past perfect ("said on Thursday she had resigned
   * on Monday", read on a Monday) it is no later than the saying, the last one before it. Told with "will", it is
   * still ahead of publication, and the next one from it; told in the simple past it is left as publication has it
   * ("said Thursday that five were killed on Wednesday" in a report dated that Wednesday is its day: the saying
   * is more often a day ahead of the date a feed gives than the killing a week back). Returns {@code r} unchanged
   * for anything else.
   */
  static Resolution fromSaying(Scan s, Candidate previous, Resolution said, Candidate c, Resolution r,
      Direction dir) {
    if (dir != Direction.FUTURE && dir != Direction.PAST || previous == null || !(c.expression() instanceof Weekday w)
        || w.relation() != Relation.NONE || !(previous.expression() instanceof Weekday p)
        || p.relation() != Relation.NONE
        || said.time().isEmpty() || said.time().get().granularity() != Granularity.DAY
        || c.begin() - previous.end() > 80 || SentenceText.sentenceBreak(s.lower, previous.end(), c.begin())
        || !SentenceText.sayingBefore(s.lower, previous.begin())
        || r.time().isEmpty() || r.time().get().localStart().isEmpty()) {
      return r;
    }
    boolean shifted = BACKSHIFTED.matcher(s.lower).region(previous.end(), c.begin()).find();
    if (!shifted && (dir == Direction.FUTURE || !PAST_PERFECT.matcher(s.lower).region(previous.end(), c.begin()).find()
        || s.lower.substring(previous.end(), c.begin()).contains(" but "))) {
      return r;
    }
    LocalDate day = said.time().get().localStart().orElseThrow().toLocalDate();
    if (shifted) {
      return Resolution.of(TimeValue.ofDay(day.with(java.time.temporal.TemporalAdjusters.next(w.day()))));
    }
    boolean afterSaying = r.time().get().localStart().get().toLocalDate().isAfter(day);
    LocalDate before = day.with(java.time.temporal.TemporalAdjusters.previous(w.day()));
    return afterSaying ? Resolution.of(TimeValue.ofDay(before)) : r;
  }
}
