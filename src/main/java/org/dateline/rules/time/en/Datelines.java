package org.dateline.rules.time.en;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.model.Granularity;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Direction;
import org.dateline.resolve.ReferenceTime;
import org.dateline.resolve.Relation;
import org.dateline.resolve.Resolution;
import org.dateline.resolve.Resolver;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.Weekday;

/**
 * Reads the opening of a report: a dateline or a page's stamp that dates the story's "today" a little before
 * publication, and a headline's bare weekday that the lead tells again with its date.
 */
final class Datelines {
  private Datelines() {}

  /** How far into a report its dateline may stand: after a headline of a line or two. */
  private static final int DATELINE_REACH = 240;

  /** How many days a dateline may lie before publication and still date the story's "today". */
  private static final int DATELINE_LAG = 3;

  /**
   * How many days a dateline may lie before publication and still date the story's weekdays: a report filed on its
   * dateline's day and published weeks later, as a digest or an archive page is.
   */
  private static final int STALE_LAG = 45;

  /** What opens a dateline before its day: "HOUSTON, Nov. 20, 2026", "SAN JOSE, Calif.--(BUSINESS WIRE)--". */
  private static final Pattern DATELINE_BEFORE = Pattern.compile("(?:[A-Za-z.]\\s{0,2},|--|\\))\\s{0,3}$");

  /** What closes a dateline after its day: "/PRNewswire/ --", "(Reuters) -", "(PTI)", " -- ". */
  private static final Pattern DATELINE_AFTER = Pattern.compile(
      "\\s{0,3}(?:/\\s{0,2}[A-Za-z][A-Za-z -]{1,30}/|\\(\\s{0,2}[A-Za-z][A-Za-z .]{1,20}\\)|--|-\\s|\u2014|\u2013)"
          // a colon closes a dateline too: "KOHIMA, Nov. 20: A ferry sank ..."
          + "|\\s{0,2}:\\s");

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
  static ReferenceTime datelined(Scan s, List<Candidate> merged, ReferenceTime ref) {
    return dateline(s, merged, ref, 1, DATELINE_LAG);
  }

  /**
   * Returns the reference of the dateline's day when the report opens with a dateline (or a page's stamp) more than
   * {@value #DATELINE_LAG} days and at most {@value #STALE_LAG} days before publication ("KOHIMA, Nov. 4: A ferry
   * sank on Sunday night ..." published weeks later): the story's weekdays, and its "today", count from that day,
   * not from publication. Empty otherwise.
   */
  static Optional<ReferenceTime> staleDateline(Scan s, List<Candidate> merged, ReferenceTime ref) {
    ReferenceTime r = dateline(s, merged, ref, DATELINE_LAG + 1, STALE_LAG);
    return r == ref ? Optional.empty() : Optional.of(r);
  }

  /** Whether an expression counts from the story's own day: a weekday, a part of it or a clock time on it. */
  static boolean countsFromDateline(TemporalExpression e) {
    if (e instanceof TemporalExpression.PartOfDayOf p) {
      return countsFromDateline(p.day());
    } else if (e instanceof ClockTime t) {
      return t.day().isPresent() && countsFromDateline(t.day().get());
    }
    return e instanceof Weekday w && w.relation() == Relation.NONE;
  }

  /** The reference of a dateline's day {@code minLag} to {@code maxLag} days before publication, or {@code ref}. */
  private static ReferenceTime dateline(Scan s, List<Candidate> merged, ReferenceTime ref, int minLag, int maxLag) {
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
    LocalDate day = r.time().get().localStart().get().toLocalDate();
    long lag = java.time.temporal.ChronoUnit.DAYS.between(day, ref.date());
    if (lag < minLag || lag > maxLag) {
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
  static Candidate restatedInLead(Scan s, List<Candidate> merged) {
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
    String day = w.day().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase();
    return told.contains(day) && told.chars().anyMatch(Character::isDigit) ? lead : null;
  }

  /** The day the lead names for the headline's weekday, if it is that weekday; {@code r} otherwise. */
  static Resolution dayOfLead(Scan s, Candidate head, Candidate lead, Resolution r, ReferenceTime ref) {
    Resolution told = Resolver.resolve(lead.expression(), ref, Tense.direction(s, lead), Optional.empty());
    Optional<LocalDate> day = told.time().filter(v -> v.granularity().compareTo(Granularity.DAY) <= 0)
        .flatMap(TimeValue::localStart).map(LocalDateTime::toLocalDate);
    return day.isPresent() && head.expression() instanceof Weekday w && day.get().getDayOfWeek() == w.day()
        ? Resolution.of(TimeValue.ofDay(day.get())) : r;
  }
}
