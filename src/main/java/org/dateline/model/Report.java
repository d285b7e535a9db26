package org.dateline.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A news report: its text, when and in which time zone it was published, and where it comes from.
 *
 * <p>The publication instant and zone are kept together as a {@link ZonedDateTime}, because the
 * meaning of "yesterday" depends on both: 00:30 in Kyiv on 6 March is still 5 March in UTC.
 *
 * <p>Immutable and thread-safe.
 */
public final class Report {
  private final String id;
  private final String text;
  private final ZonedDateTime published;
  private final Source source;
  private final String language;

  private Report(String id, String text, ZonedDateTime published, Source source, String language) {
    this.id = id;
    this.text = text;
    this.published = published;
    this.source = source;
    this.language = language;
  }

  /**
   * Returns an English report with no known source.
   *
   * @param id the report's identifier, not null or blank
   * @param text the report's text, not null (may be empty)
   * @param published the publication instant in the report's own time zone, not null
   * @return the report
   * @throws IllegalArgumentException if {@code id} is blank or the year of publication is not 1 to 9999
   */
  public static Report of(String id, String text, ZonedDateTime published) {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(published, "published");
    checkArgument(!id.isBlank(), "id must not be blank");
    int year = published.getYear();
    checkArgument(year >= 1 && year <= 9999, "published year must be 1 to 9999: %s", published);
    return new Report(id, text, published, null, "en");
  }

  /**
   * Returns an English report published at {@code instant}, seen in {@code zone}.
   *
   * @param id the report's identifier, not null or blank
   * @param text the report's text, not null
   * @param instant the publication instant, not null
   * @param zone the report's time zone, not null
   * @return the report
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static Report of(String id, String text, Instant instant, ZoneId zone) {
    requireNonNull(instant, "instant");
    requireNonNull(zone, "zone");
    return of(id, text, instant.atZone(zone));
  }

  /**
   * Returns a copy of this report with the given source.
   *
   * @param source the source, not null
   * @return the copy
   */
  public Report withSource(Source source) {
    requireNonNull(source, "source");
    return new Report(id, text, published, source, language);
  }

  /**
   * Returns a copy of this report in the given language.
   *
   * @param language a BCP 47 language tag such as {@code en}, not null or blank
   * @return the copy
   * @throws IllegalArgumentException if {@code language} is blank
   */
  public Report withLanguage(String language) {
    requireNonNull(language, "language");
    checkArgument(!language.isBlank(), "language must not be blank");
    return new Report(id, text, published, source, language);
  }

  /** Returns the report's identifier. */
  public String id() {
    return id;
  }

  /** Returns the report's text. */
  public String text() {
    return text;
  }

  /** Returns the publication instant in the report's time zone. */
  public ZonedDateTime published() {
    return published;
  }

  /** Returns the publication instant. */
  public Instant publishedInstant() {
    return published.toInstant();
  }

  /** Returns the report's time zone, against which its relative dates are resolved. */
  public ZoneId zone() {
    return published.getZone();
  }

  /** Returns where the report comes from, if known. */
  public Optional<Source> source() {
    return Optional.ofNullable(source);
  }

  /** Returns the language tag of the text; {@code en} unless set. */
  public String language() {
    return language;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Report r
        && r.id.equals(id)
        && r.text.equals(text)
        && r.published.equals(published)
        && Objects.equals(r.source, source)
        && r.language.equals(language);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, published, source, language);
  }

  /** Returns a short description: the id, publication time and length, not the whole text. */
  @Override
  public String toString() {
    return "Report[" + id + ", " + published + ", " + text.length() + " chars]";
  }
}
