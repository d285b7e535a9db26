package org.dateline.rules.time.en;

import java.util.Optional;
import java.util.Set;
import org.dateline.model.Granularity;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Direction;
import org.dateline.resolve.ReferenceTime;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.Duration;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;
import org.dateline.resolve.TemporalExpression.RelativeDay;
import org.dateline.resolve.Unit;

/**
 * What the dates told before a mention lend it: which of them it counts from (a day, a month, a quarter, the day a
 * source spoke on), which mentions become the anchor for those after, and how "the end of the month" or "earlier in
 * the week" reads against that anchor.
 */
final class Anchors {
  private Anchors() {}

  /**
   * Whether an expression takes the day told before it as its own, with no count from it: "that day", "in the
   * afternoon", "at 4 p.m."; "the Wednesday before", "the next day" count from it and keep it.
   */
  static boolean loose(TemporalExpression e) {
    TemporalExpression of = e instanceof PartOfDayOf p ? p.day() : e;
    return e instanceof ClockTime t && t.day().isEmpty()
        || of instanceof TemporalExpression.Anaphoric a && a.offset() == 0;
  }

  /** The day of a part of a day or of a clock time told with one, else the expression itself. */
  private static TemporalExpression dayOf(TemporalExpression e) {
    return e instanceof PartOfDayOf p ? p.day() : e instanceof ClockTime t && t.day().isPresent() ? t.day().get() : e;
  }

  /** Whether an expression counts days on from the day told before: "the next day", "two days later at 9 a.m.". */
  static boolean countsDaysOn(TemporalExpression e) {
    return dayOf(e) instanceof TemporalExpression.Anaphoric a && a.offset() > 0 && a.unit() == Unit.DAY;
  }

  /**
   * Whether the days {@code e} counts on from {@code anchor} end before publication's day, so that what "will" happen
   * then cannot count from it ("will travel the next day" after "trained on Thursday", told on Friday, is today).
   */
  static boolean countsToBefore(TemporalExpression e, TimeValue anchor, ReferenceTime ref) {
    return dayOf(e) instanceof TemporalExpression.Anaphoric a && anchor.localStart().isPresent()
        && anchor.localStart().get().toLocalDate().plusDays(a.offset()).isBefore(ref.date());
  }

  /** Whether a value starts after publication's day: a day, or a longer stretch, still to come. */
  static boolean after(TimeValue v, ReferenceTime ref) {
    return v.localStart().map(t -> t.toLocalDate().isAfter(ref.date())).orElse(false);
  }

  /** Words before a date that make it name a thing: "the August 2023 ceasefire", "its May 2019 report". */
  static final Set<String> NAMING_BEFORE = Set.of("the", "a", "an", "its", "their", "his",
      "her", "our", "this", "that");

  /** Whether an expression counts from today itself: "today", "yesterday", "tonight", "at 2 p.m. today". */
  static boolean fromToday(TemporalExpression e) {
    if (e instanceof PartOfDayOf p) {
      return fromToday(p.day());
    } else if (e instanceof ClockTime t) {
      return t.day().isPresent() && fromToday(t.day().get());
    }
    return e instanceof RelativeDay;
  }

  /** Whether an expression counts days from the day told before: "the day before", "the previous evening". */
  static boolean countsFromDay(TemporalExpression e) {
    return dayOf(e) instanceof TemporalExpression.Anaphoric a && a.unit() == Unit.DAY && a.offset() != 0;
  }

  /**
   * Reads "the end (beginning, middle) of the month", told in the past after a date in that unit, as the unit
   * of that date: "Protests began in early October. By the end of the month, hundreds had been arrested" is the
   * end of October, not of publication's month. Told otherwise, or with no such date, it is publication's; so is
   * "earlier (later) in the week" after no date.
   */
  static TemporalExpression ofTheUnit(Scan s, Candidate c, Direction dir, Optional<TimeValue> anchor) {
    TemporalExpression e = c.expression();
    if (anchor.isEmpty() && e instanceof TemporalExpression.Anaphoric a && a.whole() && a.offset() == 0
        && c.rule().startsWith("earlier|later in the <unit>")) {
      // "earlier in the week" in a text that named no day before is publication's week, as "earlier this week"
      return new TemporalExpression.RelativeUnit(a.unit(), 0);
    }
    if (!(e instanceof TemporalExpression.RelativeUnit u) || u.offset() != 0 || dir != Direction.PAST
        || !c.rule().startsWith("the end|beginning of the <unit>") || anchor.isEmpty() || anchor.get().isVague()
        || anchor.get().granularity().compareTo(u.unit().granularity()) > 0
        || !s.lower.substring(c.begin(), c.end()).contains(" of the ")
        // "has gained 9% since the start of the year": up to now, publication's year
        || s.wordBefore(c.begin()).equals("since")) {
      return e;
    }
    return new TemporalExpression.Anaphoric(0, u.unit(), true);
  }

  /** The word of the night before a day, read from the day a source spoke on when it tells what it said. */
  private static final String OVERNIGHT = "overnight";
  /** How far after the day a source spoke on a quote of its words may reach. */
  private static final int QUOTE_REACH = 250;

  /**
   * The day a source spoke on, as the reference of "today", "tomorrow" or "tonight" inside a direct quote opened
   * after it: in 'The minister said Sunday: "We meet again tomorrow."' tomorrow is Monday, whenever the report ran;
   * also of "overnight" in what it said, in its sentence. Empty where no such quote holds the expression, or a date
   * was told between.
   */
  static Optional<ReferenceTime> spokenOn(Scan s, Candidate c, Optional<TimeValue> said, int saidEnd,
      int anchorEnd, ReferenceTime ref) {
    if (said.isEmpty() || said.get().granularity() != Granularity.DAY || said.get().localStart().isEmpty()
        || saidEnd < 0 || anchorEnd > saidEnd || c.begin() <= saidEnd || c.begin() - saidEnd > QUOTE_REACH) {
      return Optional.empty();
    }
    if (c.end() - c.begin() == OVERNIGHT.length() && s.lower.startsWith(OVERNIGHT, c.begin())
        && !SentenceText.sentenceEnds(s.text, saidEnd, c.begin())) {
      // what a source said on its day happened "overnight" is of the night before that day: "officials said on
      // Friday that drones had struck six regions overnight"
      return Optional.of(ReferenceTime.of(ref.zonedDateTime().with(said.get().localStart().get().toLocalDate())));
    }
    int open = SentenceText.openQuote(s.text, saidEnd, c.begin());
    // the quote opens in the sentence of the saying, or after it as the same speaker's going on ('"...," he added'):
    // another quote may be another speaker's, on another day
    if (open < 0 || SentenceText.sentenceEnds(s.text, saidEnd, open) && !SentenceText.goesOn(s.lower, c.end())) {
      return Optional.empty();
    }
    return Optional.of(ReferenceTime.of(ref.zonedDateTime().with(said.get().localStart().get().toLocalDate())));
  }

  /** Whether an expression counts hours or minutes from the time told before: "two hours later". */
  static boolean countsHours(TemporalExpression e) {
    return e instanceof TemporalExpression.Anaphoric a && (a.unit() == Unit.HOUR || a.unit() == Unit.MINUTE);
  }

  /**
   * Whether an expression is a market's period of the last day told, "ended the week up 1.4%", "rose 2% for the month"
   * (its day counts from none: a closed one is told with a day that is no whole one, {@code Anaphoric(0, DAY, false)},
   * a move over one with a whole one).
   */
  static boolean periodOfLastDay(TemporalExpression e) {
    return e instanceof TemporalExpression.Containing c && c.unit() != Unit.WEEKEND && c.unit() != Unit.QUARTER
        && c.day() instanceof TemporalExpression.Anaphoric a && a.offset() == 0 && a.unit() == Unit.DAY;
  }

  /**
   * Whether an expression counts days from an anchor coarser than a day, which it cannot: "the following day" from
   * "November last year". "That same day" after a month may be any of its days, and "the following week" after "in
   * April" is left to its month.
   */
  static boolean finerThan(TemporalExpression e, TimeValue anchor) {
    TemporalExpression day = e instanceof ClockTime t && t.day().isPresent() ? t.day().get() : e;
    return day instanceof TemporalExpression.Anaphoric a && a.offset() != 0 && !anchor.isVague()
        && a.unit().granularity() == Granularity.DAY && anchor.granularity().compareTo(a.unit().granularity()) > 0;
  }

  /**
   * Whether a day starts no earlier than the month or year told after it: "the next day" counts from a day of that
   * month or later, never from a day years before it ("founded on March 3, 1998 ... In April 2026 it announced a
   * merger. The next day" is no day of 1998).
   */
  static boolean notBefore(TimeValue day, TimeValue period) {
    return day.localStart().isPresent() && period.localStart().isPresent()
        && !day.localStart().get().isBefore(period.localStart().get());
  }

  /** Whether an expression counts a year back from the time told before: "a year earlier", "the year-ago quarter". */
  static boolean yearBefore(TemporalExpression e) {
    return e instanceof TemporalExpression.Anaphoric a && a.offset() == -1 && a.unit() == Unit.YEAR;
  }

  /** Whether a value is a quarter of a year. */
  static boolean isPeriod(TimeValue v) {
    return v.granularity() == Granularity.QUARTER;
  }

  /**
   * Whether a comparison names a quarter ("last year's quarter", "the 1988 quarter"): when a whole year was
   * named since ("up from last year"), it still counts from the quarter named before.
   */
  static boolean namesQuarter(Scan s, Candidate c) {
    TemporalExpression e = c.expression();
    boolean compares = e instanceof TemporalExpression.SamePeriodIn
        || e instanceof TemporalExpression.Anaphoric a && a.unit() == Unit.YEAR && !a.whole();
    if (compares) {
      for (int i = c.begin(); i + 7 <= c.end(); i++) {
        if (s.lower.startsWith("quarter", i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many days before publication a day told to name an event is history, no time the story goes on from. */
  private static final int HISTORY_DAYS = 366;

  /**
   * Whether a day names an event of years gone rather than a time of the story: after "the" and before a comma or
   * the event's noun ("25 years after the Sept. 11, 2001, attacks", "the March 11, 2011 earthquake"). The story's
   * clock times after it keep the story's day ("Bells tolled at 8:46 a.m." is today); "the next day" still counts
   * from it.
   */
  static boolean namesPastEvent(Scan s, Candidate c, TimeValue v, ReferenceTime ref) {
    if (!NAMING_BEFORE.contains(s.wordBefore(c.begin())) || v.granularity() != Granularity.DAY) {
      return false;
    }
    java.util.Optional<java.time.LocalDateTime> start = v.localStart();
    if (start.isEmpty() || !start.get().toLocalDate().isBefore(ref.date().minusDays(HISTORY_DAYS))) {
      return false;
    }
    int k = c.end();
    if (k < s.length() && s.text.charAt(k) == ',') {
      k++;
    }
    while (k < s.length() && s.text.charAt(k) == ' ') {
      k++;
    }
    return k < s.length() && Character.isLowerCase(s.text.charAt(k));
  }

  /**
   * Whether a day closes the period just mentioned ("the quarter ended Sept. 30"): it bounds that period, so
   * the period stays the anchor that "a year earlier" counts from.
   */
  static boolean bound(Scan s, Candidate c, Optional<TimeValue> anchor) {
    String w = s.wordBefore(c.begin());
    return (w.equals("ended") || w.equals("ending") || w.equals("ends")) && anchor.isPresent()
        && !anchor.get().isVague() && anchor.get().granularity().compareTo(Granularity.DAY) > 0
        && anchor.get().granularity().compareTo(Granularity.YEAR) < 0;
  }

  /**
   * Comparisons ("a year earlier", "a year ago") look back from the narrative; they do not move it, nor does a
   * clock time that names no day. A story told on in years ("two years later", "the next year") moves it:
   * "that fall" after "In 2012 ... Two years later" is 2014's.
   */
  static boolean setsAnchor(TemporalExpression e) {
    return !(e instanceof Duration || e instanceof TemporalExpression.Ago
        || e instanceof ClockTime t && t.day().isEmpty()
        || e instanceof TemporalExpression.SamePeriodIn
        || e instanceof TemporalExpression.Anaphoric a && a.unit() == Unit.YEAR && a.offset() <= 0);
  }
}
