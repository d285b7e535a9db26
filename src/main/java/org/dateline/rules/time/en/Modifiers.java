package org.dateline.rules.time.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.Granularity;
import org.dateline.model.TimexMod;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.Duration;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;
import org.dateline.resolve.TemporalExpression.Recurring;
import org.dateline.resolve.TemporalExpression.Vague;

/**
 * Takes a modifier written just before a candidate into it: "early", "mid-", "late-", "about", "more than", "the end
 * of", where the modifier suits the kind of expression it stands before.
 */
final class Modifiers {
  private Modifiers() {}

  /** Modifiers written with a hyphen before their date. */
  private static final Map<String, TimexMod> HYPHENED = Map.of("mid", TimexMod.MID, "late", TimexMod.END,
      "early", TimexMod.START);

  /** Takes in a modifier just before a candidate: "early", "mid-", "about", "more than", "the end of". */
  static List<Candidate> withModifiers(Scan s, List<Candidate> in) {
    List<Candidate> out = new ArrayList<>(in.size());
    int floor = 0;
    for (Candidate c : in) {
      Candidate m = c.mod() != null ? c : modified(s, c, floor);
      out.add(m);
      floor = m.end();
    }
    return out;
  }

  /** Returns {@code c} with the modifier written just before it (not before {@code floor}) taken in, or {@code c}. */
  private static Candidate modified(Scan s, Candidate c, int floor) {
    if (c.expression() instanceof Vague || c.expression() instanceof Recurring) {
      return c;
    }
    int b = c.begin();
    if (b > 0 && s.lower.charAt(b - 1) == '-') {
      // "mid-March", "late-November", "early-2027"
      for (Map.Entry<String, TimexMod> m : HYPHENED.entrySet()) {
        int start = b - 1 - m.getKey().length();
        if (start >= floor && s.lower.startsWith(m.getKey(), start)
            && (start == 0 || !Scan.isWordChar(s.lower.charAt(start - 1)))) {
          boolean mid = m.getValue() == TimexMod.MID; // "the mid-1990s" is one phrase
          int from = mid && start >= 4 && s.lower.startsWith("the ", start - 4) ? start - 4 : start;
          return c.withSpan(from, c.end()).withMod(m.getValue());
        }
      }
    }
    int e = b;
    while (e > floor && s.lower.charAt(e - 1) == ' ') {
      e--;
    }
    if (e == b) {
      return c;
    }
    for (Map.Entry<String, TimexMod> m : Lexicon.mods().entrySet()) {
      String w = m.getKey();
      int start = e - w.length();
      if (start >= floor && s.lower.startsWith(w, start) && (start == 0 || !Scan.isWordChar(s.lower.charAt(start - 1)))
          && allowed(m.getValue(), c.expression())) {
        boolean decade = c.expression() instanceof Explicit x && (x.value().granularity() == Granularity.DECADE
            || x.value().granularity() == Granularity.CENTURY);
        int from = decade && start >= 4 && s.lower.startsWith("the ", start - 4) ? start - 4 : start;
        return c.withSpan(from, c.end()).withMod(m.getValue());
      }
    }
    return c;
  }

  /**
   * Whether a modifier suits an expression: a clock time takes only "about", a duration no "early", "mid" or
   * "late", a day counted from another none, "ago" any; other dates (not a part of a day) only "early", "mid" or "late".
   */
  private static boolean allowed(TimexMod mod, TemporalExpression e) {
    boolean point = mod == TimexMod.START || mod == TimexMod.MID || mod == TimexMod.END;
    if (e instanceof Duration) {
      return !point;
    }
    if (e instanceof ClockTime) {
      return mod == TimexMod.APPROX;
    }
    if (e instanceof TemporalExpression.Ago) {
      return true;
    }
    if (e instanceof TemporalExpression.DayShift) {
      return false; // "opened early the day after Christmas": the adverb is the verb's
    }
    return point && !(e instanceof PartOfDayOf);
  }
}
