package org.dateline.rules.time.en;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.dateline.model.Granularity;
import org.dateline.model.PartOfDay;
import org.dateline.model.TimeValue;
import org.dateline.resolve.ReferenceTime;
import org.dateline.resolve.Relation;
import org.dateline.resolve.Resolution;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;
import org.dateline.resolve.TemporalExpression.Weekday;

/**
 * Moves a weekday that came out in publication's own week by a week where the hour told cannot be there: a local
 * time abroad already reached on publication's next day, or a time or a "since" on publication's day not yet reached.
 */
final class WeekdayShift {
  private WeekdayShift() {}

  /** "local time" right after a date: the day and hour are a zone's abroad, not the report's. */
  private static final Pattern LOCAL_TIME_AFTER = Pattern.compile("\\s{0,2}[,(]?\\s{0,2}local\\s{1,2}time\\b");

  /** The zone furthest ahead of UTC: a local time not yet reached there has been reached nowhere. */
  private static final ZoneOffset FURTHEST_AHEAD = ZoneOffset.ofHours(14);

  /**
   * A clock time on a weekday told in another zone's local time, on publication's next day and reached there already:
   * "at 4:30 a.m. Saturday local time" in a report filed late on Friday in New York is that Saturday, not the one a
   * week before. Only where the hour has been reached in the zone furthest ahead by publication.
   */
  static Resolution aheadInLocalTime(Scan s, Candidate c, Resolution r, ReferenceTime ref) {
    TemporalExpression e = c.expression();
    TemporalExpression day = e instanceof ClockTime t && t.day().isPresent() ? t.day().get() : e;
    if (!(day instanceof Weekday w) || w.relation() != Relation.NONE || r.time().isEmpty()
        || r.time().get().granularity() != Granularity.TIME
        || r.time().get().localStart().isEmpty() || !LOCAL_TIME_AFTER.matcher(s.lower).region(c.end(), s.length())
        .lookingAt()) {
      return r;
    }
    TimeValue v = r.time().get();
    LocalDateTime start = v.localStart().get();
    LocalDate tomorrow = ref.date().plusDays(1);
    if (!start.toLocalDate().equals(tomorrow.minusDays(7))
        || start.plusDays(7).atOffset(FURTHEST_AHEAD).toInstant().isAfter(ref.instant())) {
      return r;
    }
    return Resolution.of(TimeValue.ofTime(start.plusDays(7)));
  }

  /**
   * A fixture set or moved, told in the past, right before its day: "the hearing was scheduled for", "was postponed
   * on Monday and rescheduled for"; what was set then may have been held already.
   */
  private static final Pattern SET_IN_THE_PAST = Pattern.compile("(?:\\b(?:was|were)\\s{1,3}(?:[a-z]{1,12}\\s{1,3})?"
      + "|\\band\\s{1,3})(?:re)?(?:scheduled|set|slated|fixed|moved|postponed|delayed)\\s{1,3}(?:for|to|until)\\s{1,3}$");

  /** How many days ahead of publication a weekday set in the past may lie before the one just gone is taken. */
  private static final int NEARER_AHEAD = 4;

  /**
   * A weekday a fixture was set or moved to, told in the past ("the match was rescheduled for Thursday"), read ahead
   * of publication: it is the nearest such day, a day or two back when that is much nearer than the one to come ("was
   * rescheduled for Thursday" in a report of Friday is the day before; in one of Wednesday, the day after).
   */
  static Resolution nearestWhenSetBefore(Scan s, Candidate c, Resolution r, ReferenceTime ref) {
    if (!(c.expression() instanceof Weekday w) || w.relation() != Relation.NONE || r.time().isEmpty()
        || r.time().get().granularity() != Granularity.DAY
        || !SET_IN_THE_PAST.matcher(s.lower).region(Math.max(0, c.begin() - 60), c.begin()).find()) {
      return r;
    }
    LocalDate day = r.time().get().localStart().orElseThrow().toLocalDate();
    long ahead = java.time.temporal.ChronoUnit.DAYS.between(ref.date(), day);
    return ahead > NEARER_AHEAD && ahead < 7 ? Resolution.of(TimeValue.ofDay(day.minusDays(7))) : r;
  }

  /** "late" or "late on" right before a weekday: "late on Sunday", "late Tuesday". */
  private static final Pattern LATE_BEFORE = Pattern.compile("\\blate\\s{1,3}(?:on\\s{1,3})?$");

  /**
   * Whether {@code c} is the late part of a weekday, told with "late" before it ("late on Sunday") or as its evening
   * or night ("Sunday night"): a part of the day that a report filed that morning cannot yet tell in the past.
   */
  private static boolean lateOnTheDay(Scan s, Candidate c) {
    TemporalExpression e = c.expression();
    if (e instanceof PartOfDayOf p) {
      return p.day() instanceof Weekday w && w.relation() == Relation.NONE
          && (p.part() == PartOfDay.EVENING || p.part() == PartOfDay.NIGHT);
    }
    return e instanceof Weekday w && w.relation() == Relation.NONE
        && (s.lower.startsWith("late", c.begin())
        || LATE_BEFORE.matcher(s.lower).region(Math.max(0, c.begin() - 10), c.begin()).find());
  }

  /**
   * A weekday told in the past that came out as publication's own day, where that cannot be: a clock time on it not
   * yet reached in the zone furthest ahead ("The fire started at 11 p.m. Saturday" filed on Saturday morning), or the
   * day after "since" ("Since Saturday, 40 people have died" filed on a Saturday, as today would be "since this
   * morning"). Either is the same weekday a week before. A publication date with no hour (midnight) keeps its day.
   */
  static Resolution weekBack(Scan s, Candidate c, Resolution r, ReferenceTime ref) {
    TemporalExpression e = c.expression();
    if (lateOnTheDay(s, c) && r.time().isPresent() && r.time().get().localStart().isPresent()
        && r.time().get().localStart().get().toLocalDate().equals(ref.date())
        && ref.zonedDateTime().toLocalTime().isBefore(LocalTime.NOON)
        && !ref.zonedDateTime().toLocalTime().equals(LocalTime.MIDNIGHT)) {
      // "broke out late on Sunday" or "on Sunday night" in a report filed on Sunday morning: the Sunday a week before
      return Resolution.of(e instanceof PartOfDayOf p
          ? TimeValue.ofPartOfDay(ref.date().minusDays(7), p.part()) : TimeValue.ofDay(ref.date().minusDays(7)));
    }
    TemporalExpression day = e instanceof ClockTime t && t.day().isPresent() ? t.day().get() : e;
    if (!(day instanceof Weekday w) || w.relation() != Relation.NONE || r.time().isEmpty()
        || r.time().get().localStart().isEmpty()) {
      return r;
    }
    TimeValue v = r.time().get();
    LocalDateTime start = v.localStart().get();
    // "midnight on Saturday" closes Saturday: its value is the next day's first minute
    boolean closing = e instanceof ClockTime t && t.time().equals(ClockTime.END_OF_DAY);
    if (!start.toLocalDate().minusDays(closing ? 1 : 0).equals(ref.date())) {
      return r;
    }
    // a publication date with no hour (midnight) keeps its day: the report may have run at any hour of it
    boolean timed = !ref.zonedDateTime().toLocalTime().equals(LocalTime.MIDNIGHT);
    if (v.granularity() == Granularity.TIME && timed && start.atOffset(FURTHEST_AHEAD).toInstant().isAfter(ref.instant())) {
      return Resolution.of(closing && v.value().endsWith("T24:00")
          ? TimeValue.ofEndOfDay(start.toLocalDate().minusDays(8)) : TimeValue.ofTime(start.minusDays(7)));
    }
    if (v.granularity() == Granularity.DAY && timed && e == day && s.wordBefore(c.begin()).equals("since")) {
      return Resolution.of(TimeValue.ofDay(ref.date().minusDays(7)));
    }
    return r;
  }
}
