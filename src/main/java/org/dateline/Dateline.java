package org.dateline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.dateline.extract.CasualtyExtractor;
import org.dateline.extract.DateExtractor;
import org.dateline.extract.EventExtractor;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.DateMention;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Report;
import org.dateline.rules.casualty.en.EnglishCasualtyExtractor;
import org.dateline.rules.event.en.EnglishEventExtractor;
import org.dateline.rules.time.en.EnglishDateExtractor;
import org.dateline.timeline.TimelineBuilder;
import org.dateline.timeline.TollPolicy;

/**
 * Dateline's entry point: turns a news report into its dates, casualty figures and events.
 *
 * <pre>{@code
 * Dateline dateline = Dateline.create();
 * Report report = Report.of("r1", text, ZonedDateTime.parse("2026-03-11T12:00+03:00[Europe/Moscow]"));
 * Extraction found = dateline.extract(report);
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance serves any number of threads, and a report's result
 * does not depend on what was processed before it.
 */
public final class Dateline {
  /** The default limit on a report's length: 16 million UTF-16 code units. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 16 * 1024 * 1024;

  private final DateExtractor dates;
  private final CasualtyExtractor casualties;
  private final EventExtractor events;
  private final int maxTextLength;

  private Dateline(Builder b) {
    this.dates = b.dates;
    this.casualties = b.casualties;
    this.events = b.events;
    this.maxTextLength = b.maxTextLength;
  }

  /** Returns a Dateline with the English rule sets and default limits. */
  public static Dateline create() {
    return builder().build();
  }

  /** Returns a builder, set up with the English rule sets and default limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts the dates, casualty figures and events of one report.
   *
   * @param report the report, not null
   * @return what was found; empty lists if nothing was
   * @throws TextTooLongException if the report's text is longer than the configured limit
   */
  public Extraction extract(Report report) {
    requireNonNull(report, "report");
    if (report.text().length() > maxTextLength) {
      throw new TextTooLongException(report.id(), report.text().length(), maxTextLength);
    }
    List<DateMention> d = dates.extract(report);
    List<CasualtyFigure> c = casualties.extract(report);
    List<Event> e = events.extract(report, d, c);
    return Extraction.of(report, d, c, e);
  }

  /**
   * Returns one report's casualty figures read as counts of noncombatants, as civilian-casualty
   * monitors count them: see {@link CasualtyExtractor#noncombatants}.
   *
   * @param figures one report's figures in text order, as {@link Extraction#casualties()} gives them, not null
   * @return the figures to reconcile, an immutable list
   * @throws NullPointerException if {@code figures} or an element is null
   */
  public List<CasualtyFigure> noncombatants(List<CasualtyFigure> figures) {
    return casualties.noncombatants(requireNonNull(figures, "figures"));
  }

  /**
   * Returns a new, empty timeline builder: feed it this instance's extractions one by one, and it
   * merges the reports about one incident into one event and reconciles their tolls.
   *
   * @return the builder, with tolls reconciled by {@link TollPolicy#CONSENSUS}
   */
  public TimelineBuilder timelineBuilder() {
    return TimelineBuilder.create();
  }

  /** Returns the longest report text this instance accepts, in UTF-16 code units. */
  public int maxTextLength() {
    return maxTextLength;
  }

  /** Builds a {@link Dateline}. Not thread-safe; the instances it builds are. */
  public static final class Builder {
    private DateExtractor dates = EnglishDateExtractor.create();
    private CasualtyExtractor casualties = EnglishCasualtyExtractor.create();
    private EventExtractor events = EnglishEventExtractor.create();
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;

    private Builder() {}

    /**
     * Replaces the date extractor.
     *
     * @param extractor the extractor, not null
     * @return this builder
     */
    public Builder dateExtractor(DateExtractor extractor) {
      this.dates = requireNonNull(extractor, "extractor");
      return this;
    }

    /**
     * Replaces the casualty extractor.
     *
     * @param extractor the extractor, not null
     * @return this builder
     */
    public Builder casualtyExtractor(CasualtyExtractor extractor) {
      this.casualties = requireNonNull(extractor, "extractor");
      return this;
    }

    /**
     * Replaces the event extractor.
     *
     * @param extractor the extractor, not null
     * @return this builder
     */
    public Builder eventExtractor(EventExtractor extractor) {
      this.events = requireNonNull(extractor, "extractor");
      return this;
    }

    /**
     * Sets the longest report text to accept; longer ones make {@link Dateline#extract} throw
     * {@link TextTooLongException}.
     *
     * @param maxTextLength the limit in UTF-16 code units, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxTextLength} is less than 1
     */
    public Builder maxTextLength(int maxTextLength) {
      checkArgument(maxTextLength >= 1, "maxTextLength must be at least 1: %s", maxTextLength);
      this.maxTextLength = maxTextLength;
      return this;
    }

    /** Returns the configured instance. */
    public Dateline build() {
      return new Dateline(this);
    }
  }
}
