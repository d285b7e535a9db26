package org.dateline.rules.time.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.List;
import org.dateline.resolve.Relation;
import org.dateline.resolve.TemporalExpression.Weekday;
import org.junit.jupiter.api.Test;

class NattyRecognizerTest {
  private static final ZonedDateTime REF = ZonedDateTime.parse("2026-03-11T12:00+03:00[Europe/Moscow]");

  @Test
  void findsPhrasesWithOffsetsIntoTheWholeTextEvenAfterNonAsciiCharacters() {
    String text = "\u201cFirst,\u201d he said \u2014 the deal was signed on Tuesday in Rome.";
    List<Candidate> found = new NattyRecognizer().recognize(text, 0, text.length(), REF);
    assertEquals(1, found.size(), found.toString());
    Candidate c = found.get(0);
    assertEquals("Tuesday", text.substring(c.begin(), c.end()));
    assertEquals(new Weekday(DayOfWeek.TUESDAY, Relation.NONE), c.expression());
  }

  @Test
  void keepsOnlyShapesOurResolverCanType() {
    assertNull(NattyRecognizer.shape("(DATE_TIME_ALTERNATIVE (DATE_TIME (EXPLICIT_TIME (HOURS_OF_DAY 16))))", "F-16"));
    assertTrue(NattyRecognizer.shape("(DATE_TIME_ALTERNATIVE (DATE_TIME (RELATIVE_DATE (SEEK < by_day 1 month))))",
        "months ago") == null);
  }

  @Test
  void parsesOnlyClausesThatCouldHoldAKeptShape() {
    assertTrue(NattyRecognizer.mayHoldShape("it happened 3 weeks ago", 0, 23));
    assertTrue(NattyRecognizer.mayHoldShape("Officers came back on Tues. night", 0, 33));
    assertTrue(NattyRecognizer.mayHoldShape("This WEEKEND the road was closed", 0, 32));
    assertFalse(NattyRecognizer.mayHoldShape("a house on Elm Lane, a year and a half ago", 0, 42));
    assertFalse(NattyRecognizer.mayHoldShape("9 rooms at the end of the hall", 1, 30));
    assertFalse(NattyRecognizer.mayHoldShape("no day name before the end: tue", 0, 30));
  }

  @Test
  void aClauseWithoutDigitsOrWeekdayWordsYieldsNothingKept() {
    // what the skipped clauses would have given: Natty reads them, but no shape we keep
    NattyRecognizer natty = new NattyRecognizer();
    for (String clause : List.of("A year and a half ago it changed", "He left a long time ago.", "In August they met")) {
      assertEquals(List.of(), natty.recognize(clause, 0, clause.length(), REF), clause);
    }
  }

  @Test
  void theFallbackOnlyAddsWhatTheRulesMissed() {
    Scan s = new Scan("Talks resumed on April 24 and 25 in Rome.");
    List<Candidate> rules = RuleScanner.english().scan(s);
    DateRecognizer failing = (text, from, to, ref) -> {
      throw new AssertionError("must not be called when every date word is consumed");
    };
    assertEquals(rules, Fallback.addMissed(s, RuleScanner.english().words(s), rules, failing, REF));
  }
}
