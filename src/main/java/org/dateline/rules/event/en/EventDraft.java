package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.DateMention;
import org.dateline.model.EventType;

/**
 * An event being gathered by {@link ReportEvents}: the triggers that name it (kept in text order), its
 * date, place, figures and people, and what the report tells of it (a separate incident, one named to
 * compare, one lasting up to now). Mutable; one report's.
 */
final class EventDraft {
  EventType type;
  Triggers.Trigger trigger;
  DateMention date;
  PlaceFinder.Mention place;
  /**
   * Whether its place was named with others ("in Mississippi and Alabama") or as a whole it spanned ("across
   * Gaza"): no one town stands for it.
   */
  boolean spread;
  /** Whether the report named it as another incident than the one told before ("in a separate attack"). */
  boolean separate;
  /** Whether its date is that of what followed it ("on Friday after a landslide"): an earlier one of its own wins. */
  boolean dateFollows;
  /** Whether the report named it only to compare its own incident to it ("a day after a bombing"). */
  boolean compared;
  /** Whether it is told as lasting up to the report's time ("over the past five days"): old dates are not its. */
  boolean underWay;
  final List<Integer> triggerSentences = new ArrayList<>();
  final List<Integer> triggerOffsets = new ArrayList<>();
  final List<CasualtyFigure> figures = new ArrayList<>();
  /** The people named as its victims or suspects; only the report's main incident gets them. */
  final List<String> actors = new ArrayList<>();
  /**
   * Whether it was opened by a figure that no trigger claimed ("killing 15 people and injuring
   * 32" with no incident word): its figure stands in for a trigger, so the figures near it join it.
   */
  boolean figureBorn;

  EventDraft(Triggers.Trigger first, int sentence) {
    this.trigger = first;
    this.type = first == null ? EventType.OTHER : first.type();
  }

  /** Makes the figure at {@code offset} of sentence {@code sentence} stand in for this event's trigger. */
  void anchor(int sentence, int offset) {
    figureBorn = true;
    addTrigger(sentence, offset);
  }

  /** Adds trigger {@code t} of sentence {@code sentence}; a more specific trigger gives the event its type. */
  void add(Triggers.Trigger t, int sentence) {
    addTrigger(sentence, t.begin());
    if (Specificity.rank(t.type()) < Specificity.rank(type)) {
      type = t.type();
    }
  }

  /** Keeps a trigger's place in text order, where {@link #distance} looks for it (triggers come in that order). */
  private void addTrigger(int sentence, int offset) {
    int at = firstFrom(sentence, offset + 1, 0, triggerSentences.size());
    triggerSentences.add(at, sentence);
    triggerOffsets.add(at, offset);
  }

  /**
   * A distance from a figure to this event's nearest trigger: same sentence first (by characters),
   * then one or two sentences before, then the sentence after, then any other by sentences. The
   * triggers are kept in text order, so the nearest of each kind is found by a binary search: a
   * report with thousands of triggers and figures is read in time that grows with its length.
   */
  int distance(int sentence, int offset) {
    int n = triggerSentences.size();
    int lo = firstFrom(sentence, Integer.MIN_VALUE, 0, n); // the first trigger of the sentence or after
    int hi = firstFrom(sentence + 1, Integer.MIN_VALUE, lo, n); // the first after the sentence
    int best = Integer.MAX_VALUE;
    if (lo < hi) {
      int k = firstFrom(sentence, offset, lo, hi);
      if (k < hi) {
        best = triggerOffsets.get(k) - offset;
      }
      if (k > lo) {
        best = Math.min(best, offset - triggerOffsets.get(k - 1));
      }
    }
    if (lo > 0) {
      int ds = sentence - triggerSentences.get(lo - 1);
      best = Math.min(best, ds <= 2 ? 10_000 * ds : 100_000 + ds);
    }
    if (hi < n) {
      int ds = triggerSentences.get(hi) - sentence;
      best = Math.min(best, ds == 1 ? 50_000 : 100_000 + ds);
    }
    return best;
  }

  /** Returns the index in {@code [lo, hi)} of the first trigger at or after sentence {@code s}, offset {@code o}. */
  private int firstFrom(int s, int o, int lo, int hi) {
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int ms = triggerSentences.get(mid);
      if (ms < s || ms == s && triggerOffsets.get(mid) < o) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
