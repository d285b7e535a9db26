package org.dateline.rules.time.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The places where the scanner tries its rules: every word start where a rule may start, and only word starts. */
class WordsTest {
  private static final String[] PIECES = {"the", "last", "may", "march", "monday", "police", "said", "year", "ago",
      "3", "12", "2015", "'90s", "'", "x", "\u00e9t\u00e9", "\u0661\u0662", "_", "-", ".", ",", " ", " ", "\n"};

  @Test
  void everyWordStartThatMayStartARuleIsListed() {
    RuleScanner scanner = RuleScanner.english();
    Random random = new Random(20260310);
    int listed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + random.nextInt(8); k > 0; k--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String lower = b.toString();
      int[] starts = scanner.words(new Scan(lower)).ruleStarts;
      for (int p = 0; p < lower.length(); p++) {
        char c = lower.charAt(p);
        boolean wordStart = (Character.isLetterOrDigit(c) || c == '\'')
            && (p == 0 || !Character.isLetterOrDigit(lower.charAt(p - 1)));
        if (wordStart && scanner.rulesTried(lower, p, false).length > 0) {
          int at = p;
          assertTrue(Arrays.stream(starts).anyMatch(s -> s == at), () -> at + " in '" + lower + "'");
          listed++;
        }
      }
    }
    assertTrue(listed > 10_000, "the texts exercise the starts: " + listed);
  }

  @Test
  void listsTriggersNumbersAndApostrophesInTextOrder() {
    // "x2": a digit after a letter starts nothing; "5may": the trigger is listed, the scanner checks what precedes
    String lower = "on may 3, police said '90s x2 5may";
    int[] starts = RuleScanner.english().words(new Scan(lower)).ruleStarts;
    assertEquals(List.of("may", "3", "'", "9", "5", "may"),
        Arrays.stream(starts).mapToObj(s -> lower.substring(s, Math.min(lower.length(), s + (lower.charAt(s) == 'm' ? 3 : 1))))
            .collect(Collectors.toList()));
  }

  @Test
  void aFailedApostropheIsPassedOverWithItsWord() {
    // as a walk over word starts does: "'1990" is not read again from its "1990"
    assertEquals(0, RuleScanner.english().scan(new Scan("in '1990 they met")).size());
    assertEquals(1, RuleScanner.english().scan(new Scan("in 1990 they met")).size());
  }
}
