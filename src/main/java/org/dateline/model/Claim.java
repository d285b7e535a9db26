package org.dateline.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;

/**
 * A casualty figure traced to the report that states it: which report, when it was published, and
 * the figure (with its claimant and words).
 *
 * <p>Immutable and thread-safe.
 */
public final class Claim {
  private final String reportId;
  private final Instant published;
  private final CasualtyFigure figure;

  private Claim(String reportId, Instant published, CasualtyFigure figure) {
    this.reportId = reportId;
    this.published = published;
    this.figure = figure;
  }

  /**
   * Returns a claim.
   *
   * @param reportId the id of the report stating the figure, not null or blank
   * @param published when that report was published, not null
   * @param figure the figure, not null
   * @return the claim
   * @throws IllegalArgumentException if {@code reportId} is blank
   */
  public static Claim of(String reportId, Instant published, CasualtyFigure figure) {
    requireNonNull(reportId, "reportId");
    requireNonNull(published, "published");
    requireNonNull(figure, "figure");
    checkArgument(!reportId.isBlank(), "reportId must not be blank");
    return new Claim(reportId, published, figure);
  }

  /**
   * Returns the claim of {@code figure} by {@code report}.
   *
   * @param report the report, not null
   * @param figure the figure it states, not null
   * @return the claim
   */
  public static Claim of(Report report, CasualtyFigure figure) {
    requireNonNull(report, "report");
    return of(report.id(), report.publishedInstant(), figure);
  }

  /** Returns the id of the report stating the figure. */
  public String reportId() {
    return reportId;
  }

  /** Returns when that report was published. */
  public Instant published() {
    return published;
  }

  /** Returns the figure. */
  public CasualtyFigure figure() {
    return figure;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Claim c && c.reportId.equals(reportId) && c.published.equals(published)
        && c.figure.equals(figure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reportId, published, figure);
  }

  @Override
  public String toString() {
    return reportId + ": " + figure;
  }
}
