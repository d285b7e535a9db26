package org.dateline.rules.time.en;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.dateline.model.Granularity;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Direction;
import org.dateline.resolve.ReferenceTime;
import org.dateline.resolve.Relation;
import org.dateline.resolve.Resolver;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;

/**
 * Gives a month or a day told without a year the year its story is in: the past year of the month told just before
 * ("in August 2023 ... on 2 September"), the year that opens its sentence ("Last year, ... on March 1"), or the last
 * year in which a deed's day fell.
 */
final class StoryYear {
  private StoryYear() {}

  /** How many days after the month or day told before a day without a year may fall and still be of its year. */
  private static final int STORY_REACH_DAYS = 92;

  /**
   * Reads a day without a year, not told ahead, in the year of the month or day told just before it when that year is
   * past and the day falls in the same month or in the few months after: "He was killed in August 2023. Two men were
   * charged on 2 September" is September 2023, as a story of a year past goes on in that year; so is a part of such a
   * day or a time on it ("at about 4am on 12 October"). Returns {@code e} unchanged otherwise.
   */
  static TemporalExpression inStoryYear(TemporalExpression e, ReferenceTime ref, Direction dir,
      Optional<TimeValue> anchor) {
    TemporalExpression ofDay = onItsDay(e, day -> inStoryYear(day, ref, dir, anchor));
    if (ofDay != null) {
      return ofDay;
    }
    if (!(e instanceof MonthDay m) || m.year().isPresent() || dir == Direction.FUTURE || anchor.isEmpty()
        || anchor.get().isVague() || anchor.get().granularity().compareTo(Granularity.MONTH) > 0
        || anchor.get().localStart().isEmpty()) {
      return e;
    }
    LocalDate told = anchor.get().localStart().get().toLocalDate();
    if (told.getYear() >= ref.date().getYear() || m.month() == Month.FEBRUARY && m.day() == 29) {
      return e;
    }
    LocalDate d = LocalDate.of(told.getYear(), m.month(), m.day());
    long after = java.time.temporal.ChronoUnit.DAYS.between(told, d);
    return d.getMonth() == told.getMonth() || after > 0 && after <= STORY_REACH_DAYS
        ? Resolver.inYear(m, told.getYear()) : e;
  }

  /** Adverbs that may open a sentence before "in" and its year: "Earlier in 2018, ...", "Back in 2018, ...". */
  private static final Set<String> OPENING_ADVERBS = Set.of("earlier", "later", "back", "also",
      "then");

  /** Words that open a clause right after an opening year told without a comma: "Last year the season began ...". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("the", "a", "an", "he", "she", "it",
      "they", "we", "its", "his", "her", "their");

  /** The lower-case word that starts one space after {@code end}, or "" when none does. */
  private static String wordAfter(Scan s, int end) {
    return end + 1 < s.length() && s.text.charAt(end) == ' ' ? s.wordAt(end + 1) : "";
  }

  /**
   * Whether a date opens its sentence, maybe after "in" (itself maybe after an adverb of {@link #OPENING_ADVERBS}),
   * and a comma follows it (or, with none, a word that opens a clause): "Last year, Ramadan began on March 1", "In
   * 2019, the mill closed on June 3", "Earlier in 2018, the mill closed on June 3", "Last year the rains began on
   * June 7".
   */
  static boolean opensSentenceBeforeComma(Scan s, Candidate c) {
    if (c.end() >= s.length() || s.text.charAt(c.end()) != ',' && !CLAUSE_OPENERS.contains(wordAfter(s, c.end()))) {
      return false;
    }
    int i = SentenceText.skipBack(s.text, c.begin());
    if (i >= 2 && s.lower.startsWith("in", i - 2) && (i == 2 || !Character.isLetter(s.lower.charAt(i - 3)))) {
      i = SentenceText.skipBack(s.text, i - 2);
      // "Earlier in 2018, ...", "Back in 2018, ...": an adverb before the "in"
      String w = s.wordBefore(i);
      if (!w.isEmpty() && OPENING_ADVERBS.contains(w) && s.lower.startsWith(w, i - w.length())) {
        i = SentenceText.skipBack(s.text, i - w.length());
      }
    }
    return i == 0 || ".\n!?".indexOf(s.text.charAt(i - 1)) >= 0;
  }

  /**
   * Reads a month or a day without a year, in the sentence a year opens ("Last year, Ramadan began on March 1"), in
   * that year; a part of such a day or a time on it too. Returns {@code e} unchanged otherwise.
   */
  static TemporalExpression inOpeningYear(TemporalExpression e, int year) {
    TemporalExpression ofDay = onItsDay(e, day -> inOpeningYear(day, year));
    if (ofDay != null) {
      return ofDay;
    }
    boolean yearless = e instanceof MonthDay m && m.year().isEmpty()
        || e instanceof TemporalExpression.MonthOfYear y && y.year().isEmpty() && y.relation() == Relation.NONE
        // a holiday too: "In 2024, downpours forced brotherhoods to cancel processions on Palm Sunday"
        || yearlessHoliday(e);
    return yearless ? Resolver.inYear(e, year) : e;
  }

  /** Whether a holiday's day is told without a year: "Palm Sunday", "Diwali", "Black Friday". */
  static boolean yearlessHoliday(TemporalExpression e) {
    return e instanceof TemporalExpression.NthWeekdayOfMonth h && h.year().isEmpty()
        || e instanceof TemporalExpression.EasterDay d && d.year().isEmpty()
        || e instanceof TemporalExpression.FestivalDay f && f.year().isEmpty()
        || e instanceof TemporalExpression.IndependenceDay i && i.year().isEmpty()
        || e instanceof TemporalExpression.DayShift d && yearlessHoliday(d.day());
  }

  /** Words right before a month that tell it from publication: "this past June", "last March". */
  private static final Set<String> RELATIVE_BEFORE = Set.of("past", "this", "last", "next", "coming", "previous");

  /**
   * Reads a month without a year, not told ahead, in the year told just before it in the same sentence when
   * that year is past: "Floods were worse in 2019, with rivers bursting in March and November" is March and
   * November 2019 (after a month
   * of that year, only a later month). Returns
   * {@code e} unchanged otherwise, or when a sentence ends between the year (ending at {@code anchorEnd}) and the
   * date (at {@code begin}).
   */
  static TemporalExpression inYearOfSentence(Scan s, TemporalExpression e, Direction dir, Optional<TimeValue> anchor,
      int anchorEnd, int begin, ReferenceTime ref) {
    if (dir == Direction.FUTURE || anchor.isEmpty() || anchor.get().isVague()
        || anchor.get().granularity() != Granularity.YEAR && anchor.get().granularity() != Granularity.MONTH
        || anchor.get().localStart().isEmpty() || anchorEnd < 0 || anchorEnd > begin) {
      return e;
    }
    LocalDate told = anchor.get().localStart().get().toLocalDate();
    int year = told.getYear();
    if (year >= ref.date().getYear() || !(e instanceof TemporalExpression.MonthOfYear m)
        || anchor.get().granularity() == Granularity.MONTH && m.month().compareTo(told.getMonth()) <= 0) {
      // a month only, and after a month only a later month of that year: "in March and November"; a month before it
      // may be the next year's ("from November 2019 to March"), and a day is read by inStoryYear
      return e;
    }
    if (RELATIVE_BEFORE.contains(s.wordBefore(begin))) {
      return e; // "from May 2019 to this past June": told from publication, not from the year before it
    }
    for (int i = anchorEnd; i < begin; i++) {
      char ch = s.text.charAt(i);
      if (ch == '\n' || (ch == '.' || ch == '?' || ch == '!' || ch == ';') && i + 1 < begin && s.text.charAt(i + 1) == ' ') {
        return e;
      }
    }
    return inOpeningYear(e, year);
  }

  /**
   * Reads a day of a month or a day counted from Easter without a year, maybe with its part or its clock time, in
   * the year it last fell on or before {@code today}: the day a deed was done ("drowned on Jan. 5", "shops closed on
   * Whit Monday") is never one still to come. Returns {@code e} unchanged otherwise.
   */
  static TemporalExpression onOrBefore(TemporalExpression e, LocalDate today) {
    TemporalExpression core = dayOf(e);
    if (core instanceof TemporalExpression.EasterDay d && d.year().isEmpty()) {
      // "drowned on Good Friday", "shops closed on Whit Monday": this year's, unless still to come
      int year = today.getYear();
      String day = Resolver.resolve(Resolver.inYear(d, year),
          ReferenceTime.of(today.atStartOfDay(java.time.ZoneOffset.UTC)), Direction.UNMARKED, Optional.empty()).value();
      return inOpeningYear(e, LocalDate.parse(day).isAfter(today) ? year - 1 : year);
    }
    if (!(core instanceof MonthDay m) || m.year().isPresent() || m.month() == Month.FEBRUARY && m.day() == 29) {
      return e;
    }
    int year = today.getYear();
    return inOpeningYear(e, LocalDate.of(year, m.month(), m.day()).isAfter(today) ? year - 1 : year);
  }

  /** The day a part of a day or a clock time is on; {@code e} itself for anything else. */
  private static TemporalExpression dayOf(TemporalExpression e) {
    return e instanceof PartOfDayOf p ? p.day() : e instanceof ClockTime t && t.day().isPresent() ? t.day().get() : e;
  }

  /** Whether {@link #nearestPublication} may move {@code e}: a month or a day of a month without a year. */
  static boolean nearable(TemporalExpression e) {
    TemporalExpression core = dayOf(e);
    return core instanceof MonthDay m && m.year().isEmpty()
        || core instanceof TemporalExpression.MonthOfYear y && y.year().isEmpty() && y.relation() == Relation.NONE;
  }

  /**
   * Reads a month or a day of a month without a year, told as what something happened ahead of ("investors returned
   * ahead of Safaricom's results on November 6"), in the year that puts it nearest publication, before or after: the
   * event came after the clause's own time, so it is not read most of a year back when it is weeks ahead. Returns
   * {@code e} unchanged otherwise.
   */
  static TemporalExpression nearestPublication(TemporalExpression e, LocalDate today) {
    TemporalExpression core = dayOf(e);
    int year = today.getYear();
    if (core instanceof MonthDay m && m.year().isEmpty() && !(m.month() == Month.FEBRUARY && m.day() == 29)) {
      return inOpeningYear(e, nearestYear(today, LocalDate.of(year, m.month(), m.day()),
          LocalDate.of(year, m.month(), m.day())));
    }
    if (core instanceof TemporalExpression.MonthOfYear y && y.year().isEmpty() && y.relation() == Relation.NONE) {
      java.time.YearMonth month = java.time.YearMonth.of(year, y.month());
      return inOpeningYear(e, nearestYear(today, month.atDay(1), month.atEndOfMonth()));
    }
    return e;
  }

  /**
   * Of the stretch {@code [first, last]} in today's year, the year before or the next, the year nearest today; one
   * ahead only when it is less than half as far as the one gone by, as news tells mostly of what has been ("finished
   * two points ahead of Arsenal in May", told in November, is this May).
   */
  private static int nearestYear(LocalDate today, LocalDate first, LocalDate last) {
    int best = today.getYear();
    long bestGap = Long.MAX_VALUE;
    for (int shift = -1; shift <= 1; shift++) {
      LocalDate a = first.plusYears(shift);
      LocalDate b = last.plusYears(shift);
      long gap = today.isBefore(a) ? 2 * java.time.temporal.ChronoUnit.DAYS.between(today, a)
          : today.isAfter(b) ? java.time.temporal.ChronoUnit.DAYS.between(b, today) : 0;
      if (gap < bestGap) {
        bestGap = gap;
        best = today.getYear() + shift;
      }
    }
    return best;
  }

  /**
   * Returns a part of a day or a clock time on a day with {@code f} applied to that day ({@code e} itself where
   * {@code f} leaves the day as it is); null for any other expression.
   */
  private static TemporalExpression onItsDay(TemporalExpression e, UnaryOperator<TemporalExpression> f) {
    if (e instanceof PartOfDayOf p) {
      TemporalExpression day = f.apply(p.day());
      return day == p.day() ? e : new PartOfDayOf(day, p.part());
    }
    if (e instanceof ClockTime t && t.day().isPresent()) {
      TemporalExpression day = f.apply(t.day().get());
      return day == t.day().get() ? e : new ClockTime(Optional.of(day), t.time());
    }
    return null;
  }
}
