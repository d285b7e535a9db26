package org.dateline.rules.time.en;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.resolve.Relation;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.ClockTime;
import org.dateline.resolve.TemporalExpression.MonthOfYear;
import org.dateline.resolve.TemporalExpression.PartOfDayOf;
import org.dateline.resolve.TemporalExpression.RelativeDay;
import org.dateline.resolve.TemporalExpression.Weekday;

/**
 * Whether a date takes the tense of the date just before it rather than its own cues: the second of a pair joined by
 * "or" or "and" ("by June or July"), or a weekday that goes on a forecast read ahead ("on Monday and a thaw by
 * Wednesday").
 */
final class SharedTense {
  private SharedTense() {}

  /** "or" or "and" alone between two dates: "by June or July", "on Monday and Tuesday". */
  private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("\\s{1,3}(?:or|and)\\s{1,3}");

  /** How far apart two weekdays of one forecast may stand: "sleet on Monday and a thaw setting in by Wednesday". */
  private static final int CONTINUED_GAP = 60;

  /**
   * Whether a weekday goes on, after "and", from a weekday read ahead just before it in the same sentence, with no
   * past verb between them or after it in its clause: "hail is likely on Monday and a milder spell taking hold on
   * Wednesday". The second day is then ahead too, whatever cue further back dated the sentence.
   */
  static boolean continuedAhead(Scan s, Candidate previous, Candidate c) {
    if (previous == null || previous.end() > c.begin() || c.begin() - previous.end() > CONTINUED_GAP
        || !isWeekdayDay(previous.expression()) || !isWeekdayDay(c.expression())) {
      return false;
    }
    String gap = s.lower.substring(previous.end(), c.begin());
    int end = c.end();
    while (end < s.length() && end - c.end() < CONTINUED_GAP && ".;!?\n".indexOf(s.lower.charAt(end)) < 0) {
      end++;
    }
    // nor a past verb after it in its clause, but for one of saying ("on Wednesday, the agency said")
    Matcher past = Cues.PAST_CUE.matcher(s.lower).region(c.end(), end);
    while (past.find()) {
      if (!Tense.SAYING.contains(s.lower, past.start(), past.end())) {
        return false;
      }
    }
    return AND.matcher(gap).find() && gap.chars().noneMatch(ch -> ".;!?\n".indexOf(ch) >= 0)
        && !Cues.PAST_CUE.matcher(gap).find();
  }

  /**
   * Whether a weekday follows "today", "tonight" or "tomorrow" after "and" or "or" ("an alert for today and Sunday",
   * "tomorrow or Friday"): a list that starts from today runs forward, so the weekday is the next one.
   */
  static boolean afterToday(Scan s, Candidate previous, Candidate c) {
    if (previous == null || !(c.expression() instanceof Weekday w) || w.relation() != Relation.NONE
        || c.begin() - previous.end() > 6 || !JOINED.matcher(s.lower).region(previous.end(), c.begin()).matches()) {
      return false;
    }
    TemporalExpression e = previous.expression() instanceof PartOfDayOf p ? p.day() : previous.expression();
    return e instanceof RelativeDay d && d.offset() >= 0;
  }

  /** "and" as a word, between two weekdays of one forecast. */
  private static final Pattern AND = Pattern.compile("\\band\\b");

  /** Whether an expression is on a weekday: the weekday, a part of it or a clock time on it. */
  private static boolean isWeekdayDay(TemporalExpression e) {
    return e instanceof Weekday || e instanceof PartOfDayOf p && p.day() instanceof Weekday
        || e instanceof ClockTime t && t.day().isPresent() && t.day().get() instanceof Weekday;
  }

  /**
   * Whether {@code c} is joined by "or" or "and" to the date just before it and is of its kind, a month or a weekday
   * with no year, and ends the pair's phrase: the pair shares one clause and so one tense ("the deal is seen
   * closing by June or July" looks ahead for both, though the cue stands before the first alone).
   */
  static boolean coordinated(Scan s, Candidate previous, Candidate c) {
    if (previous == null || previous.end() > c.begin() || c.begin() - previous.end() > 9
        || !JOINED.matcher(s.lower).region(previous.end(), c.begin()).matches()) {
      return false;
    }
    TemporalExpression a = previous.expression();
    TemporalExpression b = c.expression();
    return (a instanceof MonthOfYear m && m.year().isEmpty() && b instanceof MonthOfYear n && n.year().isEmpty()
        || a instanceof Weekday && b instanceof Weekday) && endsPair(s, c.end());
  }

  /** Words after the second of a pair that keep the pair in one phrase: "by June or July <b>this</b> year". */
  private static final Set<String> PAIR_FOLLOWERS = Set.of("in", "at", "for", "to", "from", "of",
      "by", "before", "after", "this", "next", "last", "or", "and", "when", "as", "if");

  /**
   * Whether the pair ends at {@code end}: the sentence goes on with punctuation or a word that keeps the phrase, not
   * with a clause of its own ("The polls closed Monday and Tuesday <b>will</b> bring the count" pairs nothing).
   */
  private static boolean endsPair(Scan s, int end) {
    int i = end;
    while (i < s.length() && s.lower.charAt(i) == ' ') {
      i++;
    }
    return i >= s.length() || !Character.isLetter(s.lower.charAt(i)) || PAIR_FOLLOWERS.contains(s.wordAt(i));
  }
}
