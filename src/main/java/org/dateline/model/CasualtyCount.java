package org.dateline.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of people as a report states it, with its uncertainty: exactly 37, at least 6, more
 * than 100, between 5 and 7, about 200, "dozens".
 *
 * <p>The {@link #range()} is the set of counts the statement allows, as a Guava {@link Range} over
 * non-negative integers; the {@link #qualifier()} keeps how it was said, so that "at least 6"
 * ({@code [6..+inf)}) and "more than 6" ({@code (6..+inf)}) never merge.
 *
 * <p>Canonical text ({@link #toString()}, read back by {@link #parse}): {@code 37},
 * {@code [6..+inf)}, {@code (6..+inf)}, {@code (-inf..5]}, {@code (-inf..5)}, {@code [5..7]},
 * {@code ~200}, {@code dozens[24..99]}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CasualtyCount {
  /** The largest count a factory accepts, 18 nines: every bound then fits a {@code long} and the canonical text. */
  public static final long MAX_COUNT = 999_999_999_999_999_999L;

  private static final Pattern CANONICAL = Pattern.compile(
      "(\\d{1,18})|\\[(\\d{1,18})\\.\\.\\+inf\\)|\\((\\d{1,18})\\.\\.\\+inf\\)|\\(-inf\\.\\.(\\d{1,18})\\]"
          + "|\\(-inf\\.\\.(\\d{1,18})\\)|\\[(\\d{1,18})\\.\\.(\\d{1,18})\\]|~(\\d{1,18})"
          + "|([a-z][a-z -]{0,40})\\[(\\d{1,18})\\.\\.(?:(\\d{1,18})\\]|\\+inf\\))");
  /** What {@link #vague} accepts as its word; compiled once, as extraction makes vague counts often. */
  private static final Pattern VAGUE_WORD = Pattern.compile("[a-z][a-z -]{0,40}");

  private final CountQualifier qualifier;
  private final Range<Long> range;
  private final Long stated;
  private final String word;

  private CasualtyCount(CountQualifier qualifier, Range<Long> range, Long stated, String word) {
    this.qualifier = qualifier;
    this.range = range;
    this.stated = stated;
    this.word = word;
  }

  /**
   * Returns exactly {@code n}: "37 were wounded".
   *
   * @param n the count, not negative
   * @return the count
   * @throws IllegalArgumentException if {@code n} is negative or above {@link #MAX_COUNT}
   */
  public static CasualtyCount exactly(long n) {
    checkCount("n", n);
    return new CasualtyCount(CountQualifier.EXACT, Range.singleton(n), n, null);
  }

  /** Returns exactly zero: "no one was killed". */
  public static CasualtyCount zero() {
    return exactly(0);
  }

  /**
   * Returns at least {@code n}, {@code [n..+inf)}: "at least 6 people died".
   *
   * @param n the lower bound, included, not negative
   * @return the count
   * @throws IllegalArgumentException if {@code n} is negative or above {@link #MAX_COUNT}
   */
  public static CasualtyCount atLeast(long n) {
    checkCount("n", n);
    return new CasualtyCount(CountQualifier.AT_LEAST, Range.atLeast(n), n, null);
  }

  /**
   * Returns more than {@code n}, {@code (n..+inf)}: "more than 100 were hurt".
   *
   * @param n the lower bound, excluded, not negative
   * @return the count
   * @throws IllegalArgumentException if {@code n} is negative or above {@link #MAX_COUNT}
   */
  public static CasualtyCount moreThan(long n) {
    checkCount("n", n);
    return new CasualtyCount(CountQualifier.MORE_THAN, Range.greaterThan(n), n, null);
  }

  /**
   * Returns at most {@code n}, {@code [0..n]}: "up to 5 may have died".
   *
   * @param n the upper bound, included, not negative
   * @return the count
   * @throws IllegalArgumentException if {@code n} is negative or above {@link #MAX_COUNT}
   */
  public static CasualtyCount atMost(long n) {
    checkCount("n", n);
    return new CasualtyCount(CountQualifier.AT_MOST, Range.closed(0L, n), n, null);
  }

  /**
   * Returns fewer than {@code n}, {@code [0..n)}: "fewer than 10 were hurt".
   *
   * @param n the upper bound, excluded, at least 1
   * @return the count
   * @throws IllegalArgumentException if {@code n} is less than 1 or above {@link #MAX_COUNT}
   */
  public static CasualtyCount fewerThan(long n) {
    checkArgument(n >= 1, "n must be at least 1: %s", n);
    checkCount("n", n);
    return new CasualtyCount(CountQualifier.FEWER_THAN, Range.closedOpen(0L, n), n, null);
  }

  /**
   * Returns between {@code min} and {@code max}, both included: "between 5 and 7", "20-25".
   *
   * @param min the lower bound, not negative
   * @param max the upper bound, greater than {@code min}
   * @return the count
   * @throws IllegalArgumentException if {@code min} is negative, {@code max <= min} or {@code max} is above {@link #MAX_COUNT}
   */
  public static CasualtyCount between(long min, long max) {
    checkCount("min", min);
    checkCount("max", max);
    checkArgument(max > min, "max must be greater than min: min=%s, max=%s", min, max);
    return new CasualtyCount(CountQualifier.RANGE, Range.closed(min, max), null, null);
  }

  /**
   * Returns about {@code n}: "about 200", "nearly 200", "some 200". Its range is the band of 10%
   * either side of {@code n}, rounded outwards, so that reconciliation can tell it from an exact figure.
   *
   * @param n the stated number, not negative
   * @return the count
   * @throws IllegalArgumentException if {@code n} is negative or above {@link #MAX_COUNT}
   */
  public static CasualtyCount about(long n) {
    checkCount("n", n);
    long slack = (n + 9) / 10;
    return new CasualtyCount(CountQualifier.ABOUT, Range.closed(Math.max(0, n - slack), n + slack), n, null);
  }

  /**
   * Returns a vague quantity, a word with the bounds it implies: "dozens" is
   * {@code vague("dozens", Range.closed(24L, 99L))}.
   *
   * @param word the word as the report says it, lower case, not null or blank
   * @param bounds the counts the word allows, not null, with a closed lower bound of at least 0
   *     and a closed upper bound or none
   * @return the count
   * @throws IllegalArgumentException if the word is blank or not lower-case letters, or the bounds are not of that form
   *     or reach above {@link #MAX_COUNT}
   */
  public static CasualtyCount vague(String word, Range<Long> bounds) {
    requireNonNull(word, "word");
    requireNonNull(bounds, "bounds");
    checkArgument(VAGUE_WORD.matcher(word).matches(),
        "word must be 1 to 41 lower-case letters, spaces or hyphens: '%s'", word);
    checkArgument(bounds.hasLowerBound() && bounds.lowerBoundType() == BoundType.CLOSED && bounds.lowerEndpoint() >= 0,
        "bounds must have a closed, non-negative lower bound: %s", bounds);
    checkArgument(!bounds.hasUpperBound() || bounds.upperBoundType() == BoundType.CLOSED,
        "bounds must have a closed upper bound or none: %s", bounds);
    checkCount("bounds", bounds.hasUpperBound() ? bounds.upperEndpoint() : bounds.lowerEndpoint());
    return new CasualtyCount(CountQualifier.VAGUE, bounds, null, word);
  }

  /**
   * Parses the canonical form that {@link #toString()} writes.
   *
   * @param text such as {@code 37}, {@code [6..+inf)} or {@code dozens[24..99]}, not null
   * @return the count
   * @throws IllegalArgumentException if the text is not a canonical count; the message quotes it
   */
  public static CasualtyCount parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    Matcher m = CANONICAL.matcher(s);
    checkArgument(m.matches(), "not a casualty count: '%s'", s);
    try {
      return fromMatch(m);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a casualty count: '" + s + "': " + e.getMessage(), e);
    }
  }

  private static CasualtyCount fromMatch(Matcher m) {
    if (m.group(1) != null) {
      return exactly(Long.parseLong(m.group(1)));
    } else if (m.group(2) != null) {
      return atLeast(Long.parseLong(m.group(2)));
    } else if (m.group(3) != null) {
      return moreThan(Long.parseLong(m.group(3)));
    } else if (m.group(4) != null) {
      return atMost(Long.parseLong(m.group(4)));
    } else if (m.group(5) != null) {
      return fewerThan(Long.parseLong(m.group(5)));
    } else if (m.group(6) != null) {
      return between(Long.parseLong(m.group(6)), Long.parseLong(m.group(7)));
    } else if (m.group(8) != null) {
      return about(Long.parseLong(m.group(8)));
    }
    long min = Long.parseLong(m.group(10));
    Range<Long> bounds = m.group(11) == null ? Range.atLeast(min) : Range.closed(min, Long.parseLong(m.group(11)));
    return vague(m.group(9), bounds);
  }

  /** Returns how the number was qualified. */
  public CountQualifier qualifier() {
    return qualifier;
  }

  /** Returns the counts this statement allows. */
  public Range<Long> range() {
    return range;
  }

  /**
   * Returns the number as stated: 6 for "at least 6", 200 for "about 200"; empty for a range
   * ("between 5 and 7") or a vague word.
   */
  public OptionalLong value() {
    return stated == null ? OptionalLong.empty() : OptionalLong.of(stated);
  }

  /** Returns the smallest count this statement allows: 6 for "at least 6", 7 for "more than 6". */
  public long min() {
    long low = range.lowerEndpoint();
    return range.lowerBoundType() == BoundType.OPEN ? low + 1 : low;
  }

  /** Returns the largest count this statement allows, or empty if it has no upper bound. */
  public OptionalLong max() {
    if (!range.hasUpperBound()) {
      return OptionalLong.empty();
    }
    long high = range.upperEndpoint();
    return OptionalLong.of(range.upperBoundType() == BoundType.OPEN ? high - 1 : high);
  }

  /** Returns the vague word ("dozens") of a {@link CountQualifier#VAGUE} count; empty for any other. */
  public Optional<String> word() {
    return Optional.ofNullable(word);
  }

  /** Returns whether the count is exactly zero: "no one was killed". */
  public boolean isZero() {
    return qualifier == CountQualifier.EXACT && stated == 0L;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CasualtyCount c && c.qualifier == qualifier && c.range.equals(range)
        && Objects.equals(c.stated, stated) && Objects.equals(c.word, word);
  }

  @Override
  public int hashCode() {
    return Objects.hash(qualifier, range, stated, word);
  }

  /** Returns the canonical form, which {@link #parse} reads back. */
  @Override
  public String toString() {
    switch (qualifier) {
      case EXACT: return Long.toString(stated);
      case AT_LEAST: return "[" + stated + "..+inf)";
      case MORE_THAN: return "(" + stated + "..+inf)";
      case AT_MOST: return "(-inf.." + stated + "]";
      case FEWER_THAN: return "(-inf.." + stated + ")";
      case RANGE: return "[" + range.lowerEndpoint() + ".." + range.upperEndpoint() + "]";
      case ABOUT: return "~" + stated;
      default:
        return word + "[" + range.lowerEndpoint() + ".." + (range.hasUpperBound() ? range.upperEndpoint() + "]" : "+inf)");
    }
  }

  private static void checkCount(String name, long n) {
    checkArgument(n >= 0, "%s must not be negative: %s", name, n);
    checkArgument(n <= MAX_COUNT, "%s must be at most %s: %s", name, MAX_COUNT, n);
  }
}
