package org.dateline.timeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.FigureRole;
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
 * <p>Each report lands in the event of its main incident (the first its extraction lists). An
 * incident a report mentions besides it ("the second shooting this month", "last year's crash") is
 * not reported by it: it joins no event and starts none, so that a report never joins the earlier
 * incident it is compared to (the report's own extraction still lists it). An incident a report
 * tells as news of its own besides its main one, as a wire roundup does ("Separately, shelling
 * killed one man in Kherson on Tuesday": a fresh toll elsewhere in the same country), lands in an
 * event of its own too. Talks, calls and statements are merged as they come.
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
  /** How many days before its publication an incident besides a report's main one may lie and be its news. */
  private static final int FRESH_DAYS = 2;

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
    List<Event> incidents = new ArrayList<>();
    for (Event e : extraction.events()) {
      if (e.type().isIncident()) {
        incidents.add(e);
      } else {
        Sketch s = Sketch.of(e, publishedDay);
        place(e, s, match(s, report.id()));
      }
    }
    if (!incidents.isEmpty()) {
      addIncidents(incidents, publishedDay, report.id());
    }
    return this;
  }

  /**
   * Adds the incidents of one report so that the report lands in its main incident's event: the first
   * (the report's main incident) joins its match or starts an event, unless the report tells it
   * again under another date ("Saturday night", then "early Sunday") and that telling matches a
   * known event better. An incident the report only mentions besides its own (the earlier one it
   * is compared to) is left to the reports of it: the report does not report it; one it tells as
   * news of its own, with a fresh toll somewhere else ({@link #reportsAnew}), is placed too.
   */
  private void addIncidents(List<Event> incidents, long publishedDay, String reportId) {
    Event home = incidents.get(0);
    Sketch homeSketch = Sketch.of(home, publishedDay);
    Match homeMatch = match(homeSketch, reportId);
    Sketch main = homeSketch;
    for (Event e : incidents.subList(1, incidents.size())) {
      Sketch s = Sketch.of(e, publishedDay);
      if (main.retells(s)) {
        Match m = match(s, reportId);
        if (m.joins() && (!homeMatch.joins() || m.score > homeMatch.score)) {
          home = e;
          homeSketch = s;
          homeMatch = m;
        }
      }
    }
    place(home, homeSketch, homeMatch);
    for (Event e : incidents) {
      Sketch s = e == home ? null : Sketch.of(e, publishedDay);
      if (s != null && !homeSketch.retells(s) && reportsAnew(e, s, homeSketch, publishedDay)) {
        place(e, s, match(s, reportId));
      }
    }
  }

  /**
   * Whether an incident besides the report's main one is news of the report's own: it gives a toll
   * of its own (not a running total), lies within {@link #FRESH_DAYS} of publication and somewhere
   * else ("Separately, shelling killed one man in Kherson on Tuesday"), where an incident the report
   * compares its own to lies further back or has no fresh toll.
   */
  private static boolean reportsAnew(Event e, Sketch s, Sketch home, long publishedDay) {
    boolean fresh = s.dated && s.lastDay >= publishedDay - FRESH_DAYS && s.firstDay <= publishedDay;
    boolean ownToll = e.claims().stream().anyMatch(c -> c.figure().role() != FigureRole.CUMULATIVE
        && c.figure().role() != FigureRole.PREVIOUS);
    // in the home's country: a place abroad beside a home one is more often a name read wrong ("Algiers" of New Orleans)
    return fresh && ownToll && home.dated && !s.place.isEmpty() && !home.place.isEmpty()
        && Places.compare(s.place, home.place) < 0
        && Places.countryKey(s.place).equals(Places.countryKey(home.place));
  }

  /** The best match of a new event among the known ones: the cluster, its score and whether the event joins it. */
  private record Match(Cluster best, int score, int second) {
    boolean joins() {
      return best != null && (score >= MERGE_THRESHOLD || score >= UNIQUE_THRESHOLD && second < 0);
    }
  }

  private Match match(Sketch sketch, String reportId) {
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
    return new Match(best, bestScore, secondScore);
  }

  /** Adds an event to its match if it joins it, else as an event of its own. */
  private void place(Event event, Sketch sketch, Match m) {
    if (!m.joins()) {
      int n = clusters.size();
      clusters.add(new Cluster(n, event, sketch));
      index.put(n, sketch);
    } else if (m.best.add(event, sketch)) {
      index.put(m.best.index, m.best.sketch());
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
