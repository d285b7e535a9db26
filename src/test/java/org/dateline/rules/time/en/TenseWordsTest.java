package org.dateline.rules.time.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The small word tests the tense rules share, on lower-cased text as the scanner gives it. */
class TenseWordsTest {
  @Test
  void aDateOfItsOwnIsADayAMonthAYearOrADayWithItsMonth() {
    for (String own : new String[] {"on tuesday", "in march", "during june", "in 1977", "on 12 may", "in sept."}) {
      assertTrue(TenseWords.ownDate(own + " x", 0, own.length() + 2), own);
    }
    for (String none : new String[] {"on may", "in 18 of 20 cities", "on 3 bills", "in 2150", "at noon", "in spring",
        "in mar-a-lago", "on marc"}) {
      assertFalse(TenseWords.ownDate(none, 0, none.length()), none);
    }
  }

  @Test
  void aDateOfItsOwnEndsBeforeTheLimit() {
    String t = "celebrations that began on tuesday continue on friday";
    int friday = t.indexOf("friday");
    assertTrue(TenseWords.ownDateBetween(t, t.indexOf("that"), friday));
    // the date itself is not a date of its own before it
    assertFalse(TenseWords.ownDateBetween(t, t.indexOf("continue"), friday));
    assertFalse(TenseWords.ownDateBetween(t, t.indexOf("that"), t.indexOf("tuesday") + 3));
  }

  @Test
  void havingIsHasHaveOrTheirShortForms() {
    for (String t : new String[] {"the city has announced", "we have announced", "we've announced"}) {
      assertTrue(TenseWords.haveBefore(t, 0, t.indexOf("announced")), t);
    }
    // an owner's "'s" is no "has": "staff at mcdonald's joined"
    for (String t : new String[] {"the city announced", "staff at mcdonald's announced"}) {
      assertFalse(TenseWords.haveBefore(t, 0, t.indexOf("announced")), t);
    }
  }

  @Test
  void reportedSpeechIsCutAtARelativeClauseEvenWithASayingAfterIt() {
    String t = "the cabinet approved an amendment on tuesday that would extend the term, officials said.";
    int b = t.indexOf("tuesday");
    int e = b + "tuesday".length();
    assertEquals(e, ReportedClause.cut(t, 0, b, e, t.length()));
  }

  @Test
  void aVetoedPlanVetoesTheMatchesInsideIt() {
    // "a planned march" after "joined" has been held, and so have the plans it was against
    String t = "hundreds joined a planned march against plans for new taxes on saturday";
    assertFalse(Foreseen.planned(t, 0, t.indexOf("saturday")));
    String ahead = "unions plan a march on friday";
    assertTrue(Foreseen.planned(ahead, 0, ahead.indexOf("friday")));
  }
}
