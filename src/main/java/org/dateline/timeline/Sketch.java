package org.dateline.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.TimeInterval;

/**
 * What the merger compares of an event: its type, its day range (or, if undated, the day its report
 * was published), its place and its actors.
 */
final class Sketch {
  /** Dated events this many days apart or fewer may be the same incident. */
  static final int DATED_SLACK_DAYS = 1;
  /** An undated event may be an incident up to this many days before its report. */
  static final int UNDATED_LOOKBACK_DAYS = 7;
  /** Dates this long or shorter (a day, a night, a time) are precise enough to tell two incidents apart by hours. */
  private static final long PRECISE_SECONDS = 36 * 3600;
  /** Precise dates this many seconds apart or more are two incidents: "Monday night" and "Tuesday night" are 16 hours apart. */
  private static final long APART_SECONDS = 16 * 3600;

  /** How many days apart one report may date its incident in two places and still tell one incident. */
  static final int RETELL_DAYS = 2;

  /** What two places of one name in different divisions add: as much as a place unknown used to. */
  static final int HOMONYM = -1;
  /** What the same day adds to a score. */
  private static final int SAME_DAY = 3;
  /**
   * What an unknown place adds: a report that names no place is one of the day's incidents only if
   * something else ties it to one (a named person), however few incidents that day are known.
   */
  static final int UNKNOWN_PLACE = -3;
  /**
   * What two events naming only different people add: little, since one report names the victim
   * and another the shooter or an officer, and each names only some of the people involved.
   */
  static final int DIFFERENT_PEOPLE = -1;
  /**
   * What a named person both events share adds; two people shared add twice as much, enough to
   * join a late report (a trial) whose place or date reads otherwise: two names are seldom shared by chance.
   */
  static final int SHARED_PERSON = 3;
  /** What two towns of one county add to a score: less than one place within the other, more than an unknown place. */
  static final int NEAR_PLACE = 0;

  /**
   * A date this many days wide or wider ("in July", "this year") is too coarse to block or match on:
   * such an event is compared as an undated one, by its report's day.
   */
  static final int COARSE_DAYS = 8;
  /** A coarse date at most this many days wide (a week, a month) still tells which incident of its place a report recalls. */
  static final int MONTH_DAYS = 31;
  /** What a coarse date that holds the other event's day adds: less than an undated report in its window. */
  static final int WITHIN_COARSE = -1;

  private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  final EventType type;
  final boolean dated;
  /** First day of the event, or publication day if undated, as an epoch day. */
  final long firstDay;
  /** Last day of the event (inclusive), or publication day if undated. */
  final long lastDay;
  /** Start and end (exclusive) of a dated event's interval, in epoch seconds; 0 if undated. */
  final long start;
  final long end;
  final List<String> place;
  final String placeKey;
  final String countryKey;
  final String nameKey;
  final Set<String> actors;
  /** Whether the event is dated, but too coarsely to be compared by day ("in October", "in 2015"). */
  final boolean coarse;
  /** First and last day of a coarse date of at most {@value #MONTH_DAYS} days ("in October"); -1 if none. */
  final long coarseFirst;
  final long coarseLast;

  Sketch(EventType type, boolean dated, long firstDay, long lastDay, long start, long end, List<String> place,
      Set<String> actors) {
    this(type, dated, firstDay, lastDay, start, end, place, actors, false, -1, -1);
  }

  Sketch(EventType type, boolean dated, long firstDay, long lastDay, long start, long end, List<String> place,
      Set<String> actors, boolean coarse, long coarseFirst, long coarseLast) {
    this.type = type;
    this.dated = dated;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.start = start;
    this.end = end;
    this.place = place;
    this.placeKey = Places.key(place);
    this.countryKey = Places.countryKey(place);
    this.nameKey = Places.nameKey(place);
    this.actors = actors;
    this.coarse = coarse;
    this.coarseFirst = coarseFirst;
    this.coarseLast = coarseLast;
  }

  /**
   * Returns the sketch of {@code event}, reported on {@code publishedDay} (an epoch day). An event
   * dated only vaguely ("in the past", the week before its report) or coarsely (a month, a season,
   * a year) counts as undated.
   */
  static Sketch of(Event event, long publishedDay) {
    TimeInterval i = event.interval().orElse(null);
    List<String> place = Places.components(event.place().orElse(null));
    Set<String> actors = event.actors().stream().map(Sketch::actorKey).collect(Collectors.toSet());
    if (i == null || event.time().get().isVague()) {
      return new Sketch(event.type(), false, publishedDay, publishedDay, 0, 0, place, actors);
    }
    long first = i.start().toLocalDate().toEpochDay();
    LocalDate end = i.endExclusive().toLocalDate();
    boolean midnight = i.endExclusive().toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    long last = Math.max(first, end.toEpochDay() - (midnight ? 1 : 0));
    if (last - first >= COARSE_DAYS) {
      boolean month = last - first < MONTH_DAYS;
      return new Sketch(event.type(), false, publishedDay, publishedDay, 0, 0, place, actors, true,
          month ? first : -1, month ? last : -1);
    }
    return new Sketch(event.type(), true, first, last, i.start().toEpochSecond(), i.endExclusive().toEpochSecond(),
        place, actors);
  }

  /**
   * Returns how a person's name is compared: first and last name, lower-cased, without middle names,
   * initials or a "Jr." ("Jordan Lee Parks Jr." and "Jordan Parks" match).
   */
  static String actorKey(String name) {
    List<String> words = new java.util.ArrayList<>(List.of(name.toLowerCase(Locale.ROOT).split("[\\s,]+")));
    words.removeIf(w -> w.isEmpty() || SUFFIXES.contains(w));
    return words.size() <= 2 ? String.join(" ", words) : words.get(0) + " " + words.get(words.size() - 1);
  }

  /**
   * Scores how likely this event and {@code other} are one incident; {@link Integer#MIN_VALUE} if they cannot be.
   * Same day counts 3, a day apart 1; same place 3, one place within the other 1, two towns of one
   * county {@value #NEAR_PLACE} and two towns of one name in different divisions {@value #HOMONYM}
   * (both on the same day only, and unless they name different people), unknown {@value #UNKNOWN_PLACE};
   * the same type 1; one shared actor {@value #SHARED_PERSON}, two or more twice that, disjoint named actors {@value #DIFFERENT_PEOPLE}. Events that share a named victim or
   * suspect may be any time apart (a trial months later follows the shooting) and their places may
   * disagree (one report names the town, another a county seat): the date then counts 0, the place
   * as unknown. A report dated only by a week or a month ("in March", published weeks later) that
   * holds the other's day counts {@value #WITHIN_COARSE} for the date when both name the same town or
   * county: enough to join the only incident of that place, never to choose between two.
   */
  int score(Sketch other) {
    if (!type.isCompatibleWith(other.type)) {
      return Integer.MIN_VALUE;
    }
    int date = dateScore(other);
    int place = Places.compare(this.place, other.place);
    boolean named = !actors.isEmpty() && !other.actors.isEmpty();
    boolean differentPeople = named && !sharesActor(other);
    boolean near = place < 0 && Places.sameCounty(this.place, other.place) && !differentPeople;
    boolean homonym = place < 0 && !near && Places.sameName(this.place, other.place) && !differentPeople;
    if (date == Integer.MIN_VALUE && place == 2 && this.place.size() > 2
        && (withinCoarse(other) || other.withinCoarse(this))) {
      date = WITHIN_COARSE;
    }
    if (sharesActor(other)) {
      date = Math.max(date, 0);
      place = Math.max(place, 0);
    }
    if (date == Integer.MIN_VALUE || (place < 0 && !((near || homonym) && date == SAME_DAY))) {
      return Integer.MIN_VALUE;
    }
    int s = date + (place == 2 ? 3 : place == 1 ? 1 : near ? NEAR_PLACE : place == 0 ? UNKNOWN_PLACE : HOMONYM)
        + (type == other.type ? 1 : 0);
    if (named) {
      long shared = actors.stream().filter(other.actors::contains).limit(2).count();
      s += shared == 0 ? DIFFERENT_PEOPLE : shared == 1 ? SHARED_PERSON : 2 * SHARED_PERSON;
    }
    return s;
  }

  /**
   * Whether {@code other}, an incident of the same report, may be this one told again: of a
   * compatible type, in no other place, and dated within {@value #RETELL_DAYS} days of it, or
   * either one not dated at all. A report that dates its incident "Saturday night" in one paragraph
   * and "early Sunday" in another tells one incident, not two; one dated only by a month or a year
   * ("last year's shooting") tells another.
   */
  boolean retells(Sketch other) {
    if (!type.isCompatibleWith(other.type) || Places.compare(place, other.place) < 0
        && !Places.sameCounty(place, other.place)) {
      return false;
    }
    if (dated && other.dated) {
      return Math.max(firstDay - other.lastDay, other.firstDay - lastDay) <= RETELL_DAYS;
    }
    // an undated mention tells the dated incident again only where it names no other place: "days
    // after a plane crash in Pokhara" beside "a helicopter crashed in eastern Nepal" tells another
    boolean samePlace = place.isEmpty() || other.place.isEmpty() || Places.compare(place, other.place) == 2;
    return dated ? !other.coarse && (other.dated || samePlace) : !coarse && samePlace;
  }

  /** Whether this event's coarse date ("in October") holds every day of dated event {@code o}. */
  boolean withinCoarse(Sketch o) {
    return coarseFirst >= 0 && o.dated && o.firstDay >= coarseFirst && o.lastDay <= coarseLast;
  }

  boolean sharesActor(Sketch other) {
    return actors.stream().anyMatch(other.actors::contains);
  }

  /** Whether both dates are precise (a day or finer) and hours apart, as two nights or two mornings are. */
  private boolean preciselyApart(Sketch o) {
    if (end - start > PRECISE_SECONDS || o.end - o.start > PRECISE_SECONDS) {
      return false;
    }
    return Math.max(start - o.end, o.start - end) >= APART_SECONDS;
  }

  private int dateScore(Sketch o) {
    if (dated && o.dated) {
      long gap = Math.max(firstDay - o.lastDay, o.firstDay - lastDay);
      if (gap > DATED_SLACK_DAYS || preciselyApart(o)) {
        return Integer.MIN_VALUE;
      }
      boolean coarse = lastDay - firstDay > 2 || o.lastDay - o.firstDay > 2;
      return gap <= 0 ? (coarse ? 1 : SAME_DAY) : 1;
    }
    if (!dated && !o.dated) {
      return Math.abs(firstDay - o.firstDay) <= DATED_SLACK_DAYS ? 0 : Integer.MIN_VALUE;
    }
    Sketch d = dated ? this : o;
    Sketch u = dated ? o : this;
    boolean inWindow = d.lastDay >= u.firstDay - UNDATED_LOOKBACK_DAYS && d.firstDay <= u.firstDay;
    return inWindow ? 0 : Integer.MIN_VALUE;
  }
}
