package org.dateline.rules.event.en;

import java.util.List;
import org.dateline.model.EventType;

/** Which of two compatible types says more: a shooting is a kind of attack. */
final class Specificity {
  private static final List<EventType> ORDER = List.of(EventType.SHOOTING, EventType.BOMBING, EventType.STRIKE,
      EventType.EXPLOSION, EventType.CLASH, EventType.ATTACK);

  private Specificity() {}

  /** Returns a rank, lower for more specific types; types outside the violent group rank last. */
  static int rank(EventType t) {
    int i = ORDER.indexOf(t);
    return i < 0 ? ORDER.size() : i;
  }
}
