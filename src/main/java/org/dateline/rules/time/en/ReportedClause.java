package org.dateline.rules.time.en;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speech a date's clause reports: what a source said or would not say about the future is not the date's
 * own tense. "Officials could not say on Monday whether the dam would hold" and "Reports on Monday said the
 * plant would close" tell a Monday past; the "would" belongs to the question or the report. Stateless.
 */
final class ReportedClause {
  /**
   * A verb of saying or asking, in any tense, or a past verb of foretelling that opens a statement: "Back in July, the
   * treasury forecast that receipts would climb" (the "would" is the forecast's, not July's).
   */
  private static final Pattern SAY = Pattern.compile("\\b(?:say|says|said|tell|told|ask|asks|asked"
      + "|(?:forecast|predicted|projected|estimated|warned|signall?ed|reckoned)(?=\\s{1,3}that\\b))\\b");
  /** A verb of saying or asking, or a past one of foretelling, before the date: "estimated in July that". */
  private static final Pattern SAY_BEFORE = Pattern.compile("\\b(?:say|says|said|tell|told|ask|asks|asked"
      + "|forecast|predicted|projected|estimated|warned|signall?ed|reckoned)\\b");
  /** What opens a reported question or statement: "said on Monday whether", "told the BBC on Sunday that". */
  private static final Pattern QUESTION = Pattern.compile("\\b(?:whether|if|when|how|that)\\b");
  /** A subject right after the date that opens reported speech without "that": "said on Monday he would". */
  private static final Pattern SUBJECT = Pattern.compile(",?\\s{1,3}(?:he|she|they|we|i|it)\\s");
  /** A modal of refusal: "would not say", "wouldn't comment". */
  private static final Pattern REFUSAL = Pattern.compile(
      "(?:\\s{1,3}not|n't)\\s{1,3}(?:say|comment|confirm|disclose|specify|reveal|tell)\\b");

  private ReportedClause() {}

  /** The future cues before a date less those of a refusal to speak ("would not say on Tuesday"). */
  static int[] before(String t, int[] spans) {
    return WordRuns.spansWithout(spans, (i, end) -> t.startsWith("would", i)
        && REFUSAL.matcher(t).region(end, Math.min(t.length(), end + 20)).lookingAt());
  }

  /**
   * The future cues after a date {@code t[b, e)} up to where reported speech begins: a verb of saying after
   * the date ("on Monday said the plant would close"), or, when the clause's verb before the date is one of
   * saying, a question or statement after it ("could not say on Monday whether", "told the BBC on Sunday that he
   * would", "said on Monday he would").
   */
  static int[] after(String t, int from, int b, int e, int to, int[] spans) {
    if (spans.length == 0) {
      return spans;
    }
    int cut = cut(t, from, b, e, to);
    int n = 0;
    while (n < spans.length && spans[n] < cut) {
      n += 2;
    }
    return n == spans.length ? spans : Arrays.copyOf(spans, n);
  }

  /** A relative clause opened right after a date: "approved an amendment on Tuesday that would extend ...". */
  private static final Pattern RELATIVE = Pattern.compile(",?\\s{1,3}(?:that|which)\\s");

  /**
   * Where reported speech begins after the date {@code t[b, e)}, or {@code Integer.MAX_VALUE}; also where a relative
   * clause opens right after the date of a deed told in the past: its modal tells the thing approved, not the day
   * ("the cabinet approved an amendment on Tuesday that would extend the term").
   */
  static int cut(String t, int from, int b, int e, int to) {
    int cut = Integer.MAX_VALUE;
    if (e < to && RELATIVE.matcher(t).region(e, to).lookingAt()
        && Cues.nearestPast(t, from, b, true, (i, j) -> !Tense.SAYING.contains(t, i, j)) < Integer.MAX_VALUE) {
      cut = e;
    }
    Matcher say = SAY.matcher(t).region(e, to);
    if (say.find()) {
      cut = Math.min(cut, say.start());
    }
    if (SAY_BEFORE.matcher(t).region(from, b).find()) {
      Matcher q = QUESTION.matcher(t).region(e, to);
      if (q.find()) {
        cut = Math.min(cut, q.start());
      }
      if (e < to && SUBJECT.matcher(t).region(e, to).lookingAt()) {
        cut = Math.min(cut, e);
      }
    }
    return cut;
  }
}
