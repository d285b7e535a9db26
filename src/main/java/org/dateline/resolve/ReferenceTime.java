package org.dateline.resolve;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The instant and zone against which a report's relative dates are resolved: its publication. "Today"
 * is the local date of that instant in that zone, so 00:30 in Kyiv on 6 March is 6 March even though
 * it is still 5 March in UTC.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReferenceTime {
  private final ZonedDateTime at;

  private ReferenceTime(ZonedDateTime at) {
    this.at = at;
  }

  /**
   * Returns the reference time at {@code published}, in its zone.
   *
   * @param published the publication instant in the report's zone, not null
   * @return the reference time
   */
  public static ReferenceTime of(ZonedDateTime published) {
    return new ReferenceTime(requireNonNull(published, "published"));
  }

  /**
   * Returns the reference time at {@code instant}, seen in {@code zone}.
   *
   * @param instant the publication instant, not null
   * @param zone the report's zone, not null
   * @return the reference time
   */
  public static ReferenceTime of(Instant instant, ZoneId zone) {
    requireNonNull(instant, "instant");
    requireNonNull(zone, "zone");
    return new ReferenceTime(instant.atZone(zone));
  }

  /** Returns the publication instant. */
  public Instant instant() {
    return at.toInstant();
  }

  /** Returns the report's zone. */
  public ZoneId zone() {
    return at.getZone();
  }

  /** Returns the local date of publication in the report's zone: what "today" means. */
  public LocalDate date() {
    return at.toLocalDate();
  }

  /** Returns the publication instant in the report's zone. */
  public ZonedDateTime zonedDateTime() {
    return at;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReferenceTime r && r.at.equals(at);
  }

  @Override
  public int hashCode() {
    return at.hashCode();
  }

  /** Returns the ISO form of the zoned publication time. */
  @Override
  public String toString() {
    return at.toString();
  }
}
