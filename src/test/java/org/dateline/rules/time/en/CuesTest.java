package org.dateline.rules.time.en;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The word scans of {@link Cues} against the patterns they stand for, on generated clauses. */
class CuesTest {
  private static final String[] TOKENS = {"will", "won't", "we'll", "'ll", "shall", "as", "soon", "expects", "expect",
      "hoping", "bracing", "preparing", "for", "bank", "abcdefghijklmnopqrst", "abcdefghijklmnopqrstu", "plans",
      "plan", "intends", "intend", "is", "are", "was", "were", "due", "planning", "going", "scheduled", "expected",
      "set", "slated", "to", "be", "planned", "upcoming", "next", "said", "says", "told", "had", "did", "began",
      "left", "rose", "killed", "freed", "agreed", "united", "wanted", "fired", "bed", "shed", "edited", "reported",
      "walked_ed", "ab9ed", "abcdefghijklmnoed", "abcdefghijklmed", "since", "ago", "earlier", "last", "previous",
      "previously", "until", "till", "by", "early", "effective", "payable", "had", "hadn't", "toward", "today",
      "café", "josé", "naïve", "e\u0301d", "\u00e9ed", "the", "tuesday", "2016", "x", "_", "willing", "nextel",
      "setback", "duel", "being", "been", "have", "now", "could", "fall", "peak", "falls", "in", "effect", "through", "must", "forecast", "projected", "should", "might", "on", "voted", "evening", "week", "this", "starting", "beginning", "from", "year", "weekend", "after", "kicks", "off", "urged", "warned", "asked", "going", "remained", "kept", "put", "place", "Ed", "WAS", "'", ",", ".", "-", "’", "“", "\u00a0", "\u2028", "\r\n",
      "\uD83D\uDE00"};
  private static final String[] GAPS = {" ", " ", " ", "  ", "   ", "    ", "\t", "\n", "", ", ", "-", "'", "’"};

  @Test
  void wordScansAgreeWithThePatterns() {
    Random r = new Random(20260311L);
    for (int n = 0; n < 60_000; n++) {
      String t = clause(r, n % 3 == 0);
      int lo = r.nextInt(t.length() + 1);
      int hi = lo + r.nextInt(t.length() - lo + 1);
      String sub = t.substring(lo, hi);
      String why = "[" + sub + "]";
      assertEquals(Cues.PAST_ANCHOR.matcher(sub).find(), Cues.pastAnchor(t, lo, hi), why);
      assertEquals(Cues.PAST_PERFECT.matcher(sub).find(), Cues.pastPerfect(t, lo, hi), why);
      assertEquals(Cues.DEADLINE.matcher(sub).find(), Cues.deadline(t, lo, hi), why);
      int[] expected = Cues.spans(Cues.FUTURE_CUE.matcher(sub));
      int[] actual = Cues.futureSpans(t, lo, hi);
      for (int k = 0; k < actual.length; k++) {
        actual[k] -= lo;
      }
      assertArrayEquals(expected, actual, why);
      assertArrayEquals(pastCues(sub, true), pastSpans(t, lo, hi, true), why);
      assertArrayEquals(pastCues(sub, false), pastSpans(t, lo, hi, false), why);
    }
  }

  private static String clause(Random r, boolean lower) {
    StringBuilder b = new StringBuilder();
    int words = 1 + r.nextInt(14);
    for (int i = 0; i < words; i++) {
      b.append(TOKENS[r.nextInt(TOKENS.length)]).append(GAPS[r.nextInt(GAPS.length)]);
    }
    return lower ? b.toString().toLowerCase(java.util.Locale.ROOT) : b.toString();
  }

  /** Every PAST_CUE match, or the nearest one by {@link Cues#nearestPast} counting all, as (start, end, nearest). */
  private static int[] pastCues(String sub, boolean before) {
    List<Integer> out = new ArrayList<>();
    Matcher m = Cues.PAST_CUE.matcher(sub);
    while (m.find()) {
      out.add(m.start());
      out.add(m.end());
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] pastSpans(String t, int lo, int hi, boolean before) {
    List<Integer> out = new ArrayList<>();
    int nearest = Cues.nearestPast(t, lo, hi, before, (i, j) -> {
      out.add(i - lo);
      out.add(j - lo);
      return false;
    });
    assertEquals(Integer.MAX_VALUE, nearest);
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
