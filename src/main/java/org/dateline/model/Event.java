package org.dateline.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A happening that reports date: an incident with a toll (an attack in Bryansk on 2026-03-10,
 * killed at least 6, injured 37) or talks, a call, a statement.
 *
 * <p>An event knows when it happened (not when someone spoke of it), where, who took part, the
 * casualty claims made about it and their reconciled {@link Toll}s, and the reports it comes from.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder}.
 */
public final class Event {
  private final String id;
  private final EventType type;
  private final TimeValue time;
  private final TimeInterval interval;
  private final String place;
  private final ImmutableList<String> actors;
  private final ImmutableList<Claim> claims;
  private final ImmutableMap<CasualtyCategory, Toll> tolls;
  private final ImmutableSet<String> reports;
  private final TextSpan trigger;

  private Event(Builder b) {
    this.id = b.id;
    this.type = b.type;
    this.time = b.time;
    this.interval = b.interval;
    this.place = b.place;
    this.actors = b.actors.build();
    this.claims = b.claims.build();
    this.tolls = ImmutableMap.copyOf(b.tolls);
    this.reports = ImmutableSet.copyOf(b.reports);
    this.trigger = b.trigger;
  }

  /**
   * Returns a builder for an event.
   *
   * @param id the event's identifier, not null or blank
   * @param type its kind, not null
   * @return the builder
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static Builder builder(String id, EventType type) {
    return new Builder(id, type);
  }

  /** Returns a builder holding this event's fields. */
  public Builder toBuilder() {
    Builder b = new Builder(id, type);
    b.time = time;
    b.interval = interval;
    b.place = place;
    b.actors.addAll(actors);
    b.claims.addAll(claims);
    b.tolls.putAll(tolls);
    b.reports.addAll(reports);
    b.trigger = trigger;
    return b;
  }

  /** Returns the event's identifier. */
  public String id() {
    return id;
  }

  /** Returns its kind. */
  public EventType type() {
    return type;
  }

  /** Returns when it happened, if known. */
  public Optional<TimeValue> time() {
    return Optional.ofNullable(time);
  }

  /** Returns when it happened as an interval in the zone of the report that dates it, if known. */
  public Optional<TimeInterval> interval() {
    return Optional.ofNullable(interval);
  }

  /** Returns where it happened, if known: "Bryansk". */
  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  /** Returns who took part, as the reports name them. */
  public ImmutableList<String> actors() {
    return actors;
  }

  /** Returns every casualty claim made about the event, with its report. */
  public ImmutableList<Claim> claims() {
    return claims;
  }

  /** Returns the reconciled toll per category, for the categories with claims. */
  public ImmutableMap<CasualtyCategory, Toll> tolls() {
    return tolls;
  }

  /**
   * Returns the reconciled toll of one category.
   *
   * @param category the category, not null
   * @return the toll, or empty if no report gives a figure of that category
   */
  public Optional<Toll> toll(CasualtyCategory category) {
    return Optional.ofNullable(tolls.get(requireNonNull(category, "category")));
  }

  /** Returns the ids of the reports the event comes from, in the order they were added. */
  public ImmutableSet<String> reports() {
    return reports;
  }

  /** Returns the word that names the event in the first report that describes it ("attack"), if known. */
  public Optional<TextSpan> trigger() {
    return Optional.ofNullable(trigger);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Event e && e.id.equals(id) && e.type == type && Objects.equals(e.time, time)
        && Objects.equals(e.interval, interval) && Objects.equals(e.place, place) && e.actors.equals(actors)
        && e.claims.equals(claims) && e.tolls.equals(tolls) && e.reports.equals(reports)
        && Objects.equals(e.trigger, trigger);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, time, interval, place, actors, claims, tolls, reports, trigger);
  }

  /** Returns a short form such as {@code e1 attack 2026-03-10 Bryansk [killed 6/6/6 (1 claims)]}. */
  @Override
  public String toString() {
    return id + " " + type.jsonName() + " " + (time == null ? "?" : time) + (place == null ? "" : " " + place)
        + (tolls.isEmpty() ? "" : " " + tolls.values());
  }

  /** Builds an {@link Event}. Not thread-safe; the events it builds are. */
  public static final class Builder {
    private final String id;
    private final EventType type;
    private TimeValue time;
    private TimeInterval interval;
    private String place;
    private final ImmutableList.Builder<String> actors = ImmutableList.builder();
    private final ImmutableList.Builder<Claim> claims = ImmutableList.builder();
    private final Map<CasualtyCategory, Toll> tolls = new EnumMap<>(CasualtyCategory.class);
    private final Set<String> reports = new LinkedHashSet<>();
    private TextSpan trigger;

    private Builder(String id, EventType type) {
      requireNonNull(id, "id");
      checkArgument(!id.isBlank(), "id must not be blank");
      this.id = id;
      this.type = requireNonNull(type, "type");
    }

    /**
     * Sets when the event happened.
     *
     * @param time the calendar value, not null
     * @param interval its interval in the dating report's zone, not null
     * @return this builder
     */
    public Builder time(TimeValue time, TimeInterval interval) {
      this.time = requireNonNull(time, "time");
      this.interval = requireNonNull(interval, "interval");
      return this;
    }

    /**
     * Sets when the event happened, for a value with no interval of its own (a vague past).
     *
     * @param time the calendar value, not null
     * @return this builder
     */
    public Builder time(TimeValue time) {
      this.time = requireNonNull(time, "time");
      this.interval = null;
      return this;
    }

    /**
     * Sets where the event happened.
     *
     * @param place the place name, not null or blank
     * @return this builder
     * @throws IllegalArgumentException if {@code place} is blank
     */
    public Builder place(String place) {
      requireNonNull(place, "place");
      checkArgument(!place.isBlank(), "place must not be blank");
      this.place = place;
      return this;
    }

    /**
     * Adds a participant.
     *
     * @param actor the name, not null
     * @return this builder
     */
    public Builder addActor(String actor) {
      actors.add(requireNonNull(actor, "actor"));
      return this;
    }

    /**
     * Adds a casualty claim; its report is added too.
     *
     * @param claim the claim, not null
     * @return this builder
     */
    public Builder addClaim(Claim claim) {
      claims.add(requireNonNull(claim, "claim"));
      reports.add(claim.reportId());
      return this;
    }

    /**
     * Sets the reconciled toll of the toll's category.
     *
     * @param toll the toll, not null
     * @return this builder
     */
    public Builder toll(Toll toll) {
      tolls.put(toll.category(), toll);
      return this;
    }

    /**
     * Adds a report the event comes from.
     *
     * @param reportId the report's id, not null
     * @return this builder
     */
    public Builder addReport(String reportId) {
      reports.add(requireNonNull(reportId, "reportId"));
      return this;
    }

    /**
     * Sets the word that names the event.
     *
     * @param trigger its span, not null
     * @return this builder
     */
    public Builder trigger(TextSpan trigger) {
      this.trigger = requireNonNull(trigger, "trigger");
      return this;
    }

    /** Returns the event. */
    public Event build() {
      return new Event(this);
    }
  }
}
