package org.dateline.rules.time.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import org.dateline.model.DateMention;
import org.dateline.model.Granularity;
import org.dateline.model.PartOfDay;
import org.dateline.model.TextSpan;
import org.dateline.model.TimeValue;
import org.dateline.model.TimexMod;
import org.dateline.resolve.Direction;
import org.dateline.resolve.ReferenceTime;
import org.dateline.resolve.Relation;
import org.dateline.resolve.Resolution;
import org.dateline.resolve.Resolver;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.Apposition;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.Duration;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.MonthOfYear;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;
import org.dateline.resolve.TemporalExpression.Recurring;
import org.dateline.resolve.TemporalExpression.RelativeDay;
import org.dateline.resolve.TemporalExpression.Vague;
import org.dateline.resolve.TemporalExpression.Weekday;

/**
 * Turns a scan's candidates into mentions: joins appositions ("yesterday, Tuesday") and clock times with
 * their day ("9 a.m. Tuesday"), takes in modifiers before a candidate ("early", "about"), reads the
 * clause's tense cues, and resolves each expression in text order against publication and the last
 * date mentioned.
 */
final class Assembler {
  /** A clause that runs on from its first day to an end: "open on Monday and run until Friday", "and ends on". */
  private static final Pattern LASTS_UNTIL = Pattern.compile("\\s{1,3}and\\s{1,3}(?:(?:run|runs|last|lasts|continue"
      + "|continues|go|goes|stay|stays|remain|remains)\\s{1,3}(?:on\\s{1,3})?(?:until|till|through)|(?:end|ends|close"
      + "|closes|finish|finishes|conclude|concludes|wrap\\s{1,3}up|wraps\\s{1,3}up)\\s{1,3}on)\\s{1,3}");
  /** Between the two ends of a range of days. */
  static final Pattern RANGE_GAP = Pattern.compile("\\s{0,2}[-\u2013]\\s{0,2}|\\s{1,3}(?:to|through|until|till|and)\\s{1,3}");
  /** Modifiers written with a hyphen before their date. */
  private static final Map<String, TimexMod> HYPHENED = Map.of("mid", TimexMod.MID, "late", TimexMod.END,
      "early", TimexMod.START);
  private static final Pattern COMMA_GAP = Pattern.compile(",\\s{1,3}|\\s{1,3}");
  /** Between a month and "this year": "June last year", "the summer of last year" (after a comma, a new phrase). */
  private static final Pattern YEAR_GAP = Pattern.compile("\\s{1,3}(?:of\\s{1,3})?");
  private static final WordSet RELATIVE_YEAR = new WordSet(java.util.Set.of("this", "last", "next"));
  private static final Pattern PAREN_GAP = Pattern.compile("\\s{0,2}\\(");
  /** Between a day and a part of it told after: "Tuesday mid-afternoon". */
  private static final Pattern DAY_THEN_PART_GAP = Pattern.compile("\\s{1,2}(?:mid-)?");
  /** Between a clock time and its day: "6 p.m. on Sunday". */
  private static final Pattern ON_GAP = Pattern.compile(",?\\s{1,3}on\\s{1,3}");
  /** Between "the quarter" and its last day or month: " ended ", " ending in ", " that ended on ". */
  private static final Pattern QUARTER_ENDED_GAP = Pattern.compile(
      "\\s{1,3}(?:that\\s{1,3}|which\\s{1,3})?(?:ended|ending|ends)(?:\\s{1,3}(?:on|in))?\\s{1,3}");
  /** Between a day and its clock time: "Monday at 10 a.m.", "Sunday, at about 6 p.m.". */
  private static final Pattern AT_GAP = Pattern.compile(",?\\s{1,3}at\\s{1,3}(?:about\\s{1,3}|around\\s{1,3})?");
  /** A clock time told again in another zone, then its day: "04:00 (0100 GMT) on Nov. 20". */
  private static final Pattern OTHER_ZONE_GAP = Pattern.compile(
      "(?:\\s{1,3}local\\s{1,3}time)?\\s{0,3}\\(\\s{0,2}\\d{1,2}:?\\d{2}\\s{0,2}(?:[ap]\\.?m\\.?\\s{0,2})?[a-z]{2,4}\\s{0,2}\\)(?:,?\\s{1,3}on)?\\s{1,3}");

  /** The future of the past, as reported speech shifts it back: "he would travel", "the vote was to take place". */
  private static final Pattern BACKSHIFTED = Pattern.compile(
      "\\b(?:would|(?:was|were)\\s{1,3}(?:going\\s{1,3})?to)\\b");

  /** The past of the past, as reported speech shifts it back: "she had resigned", "had been killed". */
  private static final Pattern PAST_PERFECT = Pattern.compile("\\bhad\\b");

  private Assembler() {}

  static List<DateMention> assemble(Scan s, List<Candidate> found, ReferenceTime ref) {
    List<Candidate> merged = withModifiers(s, shareYear(s, withWeekend(s, withPartOfDay(s,
        merge(s, Ranges.withEnds(s, found))))));
    List<DateMention> out = new ArrayList<>(merged.size());
    Optional<TimeValue> anchor = Optional.empty();
    Optional<TimeValue> period = Optional.empty();
    // the last anchor of a day or finer: "the next day" counts from it past a month or a year told since
    Optional<TimeValue> lastDay = Optional.empty();
    // the day a source spoke on anchors no story, but "the day before" with no other day counts from it ("Police
    // said on Friday the man was arrested the day before")
    Optional<TimeValue> said = Optional.empty();
    // where the day a source spoke on ends, and where the last anchor ends: a quote opened after the first, with no
    // anchor since, is that source's words
    int saidEnd = -1;
    int anchorEnd = -1;
    boolean fromSpeaker = false;
    // the last anchor not after publication's day: what a clause told in the past counts from when the last anchor
    // lies ahead ("will name its picks on Tuesday evening ... Earlier that morning, the chair taped a message")
    Optional<TimeValue> reached = Optional.empty();
    Candidate previous = null;
    Resolution previousResolution = null;
    Direction previousDir = Direction.UNMARKED;
    ReferenceTime story = datelined(s, merged, ref);
    // whether the anchor was told as a time of the story ("in August 2023"), not to name a thing ("the August 2023 vote")
    boolean toldAsTime = false;
    // a year that opens its sentence before a comma ("Last year, ..."), and where that sentence ends
    int openingYear = 0;
    int openingYearEnd = -1;
    Candidate restated = restatedInLead(s, merged);
    for (Candidate c : merged) {
      fromSpeaker = false;
      Optional<TimeValue> from = period.isPresent() && anchor.isPresent()
          && anchor.get().granularity() == Granularity.YEAR && namesQuarter(s, c) ? period : anchor;
      if (from.isEmpty() && countsFromDay(c.expression())) {
        from = said;
      }
      if (from.isPresent() && from == anchor && lastDay.isPresent() && finerThan(c.expression(), anchor.get())
          && notBefore(lastDay.get(), anchor.get())) {
        // "the following day" after "a visit in November last year" is the day after the last day told, as a
        // month or a year has no next day
        from = lastDay;
      }
      if (Tense.pageTime(s, c)) {
        from = Optional.empty(); // "Updated 11:05 GMT", a live entry's time: the page's day, not the story's
      }
      Resolution r;
      try {
        Direction dir = coordinated(s, previous, c) ? previousDir : Tense.direction(s, c);
        if (dir != Direction.FUTURE && (previousDir == Direction.FUTURE || previousResolution != null
            && previousResolution.time().isPresent() && after(previousResolution.time().get(), ref))
            && continuedAhead(s, previous, c)) {
          dir = Direction.FUTURE;
        }
        previousDir = dir;
        if (from.isPresent() && from == anchor && loose(c.expression()) && after(anchor.get(), ref)
            && (dir == Direction.UNMARKED ? Tense.told(s, c) : dir) == Direction.PAST) {
          // what happened is not counted from a day still to come, but from the last day the story has reached
          from = reached.isPresent() ? reached : said.filter(v -> !after(v, ref));
        }
        TemporalExpression x = ofTheUnit(s, c, dir, from);
        x = toldAsTime && from == anchor ? inStoryYear(x, ref, dir, from) : x;
        x = c.begin() < openingYearEnd ? inOpeningYear(x, openingYear) : x;
        x = dir == Direction.PAST && Tense.dayOfDeed(s, c) ? onOrBefore(x, ref.date()) : x;
        Optional<ReferenceTime> spoken = fromToday(c.expression()) ? spokenOn(s, c, said, saidEnd, anchorEnd, ref)
            : Optional.empty();
        // a day told from the speaker's day inside the quote leaves the quote the speaker's for the days after it
        fromSpeaker = spoken.isPresent();
        r = Resolver.resolve(x, fromToday(c.expression()) ? spoken.orElse(story) : ref, dir, from);
        r = weekdayRangeEnd(s, previous, previousResolution, c, r);
        r = timedRangeEnd(s, previous, previousResolution, c, r);
        r = clockRangeEnd(s, previous, previousResolution, c, r);
        Resolution rangeStart = weekdayRangeStart(s, previous, clockRangeStart(s, previous, previousResolution, c, r),
            c, r);
        rangeStart = withinAWeek(s, previous, rangeStart, c, r, ref);
        if (rangeStart != previousResolution) {
          previousResolution = rangeStart;
          out.set(out.size() - 1, toMention(s, previous, rangeStart, ref));
        }
        r = fromSaying(s, previous, previousResolution, c, r, dir);
        r = otherZoneDay(s, previous, previousResolution, c, r);
        r = holidayBesideDay(s, previous, previousResolution, c, r);
        r = aheadInLocalTime(s, c, r, ref);
        r = dir == Direction.PAST ? weekBack(s, c, r, ref) : r;
        r = c == merged.get(0) && restated != null ? dayOfLead(s, c, restated, r, ref) : r;
        if (Ranges.wrappedMonths(s, previous, previousResolution, c, r)) {
          // a range of months runs forward: told ahead, its end is the next such month; else its start the one before
          java.time.YearMonth start = Ranges.yearMonth(previousResolution);
          java.time.YearMonth end = Ranges.yearMonth(r);
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
        out.add(toMention(s, c, r, ref));
      } catch (java.time.DateTimeException | IllegalArgumentException | ArithmeticException e) {
        // a reading whose value falls outside the calendar comes back unresolved with the reason; the report's other
        // mentions stand (a failed check here once cost a whole report its dates)
        r = Resolution.unresolved("XXXX-XX-XX", "no calendar value: " + e.getMessage());
        out.add(toMention(s, c, r, ref));
      }
      previous = c;
      previousResolution = r;
      if (r.time().isPresent() && r.time().get().granularity() == Granularity.YEAR && opensSentenceBeforeComma(s, c)) {
        openingYear = r.time().get().localStart().map(t -> t.getYear()).orElse(0);
        int stop = s.text.indexOf(". ", c.end());
        openingYearEnd = openingYear == 0 ? -1 : stop < 0 ? s.length() : stop;
      }
      if (r.time().isPresent() && !r.time().get().isVague() && setsAnchor(c.expression()) && !bound(s, c, anchor)) {
        if (r.time().get().granularity().compareTo(Granularity.DAY) <= 0 && sayingBefore(s.lower, c.begin())) {
          said = r.time();
          saidEnd = c.end();
        } else {
          anchor = r.time();
          anchorEnd = fromSpeaker ? anchorEnd : c.end();
          lastDay = anchor.get().granularity().compareTo(Granularity.DAY) <= 0 ? anchor : lastDay;
          reached = after(anchor.get(), ref) ? reached : anchor;
          toldAsTime = !NAMING_BEFORE.contains(s.wordBefore(c.begin())) && !sinceInPhrase(s.lower, c.begin());
          if (isPeriod(anchor.get())) {
            period = anchor;
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether an expression takes the day told before it as its own, with no count from it: "that day", "in the
   * afternoon", "at 4 p.m."; "the Wednesday before", "the next day" count from it and keep it.
   */
  private static boolean loose(TemporalExpression e) {
    TemporalExpression of = e instanceof PartOfDayOf p ? p.day() : e;
    return e instanceof ClockTime t && t.day().isEmpty()
        || of instanceof TemporalExpression.Anaphoric a && a.offset() == 0;
  }

  /** Whether a value starts after publication's day: a day, or a longer stretch, still to come. */
  private static boolean after(TimeValue v, ReferenceTime ref) {
    return v.localStart().map(t -> t.toLocalDate().isAfter(ref.date())).orElse(false);
  }

  /** How far into a report its dateline may stand: after a headline of a line or two. */
  private static final int DATELINE_REACH = 240;
  /** How many days a dateline may lie before publication and still date the story's "today". */
  private static final int DATELINE_LAG = 3;
  /** What opens a dateline before its day: "HOUSTON, Nov. 20, 2026", "SAN JOSE, Calif.--(BUSINESS WIRE)--". */
  private static final Pattern DATELINE_BEFORE = Pattern.compile("(?:[A-Za-z.]\\s{0,2},|--|\\))\\s{0,3}$");
  /** What closes a dateline after its day: "/PRNewswire/ --", "(Reuters) -", "(PTI)", " -- ". */
  private static final Pattern DATELINE_AFTER = Pattern.compile(
      "\\s{0,3}(?:/\\s{0,2}[A-Za-z][A-Za-z -]{1,30}/|\\(\\s{0,2}[A-Za-z][A-Za-z .]{1,20}\\)|--|-\\s|\u2014|\u2013)");

  /** A page's stamp that opens a report: "Posted Fri 20 Nov 2026 at 6:05pm", "Last updated: 19 November 2026". */
  private static final Pattern STAMP_OPENING = Pattern.compile(
      "\\s{0,3}(?:(?:last\\s{1,3})?updated|posted|published)\\s{0,3}:?\\s{0,3}(?:on\\s{1,3})?"
          + "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s{1,3})?",
      Pattern.CASE_INSENSITIVE);

  /**
   * Returns the reference of the story's own day when the report opens with a page's stamp or a dateline whose day is a little before
   * publication ("HOUSTON, Nov. 20, 2026 /PRNewswire/ -- Acme today announced ..." published the next morning): its
   * "today", "yesterday" and "tonight" count from that day. Otherwise, or for any other date, publication.
   */
  private static ReferenceTime datelined(Scan s, List<Candidate> merged, ReferenceTime ref) {
    if (merged.isEmpty() || merged.get(0).begin() > DATELINE_REACH) {
      return ref;
    }
    Candidate c = merged.get(0);
    TemporalExpression e = c.expression();
    TemporalExpression of = e instanceof ClockTime t && t.day().isPresent() ? t.day().get() : e;
    boolean stamp = STAMP_OPENING.matcher(s.text).region(0, c.begin()).matches();
    if (!(of instanceof Explicit || of instanceof MonthDay) || !stamp && (e != of
        || !DATELINE_BEFORE.matcher(s.text).region(Math.max(0, c.begin() - 6), c.begin()).find()
        || !DATELINE_AFTER.matcher(s.text).region(c.end(), Math.min(s.length(), c.end() + 36)).lookingAt())) {
      return ref;
    }
    Resolution r = Resolver.resolve(e, ref, Direction.PAST, Optional.empty());
    if (r.time().isEmpty() || r.time().get().granularity().compareTo(Granularity.DAY) > 0
        || r.time().get().localStart().isEmpty()) {
      return ref;
    }
    java.time.LocalDate day = r.time().get().localStart().get().toLocalDate();
    long lag = java.time.temporal.ChronoUnit.DAYS.between(day, ref.date());
    if (lag <= 0 || lag > DATELINE_LAG) {
      return ref;
    }
    return ReferenceTime.of(ref.zonedDateTime().with(day));
  }

  /** What closes a dateline before a lead: "(AP) --", "(Reuters) -", "DUBAI --", "AUCKLAND, New Zealand --", "BENGALURU:". */
  private static final Pattern LEAD_OPENS = Pattern.compile(
      "(?:\\)|\\b[A-Z]{3,}(?:,\\s{1,3}[A-Z][A-Za-z.]{1,20}(?:\\s[A-Z][a-z.]{1,20})?)?)\\s{0,3}(?:--|-\\s|\u2014|\u2013)"
          + "|\\b[A-Z]{3,}:\\s");

  /**
   * Returns the first date of the lead when the report's first date is a bare weekday in its headline and the lead
   * tells the same day again with its date: "Rocket Lab targets Tuesday for launch AUCKLAND -- ... no earlier than
   * Tuesday, November 24"; null otherwise.
   */
  private static Candidate restatedInLead(Scan s, List<Candidate> merged) {
    if (merged.size() < 2 || !(merged.get(0).expression() instanceof Weekday w) || w.relation() != Relation.NONE) {
      return null;
    }
    Candidate head = merged.get(0);
    Candidate lead = merged.get(1);
    if (head.begin() > DATELINE_REACH || lead.begin() - head.end() > DATELINE_REACH + 200
        || s.text.lastIndexOf(". ", head.begin()) >= 0
        || !LEAD_OPENS.matcher(s.text).region(head.end(), lead.begin()).find()) {
      return null;
    }
    String told = s.lower.substring(lead.begin(), lead.end());
    String day = w.day().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH).toLowerCase();
    return told.contains(day) && told.chars().anyMatch(Character::isDigit) ? lead : null;
  }

  /** The day the lead names for the headline's weekday, if it is that weekday; {@code r} otherwise. */
  private static Resolution dayOfLead(Scan s, Candidate head, Candidate lead, Resolution r, ReferenceTime ref) {
    Resolution told = Resolver.resolve(lead.expression(), ref, Tense.direction(s, lead), Optional.empty());
    Optional<java.time.LocalDate> day = told.time().filter(v -> v.granularity().compareTo(Granularity.DAY) <= 0)
        .flatMap(TimeValue::localStart).map(java.time.LocalDateTime::toLocalDate);
    return day.isPresent() && head.expression() instanceof Weekday w && day.get().getDayOfWeek() == w.day()
        ? Resolution.of(TimeValue.ofDay(day.get())) : r;
  }

  /** Words before a date that make it name a thing: "the August 2023 ceasefire", "its May 2019 report". */
  private static final java.util.Set<String> NAMING_BEFORE = java.util.Set.of("the", "a", "an", "its", "their", "his",
      "her", "our", "this", "that");
  /** How many days after the month or day told before a day without a year may fall and still be of its year. */
  private static final int STORY_REACH_DAYS = 92;

  /** "or" or "and" alone between two dates: "by June or July", "on Monday and Tuesday". */
  private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("\\s{1,3}(?:or|and)\\s{1,3}");

  /** How far apart two weekdays of one forecast may stand: "sleet on Monday and a thaw setting in by Wednesday". */
  private static final int CONTINUED_GAP = 60;

  /**
   * Whether a weekday goes on, after "and", from a weekday read ahead just before it in the same sentence, with no
   * past verb between them or after it in its clause: "hail is likely on Monday and a milder spell taking hold on
   * Wednesday". The second day is then ahead too, whatever cue further back dated the sentence.
   */
  private static boolean continuedAhead(Scan s, Candidate previous, Candidate c) {
    if (previous == null || previous.end() > c.begin() || c.begin() - previous.end() > CONTINUED_GAP
        || !isWeekdayDay(previous.expression()) || !isWeekdayDay(c.expression())) {
      return false;
    }
    String gap = s.lower.substring(previous.end(), c.begin());
    int end = c.end();
    while (end < s.length() && end - c.end() < CONTINUED_GAP && ".;!?\n".indexOf(s.lower.charAt(end)) < 0) {
      end++;
    }
    // nor a past verb after it in its clause, but for one of saying ("on Wednesday, the agency said")
    Matcher past = Cues.PAST_CUE.matcher(s.lower).region(c.end(), end);
    while (past.find()) {
      if (!Tense.SAYING.contains(s.lower, past.start(), past.end())) {
        return false;
      }
    }
    return AND.matcher(gap).find() && gap.chars().noneMatch(ch -> ".;!?\n".indexOf(ch) >= 0)
        && !Cues.PAST_CUE.matcher(gap).find();
  }

  private static final Pattern AND = Pattern.compile("\\band\\b");

  private static boolean isWeekdayDay(TemporalExpression e) {
    return e instanceof Weekday || e instanceof PartOfDayOf p && p.day() instanceof Weekday
        || e instanceof ClockTime t && t.day().isPresent() && t.day().get() instanceof Weekday;
  }

  /**
   * Whether {@code c} is joined by "or" or "and" to the date just before it and is of its kind, a month or a weekday
   * with no year, and ends the pair's phrase: the pair shares one clause and so one tense ("the deal is seen
   * closing by June or July" looks ahead for both, though the cue stands before the first alone).
   */
  private static boolean coordinated(Scan s, Candidate previous, Candidate c) {
    if (previous == null || previous.end() > c.begin() || c.begin() - previous.end() > 9
        || !JOINED.matcher(s.lower).region(previous.end(), c.begin()).matches()) {
      return false;
    }
    TemporalExpression a = previous.expression();
    TemporalExpression b = c.expression();
    return (a instanceof MonthOfYear m && m.year().isEmpty() && b instanceof MonthOfYear n && n.year().isEmpty()
        || a instanceof Weekday && b instanceof Weekday) && endsPair(s, c.end());
  }

  /** Words after the second of a pair that keep the pair in one phrase: "by June or July <b>this</b> year". */
  private static final java.util.Set<String> PAIR_FOLLOWERS = java.util.Set.of("in", "at", "for", "to", "from", "of",
      "by", "before", "after", "this", "next", "last", "or", "and", "when", "as", "if");

  /**
   * Whether the pair ends at {@code end}: the sentence goes on with punctuation or a word that keeps the phrase, not
   * with a clause of its own ("The polls closed Monday and Tuesday <b>will</b> bring the count" pairs nothing).
   */
  private static boolean endsPair(Scan s, int end) {
    int i = end;
    while (i < s.length() && s.lower.charAt(i) == ' ') {
      i++;
    }
    return i >= s.length() || !Character.isLetter(s.lower.charAt(i)) || PAIR_FOLLOWERS.contains(s.wordAt(i));
  }

  /**
   * Reads a day without a year, not told ahead, in the year of the month or day told just before it when that year is
   * past and the day falls in the same month or in the few months after: "He was killed in August 2023. Two men were
   * charged on 2 September" is September 2023, as a story of a year past goes on in that year; so is a part of such a
   * day or a time on it ("at about 4am on 12 October"). Returns {@code e} unchanged otherwise.
   */
  private static TemporalExpression inStoryYear(TemporalExpression e, ReferenceTime ref, Direction dir,
      Optional<TimeValue> anchor) {
    if (e instanceof PartOfDayOf p) {
      TemporalExpression day = inStoryYear(p.day(), ref, dir, anchor);
      return day == p.day() ? e : new PartOfDayOf(day, p.part());
    }
    if (e instanceof ClockTime t && t.day().isPresent()) {
      TemporalExpression day = inStoryYear(t.day().get(), ref, dir, anchor);
      return day == t.day().get() ? e : new ClockTime(Optional.of(day), t.time());
    }
    if (!(e instanceof MonthDay m) || m.year().isPresent() || dir == Direction.FUTURE || anchor.isEmpty()
        || anchor.get().isVague() || anchor.get().granularity().compareTo(Granularity.MONTH) > 0
        || anchor.get().localStart().isEmpty()) {
      return e;
    }
    java.time.LocalDate told = anchor.get().localStart().get().toLocalDate();
    if (told.getYear() >= ref.date().getYear() || m.month() == java.time.Month.FEBRUARY && m.day() == 29) {
      return e;
    }
    java.time.LocalDate d = java.time.LocalDate.of(told.getYear(), m.month(), m.day());
    long after = java.time.temporal.ChronoUnit.DAYS.between(told, d);
    return d.getMonth() == told.getMonth() || after > 0 && after <= STORY_REACH_DAYS
        ? Resolver.inYear(m, told.getYear()) : e;
  }

  /**
   * Independence Day in apposition to the day just told ("signed on Friday, June 12, Independence Day") is that day:
   * the country's own, whatever the report's zone would make of it. Returns {@code r} unchanged for anything else.
   */
  private static Resolution holidayBesideDay(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || !(c.expression() instanceof TemporalExpression.IndependenceDay)
        || first == null || first.time().isEmpty() || first.time().get().granularity() != Granularity.DAY
        || c.begin() - previous.end() > 3 || !s.text.substring(previous.end(), c.begin()).trim().equals(",")) {
      return r;
    }
    return first;
  }

  /** Adverbs that may open a sentence before "in" and its year: "Earlier in 2018, ...", "Back in 2018, ...". */
  private static final java.util.Set<String> OPENING_ADVERBS = java.util.Set.of("earlier", "later", "back", "also",
      "then");

  /**
   * Whether a date opens its sentence, maybe after "in" (itself maybe after an adverb of {@link #OPENING_ADVERBS}),
   * and a comma follows it: "Last year, Ramadan began on March 1", "In 2019, the mill closed on June 3", "Earlier in
   * 2018, the mill closed on June 3".
   */
  private static boolean opensSentenceBeforeComma(Scan s, Candidate c) {
    if (c.end() >= s.length() || s.text.charAt(c.end()) != ',') {
      return false;
    }
    int i = c.begin();
    while (i > 0 && s.text.charAt(i - 1) == ' ') {
      i--;
    }
    if (i >= 2 && s.lower.startsWith("in", i - 2) && (i == 2 || !Character.isLetter(s.lower.charAt(i - 3)))) {
      i -= 2;
      while (i > 0 && s.text.charAt(i - 1) == ' ') {
        i--;
      }
      // "Earlier in 2018, ...", "Back in 2018, ...": an adverb before the "in"
      String w = s.wordBefore(i);
      if (!w.isEmpty() && OPENING_ADVERBS.contains(w) && s.lower.startsWith(w, i - w.length())) {
        i -= w.length();
        while (i > 0 && s.text.charAt(i - 1) == ' ') {
          i--;
        }
      }
    }
    return i == 0 || ".\n!?".indexOf(s.text.charAt(i - 1)) >= 0;
  }

  /**
   * Reads a month or a day without a year, in the sentence a year opens ("Last year, Ramadan began on March 1"), in
   * that year; a part of such a day or a time on it too. Returns {@code e} unchanged otherwise.
   */
  private static TemporalExpression inOpeningYear(TemporalExpression e, int year) {
    if (e instanceof PartOfDayOf p) {
      TemporalExpression day = inOpeningYear(p.day(), year);
      return day == p.day() ? e : new PartOfDayOf(day, p.part());
    }
    if (e instanceof ClockTime t && t.day().isPresent()) {
      TemporalExpression day = inOpeningYear(t.day().get(), year);
      return day == t.day().get() ? e : new ClockTime(Optional.of(day), t.time());
    }
    boolean yearless = e instanceof MonthDay m && m.year().isEmpty()
        || e instanceof TemporalExpression.MonthOfYear y && y.year().isEmpty() && y.relation() == Relation.NONE;
    return yearless ? Resolver.inYear(e, year) : e;
  }

  /**
   * Reads a day of a month without a year, maybe with its part or its clock time, in the year it last fell on or
   * before {@code today}: the day a deed was done ("drowned on Jan. 5") is never one still to come. Returns {@code e}
   * unchanged otherwise.
   */
  private static TemporalExpression onOrBefore(TemporalExpression e, java.time.LocalDate today) {
    TemporalExpression core = e instanceof PartOfDayOf p ? p.day()
        : e instanceof ClockTime t && t.day().isPresent() ? t.day().get() : e;
    if (!(core instanceof MonthDay m) || m.year().isPresent() || m.month() == java.time.Month.FEBRUARY && m.day() == 29) {
      return e;
    }
    int year = today.getYear();
    return inOpeningYear(e, java.time.LocalDate.of(year, m.month(), m.day()).isAfter(today) ? year - 1 : year);
  }

  /** Whether an expression counts from today itself: "today", "yesterday", "tonight", "at 2 p.m. today". */
  private static boolean fromToday(TemporalExpression e) {
    if (e instanceof PartOfDayOf p) {
      return fromToday(p.day());
    } else if (e instanceof ClockTime t) {
      return t.day().isPresent() && fromToday(t.day().get());
    }
    return e instanceof RelativeDay;
  }

  /** Whether an expression counts days from the day told before: "the day before", "the previous evening". */
  private static boolean countsFromDay(TemporalExpression e) {
    TemporalExpression d = e instanceof PartOfDayOf p ? p.day() : e;
    return d instanceof TemporalExpression.Anaphoric a && a.unit() == org.dateline.resolve.Unit.DAY && a.offset() != 0;
  }

  /**
   * Reads "the end (beginning, middle) of the month", told in the past after a date in that unit, as the unit
   * of that date: "Protests began in early October. By the end of the month, hundreds had been arrested" is the
   * end of October, not of publication's month. Told otherwise, or with no such date, it is publication's; so is
   * "earlier (later) in the week" after no date.
   */
  private static TemporalExpression ofTheUnit(Scan s, Candidate c, Direction dir, Optional<TimeValue> anchor) {
    TemporalExpression e = c.expression();
    if (anchor.isEmpty() && e instanceof TemporalExpression.Anaphoric a && a.whole() && a.offset() == 0
        && c.rule().startsWith("earlier|later in the <unit>")) {
      // "earlier in the week" in a text that named no day before is publication's week, as "earlier this week"
      return new TemporalExpression.RelativeUnit(a.unit(), 0);
    }
    if (!(e instanceof TemporalExpression.RelativeUnit u) || u.offset() != 0 || dir != Direction.PAST
        || !c.rule().startsWith("the end|beginning of the <unit>") || anchor.isEmpty() || anchor.get().isVague()
        || anchor.get().granularity().compareTo(u.unit().granularity()) > 0
        || !s.lower.substring(c.begin(), c.end()).contains(" of the ")) {
      return e;
    }
    return new TemporalExpression.Anaphoric(0, u.unit(), true);
  }

  /**
   * The second end of a range of weekdays ("from Monday to Wednesday", "Monday through Friday",
   * "between Monday and Wednesday") is the first such day after the first end, whichever way the
   * clause leans: a range runs forward. Returns {@code r} unchanged for anything else.
   */
  private static Resolution weekdayRangeEnd(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || !(c.expression() instanceof Weekday w) || w.relation() != Relation.NONE
        || !(previous.expression() instanceof Weekday) || c.begin() - previous.end() > 40 || first.time().isEmpty()
        || first.time().get().granularity() != Granularity.DAY) {
      return r;
    }
    if (!Ranges.joinedAsRange(s, previous, c)
        && !LASTS_UNTIL.matcher(s.lower).region(previous.end(), c.begin()).matches()) {
      return r;
    }
    java.time.LocalDate start = first.time().get().localStart().orElseThrow().toLocalDate();
    return Resolution.of(TimeValue.ofDay(start.with(java.time.temporal.TemporalAdjusters.next(w.day()))));
  }

  /**
   * A weekday in brackets just after a day or a time on a day tells that time again in another zone ("at 10 p.m.
   * ET on Wednesday (0300 GMT on Thursday)"): it is the day itself or one next to it, whichever way the clause
   * leans. Returns {@code r} unchanged for anything else.
   */
  private static Resolution otherZoneDay(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
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
    java.time.LocalDate day = first.time().get().localStart().orElseThrow().toLocalDate();
    for (int shift = -1; shift <= 1; shift++) {
      if (day.plusDays(shift).getDayOfWeek() == w.day()) {
        return Resolution.of(TimeValue.ofDay(day.plusDays(shift)));
      }
    }
    return r;
  }

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
          || !RANGE_GAP.matcher(s.lower).region(a.end(), b.begin()).matches()) {
        continue;
      }
      TemporalExpression y = b.expression();
      if (y instanceof Explicit x && x.value().granularity() == Granularity.DAY) {
        java.time.LocalDate end = x.value().localStart().orElseThrow().toLocalDate();
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

  /** "local time" right after a date: the day and hour are a zone's abroad, not the report's. */
  private static final Pattern LOCAL_TIME_AFTER = Pattern.compile("\\s{0,2}[,(]?\\s{0,2}local\\s{1,2}time\\b");
  /** The zone furthest ahead of UTC: a local time not yet reached there has been reached nowhere. */
  private static final java.time.ZoneOffset FURTHEST_AHEAD = java.time.ZoneOffset.ofHours(14);

  /**
   * A clock time on a weekday told in another zone's local time, on publication's next day and reached there already:
   * "at 4:30 a.m. Saturday local time" in a report filed late on Friday in New York is that Saturday, not the one a
   * week before. Only where the hour has been reached in the zone furthest ahead by publication.
   */
  private static Resolution aheadInLocalTime(Scan s, Candidate c, Resolution r, ReferenceTime ref) {
    TemporalExpression e = c.expression();
    TemporalExpression day = e instanceof ClockTime t && t.day().isPresent() ? t.day().get() : e;
    if (!(day instanceof Weekday w) || w.relation() != Relation.NONE || r.time().isEmpty()
        || r.time().get().granularity() != Granularity.TIME
        || r.time().get().localStart().isEmpty() || !LOCAL_TIME_AFTER.matcher(s.lower).region(c.end(), s.length())
        .lookingAt()) {
      return r;
    }
    TimeValue v = r.time().get();
    java.time.LocalDateTime start = v.localStart().get();
    java.time.LocalDate tomorrow = ref.date().plusDays(1);
    if (!start.toLocalDate().equals(tomorrow.minusDays(7))
        || start.plusDays(7).atOffset(FURTHEST_AHEAD).toInstant().isAfter(ref.instant())) {
      return r;
    }
    return Resolution.of(TimeValue.ofTime(start.plusDays(7)));
  }

  /**
   * A weekday told in the past that came out as publication's own day, where that cannot be: a clock time on it not
   * yet reached in the zone furthest ahead ("The fire started at 11 p.m. Saturday" filed on Saturday morning), or the
   * day after "since" ("Since Saturday, 40 people have died" filed on a Saturday, as today would be "since this
   * morning"). Either is the same weekday a week before. A publication date with no hour (midnight) keeps its day.
   */
  private static Resolution weekBack(Scan s, Candidate c, Resolution r, ReferenceTime ref) {
    TemporalExpression e = c.expression();
    TemporalExpression day = e instanceof ClockTime t && t.day().isPresent() ? t.day().get() : e;
    if (!(day instanceof Weekday w) || w.relation() != Relation.NONE || r.time().isEmpty()
        || r.time().get().localStart().isEmpty()) {
      return r;
    }
    TimeValue v = r.time().get();
    java.time.LocalDateTime start = v.localStart().get();
    // "midnight on Saturday" closes Saturday: its value is the next day's first minute
    boolean closing = e instanceof ClockTime t && t.time().equals(ClockTime.END_OF_DAY);
    if (!start.toLocalDate().minusDays(closing ? 1 : 0).equals(ref.date())) {
      return r;
    }
    // a publication date with no hour (midnight) keeps its day: the report may have run at any hour of it
    boolean timed = !ref.zonedDateTime().toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    if (v.granularity() == Granularity.TIME && timed && start.atOffset(FURTHEST_AHEAD).toInstant().isAfter(ref.instant())) {
      return Resolution.of(TimeValue.ofTime(start.minusDays(7)));
    }
    if (v.granularity() == Granularity.DAY && timed && e == day && s.wordBefore(c.begin()).equals("since")) {
      return Resolution.of(TimeValue.ofDay(ref.date().minusDays(7)));
    }
    return r;
  }

  /** How far after the day a source spoke on a quote of its words may reach. */
  private static final int QUOTE_REACH = 250;

  /**
   * The day a source spoke on, as the reference of "today", "tomorrow" or "tonight" inside a direct quote opened
   * after it: in 'The minister said Sunday: "We meet again tomorrow."' tomorrow is Monday, whenever the report ran.
   * Empty where no such quote holds the expression, or a date was told between.
   */
  private static Optional<ReferenceTime> spokenOn(Scan s, Candidate c, Optional<TimeValue> said, int saidEnd,
      int anchorEnd, ReferenceTime ref) {
    if (said.isEmpty() || said.get().granularity() != Granularity.DAY || said.get().localStart().isEmpty()
        || saidEnd < 0 || anchorEnd > saidEnd || c.begin() <= saidEnd || c.begin() - saidEnd > QUOTE_REACH) {
      return Optional.empty();
    }
    int open = openQuote(s.text, saidEnd, c.begin());
    // the quote opens in the sentence of the saying, or after it as the same speaker's going on ('"...," he added'):
    // another quote may be another speaker's, on another day
    if (open < 0 || sentenceEnds(s.text, saidEnd, open) && !goesOn(s.lower, c.end())) {
      return Optional.empty();
    }
    return Optional.of(ReferenceTime.of(ref.zonedDateTime().with(said.get().localStart().get().toLocalDate())));
  }

  /** Returns where a direct quote opened in {@code t[from, at)} and still open at {@code at} opens, or -1. */
  private static int openQuote(String t, int from, int at) {
    int open = -1;
    for (int i = from; i < at; i++) {
      char ch = t.charAt(i);
      if (ch == '\u201c') {
        open = i;
      } else if (ch == '\u201d') {
        open = -1;
      } else if (ch == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  /** A speaker going on after a quote closes: '"...," he added', '"...", she continued'. */
  private static final Pattern GOES_ON = Pattern.compile("^[^.!?]{0,40}?\\b(?:added|adds|continued|went\\s{1,3}on)\\b");
  /** How far after a date the close of its quote is looked for. */
  private static final int QUOTE_CLOSE_REACH = 200;

  /** Whether the quote holding the text at {@code at} closes and its speaker is told to go on right after. */
  private static boolean goesOn(String lower, int at) {
    int end = Math.min(lower.length(), at + QUOTE_CLOSE_REACH);
    for (int i = at; i < end; i++) {
      char ch = lower.charAt(i);
      if (ch == '"' || ch == '\u201d') {
        return GOES_ON.matcher(lower).region(i + 1, Math.min(lower.length(), i + 1 + 60)).lookingAt();
      }
    }
    return false;
  }

  /** Whether a sentence ends in {@code t[from, to)}: a full stop, a question or an exclamation mark. */
  private static boolean sentenceEnds(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = t.charAt(i);
      if (ch == '.' || ch == '!' || ch == '?') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an expression counts days from an anchor coarser than a day, which it cannot: "the following day" from
   * "November last year". "That same day" after a month may be any of its days, and "the following week" after "in
   * April" is left to its month.
   */
  private static boolean finerThan(TemporalExpression e, TimeValue anchor) {
    return e instanceof TemporalExpression.Anaphoric a && a.offset() != 0 && !anchor.isVague()
        && a.unit().granularity() == Granularity.DAY && anchor.granularity().compareTo(a.unit().granularity()) > 0;
  }

  /**
   * Whether a day starts no earlier than the month or year told after it: "the next day" counts from a day of that
   * month or later, never from a day years before it ("founded on March 3, 1998 ... In April 2026 it announced a
   * merger. The next day" is no day of 1998).
   */
  private static boolean notBefore(TimeValue day, TimeValue period) {
    return day.localStart().isPresent() && period.localStart().isPresent()
        && !day.localStart().get().isBefore(period.localStart().get());
  }

  /** Whether a value is a quarter of a year. */
  private static boolean isPeriod(TimeValue v) {
    return v.granularity() == Granularity.QUARTER;
  }

  /**
   * Whether a comparison names a quarter ("last year's quarter", "the 1988 quarter"): when a whole year was
   * named since ("up from last year"), it still counts from the quarter named before.
   */
  private static boolean namesQuarter(Scan s, Candidate c) {
    TemporalExpression e = c.expression();
    boolean compares = e instanceof TemporalExpression.SamePeriodIn
        || e instanceof TemporalExpression.Anaphoric a && a.unit() == org.dateline.resolve.Unit.YEAR && !a.whole();
    if (compares) {
      for (int i = c.begin(); i + 7 <= c.end(); i++) {
        if (s.lower.startsWith("quarter", i)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a day closes the period just mentioned ("the quarter ended Sept. 30"): it bounds that period, so
   * the period stays the anchor that "a year earlier" counts from.
   */
  private static boolean bound(Scan s, Candidate c, Optional<TimeValue> anchor) {
    String w = s.wordBefore(c.begin());
    return (w.equals("ended") || w.equals("ending") || w.equals("ends")) && anchor.isPresent()
        && !anchor.get().isVague() && anchor.get().granularity().compareTo(Granularity.DAY) > 0
        && anchor.get().granularity().compareTo(Granularity.YEAR) < 0;
  }

  /**
   * The end of a range of times on weekdays ("from 8pm Friday until 6am Monday", "from Friday evening until Monday
   * morning") runs forward too: an end that falls before the start is the one a week on. Returns {@code r} unchanged
   * for anything else.
   */
  private static Resolution timedRangeEnd(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || weekdayOf(c.expression()) == null || weekdayOf(previous.expression()) == null
        || c.expression() instanceof Weekday && previous.expression() instanceof Weekday
        || c.begin() - previous.end() > 40 || first.time().isEmpty() || r.time().isEmpty()
        || !Ranges.joinedAsRange(s, previous, c)) {
      return r;
    }
    TimeValue start = first.time().get();
    TimeValue end = r.time().get();
    java.util.Optional<java.time.LocalDateTime> a = start.localStart();
    java.util.Optional<java.time.LocalDateTime> b = end.localStart();
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
  private static Resolution clockRangeEnd(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || !(c.expression() instanceof ClockTime t) || t.day().isPresent()
        || !(previous.expression() instanceof ClockTime) || c.begin() - previous.end() > 20 || first.time().isEmpty()
        || first.time().get().granularity() != Granularity.TIME || r.time().isEmpty()
        || r.time().get().granularity() != Granularity.TIME || !Ranges.joinedAsRange(s, previous, c)) {
      return r;
    }
    java.time.LocalDateTime start = first.time().get().localStart().orElseThrow();
    java.time.LocalDateTime end = r.time().get().localStart().orElseThrow();
    if (end.isAfter(start)) {
      return r; // which end is off, if either, this cannot tell ("Dec. 15 from 5 p.m. until 8 p.m.")
    }
    java.time.LocalDateTime next = start.toLocalDate().atTime(end.toLocalTime());
    return Resolution.of(TimeValue.ofTime(next.isAfter(start) ? next : next.plusDays(1)));
  }

  /**
   * The start of a range of clock times told without a day, whose end names one ("from 6 a.m. to 10 p.m. on Election
   * Day", "between 11pm and 4am on Sunday"), is on that day, or the day before when the range runs over midnight.
   * Returns {@code first} unchanged for anything else.
   */
  private static Resolution clockRangeStart(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || !(previous.expression() instanceof ClockTime p) || p.day().isPresent()
        || !(c.expression() instanceof ClockTime t) || t.day().isEmpty() || c.begin() - previous.end() > 20
        || first.time().isEmpty() || first.time().get().granularity() != Granularity.TIME || r.time().isEmpty()
        || r.time().get().granularity() != Granularity.TIME || !Ranges.joinedAsRange(s, previous, c)) {
      return first;
    }
    java.time.LocalDateTime end = r.time().get().localStart().orElseThrow();
    java.time.LocalDateTime start = end.toLocalDate().atTime(first.time().get().localStart().orElseThrow().toLocalTime());
    start = start.isBefore(end) ? start : start.minusDays(1);
    return start.equals(first.time().get().localStart().orElseThrow()) ? first : Resolution.of(TimeValue.ofTime(start));
  }

  /**
   * The start of a range told by a weekday, read after the range's end ("from 8 a.m. Friday to 8 a.m. today" read as
   * next Friday), is the same time a week earlier: a range runs forward. Returns {@code first} unchanged for anything
   * else.
   */
  private static Resolution weekdayRangeStart(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r) {
    if (previous == null || weekdayOf(previous.expression()) == null || weekdayOf(c.expression()) != null
        || c.begin() - previous.end() > 20 || first.time().isEmpty() || r.time().isEmpty()
        || !Ranges.joinedAsRange(s, previous, c)) {
      return first;
    }
    TimeValue start = first.time().get();
    Optional<java.time.LocalDateTime> a = start.localStart();
    Optional<java.time.LocalDateTime> b = r.time().get().localStart();
    if (a.isEmpty() || b.isEmpty() || !a.get().isAfter(b.get())) {
      return first;
    }
    return shiftedWeeks(start, -1).orElse(first);
  }

  /**
   * A range whose two ends are both named by weekdays ("the lane is shut from dusk on Sunday to 5am on Monday") spans less
   * than a week: when its end lies ahead of publication and its start was read a week or more before that end, the
   * start is the weekday of the same week as the end. Returns {@code first} unchanged otherwise.
   */
  private static Resolution withinAWeek(Scan s, Candidate previous, Resolution first, Candidate c, Resolution r,
      ReferenceTime ref) {
    if (previous == null || weekdayOf(previous.expression()) == null || weekdayOf(c.expression()) == null
        // "from Friday to Friday" spans a week: its ends are a week apart already
        || weekdayOf(previous.expression()).day() == weekdayOf(c.expression()).day()
        || c.begin() - previous.end() > 20 || first.time().isEmpty() || r.time().isEmpty()
        || !after(r.time().get(), ref) || !Ranges.joinedAsRange(s, previous, c)) {
      return first;
    }
    Optional<java.time.LocalDateTime> a = first.time().get().localStart();
    Optional<java.time.LocalDateTime> b = r.time().get().localStart();
    if (a.isEmpty() || b.isEmpty() || a.get().plusWeeks(1).isAfter(b.get())) {
      return first;
    }
    return shiftedWeeks(first.time().get(), 1).orElse(first);
  }

  /** A day, a part of one or a time on one, {@code weeks} weeks later; empty for any other value. */
  private static Optional<Resolution> shiftedWeeks(TimeValue v, int weeks) {
    java.time.LocalDateTime at = v.localStart().orElseThrow().plusWeeks(weeks);
    switch (v.granularity()) {
      case DAY: return Optional.of(Resolution.of(TimeValue.ofDay(at.toLocalDate())));
      case TIME: return Optional.of(Resolution.of(TimeValue.ofTime(at)));
      case PART_OF_DAY: return Optional.of(Resolution.of(TimeValue.ofPartOfDay(at.toLocalDate(),
          org.dateline.model.PartOfDay.ofCode(v.value().substring(v.value().length() - 2)))));
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
  private static Resolution fromSaying(Scan s, Candidate previous, Resolution said, Candidate c, Resolution r,
      Direction dir) {
    if (dir != Direction.FUTURE && dir != Direction.PAST || previous == null || !(c.expression() instanceof Weekday w)
        || w.relation() != Relation.NONE || !(previous.expression() instanceof Weekday p)
        || p.relation() != Relation.NONE
        || said.time().isEmpty() || said.time().get().granularity() != Granularity.DAY
        || c.begin() - previous.end() > 80 || sentenceBreak(s.lower, previous.end(), c.begin())
        || !sayingBefore(s.lower, previous.begin())
        || r.time().isEmpty() || r.time().get().localStart().isEmpty()) {
      return r;
    }
    boolean shifted = BACKSHIFTED.matcher(s.lower).region(previous.end(), c.begin()).find();
    if (!shifted && (dir == Direction.FUTURE || !PAST_PERFECT.matcher(s.lower).region(previous.end(), c.begin()).find()
        || s.lower.substring(previous.end(), c.begin()).contains(" but "))) {
      return r;
    }
    java.time.LocalDate day = said.time().get().localStart().orElseThrow().toLocalDate();
    if (shifted) {
      return Resolution.of(TimeValue.ofDay(day.with(java.time.temporal.TemporalAdjusters.next(w.day()))));
    }
    boolean afterSaying = r.time().get().localStart().get().toLocalDate().isAfter(day);
    java.time.LocalDate before = day.with(java.time.temporal.TemporalAdjusters.previous(w.day()));
    return afterSaying ? Resolution.of(TimeValue.ofDay(before)) : r;
  }

  /** Whether a sentence or a line ends in {@code t[from, to)}. */
  private static boolean sentenceBreak(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = t.charAt(i);
      if (ch == '\n' || ch == ';' || (ch == '.' || ch == '!' || ch == '?') && i + 1 < t.length()
          && Character.isWhitespace(t.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a date at {@code at} of lower-cased text {@code t} dates only a saying, a verb of saying
   * standing right before it over an "on" and a "reporters" ("AFAD said on Thursday", "told
   * reporters Tuesday"): the story's clock times ("the quake hit at 11:42 p.m.") do not count from
   * such a day. (A period after "said" does anchor: "said third-quarter profit rose ... a year
   * earlier".)
   */
  /** How far before a date the "since" of its phrase may stand: "since the start of the invasion in February 2022". */
  private static final int SINCE_REACH = 60;

  /**
   * Whether the date closes a stretch that runs up to now, "since" opening its phrase (no comma or full stop between):
   * "the highest plume since October 2024" tells no story in 2024, and the days told after it keep publication's year.
   */
  private static boolean sinceInPhrase(String t, int at) {
    for (int i = at - 1; i >= Math.max(0, at - SINCE_REACH); i--) {
      char ch = t.charAt(i);
      if (ch == ',' || ch == '.' || ch == ';') {
        return false;
      }
      if (ch == 's' && t.startsWith("since ", i) && (i == 0 || !Character.isLetter(t.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sayingBefore(String t, int at) {
    int i = skipBack(t, at);
    if (i >= 2 && t.startsWith("on", i - 2) && (i == 2 || t.charAt(i - 3) == ' ')) {
      i = skipBack(t, i - 2);
    }
    int wordEnd = i;
    while (i > 0 && Character.isLetter(t.charAt(i - 1))) {
      i--;
    }
    if (t.startsWith("reporters", i) && wordEnd - i == "reporters".length()) {
      return sayingBefore(t, i);
    }
    return wordEnd > i && Tense.SAYING.contains(t, i, wordEnd);
  }

  /** Returns the index after the last non-space character before {@code i}. */
  private static int skipBack(String t, int i) {
    while (i > 0 && t.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  /**
   * Comparisons ("a year earlier", "a year ago") look back from the narrative; they do not move it, nor does a
   * clock time that names no day. A story told on in years ("two years later", "the next year") moves it:
   * "that fall" after "In 2012 ... Two years later" is 2014's.
   */
  private static boolean setsAnchor(TemporalExpression e) {
    return !(e instanceof Duration || e instanceof TemporalExpression.Ago
        || e instanceof ClockTime t && t.day().isEmpty()
        || e instanceof TemporalExpression.SamePeriodIn
        || e instanceof TemporalExpression.Anaphoric a && a.unit() == org.dateline.resolve.Unit.YEAR && a.offset() <= 0);
  }

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

  /** Joins neighbours that name one time: a relative day and a date, a clock time and its day. */
  static List<Candidate> merge(Scan s, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Candidate c = in.get(i);
      Candidate next = i + 1 < in.size() ? in.get(i + 1) : null;
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
      return a.with(a.begin(), a.end(), new TemporalExpression.Containing(org.dateline.resolve.Unit.QUARTER,
          b.expression()), a.rule() + " (ended)");
    }
    if (dayless(b) && b.begin() - a.end() <= 6 && DAY_THEN_PART_GAP.matcher(s.lower).region(a.end(), b.begin()).matches()
        && isDay(a.expression()) && !(a.expression() instanceof RelativeDay)) {
      // "on Tuesday mid-afternoon": that day's part, not today's
      return a.with(a.begin(), b.end(), new PartOfDayOf(a.expression(), ((PartOfDayOf) b.expression()).part()),
          a.rule() + " + " + b.rule());
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
          : new TemporalExpression.Containing(org.dateline.resolve.Unit.WEEK, new TemporalExpression.DayShift(y,
              ((TemporalExpression.Anaphoric) ((TemporalExpression.Containing) x).day()).offset()));
      return a.with(a.begin(), b.end(), e, a.rule() + " + " + b.rule());
    }
    if (x instanceof TemporalExpression.Anaphoric d && d.whole() && d.unit() == org.dateline.resolve.Unit.DAY
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
    if (isRelativeDay(x) && isCalendarDay(y)) {
      return a.with(a.begin(), end, new Apposition(x, y), a.rule() + " + " + b.rule());
    }
    if (isCalendarDay(x) && isRelativeDay(y) && paren) {
      return a.with(a.begin(), end, new Apposition(y, x), a.rule() + " + " + b.rule());
    }
    if (x instanceof ClockTime t && t.day().isEmpty() && isDay(y) && !(gap.isBlank() && y instanceof RelativeDay
        && Character.isUpperCase(s.charAt(b.begin())))) {
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
    org.dateline.resolve.Unit unit;
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
        && (u.unit() == org.dateline.resolve.Unit.WEEK || u.unit() == org.dateline.resolve.Unit.MONTH);
    boolean day = y instanceof RelativeDay d && d.offset() == 0 || y instanceof Weekday || isCalendarDay(y);
    boolean joined = gap.isBlank() || gap.strip().equals("on") && !gap.contains("\n");
    return (unit == org.dateline.resolve.Unit.YEAR || unit == org.dateline.resolve.Unit.MONTH) && (thisUnit || day)
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
        || e instanceof TemporalExpression.Anaphoric a && a.whole() && a.unit() == org.dateline.resolve.Unit.DAY
        || e instanceof PartOfDayOf p && p.day() instanceof TemporalExpression.Anaphoric
        || e instanceof TemporalExpression.Containing w && w.day() instanceof TemporalExpression.Anaphoric;
  }

  /**
   * Returns the part of day or week that "the night of", "the week of" ({@code a}, ending in "of") names in the
   * day {@code y}, or null if {@code a} is no such phrase or {@code y} no day.
   */
  private static TemporalExpression ofDay(Scan s, Candidate a, TemporalExpression y) {
    if (!isDay(y) || !s.lower.startsWith("of", a.end() - 2)) {
      return null;
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
   * Whether a new sentence opens in the gap {@code [from, to)} after a clock time's full stop: "between 4 a.m. and 5
   * a.m. On June 21, police arrested ...".
   */
  private static boolean newSentence(Scan s, int from, int to) {
    int k = from;
    while (k < to && Character.isWhitespace(s.text.charAt(k))) {
      k++;
    }
    return from > 0 && s.text.charAt(from - 1) == '.' && k > from && k < to && Character.isUpperCase(s.text.charAt(k));
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
    if (x instanceof ClockTime t && t.day().isEmpty() && isDay(y)) {
      if (ON_GAP.matcher(s.lower).region(a.end(), b.begin()).matches() && !newSentence(s, a.end(), b.begin())) {
        return a.with(a.begin(), b.end(), new ClockTime(Optional.of(y), t.time()), rule);
      }
      if (OTHER_ZONE_GAP.matcher(s.lower).region(a.end(), b.begin()).matches()) {
        return a.with(a.begin(), a.end(), new ClockTime(Optional.of(y), t.time()), a.rule() + " (day after)");
      }
    }
    if (y instanceof ClockTime t && t.day().isEmpty() && isDay(x)
        && AT_GAP.matcher(s.lower).region(a.end(), b.begin()).matches()) {
      return a.with(a.begin(), b.end(), new ClockTime(Optional.of(x), t.time()), rule);
    }
    return null;
  }

  /** Whether a candidate is a part of the day with no day of its own: "mid-afternoon", "the evening". */
  private static boolean dayless(Candidate c) {
    return c.rule().equals("that <part>") && c.expression() instanceof PartOfDayOf p
        && (p.day() instanceof RelativeDay r && r.offset() == 0
        || p.day() instanceof TemporalExpression.Anaphoric n && n.offset() == 0);
  }

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
    if (b.expression() instanceof TemporalExpression.RelativeUnit u && u.unit() == org.dateline.resolve.Unit.YEAR
        && RELATIVE_YEAR.contains(s.lower, b.begin(), Math.min(b.begin() + 4, b.end()))) {
      joined = new TemporalExpression.InRelativeYear(x, u.offset());
    } else if (b.expression() instanceof Explicit y && y.value().granularity() == Granularity.YEAR) {
      joined = withYear(x, y.value().localStart().orElseThrow().getYear());
    } else if (b.expression() instanceof TemporalExpression.Anaphoric y && y.unit() == org.dateline.resolve.Unit.YEAR
        && y.whole()) {
      // "May that year", "in March of the following year": the year of the story's last date, or one next to it
      joined = new TemporalExpression.InToldYear(x, y.offset());
    }
    return joined == null ? null : a.with(a.begin(), b.end(), joined, a.rule() + " + " + b.rule());
  }

  private static boolean yearless(TemporalExpression x) {
    return x instanceof TemporalExpression.MonthOfYear m && m.year().isEmpty()
        && m.relation() == org.dateline.resolve.Relation.NONE || x instanceof MonthDay d && d.year().isEmpty()
        || x instanceof TemporalExpression.SeasonOf z && z.year().isEmpty()
        && z.relation() == org.dateline.resolve.Relation.NONE
        || x instanceof TemporalExpression.NthWeekdayOfMonth h && h.year().isEmpty()
        || x instanceof TemporalExpression.EasterDay e && e.year().isEmpty()
        || x instanceof TemporalExpression.FestivalDay f && f.year().isEmpty()
        || x instanceof TemporalExpression.IndependenceDay i && i.year().isEmpty()
        || TemporalExpression.InRelativeYear.dayAfterHoliday(x);
  }

  private static TemporalExpression withYear(TemporalExpression x, int year) {
    java.util.OptionalInt y = java.util.OptionalInt.of(year);
    if (x instanceof TemporalExpression.MonthOfYear m) {
      return new TemporalExpression.MonthOfYear(m.month(), y, m.relation());
    } else if (x instanceof MonthDay d) {
      return new Explicit(TimeValue.ofDay(java.time.LocalDate.of(year, d.month(), Math.min(d.day(),
          java.time.YearMonth.of(year, d.month()).lengthOfMonth()))));
    } else if (!(x instanceof TemporalExpression.SeasonOf)) {
      return org.dateline.resolve.Resolver.inYear(x, year);
    }
    TemporalExpression.SeasonOf z = (TemporalExpression.SeasonOf) x;
    return new TemporalExpression.SeasonOf(z.season(), y, z.relation());
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
        new TemporalExpression.Containing(org.dateline.resolve.Unit.WEEKEND, c.expression()), c.rule() + " weekend"));
  }

  private static boolean isCalendarDay(TemporalExpression e) {
    return e instanceof MonthDay || e instanceof TemporalExpression.NthWeekdayOfMonth
        || e instanceof TemporalExpression.EasterDay || e instanceof TemporalExpression.NumericDay
        || e instanceof TemporalExpression.FestivalDay || e instanceof TemporalExpression.IndependenceDay
        || e instanceof Explicit x
        && x.value().granularity() == org.dateline.model.Granularity.DAY;
  }

  /** Takes in a modifier just before a candidate: "early", "mid-", "about", "more than", "the end of". */
  static List<Candidate> withModifiers(Scan s, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    int floor = 0;
    for (Candidate c : in) {
      Candidate m = c.mod() != null ? c : modified(s, c, floor);
      out.add(m);
      floor = m.end();
    }
    return out;
  }

  private static Candidate modified(Scan s, Candidate c, int floor) {
    if (c.expression() instanceof Vague || c.expression() instanceof Recurring) {
      return c;
    }
    int b = c.begin();
    if (b > 0 && s.lower.charAt(b - 1) == '-') {
      // "mid-March", "late-November", "early-2027"
      for (Map.Entry<String, TimexMod> m : HYPHENED.entrySet()) {
        int start = b - 1 - m.getKey().length();
        if (start >= floor && s.lower.startsWith(m.getKey(), start)
            && (start == 0 || !Scan.isWordChar(s.lower.charAt(start - 1)))) {
          boolean mid = m.getValue() == TimexMod.MID; // "the mid-1990s" is one phrase
          int from = mid && start >= 4 && s.lower.startsWith("the ", start - 4) ? start - 4 : start;
          return c.withSpan(from, c.end()).withMod(m.getValue());
        }
      }
    }
    int e = b;
    while (e > floor && s.lower.charAt(e - 1) == ' ') {
      e--;
    }
    if (e == b) {
      return c;
    }
    for (Map.Entry<String, TimexMod> m : Lexicon.mods().entrySet()) {
      String w = m.getKey();
      int start = e - w.length();
      if (start >= floor && s.lower.startsWith(w, start) && (start == 0 || !Scan.isWordChar(s.lower.charAt(start - 1)))
          && allowed(m.getValue(), c.expression())) {
        boolean decade = c.expression() instanceof Explicit x && (x.value().granularity() == Granularity.DECADE
            || x.value().granularity() == Granularity.CENTURY);
        int from = decade && start >= 4 && s.lower.startsWith("the ", start - 4) ? start - 4 : start;
        return c.withSpan(from, c.end()).withMod(m.getValue());
      }
    }
    return c;
  }

  private static boolean allowed(TimexMod mod, TemporalExpression e) {
    boolean point = mod == TimexMod.START || mod == TimexMod.MID || mod == TimexMod.END;
    if (e instanceof Duration) {
      return !point;
    }
    if (e instanceof ClockTime) {
      return mod == TimexMod.APPROX;
    }
    if (e instanceof TemporalExpression.Ago) {
      return true;
    }
    if (e instanceof TemporalExpression.DayShift) {
      return false; // "opened early the day after Christmas": the adverb is the verb's
    }
    return point && !(e instanceof PartOfDayOf);
  }
}
