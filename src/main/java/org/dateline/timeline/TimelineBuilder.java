package org.dateline.timeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Report;
import org.dateline.model.Timeline;

/**
 * Merges the events of reports, fed one at a time, into one timeline: reports about the same
 * incident become one event whose toll is reconciled across them, and different incidents stay
 * apart even on the same day, in the same country or of the same kind.
 *
 * <p>Two events are taken for one incident when their types are compatible (a shooting is an
 * attack, a crash is not), their dates agree (the same day or one apart; an undated event may have
 * happened up to a week before its report) and their places do not conflict ("Chicago, Illinois"
 * and "Illinois" agree, "Chicago" and "Peoria" do not); a shared place or named participant
 * strengthens the match, an unknown place weakens it so much that only a shared named participant
 * makes up for it. Each new event joins the best-scoring
 * match if it scores high, or a weaker match if that is the only plausible one (a report that
 * names only the state joins the one incident in that state that week, but not one of two), or
 * starts an event of its own. Two events of one report are never merged together.
 *
 * <p>Candidates are found by blocking on the day and the broadest part of the place (the country,
 * or a US state), so the cost of adding a report does not grow with the size of the timeline and
 * merging a feed costs about linear time.
 *
 * <pre>{@code
 * TimelineBuilder builder = TimelineBuilder.create();
 * for (Report r : feed) builder.add(dateline.extract(r));
 * Timeline timeline = builder.timeline();
 * }</pre>
 *
 * <p>Thread-safe: {@link #add} and {@link #timeline} may be called from several threads; each
 * call sees the reports added before it.
 */
public final class TimelineBuilder {
  /** The score at or above which an event joins an existing one. */
  static final int MERGE_THRESHOLD = 4;
  /** The score at or above which an event joins the only plausible match (no other scoring 0 or more). */
  static final int UNIQUE_THRESHOLD = 2;

  private final TollPolicy policy;
  private final List<Cluster> clusters = new ArrayList<>();
  private final BlockIndex index = new BlockIndex();
  private final Map<String, String> outletOfReport = new HashMap<>();
  private int reportCount;

  private TimelineBuilder(TollPolicy policy) {
    this.policy = policy;
  }

  /** Returns an empty builder whose tolls follow {@link TollPolicy#CONSENSUS}. */
  public static TimelineBuilder create() {
    return create(TollPolicy.CONSENSUS);
  }

  /**
   * Returns an empty builder.
   *
   * @param policy how tolls are reconciled across reports, not null
   * @return the builder
   */
  public static TimelineBuilder create(TollPolicy policy) {
    return new TimelineBuilder(requireNonNull(policy, "policy"));
  }

  /** Returns the policy that reconciles tolls. */
  public TollPolicy tollPolicy() {
    return policy;
  }

  /**
   * Adds the events of one report, merging each with the event already known that it describes.
   *
   * @param extraction what was found in the report, not null
   * @return this builder
   */
  public synchronized TimelineBuilder add(Extraction extraction) {
    requireNonNull(extraction, "extraction");
    Report report = extraction.report();
    reportCount++;
    report.source().ifPresent(s -> outletOfReport.put(report.id(), s.outlet()));
    long publishedDay = report.published().toLocalDate().toEpochDay();
    for (Event e : extraction.events()) {
      addEvent(e, Sketch.of(e, publishedDay), report.id());
    }
    return this;
  }

  private void addEvent(Event event, Sketch sketch, String reportId) {
    Cluster best = null;
    int bestScore = Integer.MIN_VALUE;
    int secondScore = Integer.MIN_VALUE;
    for (int i : index.candidates(sketch)) {
      Cluster c = clusters.get(i);
      if (c.hasReport(reportId)) {
        continue;
      }
      int s = sketch.score(c.sketch());
      if (s > bestScore) {
        secondScore = bestScore;
        best = c;
        bestScore = s;
      } else if (s > secondScore) {
        secondScore = s;
      }
    }
    boolean strong = bestScore >= MERGE_THRESHOLD;
    boolean unique = bestScore >= UNIQUE_THRESHOLD && secondScore < 0;
    if (best == null || !(strong || unique)) {
      int n = clusters.size();
      clusters.add(new Cluster(n, event, sketch));
      index.put(n, sketch);
    } else if (best.add(event, sketch)) {
      index.put(best.index, best.sketch());
    }
  }

  /** Returns the number of reports added. */
  public synchronized int reportCount() {
    return reportCount;
  }

  /** Returns the number of distinct events found so far. */
  public synchronized int eventCount() {
    return clusters.size();
  }

  /** Returns the current timeline: every merged event, its toll reconciled, in date order. */
  public synchronized Timeline timeline() {
    List<Event> events = new ArrayList<>(clusters.size());
    for (Cluster c : clusters) {
      events.add(c.event(policy, id -> outletOfReport.getOrDefault(id, id)));
    }
    return Timeline.of(events);
  }

  @Override
  public synchronized String toString() {
    return "TimelineBuilder[" + reportCount + " reports, " + clusters.size() + " events, " + policy + "]";
  }
}
