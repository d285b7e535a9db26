package org.dateline.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A snapshot of events in date order: what happened when, where, with which toll, according to
 * which reports.
 *
 * <p>Events are ordered by the start of their {@link Event#interval() interval}; events dated only
 * vaguely or not at all come last; ties are broken by id. Queries return new lists in the same order.
 *
 * <p>Immutable and thread-safe.
 */
public final class Timeline {
  private static final Timeline EMPTY = new Timeline(ImmutableList.of());
  private static final Comparator<Event> DATE_ORDER = Comparator
      .comparing((Event e) -> e.interval().map(i -> i.start().toInstant()).orElse(Instant.MAX))
      .thenComparing(e -> e.interval().map(i -> i.endExclusive().toInstant()).orElse(Instant.MAX))
      .thenComparing(Event::id);

  private final ImmutableList<Event> events;

  private Timeline(ImmutableList<Event> events) {
    this.events = events;
  }

  /** Returns the timeline with no events. */
  public static Timeline empty() {
    return EMPTY;
  }

  /**
   * Returns a timeline of {@code events}, put in date order.
   *
   * @param events the events, not null, no null elements
   * @return the timeline
   * @throws IllegalArgumentException if two events share an id
   */
  public static Timeline of(Collection<Event> events) {
    requireNonNull(events, "events");
    ImmutableList<Event> sorted = ImmutableList.sortedCopyOf(DATE_ORDER, events);
    long distinct = sorted.stream().map(Event::id).distinct().count();
    if (distinct != sorted.size()) {
      throw new IllegalArgumentException("events must have distinct ids: " + sorted.size() + " events, "
          + distinct + " ids");
    }
    return new Timeline(sorted);
  }

  /** Returns the events in date order. */
  public ImmutableList<Event> events() {
    return events;
  }

  /** Returns the number of events. */
  public int size() {
    return events.size();
  }

  /** Returns whether there are no events. */
  public boolean isEmpty() {
    return events.isEmpty();
  }

  /**
   * Returns the event with the given id.
   *
   * @param id the event's id, not null
   * @return the event, or empty if there is none with that id
   */
  public Optional<Event> event(String id) {
    requireNonNull(id, "id");
    return events.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Returns the events whose interval overlaps {@code interval}; undated events never do.
   *
   * @param interval the interval, not null
   * @return the events, in date order
   */
  public ImmutableList<Event> during(TimeInterval interval) {
    requireNonNull(interval, "interval");
    return filter(e -> e.interval().map(i -> i.overlaps(interval)).orElse(false));
  }

  /**
   * Returns the events that happened at or within {@code place}, compared ignoring case: an event
   * placed at "Bryansk, Bryansk Oblast, Russia" is at "Bryansk", at "Russia" and at that whole name.
   *
   * @param place a place name such as {@code Bryansk}, not null
   * @return the events, in date order
   */
  public ImmutableList<Event> at(String place) {
    requireNonNull(place, "place");
    String wanted = place.trim();
    return filter(e -> e.place().map(p -> within(p, wanted)).orElse(false));
  }

  private static boolean within(String eventPlace, String wanted) {
    if (eventPlace.equalsIgnoreCase(wanted)) {
      return true;
    }
    for (String part : eventPlace.split(",")) {
      if (part.trim().equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the events of one type.
   *
   * @param type the type, not null
   * @return the events, in date order
   */
  public ImmutableList<Event> ofType(EventType type) {
    requireNonNull(type, "type");
    return filter(e -> e.type() == type);
  }

  /**
   * Returns the events with a toll in {@code category}: those some report counts the killed of.
   *
   * @param category the casualty category, not null
   * @return the events, in date order
   */
  public ImmutableList<Event> withToll(CasualtyCategory category) {
    requireNonNull(category, "category");
    return filter(e -> e.tolls().containsKey(category));
  }

  /**
   * Returns the events drawn from the report with id {@code reportId}.
   *
   * @param reportId the report's id, not null
   * @return the events, in date order
   */
  public ImmutableList<Event> fromReport(String reportId) {
    requireNonNull(reportId, "reportId");
    return filter(e -> e.reports().contains(reportId));
  }

  /**
   * Returns the events that satisfy {@code predicate}, for queries the named ones do not cover.
   *
   * @param predicate the test, not null
   * @return the events, in date order
   */
  public ImmutableList<Event> filter(Predicate<? super Event> predicate) {
    requireNonNull(predicate, "predicate");
    return events.stream().filter(predicate).collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timeline t && t.events.equals(events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  /** Returns a short form: the number of events and the first few. */
  @Override
  public String toString() {
    return "Timeline[" + events.size() + " events" + (events.isEmpty() ? "" : ": " + events.subList(0,
        Math.min(3, events.size()))) + (events.size() > 3 ? ", ..." : "") + "]";
  }
}
