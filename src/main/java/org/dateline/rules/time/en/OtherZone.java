package org.dateline.rules.time.en;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Granularity;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Resolution;
import org.dateline.resolve.TemporalExpression;

/**
 * A clock time told again in GMT or UTC in brackets right after a local one: "10:35 p.m. local time on Friday
 * (0335 GMT)", "9:40 pm (1340 GMT)". The time in brackets is a mention of its own, the same instant on the other
 * zone's clock: the local day and time moved by the difference of the two clocks, taken as the one within twelve
 * hours; a weekday told in the bracket with it ("(1700 GMT on Thursday)") is part of the mention and must be that
 * day. Stateless.
 */
final class OtherZone {
  private OtherZone() {}

  /** The bracket right after the local time: " (0500 GMT)", " local time (13:40 UTC)", " (5 a.m. GMT)". */
  private static final Pattern BRACKET = Pattern.compile("\\s{0,3}(?:local\\s{1,3}time\\s{0,3})?\\(\\s{0,2}"
      + "(?<c>(?<h>[01]?\\d|2[0-3])(?::?(?<mi>[0-5]\\d))?\\s{0,2}(?<ap>[ap]\\.?m\\.?)?\\s{1,2}(?:gmt|utc)"
      // its own day may follow: "(1700 GMT on Thursday)"
      + "(?:,?\\s{1,3}(?:on\\s{1,3})?(?<w>" + Lexicon.WEEKDAY + "))?)\\s{0,2}\\)");

  /** How far after the local time the bracket may open. */
  private static final int REACH = 20;

  /**
   * Returns the candidate of the clock time in GMT or UTC told in brackets right after {@code c}, resolved as
   * {@code r} to a clock time, with its value as an explicit expression; null when no such bracket follows.
   */
  static Candidate restated(Scan s, Candidate c, Resolution r) {
    if (r.time().isEmpty() || r.time().get().granularity() != Granularity.TIME
        || r.time().get().localStart().isEmpty() || r.time().get().isVague()) {
      return null;
    }
    Matcher m = BRACKET.matcher(s.lower).region(c.end(), Math.min(s.length(), c.end() + REACH + 30));
    if (!m.lookingAt() || m.start("c") - c.end() > REACH || m.group("mi") == null && m.group("ap") == null) {
      return null;
    }
    int h = Integer.parseInt(m.group("h"));
    if (m.group("ap") != null) {
      if (h < 1 || h > 12) {
        return null;
      }
      h = h % 12 + (m.group("ap").charAt(0) == 'p' ? 12 : 0);
    }
    LocalTime other = LocalTime.of(h, m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi")));
    LocalDateTime local = r.time().get().localStart().get();
    if (local.getYear() <= 0 || local.getYear() >= 9999) {
      return null; // a day off the calendar's edge has no day next to it to move to
    }
    long minutes = Duration.between(local.toLocalTime(), other).toMinutes();
    // the zones differ by less than half a day either way: 22:00 local and 04:00 GMT are six hours apart, not 18
    minutes = minutes > 12 * 60 ? minutes - 24 * 60 : minutes <= -12 * 60 ? minutes + 24 * 60 : minutes;
    LocalDateTime moved = local.plusMinutes(minutes);
    if (m.group("w") != null && moved.getDayOfWeek() != Lexicon.weekday(m.group("w"))) {
      return null; // the day told in brackets is not the one the clocks give: left to the weekday's own reading
    }
    TimeValue value = TimeValue.ofTime(moved);
    return new Candidate(m.start("c"), m.end("c"), new TemporalExpression.Explicit(value), null,
        "<clock> (<clock> GMT)");
  }
}
