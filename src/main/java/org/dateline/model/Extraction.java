package org.dateline.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What Dateline found in one report: its date expressions, casualty figures and events, each in
 * text order.
 *
 * <p>Immutable and thread-safe.
 */
public final class Extraction {
  private final Report report;
  private final ImmutableList<DateMention> dates;
  private final ImmutableList<CasualtyFigure> casualties;
  private final ImmutableList<Event> events;

  private Extraction(Report report, ImmutableList<DateMention> dates, ImmutableList<CasualtyFigure> casualties,
      ImmutableList<Event> events) {
    this.report = report;
    this.dates = dates;
    this.casualties = casualties;
    this.events = events;
  }

  /**
   * Returns an extraction result.
   *
   * @param report the report, not null
   * @param dates its date expressions, not null, no null elements
   * @param casualties its casualty figures, not null, no null elements
   * @param events its events, not null, no null elements
   * @return the result
   */
  public static Extraction of(Report report, List<DateMention> dates, List<CasualtyFigure> casualties,
      List<Event> events) {
    return new Extraction(requireNonNull(report, "report"), ImmutableList.copyOf(dates),
        ImmutableList.copyOf(casualties), ImmutableList.copyOf(events));
  }

  /** Returns the report. */
  public Report report() {
    return report;
  }

  /** Returns the date expressions, in text order. */
  public ImmutableList<DateMention> dates() {
    return dates;
  }

  /** Returns the casualty figures, in text order. */
  public ImmutableList<CasualtyFigure> casualties() {
    return casualties;
  }

  /** Returns the events the report describes. */
  public ImmutableList<Event> events() {
    return events;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Extraction e && e.report.equals(report) && e.dates.equals(dates)
        && e.casualties.equals(casualties) && e.events.equals(events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(report, dates, casualties, events);
  }

  @Override
  public String toString() {
    return "Extraction[" + report.id() + ", " + dates.size() + " dates, " + casualties.size() + " figures, "
        + events.size() + " events]";
  }
}
