package org.dateline.rules.event.en;

import java.util.List;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.DateMention;
import org.dateline.model.FigureRole;

/**
 * Attaches each casualty figure of a report to the event it counts: the incident whose trigger is
 * nearest, unless the figure's own date or place tells of an older or another incident (then a
 * background one, or a new one), a running total since long ago, or a separate incident.
 * Not thread-safe; one report's.
 */
final class EventFigures {
  private final String text;
  private final List<int[]> sentences;
  private final List<List<Words.Word>> sentenceWords;
  /** The events being gathered, which a figure joins or adds to. */
  private final List<EventDraft> drafts;
  /** Per sentence, whether it holds an incident's trigger. */
  private final boolean[] hasTrigger;
  private final EventDates dating;
  private final EventPlaces placing;

  EventFigures(String text, List<int[]> sentences, List<List<Words.Word>> sentenceWords, List<EventDraft> drafts,
      boolean[] hasTrigger, EventDates dating, EventPlaces placing) {
    this.text = text;
    this.sentences = sentences;
    this.sentenceWords = sentenceWords;
    this.drafts = drafts;
    this.hasTrigger = hasTrigger;
    this.dating = dating;
    this.placing = placing;
  }

  /**
   * Attaches figure {@code f} to the event it counts, drafting a new one where none fits (while the
   * report has fewer than {@link ReportEvents#MAX_DRAFTS}), and gives that event a date and place the
   * figure's sentence tells, if it has none.
   */
  void attach(CasualtyFigure f) {
    int s = sentenceOf(f.span().begin());
    if (dating.sinceLongAgo(f, s)) {
      return; // "Since October 7, 2023, more than 1,000 soldiers have died": a running total, no incident
    }
    EventDraft target = null;
    int bestDistance = Integer.MAX_VALUE;
    for (EventDraft d : drafts) {
      if (!d.type.isIncident() && !d.figureBorn) {
        continue;
      }
      int distance = d.distance(s, f.span().begin());
      if (olderAhead(d, s)) {
        distance = Integer.MAX_VALUE - 1; // "... displaced, the agency said. Floods killed 1,200 last year."
      }
      if (distance < bestDistance) {
        target = d;
        bestDistance = distance;
      }
    }
    boolean cumulative = f.role() == FigureRole.CUMULATIVE;
    boolean full = drafts.size() >= ReportEvents.MAX_DRAFTS;
    DateMention own = target == null || target.date == null || cumulative || full ? null
        : dating.dateNear(dating.dates, f.span().begin(), f.span().end(), s, true, false);
    if (own != null && dating.olderApart(own, target.date)) {
      target = background(own, s);
    } else if (own != null && dating.olderApart(target.date, own)) {
      // "... has risen to 38 since the start of the monsoon earlier this week. Last year, floods killed 240."
      target = recentIncident(own, target);
    } else if (own != null && otherScene(f, s, own, target)) {
      target = new EventDraft(null, s); // "On May 1, a man killed five neighbours in Cleveland" beside today's shooting
      target.date = own;
      drafts.add(target);
    }
    if (target == null && cumulative) {
      return; // a running total or a rate tells of no incident of its own
    }
    // "Separately, drones killed a man in the Kharkiv region": another incident, not the report's
    boolean separately = target != null && !cumulative && !hasTrigger[s] && !target.triggerSentences.contains(s)
        && OtherIncidents.opensSeparately(sentenceWords.get(s));
    if (target == null || separately) {
      if (full) {
        return;
      }
      target = new EventDraft(null, s);
      target.anchor(s, f.span().begin());
      target.separate = separately;
      drafts.add(target);
    }
    target.figures.add(f);
    if (target.date == null && !target.compared) {
      target.date = own != null ? own : dating.dateNear(dating.dates, f.span().begin(), f.span().end(), s, true, false);
    }
    boolean whole = f.role().statesToll();
    // beside an incident's trigger, the trigger's place is the incident's; a part's place is only the part's
    if (target.place == null || !hasTrigger[s] && whole) {
      placing.placeAgain(target, placing.placeNear(f.span().begin(), s), f.span().begin());
    }
  }

  /**
   * Whether draft {@code d} is an older incident first named after sentence {@code sentence}: a
   * figure before it belongs to what the report told before, not to the background it turns to next.
   */
  private boolean olderAhead(EventDraft d, int sentence) {
    return !d.triggerSentences.isEmpty() && d.triggerSentences.get(0) > sentence && d.date != null
        && !dating.recent(d.date);
  }

  /**
   * Whether a figure tells of another incident than the one it would join: its sentence locates it
   * in another country, or in another town while its own date lies on another day or the sentence
   * opens on another time ("Earlier on Monday, ..."); a place the report names only there ("On
   * May 1, a man killed five neighbours in Cleveland" in a report of Saturday's shooting in Allen).
   * A town the report keeps naming is its own scene, however the incident was placed; the
   * attacker's own death is always his incident's.
   */
  private boolean otherScene(CasualtyFigure f, int sentence, DateMention own, EventDraft target) {
    if (target.place == null || attacker(f)) {
      return false;
    }
    PlaceFinder.Mention p = placing.placeNear(f.span().begin(), sentence);
    if (p == null || !PlaceWords.locates(text, p) || placing.namedElsewhere(p, sentence)) {
      return false;
    }
    // in another country it is another incident whatever the day: "drones killed one person in the Belgorod region"
    return PlaceFinder.apart(target.place, p)
        || !(Dates.overlap(own, target.date) && !dating.opensOnAnotherTime(sentence))
            && EventPlaces.otherTown(target, p);
  }

  /**
   * Whether a figure counts the attacker ("the suspected gunman was found dead"): where and when he
   * died, his death belongs to his incident.
   */
  private static boolean attacker(CasualtyFigure f) {
    String who = f.who().orElse("");
    return ReportEvents.ATTACKERS.contains(who.substring(who.lastIndexOf(' ') + 1));
  }

  /**
   * Returns the incident a recently dated figure belongs to when the nearest one is much older: the
   * first incident dated near the figure's date, recently or not at all, else {@code nearest}.
   */
  private EventDraft recentIncident(DateMention own, EventDraft nearest) {
    for (EventDraft d : drafts) {
      if (d.type.isIncident() && !d.separate && !d.compared
          && (d.date == null || Dates.close(d.date, own) || dating.recent(d.date))) {
        return d;
      }
    }
    return nearest;
  }

  /** Returns the background incident of a figure dated {@code date}: one already drafted with that date, or a new one. */
  private EventDraft background(DateMention date, int sentence) {
    for (EventDraft d : drafts) {
      if ((d.type.isIncident() || d.trigger == null) && d.date != null && Dates.close(d.date, date)) {
        return d;
      }
    }
    EventDraft d = new EventDraft(null, sentence);
    d.date = date;
    drafts.add(d);
    return d;
  }

  /** Returns the first sentence ending after {@code offset} (the last one if none does). */
  int sentenceOf(int offset) {
    return Math.max(0, Math.min(sentences.size() - 1, ReportEvents.firstAtOrAfter(sentences, s -> s[1], offset + 1)));
  }
}
