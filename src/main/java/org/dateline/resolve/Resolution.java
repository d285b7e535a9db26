package org.dateline.resolve;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.dateline.model.Granularity;
import org.dateline.model.TimeValue;
import org.dateline.model.TimexType;

/**
 * What a {@link TemporalExpression} means against a reference time: a TIMEX3 type and value, the
 * calendar value where there is one, and a problem where the expression could not be resolved or its
 * parts disagree.
 *
 * <p>Immutable and thread-safe.
 */
public final class Resolution {
  private final TimexType type;
  private final String value;
  private final TimeValue time;
  private final String problem;

  private Resolution(TimexType type, String value, TimeValue time, String problem) {
    this.type = type;
    this.value = value;
    this.time = time;
    this.problem = problem;
  }

  /**
   * Returns a resolved date or time.
   *
   * @param time the value, not null
   * @return the resolution, typed TIME for clock times and parts of day, DATE otherwise
   */
  public static Resolution of(TimeValue time) {
    requireNonNull(time, "time");
    Granularity g = time.granularity();
    TimexType type = g == Granularity.TIME || g == Granularity.PART_OF_DAY ? TimexType.TIME : TimexType.DATE;
    return new Resolution(type, time.value(), time, null);
  }

  /**
   * Returns a value with no calendar value of its own: a duration or a set.
   *
   * @param type the type, not null
   * @param value the TIMEX3 value, not null or blank
   * @return the resolution
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static Resolution ofValue(TimexType type, String value) {
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    checkArgument(!value.isBlank(), "value must not be blank");
    return new Resolution(type, value, null, null);
  }

  /**
   * Returns an unresolved date: a placeholder value such as {@code XXXX-XX-XX} and the reason.
   *
   * @param placeholder the TIMEX3 value with unknown digits as X, not null or blank
   * @param reason why it is unresolved, not null or blank
   * @return the resolution
   * @throws IllegalArgumentException if either text is blank
   */
  public static Resolution unresolved(String placeholder, String reason) {
    requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "reason must not be blank");
    return new Resolution(TimexType.DATE, ofValue(TimexType.DATE, placeholder).value, null, reason);
  }

  /**
   * Returns a copy with a problem noted, as when two halves of an apposition disagree.
   *
   * @param problem the problem, not null or blank
   * @return the copy
   * @throws IllegalArgumentException if {@code problem} is blank
   */
  public Resolution withProblem(String problem) {
    requireNonNull(problem, "problem");
    checkArgument(!problem.isBlank(), "problem must not be blank");
    return new Resolution(type, value, time, problem);
  }

  /** Returns the TimeML type. */
  public TimexType type() {
    return type;
  }

  /** Returns the TIMEX3 value text. */
  public String value() {
    return value;
  }

  /** Returns the calendar value, for a resolved date or time. */
  public Optional<TimeValue> time() {
    return Optional.ofNullable(time);
  }

  /** Returns why the expression is unresolved or inconsistent; empty when all is well. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Resolution r && r.type == type && r.value.equals(value) && Objects.equals(r.time, time)
        && Objects.equals(r.problem, problem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, value, time, problem);
  }

  /** Returns the type and value, and the problem if any: {@code DATE 2026-03-10}. */
  @Override
  public String toString() {
    return type + " " + value + (problem == null ? "" : " !" + problem);
  }
}
