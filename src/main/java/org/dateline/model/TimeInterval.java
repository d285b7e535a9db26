package org.dateline.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A half-open interval of time {@code [start, endExclusive)}, its ends seen in a time zone.
 *
 * <p>Equality compares the instants and the zones.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeInterval {
  private final ZonedDateTime start;
  private final ZonedDateTime endExclusive;

  private TimeInterval(ZonedDateTime start, ZonedDateTime endExclusive) {
    this.start = start;
    this.endExclusive = endExclusive;
  }

  /**
   * Returns the interval {@code [start, endExclusive)}.
   *
   * @param start the first instant, inclusive, not null
   * @param endExclusive the instant after the last one, not null, not before {@code start}
   * @return the interval
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code start}
   */
  public static TimeInterval of(ZonedDateTime start, ZonedDateTime endExclusive) {
    requireNonNull(start, "start");
    requireNonNull(endExclusive, "endExclusive");
    checkArgument(!endExclusive.toInstant().isBefore(start.toInstant()),
        "endExclusive %s is before start %s", endExclusive, start);
    return new TimeInterval(start, endExclusive);
  }

  /**
   * Parses the form {@link #toString()} writes: two ISO zoned date-times joined by {@code /}.
   *
   * @param text such as {@code 2026-03-10T00:00+03:00[Europe/Moscow]/2026-03-11T00:00+03:00[Europe/Moscow]}, not null
   * @return the interval
   * @throws DateTimeParseException if the text is not of that form
   */
  public static TimeInterval parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int slash = separator(s);
    if (slash < 0) {
      throw new DateTimeParseException("expected start/end: " + s, s, 0);
    }
    ZonedDateTime a = ZonedDateTime.parse(s.substring(0, slash));
    ZonedDateTime b = ZonedDateTime.parse(s.substring(slash + 1));
    if (b.isBefore(a)) {
      throw new DateTimeParseException("end before start: " + s, s, slash + 1);
    }
    return new TimeInterval(a, b);
  }

  /** Returns the index of the {@code /} between the two date-times, skipping any inside a {@code [Region/City]} zone. */
  private static int separator(String s) {
    boolean inZone = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[' || c == ']') {
        inZone = c == '[';
      } else if (c == '/' && !inZone) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the first instant, inclusive. */
  public ZonedDateTime start() {
    return start;
  }

  /** Returns the instant after the last one. */
  public ZonedDateTime endExclusive() {
    return endExclusive;
  }

  /**
   * Returns whether {@code instant} lies in {@code [start, endExclusive)}.
   *
   * @param instant the instant, not null
   * @return true if it lies inside
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start.toInstant()) && instant.isBefore(endExclusive.toInstant());
  }

  /**
   * Returns whether this interval and {@code other} share an instant.
   *
   * @param other the other interval, not null
   * @return true if they overlap
   */
  public boolean overlaps(TimeInterval other) {
    return start.toInstant().isBefore(other.endExclusive.toInstant())
        && other.start.toInstant().isBefore(endExclusive.toInstant());
  }

  /**
   * Returns whether {@code other} lies wholly inside this interval.
   *
   * @param other the other interval, not null
   * @return true if it is enclosed
   */
  public boolean encloses(TimeInterval other) {
    return !other.start.toInstant().isBefore(start.toInstant())
        && !other.endExclusive.toInstant().isAfter(endExclusive.toInstant());
  }

  /** Returns the length of the interval. */
  public java.time.Duration length() {
    return java.time.Duration.between(start, endExclusive);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeInterval i && i.start.equals(start) && i.endExclusive.equals(endExclusive);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, endExclusive);
  }

  /** Returns {@code start/endExclusive} in ISO zoned form, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return start + "/" + endExclusive;
  }
}
