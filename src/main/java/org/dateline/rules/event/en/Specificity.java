package org.dateline.rules.event.en;

import java.util.List;
import org.dateline.model.EventType;

/**
 * Which of two compatible types says more: a shooting is a kind of attack. A shooting and a bombing
 * say as much as each other, so an incident keeps the first of them it was named by (a bombing
 * whose report later tells of a militant shot dead stays a bombing).
 */
final class Specificity {
  private static final List<List<EventType>> ORDER = List.of(List.of(EventType.SHOOTING, EventType.BOMBING),
      List.of(EventType.STRIKE), List.of(EventType.EXPLOSION), List.of(EventType.CLASH), List.of(EventType.ATTACK));

  private Specificity() {}

  /** Returns a rank, lower for more specific types; types outside the violent group rank last. */
  static int rank(EventType t) {
    for (int i = 0; i < ORDER.size(); i++) {
      if (ORDER.get(i).contains(t)) {
        return i;
      }
    }
    return ORDER.size();
  }
}
