package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WarmUpTest {
  @Test
  void aFixedWarmUpRunsExactlyItsRounds() {
    WarmUp w = WarmUp.fixed(2);
    assertFalse(w.done());
    w.add(1, 0.1, 0);
    assertFalse(w.done());
    w.add(9, 0.1, 0);
    assertTrue(w.done());
    assertTrue(WarmUp.fixed(0).done());
    assertThrows(IllegalArgumentException.class, () -> WarmUp.fixed(-1));
  }

  @Test
  void anAdaptiveWarmUpWaitsForThreeRoundsWithin5PercentAfterTheMinimumTime() {
    WarmUp w = WarmUp.adaptive();
    for (double rate : new double[] {2.0, 3.5, 3.6}) {
      w.add(rate, 2, 0);
      assertFalse(w.done(), "still rising at " + rate);
    }
    w.add(3.62, 2, 0);
    assertTrue(w.done());
    assertTrue(w.summary().startsWith("warm-up: steady after 4 round(s)"), w.summary());
  }

  @Test
  void aPlateauWhileTheCompilerIsBusyDoesNotEndTheWarmUp() {
    WarmUp w = WarmUp.adaptive();
    for (int k = 0; k < 4; k++) {
      w.add(2.5, 3, 0.5);
    }
    assertTrue(w.steady());
    assertFalse(w.done());
    w.add(2.5, 3, 0.03);
    assertTrue(w.done());
  }

  @Test
  void steadyRoundsBeforeTheMinimumTimeDoNotEndTheWarmUp() {
    WarmUp w = WarmUp.adaptive();
    for (int k = 0; k < 10; k++) {
      w.add(4.0, 0.1, 0);
    }
    assertTrue(w.steady());
    assertFalse(w.done());
  }

  @Test
  void anUnsteadyWarmUpStopsAtTheTimeLimit() {
    WarmUp w = WarmUp.adaptive();
    int rounds = 0;
    while (!w.done()) {
      w.add(rounds % 2 == 0 ? 3.0 : 4.0, 20, 0);
      rounds++;
    }
    assertEquals(6, rounds);
    assertTrue(w.summary().contains("not steady"), w.summary());
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(2.5, ExtractThroughput.median(new double[] {4, 1, 3, 2}));
    assertEquals(3.0, ExtractThroughput.median(new double[] {5, 1, 3}));
  }
}
