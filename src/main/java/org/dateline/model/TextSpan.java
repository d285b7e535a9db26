package org.dateline.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * A stretch of a report's text: its UTF-16 offsets {@code [begin, end)} (Java {@code String} indices)
 * and the characters there.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextSpan {
  private final int begin;
  private final int end;
  private final String text;

  private TextSpan(int begin, int end, String text) {
    this.begin = begin;
    this.end = end;
    this.text = text;
  }

  /**
   * Returns the span {@code [begin, end)} of {@code source}.
   *
   * @param source the whole text, not null
   * @param begin the first index, inclusive
   * @param end the last index, exclusive
   * @return the span, with its text copied out of {@code source}
   * @throws IndexOutOfBoundsException if the offsets are not {@code 0 <= begin <= end <= source.length()}
   */
  public static TextSpan of(CharSequence source, int begin, int end) {
    requireNonNull(source, "source");
    Objects.checkFromToIndex(begin, end, source.length());
    return new TextSpan(begin, end, source.subSequence(begin, end).toString());
  }

  /**
   * Returns a span with the given offsets and text, as read back from JSON.
   *
   * @param begin the first index, inclusive, not negative
   * @param end the last index, exclusive, {@code >= begin}
   * @param text the characters, not null, of length {@code end - begin}
   * @return the span
   * @throws IllegalArgumentException if the offsets are negative, reversed or do not fit the text
   */
  public static TextSpan ofText(int begin, int end, String text) {
    requireNonNull(text, "text");
    checkArgument(begin >= 0 && end >= begin, "begin and end must satisfy 0 <= begin <= end: %s, %s", begin, end);
    checkArgument(text.length() == end - begin, "text length %s does not match end - begin = %s", text.length(), end - begin);
    return new TextSpan(begin, end, text);
  }

  /** Returns the index of the first character, inclusive. */
  public int begin() {
    return begin;
  }

  /** Returns the index after the last character. */
  public int end() {
    return end;
  }

  /** Returns the characters of the span. */
  public String text() {
    return text;
  }

  /** Returns the number of UTF-16 code units in the span. */
  public int length() {
    return end - begin;
  }

  /**
   * Returns whether this span and {@code other} share at least one character.
   *
   * @param other the other span, not null
   * @return true if they overlap
   */
  public boolean overlaps(TextSpan other) {
    return begin < other.end && other.begin < end;
  }

  /**
   * Returns whether {@code other} lies inside this span.
   *
   * @param other the other span, not null
   * @return true if {@code begin <= other.begin && other.end <= end}
   */
  public boolean contains(TextSpan other) {
    return begin <= other.begin && other.end <= end;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextSpan s && s.begin == begin && s.end == end && s.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(begin, end, text);
  }

  /** Returns {@code begin-end:"text"}, for example {@code 12-21:"yesterday"}. */
  @Override
  public String toString() {
    return begin + "-" + end + ":\"" + text + "\"";
  }
}
