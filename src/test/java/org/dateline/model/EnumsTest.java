package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The closed sets of the model and their names in JSON and TIMEX3. */
class EnumsTest {
  @Test
  void jsonNamesReadBack() {
    for (CasualtyCategory c : CasualtyCategory.values()) {
      assertEquals(c, CasualtyCategory.ofJsonName(c.jsonName()));
    }
    for (CountQualifier q : CountQualifier.values()) {
      assertEquals(q, CountQualifier.ofJsonName(q.jsonName()));
    }
    for (FigureRole r : FigureRole.values()) {
      assertEquals(r, FigureRole.ofJsonName(r.jsonName()));
    }
    for (EventType t : EventType.values()) {
      assertEquals(t, EventType.ofJsonName(t.jsonName()));
    }
    for (Season s : Season.values()) {
      assertEquals(s, Season.ofCode(s.code()));
    }
    for (PartOfDay p : PartOfDay.values()) {
      assertEquals(p, PartOfDay.ofCode(p.code()));
    }
  }

  @Test
  void designNames() {
    assertEquals("at_least", CountQualifier.AT_LEAST.jsonName());
    assertEquals("more_than", CountQualifier.MORE_THAN.jsonName());
    assertEquals("fewer_than", CountQualifier.FEWER_THAN.jsonName());
    assertEquals("hospitalized", CasualtyCategory.HOSPITALIZED.jsonName());
    assertEquals(Month.DECEMBER, Season.WINTER.firstMonth());
    assertEquals("NI", PartOfDay.NIGHT.code());
  }

  @Test
  void rolesThatATollCounts() {
    EnumSet<FigureRole> states = EnumSet.noneOf(FigureRole.class);
    EnumSet<FigureRole> counts = EnumSet.noneOf(FigureRole.class);
    for (FigureRole r : FigureRole.values()) {
      if (r.statesToll()) {
        states.add(r);
      }
      if (r.countsInToll()) {
        counts.add(r);
      }
    }
    assertEquals(EnumSet.of(FigureRole.TOTAL, FigureRole.UPDATE), states);
    assertEquals(EnumSet.of(FigureRole.TOTAL, FigureRole.UPDATE, FigureRole.ADDITIONAL), counts);
  }

  @Test
  void unknownNamesAreRefusedWithTheName() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CasualtyCategory.ofJsonName("maimed"))
        .getMessage().contains("maimed"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> CountQualifier.ofJsonName("AT_LEAST"))
        .getMessage().contains("AT_LEAST"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> FigureRole.ofJsonName("x"))
        .getMessage().contains("x"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> EventType.ofJsonName("war"))
        .getMessage().contains("war"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Season.ofCode("AU")).getMessage().contains("AU"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PartOfDay.ofCode("TNI"))
        .getMessage().contains("TNI"));
  }

  @Test
  void incidentsCanHaveTolls() {
    assertTrue(EventType.STRIKE.isIncident());
    assertFalse(EventType.TALKS.isIncident());
    assertTrue(Granularity.PAST.isVague());
    assertFalse(Granularity.CENTURY.isVague());
  }

  @Test
  void violentTypesNameOneIncidentTogether() {
    assertTrue(EventType.SHOOTING.isCompatibleWith(EventType.ATTACK));
    assertTrue(EventType.FIRE.isCompatibleWith(EventType.FIRE));
    assertTrue(EventType.FIRE.isCompatibleWith(EventType.EXPLOSION));
    assertTrue(EventType.EARTHQUAKE.isCompatibleWith(EventType.COLLAPSE));
    assertTrue(EventType.COLLAPSE.isCompatibleWith(EventType.EARTHQUAKE));
    assertTrue(EventType.FLOOD.isCompatibleWith(EventType.STORM));
    assertFalse(EventType.FIRE.isCompatibleWith(EventType.SHOOTING));
    assertFalse(EventType.FLOOD.isCompatibleWith(EventType.EARTHQUAKE));
    assertFalse(EventType.CRASH.isCompatibleWith(EventType.COLLAPSE));
    assertFalse(EventType.TALKS.isCompatibleWith(EventType.MEETING));
    assertFalse(EventType.TALKS.isViolent());
  }
}
