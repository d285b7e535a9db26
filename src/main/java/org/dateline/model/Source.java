package org.dateline.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a report comes from: the outlet's name and, where known, the address of the article.
 *
 * <p>Immutable and thread-safe.
 */
public final class Source {
  private final String outlet;
  private final String url;

  private Source(String outlet, String url) {
    this.outlet = outlet;
    this.url = url;
  }

  /**
   * Returns a source known by its outlet alone.
   *
   * @param outlet the outlet's name, not null or blank
   * @return the source
   * @throws IllegalArgumentException if {@code outlet} is blank
   */
  public static Source of(String outlet) {
    return create(outlet, null);
  }

  /**
   * Returns a source with an outlet and the article's address.
   *
   * @param outlet the outlet's name, not null or blank
   * @param url the article's address, not null or blank
   * @return the source
   * @throws IllegalArgumentException if either is blank
   */
  public static Source of(String outlet, String url) {
    requireNonNull(url, "url");
    return create(outlet, url);
  }

  private static Source create(String outlet, String url) {
    requireNonNull(outlet, "outlet");
    checkArgument(!outlet.isBlank(), "outlet must not be blank");
    checkArgument(url == null || !url.isBlank(), "url must not be blank");
    return new Source(outlet, url);
  }

  /** Returns the outlet's name. */
  public String outlet() {
    return outlet;
  }

  /** Returns the article's address, if known. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Source s && s.outlet.equals(outlet) && Objects.equals(s.url, url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outlet, url);
  }

  @Override
  public String toString() {
    return url == null ? outlet : outlet + " <" + url + ">";
  }
}
