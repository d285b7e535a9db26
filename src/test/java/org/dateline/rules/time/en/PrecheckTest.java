package org.dateline.rules.time.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The rule precheck leaves every rule that matches: random texts built from the rules' own words. */
class PrecheckTest {
  private static final String[] PIECES = {"the", "a", "an", "last", "this", "next", "that", "past", "previous", "same",
      "year", "years", "day", "days", "week", "month", "quarter", "half", "first", "second", "fiscal", "full", "end",
      "of", "ago", "earlier", "later", "before", "after", "morning", "night", "current", "coming", "few", "several",
      "two", "twenty", "nineteen", "ninety", "thousand", "and", "one", "dozen", "hundred", "march", "may", "june",
      "monday", "friday", "christmas", "eve", "new", "year's", "spring", "summer", "1", "3", "12", "09", "31", "2015",
      "1990s", "'90s", "7:30", "p.m.", "am", "pm", "edt", "gmt", "-", "/", ",", ".", ";", " ", "  ", "\n", "'s",
      "st", "th", "century", "now", "right", "recent", "near", "future", "term", "police", "people", "said", "noon"};

  @Test
  void everyMatchingRuleIsTried() {
    RuleScanner scanner = RuleScanner.english();
    Random random = new Random(20160110);
    int matched = 0;
    for (int i = 0; i < 40_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        b.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      String lower = b.toString();
      int[] tried = scanner.rulesTried(lower, 0, true);
      for (int id : scanner.rulesTried(lower, 0, false)) {
        Matcher m = scanner.rule(id).pattern().matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt()) {
          matched++;
          assertTrue(Arrays.stream(tried).anyMatch(t -> t == id), () -> scanner.rule(id).name() + " on '" + lower + "'");
        }
      }
    }
    assertTrue(matched > 5_000, "the texts exercise the rules: " + matched);
  }

  @Test
  void ordinaryWordsAfterTheTryFewRules() {
    RuleScanner scanner = RuleScanner.english();
    assertEquals(0, scanner.rulesTried("the police said", 0, true).length);
    assertTrue(scanner.rulesTried("the past week", 0, true).length > 0);
  }
}
