package org.dateline.rules.event.en;

import java.time.Duration;
import java.time.Instant;
import org.dateline.model.DateMention;
import org.dateline.model.TimeInterval;

/** Date helpers of the event rules. */
final class Dates {
  private static final Duration SLACK = Duration.ofDays(1);

  private Dates() {}

  /** Whether two dates can be one incident's: overlapping, or within a day of each other. */
  static boolean close(DateMention a, DateMention b) {
    if (a.time().equals(b.time())) {
      return true;
    }
    TimeInterval x = a.interval().orElse(null);
    TimeInterval y = b.interval().orElse(null);
    if (x == null || y == null) {
      return false;
    }
    Instant xs = x.start().toInstant().minus(SLACK);
    Instant xe = x.endExclusive().toInstant().plus(SLACK);
    return xs.isBefore(y.endExclusive().toInstant()) && y.start().toInstant().isBefore(xe);
  }

  /** Whether {@code text[from, to)} crosses no clause boundary (a semicolon, a dash, a bracket, "while", "but"). */
  static boolean sameClause(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ';' || c == '\u2014' || c == '(' || c == ')') {
        return false;
      }
      if (c == ' ' && (text.startsWith(" while ", i) || text.startsWith(" but ", i))
          || (c == ',' && text.startsWith(", and ", i))) {
        return false;
      }
    }
    return true;
  }
}
