package org.dateline.timeline;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.Claim;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.TimeValue;
import org.dateline.model.Toll;

/** One merged event under construction: the events of several reports believed to be one happening. Not thread-safe. */
final class Cluster {
  private static final int MAX_ACTORS = 32;
  /** How many days a narrower member's date may lie from the event's for the event to take it. */
  private static final int DATE_SLACK = 0;
  /** Type specificity: a report naming a shooting says more than one naming an attack. */
  private static final List<EventType> SPECIFICITY = List.of(EventType.SHOOTING, EventType.BOMBING,
      EventType.STRIKE, EventType.EXPLOSION, EventType.CLASH, EventType.ATTACK);

  final int index;
  final String id;
  private final List<Event> members = new ArrayList<>(2);
  private final Set<String> reports = new LinkedHashSet<>();
  private Sketch sketch;
  private Event built;

  Cluster(int index, Event first, Sketch sketch) {
    this.index = index;
    this.id = "e" + (index + 1);
    this.sketch = sketch;
    add(first, sketch);
  }

  Sketch sketch() {
    return sketch;
  }

  boolean hasReport(String reportId) {
    return reports.contains(reportId);
  }

  /** Adds a member; returns whether its representative sketch changed (so the index needs the new keys). */
  boolean add(Event member, Sketch memberSketch) {
    members.add(member);
    reports.addAll(member.reports());
    built = null;
    Sketch before = sketch;
    sketch = representative(memberSketch);
    return before != sketch;
  }

  /** Keeps the more precise of the current sketch and the new member's: dated over undated, narrower, more specific place. */
  private Sketch representative(Sketch m) {
    Sketch s = sketch;
    if (members.size() == 1) {
      return m;
    }
    // a member that joined by a shared name, however far apart its date, does not move the incident's date
    boolean betterDate = m.dated && (!s.dated || m.lastDay - m.firstDay < s.lastDay - s.firstDay
        && Math.max(m.firstDay - s.lastDay, s.firstDay - m.lastDay) <= DATE_SLACK);
    // a placeless event that took a placed one in is placed from then on: else it would take in one event of every state
    boolean betterPlace = m.place.size() > s.place.size() && (s.place.isEmpty() || Places.compare(m.place, s.place) > 0);
    if (!betterDate && !betterPlace && m.actors.isEmpty()) {
      return s;
    }
    Set<String> actors = new LinkedHashSet<>(s.actors);
    if (actors.size() < MAX_ACTORS) {
      actors.addAll(m.actors);
    }
    Sketch d = betterDate ? m : s;
    Sketch p = betterPlace ? m : s;
    return new Sketch(s.type, d.dated, d.firstDay, d.lastDay, d.start, d.end, p.place, actors, d.coarse,
        d.coarseFirst, d.coarseLast);
  }

  /** Returns the merged event, its tolls reconciled by {@code policy}. */
  Event event(TollPolicy policy, Function<String, String> sourceOfReport) {
    if (built == null) {
      built = build(policy, sourceOfReport);
    }
    return built;
  }

  private Event build(TollPolicy policy, Function<String, String> sourceOfReport) {
    Event.Builder b = Event.builder(id, type());
    Event dated = mostPrecisePlaceOrTime(true);
    if (dated != null) {
      if (dated.interval().isPresent()) {
        b.time(dated.time().get(), dated.interval().get());
      } else {
        b.time(dated.time().get());
      }
    }
    Event placed = mostPrecisePlaceOrTime(false);
    if (placed != null) {
      b.place(placed.place().get());
    }
    Set<String> actors = new LinkedHashSet<>();
    List<Claim> claims = new ArrayList<>();
    for (Event m : members) {
      actors.addAll(m.actors());
      claims.addAll(m.claims());
      m.reports().forEach(b::addReport);
    }
    actors.stream().limit(MAX_ACTORS).forEach(b::addActor);
    claims.forEach(b::addClaim);
    Map<CasualtyCategory, Toll> tolls = policy.reconcileAll(ImmutableList.copyOf(claims), sourceOfReport);
    tolls.values().forEach(b::toll);
    members.get(0).trigger().ifPresent(b::trigger);
    return b.build();
  }

  private EventType type() {
    EventType best = members.get(0).type();
    for (Event m : members) {
      int i = SPECIFICITY.indexOf(m.type());
      int j = SPECIFICITY.indexOf(best);
      if (i >= 0 && j >= 0 && i < j) {
        best = m.type();
      }
    }
    return best;
  }

  /** Returns the member with the narrowest dated interval (time) or the most specific place, earliest first on ties. */
  private Event mostPrecisePlaceOrTime(boolean time) {
    Event best = null;
    for (Event m : members) {
      if (time ? m.time().isPresent() : m.place().isPresent()) {
        if (best == null || (time ? narrower(m, best) : Places.components(m.place().get()).size()
            > Places.components(best.place().get()).size())) {
          best = m;
        }
      }
    }
    return best;
  }

  private static boolean narrower(Event a, Event b) {
    TimeValue ta = a.time().get();
    TimeValue tb = b.time().get();
    if (a.interval().isEmpty() || b.interval().isEmpty()) {
      return a.interval().isPresent() && b.interval().isEmpty();
    }
    return ta.granularity().ordinal() < tb.granularity().ordinal()
        && a.interval().get().overlaps(b.interval().get());
  }
}
