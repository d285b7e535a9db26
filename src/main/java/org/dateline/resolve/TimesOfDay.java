package org.dateline.resolve;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.model.TimeValue;
import org.dateline.resolve.TemporalExpression.Anaphoric;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;
import org.dateline.resolve.TemporalExpression.RelativeDay;
import org.dateline.resolve.TemporalExpression.Weekday;

/**
 * Resolves times within a day: a part of a day ("Friday night", "that evening") and a clock time, with
 * its day or without one (then the last day the text named, or publication's, on the side of
 * publication the clause's tense puts it); a publication stamped at exactly midnight is read as a bare
 * date that tells no hour. Stateless and thread-safe.
 */
final class TimesOfDay {
  private TimesOfDay() {}

  /** Returns the part of its day: its day resolved, and a week or a day back where that part is yet to come. */
  static Resolution partOfDay(PartOfDayOf p, ReferenceTime ref, Direction dir, Optional<TimeValue> anchor) {
    // "that evening", "by early evening" in a text that named no day before are the day of publication's, as a
    // bare clock time is
    boolean storyDay = p.day() instanceof Anaphoric a && a.offset() == 0 && anchor.isEmpty();
    Resolution day = Resolver.dispatch(storyDay ? new RelativeDay(0) : p.day(), ref, dir, anchor);
    Optional<TimeValue> t = day.time().filter(v -> v.granularity() == org.dateline.model.Granularity.DAY);
    if (t.isEmpty()) {
      return Resolution.unresolved("XXXX-XX-XXT" + p.part().code(), "the day is not known: " + day);
    }
    LocalDate date = t.get().localStart().orElseThrow().toLocalDate();
    if (dir == Direction.PAST && p.day() instanceof Weekday w && w.relation() == Relation.NONE && timed(ref)
        && date.atTime(p.part().start()).atZone(ref.zone()).toInstant().isAfter(ref.instant().plus(PART_GRACE))) {
      // "opened fire on Friday night", read on Friday morning: last Friday's night ("beat the Indians on Monday
      // night", read at 8.30 pm on Monday, is tonight's: a part of the day is told loosely around its start)
      date = date.minusWeeks(1);
    } else if (storyDay && (dir == Direction.PAST || dir == Direction.REPORTED) && timed(ref)
        && date.atTime(p.part().start()).atZone(ref.zone()).toInstant().isAfter(ref.instant())) {
      date = date.minusDays(1); // "by early evening the crowd had grown", read at noon: yesterday's evening
    }
    Resolution r = Resolution.of(TimeValue.ofPartOfDay(date, p.part()));
    return day.problem().map(r::withProblem).orElse(r);
  }

  /** How long before a part of the day starts a report may already tell it as gone by. */
  private static final java.time.Duration PART_GRACE = java.time.Duration.ofHours(2);

  /**
   * Whether the publication time tells the hour: a time of exactly local midnight is taken for a
   * publication date given without one, which says nothing of which parts of the day had passed.
   */
  private static boolean timed(ReferenceTime ref) {
    return !ref.zonedDateTime().toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
  }

  /** Where the small hours of a night end: a clock time before it told after a night falls on the next day. */
  private static final java.time.LocalTime SMALL_HOURS_END = java.time.LocalTime.of(6, 0);

  /** Where a story's evening begins: a clock time told at or after it is the night's, before its small hours. */
  private static final java.time.LocalTime EVENING_START = java.time.LocalTime.of(18, 0);

  /** Whether a time told last is the night or evening of its day, or a clock time of that evening ("11 p.m. on Friday"). */
  private static boolean fallsAtNight(TimeValue v) {
    if (v.value().endsWith("TNI") || v.value().endsWith("TEV")) {
      return true;
    }
    return v.granularity() == org.dateline.model.Granularity.TIME && v.localStart()
        .map(t -> !t.toLocalTime().isBefore(EVENING_START)).orElse(false);
  }

  /** Returns a clock time on its day, on the last day named (its small hours after a night), or as a bare time. */
  static Resolution clockTime(ClockTime c, ReferenceTime ref, Direction dir, Optional<TimeValue> anchor) {
    LocalDate day;
    if (c.day().isPresent()) {
      Resolution d = Resolver.dispatch(c.day().get(), ref, dir, anchor);
      if (d.time().isEmpty() || d.time().get().granularity().compareTo(org.dateline.model.Granularity.DAY) > 0) {
        return Resolution.unresolved("XXXX-XX-XXT" + (c.time().equals(ClockTime.END_OF_DAY) ? "24:00" : c.time()),
            "the day is not known: " + d);
      }
      day = d.time().get().localStart().orElseThrow().toLocalDate();
    } else {
      // the last day named, unless the tense puts the time on the other side of publication ("On Christmas Day a
      // blast hit the market. The curfew will start at 10 p.m.")
      Optional<LocalDate> named = anchor.filter(v -> v.granularity().compareTo(org.dateline.model.Granularity.DAY) <= 0)
          .flatMap(TimeValue::localStart).map(java.time.LocalDateTime::toLocalDate)
          .filter(d -> !(dir == Direction.FUTURE && d.isBefore(ref.date())
              || (dir == Direction.PAST || dir == Direction.REPORTED) && d.isAfter(ref.date())));
      if (named.isEmpty()) {
        return Resolution.of(TimeValue.ofTime(bareClockTime(c.time(), ref, dir)));
      }
      day = named.get();
      if (fallsAtNight(anchor.get()) && c.time().isBefore(SMALL_HOURS_END)
          && !day.plusDays(1).isAfter(ref.date())) {
        // "overnight ... at around 1 a.m.", "arrived at 11 p.m. on Friday ... Soldiers came at 3 a.m.": the small
        // hours after the night's evening
        day = day.plusDays(1);
      }
    }
    if (c.time().equals(ClockTime.END_OF_DAY)) {
      // "midnight on Friday" closes Friday, hour 24 as TimeML writes it; a midnight told by the last day named
      // is as often the one that opens it ("between midnight and 9 a.m."), the next day's first minute
      return Resolution.of(c.day().isPresent() ? TimeValue.ofEndOfDay(day) : TimeValue.ofTime(day.plusDays(1).atStartOfDay()));
    }
    return Resolution.of(TimeValue.ofTime(day.atTime(c.time())));
  }

  /**
   * Returns the occurrence of a clock time with no day, in a text that named none: the one on the day of
   * publication, unless the clause's tense puts it on the other side of publication ("the curfew was lifted at
   * midnight" is the midnight before, "the shops close at midnight" the one to come; "arrived at 3:30 p.m." in a
   * report of 10:00 is yesterday's). A publication stamped exactly at midnight is taken as a bare date: its
   * clock says nothing of what came before it that day.
   */
  private static java.time.LocalDateTime bareClockTime(java.time.LocalTime time, ReferenceTime ref, Direction dir) {
    java.time.LocalDateTime now = ref.zonedDateTime().toLocalDateTime();
    boolean stamped = !now.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    if (time.equals(ClockTime.END_OF_DAY)) {
      boolean before = dir == Direction.PAST || dir == Direction.REPORTED;
      return (before ? ref.date() : ref.date().plusDays(1)).atStartOfDay();
    }
    java.time.LocalDateTime today = ref.date().atTime(time);
    if (stamped && (dir == Direction.PAST || dir == Direction.REPORTED) && today.isAfter(now)) {
      return today.minusDays(1);
    }
    if (stamped && dir == Direction.FUTURE && today.isBefore(now)) {
      return today.plusDays(1);
    }
    return today;
  }
}
