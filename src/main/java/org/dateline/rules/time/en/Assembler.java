package org.dateline.rules.time.en;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.model.DateMention;
import org.dateline.model.Granularity;
import org.dateline.model.TextSpan;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Direction;
import org.dateline.resolve.ReferenceTime;
import org.dateline.resolve.Resolution;
import org.dateline.resolve.Resolver;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.Unit;

/**
 * Turns a scan's candidates into mentions: has {@link Joiner} join neighbours that name one time ("yesterday,
 * Tuesday", "9 a.m. Tuesday") and {@link Modifiers} take in the modifiers before them ("early", "about"), then
 * reads each clause's tense and resolves each expression in text order against publication and the dates told
 * before it ({@link Anchors}, {@link StoryYear}), correcting pairs ({@link PairedDates}) as it goes.
 */
final class Assembler {
  private Assembler() {}

  /**
   * Returns the mentions of a scan's candidates, joined, modified and resolved in text order against publication
   * {@code ref} and the dates told before each.
   */
  static List<DateMention> assemble(Scan s, List<Candidate> found, ReferenceTime ref) {
    List<Candidate> merged = Modifiers.withModifiers(s, Joiner.shareYear(s, Joiner.withWeekend(s,
        Joiner.withPartOfDay(s, Joiner.merge(s, Ranges.withEnds(s, found))))));
    List<DateMention> out = new ArrayList<>(merged.size());
    List<DateMention> otherZone = new ArrayList<>();
    Optional<TimeValue> anchor = Optional.empty();
    Optional<TimeValue> period = Optional.empty();
    // the last anchor of a day or finer: "the next day" counts from it past a month or a year told since
    Optional<TimeValue> lastDay = Optional.empty();
    // the day a source spoke on anchors no story, but "the day before" with no other day counts from it ("Police
    // said on Friday the man was arrested the day before")
    Optional<TimeValue> said = Optional.empty();
    // the weekday a source spoke on, and its reading: a weekday in what it said counts from it, past other dates told
    // between ("said on Monday it would publish figures for the fourth quarter on Thursday")
    Candidate saidDay = null;
    // when the last anchor is a day that names an event of years gone, the anchor before it: the story's own, which
    // its clock times keep ("Optional.empty()" when there was none)
    Optional<TimeValue> beforeEvent = null;
    Resolution saidResolution = null;
    // where the day a source spoke on ends, and where the last anchor ends: a quote opened after the first, with no
    // anchor since, is that source's words
    int saidEnd = -1;
    int anchorEnd = -1;
    boolean fromSpeaker = false;
    // the last anchor not after publication's day: what a clause told in the past counts from when the last anchor
    // lies ahead ("will name its picks on Tuesday evening ... Earlier that morning, the chair taped a message")
    Optional<TimeValue> reached = Optional.empty();
    // the last anchor after publication's day: what will happen "the next day" counts from it when the last anchor is a
    // day gone by ("adjourned the trial until October 27 ... evidence served on Tuesday. The prosecution is expected
    // to close its case the next day")
    Optional<TimeValue> ahead = Optional.empty();
    // the last quarter or half told that had ended by publication: results are compared with the year before it,
    // not with a quarter still running or forecast ("from the year-ago quarter" after "the current quarter")
    Optional<TimeValue> reported = Optional.empty();
    // the last month told as an anchor, and where it ends: the month of bare days of the month after it in its sentence
    Optional<TimeValue> toldMonth = Optional.empty();
    int toldMonthEnd = -1;
    // the last clock time told with no day, and where it ends: "two hours later" counts from it when it was told after
    // the last anchor ("suspended at 3pm and resumed two hours later")
    Optional<TimeValue> lastClock = Optional.empty();
    int lastClockEnd = -1;
    Candidate previous = null;
    Resolution previousResolution = null;
    Direction previousDir = Direction.UNMARKED;
    ReferenceTime story = Datelines.datelined(s, merged, ref);
    // a dateline weeks before publication dates the story's weekdays and its "today" ("KOHIMA, Nov. 4: ...")
    Optional<ReferenceTime> stale = Datelines.staleDateline(s, merged, ref);
    // whether the anchor was told as a time of the story ("in August 2023"), not to name a thing ("the August 2023 vote")
    boolean toldAsTime = false;
    // a year that opens its sentence before a comma ("Last year, ..."), and where that sentence ends
    int openingYear = 0;
    int openingYearEnd = -1;
    Candidate restated = Datelines.restatedInLead(s, merged);
    for (Candidate c : merged) {
      fromSpeaker = false;
      // the day told right after a market's period, which is that day's: "closed the month 1.2% lower on Tuesday"
      Optional<TimeValue> marketDay = Optional.empty();
      Optional<TimeValue> from = period.isPresent() && anchor.isPresent()
          && anchor.get().granularity() == Granularity.YEAR && Anchors.namesQuarter(s, c) ? period : anchor;
      if (lastClock.isPresent() && lastClockEnd > anchorEnd && Anchors.countsHours(c.expression())) {
        from = lastClock;
      }
      if (from.isEmpty() && Anchors.countsFromDay(c.expression())) {
        from = said;
      }
      if (Anchors.periodOfLastDay(c.expression())) {
        // the week a market closed is that of its day told right after it ("ended the week at a record on Friday"),
        // of a period of its unit told before ("Last week, the index closed the week at 5,100"), or of the last day
        // told, past a month told since ("closed higher on Friday as investors bet on a cut next month. The index ended
        // the week up 1.4%"); the resolver takes a day only near publication, else the period closed by it
        Unit unit = ((TemporalExpression.Containing) c.expression()).unit();
        marketDay = dayRightAfter(s, merged, c, ref);
        from = anchor.isPresent() && !anchor.get().isVague() && anchor.get().granularity() == unit.granularity()
            && toldAsTime ? anchor : lastDay;
      } else if (from.isPresent() && from == anchor && lastDay.isPresent() && Anchors.finerThan(c.expression(), anchor.get())
          && Anchors.notBefore(lastDay.get(), anchor.get())) {
        // "the following day" after "a visit in November last year" is the day after the last day told, as a
        // month or a year has no next day
        from = lastDay;
      } else if (from.isPresent() && from == anchor && said.isPresent() && Anchors.finerThan(c.expression(), anchor.get())
          && Anchors.notBefore(said.get(), anchor.get())
          && (lastDay.isEmpty() || !Anchors.notBefore(lastDay.get(), anchor.get()))) {
        // ... and with no such day, the day a source spoke on after it ("inflation eased in May, the office said on
        // Wednesday. A day later the bank held rates")
        from = said;
      }
      if (from.isPresent() && from == anchor && reported.isPresent() && Anchors.yearBefore(c.expression())
          && (Anchors.isPeriod(anchor.get()) || anchor.get().granularity() == Granularity.HALF)
          && runningOrAhead(anchor.get(), ref) && anchorEnd >= 0 && anchorEnd <= c.begin()
          && SentenceText.sentenceBreak(s.text, anchorEnd, c.begin()) && Tense.direction(s, c) != Direction.FUTURE) {
        // results told in a sentence of their own, in the past, compare with the year before the quarter reported
        // ("Revenue rose 18 percent from the year-ago quarter"); a forecast compares with the year before its own
        from = reported;
      }
      if (PageStamps.pageTime(s, c)) {
        from = Optional.empty(); // "Updated 11:05 GMT", a live entry's time: the page's day, not the story's
      }
      if (beforeEvent != null && from == anchor && c.expression() instanceof TemporalExpression.ClockTime k
          && k.day().isEmpty()) {
        // "25 years after the Sept. 11, 2001, attacks, bells tolled at 8:46 a.m.": the story's clock, not the event's
        from = beforeEvent;
      }
      Resolution r;
      try {
        Direction dir = SharedTense.coordinated(s, previous, c) ? previousDir : Tense.direction(s, c);
        // "an alert for today and Sunday": a list from today runs forward, unless its clause is past ("voting took
        // place today and Saturday")
        dir = dir != Direction.PAST && SharedTense.afterToday(s, previous, c) ? Direction.FUTURE : dir;
        if (dir != Direction.FUTURE && (previousDir == Direction.FUTURE || previousResolution != null
            && previousResolution.time().isPresent() && Anchors.after(previousResolution.time().get(), ref))
            && SharedTense.continuedAhead(s, previous, c)) {
          dir = Direction.FUTURE;
        }
        dir = dir != Direction.FUTURE && nearerAhead(s, c, ref) ? Direction.FUTURE : dir;
        dir = dir == Direction.FUTURE && leadUpGoneBy(s, c, ref) ? Direction.PAST : dir;
        // a plan's clock time as it stood before is of the story's day still to come, not of the hours gone by: "The
        // final will be played on Sunday ... It had been set for 7:30 p.m."
        dir = dir == Direction.PAST && c.expression() instanceof TemporalExpression.ClockTime k && k.day().isEmpty()
            && anchor.isPresent() && Anchors.after(anchor.get(), ref)
            && Foreseen.planGoneBy(s, ClauseBounds.clauseStart(s, c.begin()), c.begin()) ? Direction.FUTURE : dir;
        // (a market's period takes the tense of its clause: "climbed 4% for the month" is a month gone by)
        dir = dir == Direction.UNMARKED && Anchors.periodOfLastDay(c.expression()) ? Tense.told(s, c) : dir;
        previousDir = dir;
        if (from.isPresent() && from == anchor && Anchors.loose(c.expression()) && Anchors.after(anchor.get(), ref)
            && (dir == Direction.UNMARKED ? Tense.told(s, c) : dir) == Direction.PAST) {
          // what happened is not counted from a day still to come, but from the last day the story has reached
          from = reached.isPresent() ? reached : said.filter(v -> !Anchors.after(v, ref));
        }
        if (from.isPresent() && from == anchor && ahead.isPresent() && ahead.get().granularity() == Granularity.DAY
            && Anchors.countsDaysOn(c.expression()) && Anchors.countsToBefore(c.expression(), anchor.get(), ref)
            && (dir == Direction.UNMARKED ? Tense.told(s, c) : dir) == Direction.FUTURE) {
          from = ahead;
        }
        TemporalExpression x = Anchors.ofTheUnit(s, c, dir, from);
        x = marketDay.isPresent() ? new TemporalExpression.Containing(((TemporalExpression.Containing) x).unit(),
            new TemporalExpression.Explicit(marketDay.get())) : x;
        x = toldAsTime && from == anchor ? StoryYear.inStoryYear(x, ref, dir, from) : x;
        // (a holiday told ahead is not the opening year's: "In 2020, ... but it will go ahead on Thanksgiving")
        x = c.begin() < openingYearEnd && !(dir == Direction.FUTURE && StoryYear.yearlessHoliday(x))
            ? StoryYear.inOpeningYear(x, openingYear) : x;
        x = toldAsTime && from == anchor ? StoryYear.inYearOfSentence(s, x, dir, anchor, anchorEnd, c.begin(), ref) : x;
        x = dir == Direction.PAST && PastReference.dayOfDeed(s, c) ? StoryYear.onOrBefore(x, ref.date()) : x;
        x = dir != Direction.FUTURE && StoryYear.nearable(x) && (Foreseen.aheadOf(s.lower, c.begin())
            || Foreseen.untilAfter(s.lower, c.begin())
            || Foreseen.hopedFor(s.lower, ClauseBounds.clauseStart(s, c.begin()), c.begin()))
            ? StoryYear.nearestPublication(x, ref.date()) : x;
        x = dayOfToldMonth(s, x, toldMonth, toldMonthEnd, c.begin(), ref.date());
        x = dir == Direction.FUTURE ? periodAhead(s, c, x, ref) : x;
        Optional<ReferenceTime> spoken = Anchors.fromToday(c.expression())
            ? Anchors.spokenOn(s, c, said, saidEnd, anchorEnd, ref) : Optional.empty();
        // a day told from the speaker's day inside the quote leaves the quote the speaker's for the days after it
        fromSpeaker = spoken.isPresent();
        ReferenceTime told = stale.isPresent() && (Anchors.fromToday(c.expression())
            || Datelines.countsFromDateline(c.expression())) ? stale.get() : ref;
        r = Resolver.resolve(x, Anchors.fromToday(c.expression()) ? spoken.orElse(stale.orElse(story)) : told, dir, from);
        r = PairedDates.weekdayRangeEnd(s, previous, previousResolution, c, r);
        r = PairedDates.timedRangeEnd(s, previous, previousResolution, c, r);
        r = PairedDates.clockRangeEnd(s, previous, previousResolution, c, r);
        Resolution rangeStart = PairedDates.weekdayRangeStart(s, previous,
            PairedDates.clockRangeStart(s, previous, previousResolution, c, r), c, r);
        rangeStart = PairedDates.withinAWeek(s, previous, rangeStart, c, r, ref);
        rangeStart = Ranges.startInEndsYear(s, previous, rangeStart, c, r);
        Resolution[] national = PairedDates.independenceBesideDay(s, previous, rangeStart, c, r);
        rangeStart = national[0];
        r = national[1];
        Resolution[] pair = PairedDates.adjacentDays(s, previous, rangeStart, c, r, dir);
        if (pair[0] != rangeStart) {
          // the days listed before move back with it: "on Friday, Saturday and Sunday"
          for (int i = out.size() - 2; i >= 0; i--) {
            Optional<Resolution> back = PairedDates.listedBefore(s, merged.get(i), out.get(i), merged.get(i + 1),
                i + 1 == out.size() - 1 ? toMention(s, previous, pair[0], ref) : out.get(i + 1));
            if (back.isEmpty()) {
              break;
            }
            out.set(i, toMention(s, merged.get(i), back.get(), ref));
          }
        }
        rangeStart = pair[0];
        r = pair[1];
        if (rangeStart != previousResolution) {
          previousResolution = rangeStart;
          out.set(out.size() - 1, toMention(s, previous, rangeStart, ref));
        }
        Resolution before = r;
        r = PairedDates.fromSaying(s, previous, previousResolution, c, r, dir);
        if (r == before && saidDay != null && saidDay != previous) {
          r = PairedDates.fromSaying(s, saidDay, saidResolution, c, r, dir);
        }
        r = PairedDates.otherZoneDay(s, previous, previousResolution, c, r);
        r = PairedDates.holidayBesideDay(s, previous, previousResolution, c, r);
        r = PairedDates.weekdayOfDayBefore(s, previous, previousResolution, c, r);
        Optional<Resolution> agreed = PairedDates.holidayOnWeekday(s, previous, previousResolution, c, r, ref,
            dir);
        if (agreed.isPresent()) {
          if (agreed.get() != previousResolution) {
            previousResolution = agreed.get();
            out.set(out.size() - 1, toMention(s, previous, previousResolution, ref));
          }
          r = agreed.get();
        }
        r = WeekdayShift.aheadInLocalTime(s, c, r, ref);
        r = dir == Direction.PAST ? WeekdayShift.weekBack(s, c, r, ref) : r;
        r = dir == Direction.FUTURE ? WeekdayShift.nearestWhenSetBefore(s, c, r, ref) : r;
        r = c == merged.get(0) && restated != null ? Datelines.dayOfLead(s, c, restated, r, ref) : r;
        if (Ranges.wrappedMonths(s, previous, previousResolution, c, r)) {
          // a range of months runs forward: told ahead, its end is the next such month; else its start the one before
          YearMonth start = Ranges.yearMonth(previousResolution);
          YearMonth end = Ranges.yearMonth(r);
          if (dir == Direction.FUTURE) {
            r = Resolution.of(TimeValue.ofMonth(end.plusYears(1)));
          } else {
            previousResolution = Resolution.of(TimeValue.ofMonth(start.minusYears(1)));
            out.set(out.size() - 1, toMention(s, previous, previousResolution, ref));
          }
        }
        if (Ranges.wrappedDays(s, previous, previousResolution, c, r)) {
          // so does a range of days: told ahead, its end is in the next year; else its start in the year before
          if (dir == Direction.FUTURE) {
            r = Resolution.of(TimeValue.ofDay(Ranges.day(r).plusYears(1)));
          } else {
            previousResolution = Resolution.of(TimeValue.ofDay(Ranges.day(previousResolution).minusYears(1)));
            out.set(out.size() - 1, toMention(s, previous, previousResolution, ref));
          }
        }
        r = PairedDates.sameWeekdayInSentence(s, merged, out, c, r, dir);
        out.add(toMention(s, c, r, ref));
        Candidate again = OtherZone.restated(s, c, r);
        if (again != null) {
          // "9:40 pm (1340 GMT)": the time in brackets, the same instant on the other zone's clock; kept apart until
          // the end, as the pairs below correct the last mention told
          otherZone.add(toMention(s, again, Resolution.of(((TemporalExpression.Explicit) again.expression()).value()),
              ref));
        }
      } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
        // a reading whose value falls outside the calendar comes back unresolved with the reason; the report's other
        // mentions stand (a failed check here once cost a whole report its dates)
        r = Resolution.unresolved("XXXX-XX-XX", "no calendar value: " + e.getMessage());
        out.add(toMention(s, c, r, ref));
      }
      previous = c;
      previousResolution = r;
      if (c.expression() instanceof TemporalExpression.ClockTime k && k.day().isEmpty() && r.time().isPresent()
          && r.time().get().granularity() == Granularity.TIME) {
        lastClock = r.time();
        lastClockEnd = c.end();
      }
      if (r.time().isPresent() && r.time().get().granularity() == Granularity.YEAR
          && StoryYear.opensSentenceBeforeComma(s, c)) {
        openingYear = r.time().get().localStart().map(t -> t.getYear()).orElse(0);
        int stop = s.text.indexOf(". ", c.end());
        openingYearEnd = openingYear == 0 ? -1 : stop < 0 ? s.length() : stop;
      }
      if (r.time().isPresent() && !r.time().get().isVague() && Anchors.setsAnchor(c.expression())
          && !Anchors.bound(s, c, anchor)) {
        if (r.time().get().granularity().compareTo(Granularity.DAY) <= 0
            && SentenceText.sayingBefore(s.lower, c.begin())) {
          said = r.time();
          saidEnd = c.end();
          saidDay = c;
          saidResolution = r;
        } else {
          beforeEvent = Anchors.namesPastEvent(s, c, r.time().get(), ref) ? anchor : null;
          anchor = r.time();
          anchorEnd = fromSpeaker ? anchorEnd : c.end();
          lastDay = anchor.get().granularity().compareTo(Granularity.DAY) <= 0 ? anchor : lastDay;
          reached = Anchors.after(anchor.get(), ref) ? reached : anchor;
          ahead = Anchors.after(anchor.get(), ref) ? anchor : ahead;
          toldAsTime = !Anchors.NAMING_BEFORE.contains(s.wordBefore(c.begin()))
              && !SentenceText.sinceInPhrase(s, c.begin());
          if (Anchors.isPeriod(anchor.get())) {
            period = anchor;
          }
          if (anchor.get().granularity() == Granularity.MONTH) {
            toldMonth = anchor;
            toldMonthEnd = c.end();
          }
          if (Anchors.isPeriod(anchor.get()) || anchor.get().granularity() == Granularity.HALF) {
            reported = runningOrAhead(anchor.get(), ref) ? reported : anchor;
          }
        }
      }
    }
    out = toldApart(s, out, ref);
    if (!otherZone.isEmpty()) {
      // a weekday inside the bracket ("(1700 GMT on Thursday)") is told by the bracket's mention
      out.removeIf(m -> otherZone.stream().anyMatch(z -> z.span().begin() <= m.span().begin()
          && m.span().end() <= z.span().end()));
      out.addAll(otherZone);
      out.sort(java.util.Comparator.comparingInt(m -> m.span().begin()));
    }
    return out;
  }

  /** How far after a plan's day its predicate is read for a past verb. */
  private static final int PLAN_PREDICATE_REACH = 60;

  /** Before a weekday's event that something was done ahead of: "in the run-up to", "ahead of". */
  private static final java.util.regex.Pattern LEAD_UP = java.util.regex.Pattern.compile(
      "\\b(?:ahead\\s{1,3}of|(?:run|lead|build)-up\\s{1,3}to)(?:\\s{1,3}the)?\\s{1,3}$");

  /**
   * Whether a bare weekday after "ahead of" or "in the run-up to", in a clause told in the past, is the one gone by: the
   * day after its event, what was done before it has been ("11 people were arrested in the run-up to Monday's polls",
   * told on Tuesday). The one ahead stays unless the one gone by is less than half as far ("police stepped up security
   * ahead of Sunday's election", told on Wednesday, is the coming Sunday's).
   */
  private static boolean leadUpGoneBy(Scan s, Candidate c, ReferenceTime ref) {
    if (!(c.expression() instanceof TemporalExpression.Weekday w) || w.relation() != org.dateline.resolve.Relation.NONE
        || !LEAD_UP.matcher(s.lower).region(Math.max(0, c.begin() - 30), c.begin()).find()) {
      return false;
    }
    int from = ClauseBounds.clauseStart(s, c.begin());
    if (Cues.nearestPast(s.lower, from, c.begin(), true, (i, j) -> !Tense.SAYING.contains(s.lower, i, j))
        == Integer.MAX_VALUE || Cues.pastPerfect(s.lower, from, c.begin())) {
      return false;
    }
    long[] d = daysEachWay(w, ref);
    return d != null && d[0] > 0 && 2 * d[0] < d[1];
  }

  /**
   * How many days before publication a day without its own year or week was (read in the past), and how many after it
   * it will be (read ahead), or null when either reading has no day.
   */
  private static long[] daysEachWay(TemporalExpression day, ReferenceTime ref) {
    Optional<TimeValue> gone = Resolver.resolve(day, ref, Direction.PAST, Optional.empty()).time();
    Optional<TimeValue> ahead = Resolver.resolve(day, ref, Direction.FUTURE, Optional.empty()).time();
    if (gone.isEmpty() || ahead.isEmpty() || gone.get().localStart().isEmpty() || ahead.get().localStart().isEmpty()) {
      return null;
    }
    LocalDate today = ref.date();
    return new long[] {java.time.temporal.ChronoUnit.DAYS.between(gone.get().localStart().get().toLocalDate(), today),
        java.time.temporal.ChronoUnit.DAYS.between(today, ahead.get().localStart().get().toLocalDate())};
  }

  /**
   * The day told right after {@code c} in its clause, read as gone by ("closed the month 1.2% lower on Tuesday"), or
   * empty: a weekday or a date after "on" within a few words, no comma or sentence end between.
   */
  private static Optional<TimeValue> dayRightAfter(Scan s, List<Candidate> merged, Candidate c, ReferenceTime ref) {
    int k = merged.indexOf(c);
    if (k < 0 || k + 1 >= merged.size()) {
      return Optional.empty();
    }
    Candidate next = merged.get(k + 1);
    TemporalExpression e = next.expression();
    if (next.begin() - c.end() > 40 || !(e instanceof TemporalExpression.Weekday
        || e instanceof TemporalExpression.MonthDay || e instanceof TemporalExpression.NumericDay
        || e instanceof TemporalExpression.Apposition)
        || !DAY_AFTER_GAP.matcher(s.lower).region(c.end(), next.begin()).matches()) {
      return Optional.empty();
    }
    return Resolver.resolve(e, ref, Direction.PAST, Optional.empty()).time()
        .filter(v -> v.granularity() == Granularity.DAY);
  }

  /** What may stand between a market's period and its day: " 1.2% lower on ", " at a record on ". */
  private static final java.util.regex.Pattern DAY_AFTER_GAP = java.util.regex.Pattern.compile(
      "(?:[^,;.]|(?<=\\d)[,.](?=\\d)){0,36}?\\bon\\s{1,3}");

  /**
   * Whether a bare weekday or a holiday without a year is the one to come, told as the day of a plan as it stood
   * before ("the sentencing, which had been scheduled for Wednesday", "the union was to meet the minister on
   * Friday"), as what something happens ahead of ("front-loading shipments ahead of Lunar New Year"; not in the past
   * perfect), as when what is hoped for would come ("on hopes of a deal by Friday") or as what is put off until after:
   * such a day may be gone by or ahead, and the reader takes the one nearer publication, one ahead only when it is less
   * than half as far as the one gone by, as news tells mostly of what has been.
   */
  private static boolean nearerAhead(Scan s, Candidate c, ReferenceTime ref) {
    TemporalExpression e = c.expression();
    TemporalExpression day = e instanceof TemporalExpression.PartOfDayOf p ? p.day()
        : e instanceof TemporalExpression.ClockTime k && k.day().isPresent() ? k.day().get() : e;
    if (!(day instanceof TemporalExpression.Weekday w && w.relation() == org.dateline.resolve.Relation.NONE)
        && !StoryYear.yearlessHoliday(day)) {
      return false;
    }
    String t = s.lower;
    int from = ClauseBounds.clauseStart(s, c.begin());
    // a plan whose own predicate goes on in the past tells of its day gone by ("the launch was scheduled for Sunday but
    // was scrubbed"), and so does a clause of the day after a comma ("was to fly to Brussels on Thursday, where talks
    // ended"); another clause after a comma does not ("was to meet him on Friday, but the meeting was cancelled
    // yesterday")
    int end = Math.min(t.length(), c.end() + PLAN_PREDICATE_REACH);
    boolean ofTheDay = t.startsWith(", where ", c.end()) || t.startsWith(", when ", c.end());
    end = Math.min(ofTheDay ? end : WordRuns.phraseEnd(t, c.end(), ",", end), WordRuns.phraseEnd(t, c.end(), ".", end));
    boolean plan = Foreseen.planGoneBy(s, from, c.begin())
        && Cues.nearestPast(t, c.end(), end, false, (i, j) -> true) == Integer.MAX_VALUE;
    // what "had" been done ahead of a day tells of a day gone by: "police had stepped up security ahead of Sunday's
    // election"
    boolean aheadOf = Foreseen.aheadOf(t, c.begin()) && !Cues.pastPerfect(t, from, c.begin());
    if (!plan && !aheadOf && !Foreseen.hopedFor(t, from, c.begin()) && !Foreseen.untilAfter(t, c.begin())) {
      return false;
    }
    long[] d = daysEachWay(day, ref);
    return d != null && d[1] > 0 && 2 * d[1] < d[0];
  }

  /**
   * A bare day of the month ("on the 14th") after a month still to come told earlier in its sentence is that month's:
   * "will hold its election in November, with nomination day on the 14th and polling on the 29th". Returns {@code x}
   * unchanged otherwise.
   */
  private static TemporalExpression dayOfToldMonth(Scan s, TemporalExpression x, Optional<TimeValue> month,
      int monthEnd, int begin, LocalDate today) {
    if (!(x instanceof TemporalExpression.DayOfMonth d) || d.monthOffset().isPresent() || month.isEmpty()
        || month.get().localStart().isEmpty() || monthEnd < 0 || monthEnd > begin
        || SentenceText.sentenceBreak(s.text, monthEnd, begin)
        // a month gone by names no month of the days after it: "The trial, which began in January, resumes on the 14th"
        || !month.get().localStart().get().toLocalDate().isAfter(today)) {
      return x;
    }
    YearMonth told = YearMonth.from(month.get().localStart().get());
    return d.day() <= told.lengthOfMonth()
        ? new TemporalExpression.Explicit(TimeValue.ofDay(told.atDay(d.day()))) : x;
  }

  /** Words before a quarter or a half that make it the time something happens in: "to trim output in the second half". */
  private static final java.util.Set<String> DURING = java.util.Set.of("in", "during", "over", "through", "throughout");

  /**
   * A quarter or a half told ahead as the time something happens in ("expects maintenance to trim output in the
   * second half", told in April) is the one running or to come, not last year's whose results are still to be
   * reported ("will report fourth-quarter results", told in January, is that last quarter's). Returns {@code x}
   * unchanged otherwise.
   */
  private static TemporalExpression periodAhead(Scan s, Candidate c, TemporalExpression x, ReferenceTime ref) {
    if (!(x instanceof TemporalExpression.YearPart p) || p.year().isPresent() || p.unit() == Unit.WEEK
        || !DURING.contains(s.wordBefore(c.begin()))) {
      return x;
    }
    int months = p.unit() == Unit.QUARTER ? 3 : 6;
    int y = ref.date().getYear();
    LocalDate end = LocalDate.of(y, (p.index() - 1) * months + 1, 1).plusMonths(months);
    return new TemporalExpression.YearPart(p.unit(), p.index(),
        java.util.OptionalInt.of(end.isAfter(ref.date()) ? y : y + 1));
  }

  /** Whether a stretch of time has not ended by publication's day: still running, or still to come. */
  private static boolean runningOrAhead(TimeValue v, ReferenceTime ref) {
    return v.granularity().compareTo(Granularity.DAY) > 0 && v.localEndExclusive()
        .map(end -> end.toLocalDate().isAfter(ref.date())).orElse(false);
  }

  /**
   * Tells a clock time read with its day across "on" or "at" ("6 p.m. on Sunday", "Monday at 10 a.m.") as two
   * mentions, as TimeML tags them: the time, with its day's date and the modifier, and the day. Both keep the
   * reading made of them together.
   */
  private static List<DateMention> toldApart(Scan s, List<DateMention> in, ReferenceTime ref) {
    List<DateMention> out = null;
    for (int i = 0; i < in.size(); i++) {
      DateMention m = in.get(i);
      int[] cut = Joiner.toldApart(m.span().text(), m.rule());
      if (cut == null || m.time().isEmpty() || m.problem().isPresent() || m.time().get().granularity() != Granularity.TIME
          || m.value().length() < 10) {
        if (out != null) {
          out.add(m);
        }
        continue;
      }
      out = out != null ? out : new ArrayList<>(in.subList(0, i));
      LocalDate day = LocalDate.parse(m.value().substring(0, 10));
      int b = m.span().begin();
      boolean timeFirst = m.rule().endsWith(Joiner.TOLD_ON_DAY);
      TextSpan first = TextSpan.of(s.text, b, b + cut[0]);
      TextSpan second = TextSpan.of(s.text, b + cut[1], m.span().end());
      DateMention.Builder tb = DateMention.builder(timeFirst ? first : second, m.time().get(), ref.zone()).rule(m.rule());
      m.mod().ifPresent(tb::mod);
      DateMention time = tb.build();
      DateMention date = DateMention.builder(timeFirst ? second : first, TimeValue.ofDay(day), ref.zone())
          .rule(m.rule()).build();
      out.add(timeFirst ? time : date);
      out.add(timeFirst ? date : time);
    }
    return out != null ? out : in;
  }

  /** Turns a candidate and its resolution into a mention, with its modifier and the rule that found it. */
  private static DateMention toMention(Scan s, Candidate c, Resolution r, ReferenceTime ref) {
    TextSpan span = TextSpan.of(s.text, c.begin(), c.end());
    DateMention.Builder b = r.time().isPresent() && r.problem().isEmpty()
        ? DateMention.builder(span, r.time().get(), ref.zone())
        : DateMention.builder(span, r.type(), r.value());
    r.problem().ifPresent(b::problem);
    if (c.mod() != null) {
      b.mod(c.mod());
    }
    return b.rule(c.rule()).build();
  }
}
