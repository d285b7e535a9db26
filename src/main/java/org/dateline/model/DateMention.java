package org.dateline.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A temporal expression found in a report, with what it means there: "yesterday, Tuesday" at
 * offsets 812 to 830, a {@link TimexType#DATE} with value {@code 2026-03-10}, whose interval in the
 * report's zone is that day.
 *
 * <p>The {@link #value()} is the TIMEX3 value text of any type ({@code 2026-03-10}, {@code P3D},
 * {@code XXXX-WXX-1}); {@link #time()} is present for dates and times resolved to a calendar value.
 * An expression that could not be resolved keeps its span, has no time, and says why in
 * {@link #problem()}; so does one whose parts disagree ("yesterday, Monday" on a Wednesday).
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder}.
 */
public final class DateMention {
  private final TextSpan span;
  private final TimexType type;
  private final String value;
  private final TimeValue time;
  private final TimeInterval interval;
  private final TimexMod mod;
  private final String problem;
  private final String rule;

  private DateMention(Builder b) {
    this.span = b.span;
    this.type = b.type;
    this.value = b.value;
    this.time = b.time;
    this.interval = b.interval;
    this.mod = b.mod;
    this.problem = b.problem;
    this.rule = b.rule;
  }

  /**
   * Returns a builder for a mention of a resolved date or time: its type ({@link TimexType#DATE}
   * or {@link TimexType#TIME}) follows the value's granularity, its value is the time's, and its
   * interval is the time's in {@code zone}.
   *
   * @param span the words, not null
   * @param time the resolved value, not null
   * @param zone the report's zone, not null
   * @return the builder
   */
  public static Builder builder(TextSpan span, TimeValue time, ZoneId zone) {
    requireNonNull(time, "time");
    requireNonNull(zone, "zone");
    TimexType type = time.granularity() == Granularity.TIME || time.granularity() == Granularity.PART_OF_DAY
        ? TimexType.TIME : TimexType.DATE;
    Builder b = new Builder(span, type, time.value());
    b.time = time;
    b.interval = time.interval(zone).orElse(null);
    return b;
  }

  /**
   * Returns a builder for a mention with a bare TIMEX3 value: a duration, a set, or an unresolved date.
   *
   * @param span the words, not null
   * @param type the TimeML type, not null
   * @param value the TIMEX3 value text, not null or blank
   * @return the builder
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static Builder builder(TextSpan span, TimexType type, String value) {
    return new Builder(span, type, value);
  }

  /** Returns a builder holding this mention's fields. */
  public Builder toBuilder() {
    Builder b = new Builder(span, type, value);
    b.time = time;
    b.interval = interval;
    b.mod = mod;
    b.problem = problem;
    b.rule = rule;
    return b;
  }

  /** Returns the words of the expression. */
  public TextSpan span() {
    return span;
  }

  /** Returns the TimeML type. */
  public TimexType type() {
    return type;
  }

  /** Returns the TIMEX3 value text. */
  public String value() {
    return value;
  }

  /** Returns the resolved calendar value, for a date or time that was resolved. */
  public Optional<TimeValue> time() {
    return Optional.ofNullable(time);
  }

  /**
   * Returns the interval the expression covers in the report's zone: a day's or month's, or for a
   * vague past a bounded stretch ending at publication where the resolver gives one.
   */
  public Optional<TimeInterval> interval() {
    return Optional.ofNullable(interval);
  }

  /** Returns the TIMEX3 {@code mod}, if the text gives one ("early", "about"). */
  public Optional<TimexMod> mod() {
    return Optional.ofNullable(mod);
  }

  /** Returns why the expression is unresolved, or how its parts disagree; empty when all is well. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** Returns the name of the rule that produced the mention, for explanations. */
  public String rule() {
    return rule;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateMention m && m.span.equals(span) && m.type == type && m.value.equals(value)
        && Objects.equals(m.time, time) && Objects.equals(m.interval, interval) && m.mod == mod
        && Objects.equals(m.problem, problem) && m.rule.equals(rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(span, type, value, time, interval, mod, problem, rule);
  }

  /** Returns a short form such as {@code DATE 2026-03-10 "yesterday, Tuesday"@812}. */
  @Override
  public String toString() {
    return type + " " + value + (mod == null ? "" : " " + mod) + " \"" + span.text() + "\"@" + span.begin()
        + (problem == null ? "" : " !" + problem);
  }

  /** Builds a {@link DateMention}. Not thread-safe; the mentions it builds are. */
  public static final class Builder {
    private final TextSpan span;
    private final TimexType type;
    private final String value;
    private TimeValue time;
    private TimeInterval interval;
    private TimexMod mod;
    private String problem;
    private String rule = "";

    private Builder(TextSpan span, TimexType type, String value) {
      this.span = requireNonNull(span, "span");
      this.type = requireNonNull(type, "type");
      this.value = requireNonNull(value, "value");
      checkArgument(!value.isBlank(), "value must not be blank");
    }

    /**
     * Sets the interval, replacing the one taken from the time value (a vague past may be given one).
     *
     * @param interval the interval, not null
     * @return this builder
     */
    public Builder interval(TimeInterval interval) {
      this.interval = requireNonNull(interval, "interval");
      return this;
    }

    /**
     * Sets the TIMEX3 {@code mod}.
     *
     * @param mod the modifier, not null
     * @return this builder
     */
    public Builder mod(TimexMod mod) {
      this.mod = requireNonNull(mod, "mod");
      return this;
    }

    /**
     * Records why the expression is unresolved, or how its parts disagree.
     *
     * @param problem a short explanation, not null or blank
     * @return this builder
     * @throws IllegalArgumentException if {@code problem} is blank
     */
    public Builder problem(String problem) {
      requireNonNull(problem, "problem");
      checkArgument(!problem.isBlank(), "problem must not be blank");
      this.problem = problem;
      return this;
    }

    /**
     * Sets the name of the rule that produced the mention.
     *
     * @param rule the rule's name, not null
     * @return this builder
     */
    public Builder rule(String rule) {
      this.rule = requireNonNull(rule, "rule");
      return this;
    }

    /** Returns the mention. */
    public DateMention build() {
      return new DateMention(this);
    }
  }
}
