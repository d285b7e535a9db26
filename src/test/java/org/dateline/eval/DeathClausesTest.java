package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeathClausesTest {
  @Test
  void aNumberAndADeathWordInOneClauseStateDeaths() {
    assertTrue(DeathClauses.statesDeaths("At least 13 people were killed on Sunday."));
    assertTrue(DeathClauses.statesDeaths("Gunmen killed an elderly farmer near the well."));
    assertTrue(DeathClauses.statesDeaths("A 23-year-old woman died in the fire."));
    assertTrue(DeathClauses.statesDeaths("Nobody died in the blast."));
    assertTrue(DeathClauses.statesDeaths("Thirty-seven soldiers were slain."));
  }

  @Test
  void datesAgesAndOtherClausesStateNoDeaths() {
    assertFalse(DeathClauses.statesDeaths("Gunmen killed the village chief on 5 March 2017."));
    assertFalse(DeathClauses.statesDeaths("The mayor, who was killed last week, had served 12 years."));
    assertFalse(DeathClauses.statesDeaths("Dozens of people were killed."));
    assertFalse(DeathClauses.statesDeaths("It was one of the deadliest attacks. Police arrested 3 suspects."));
    assertFalse(DeathClauses.statesDeaths("Rebels killed the governor at 10:30."));
  }
}
