package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Claim, Toll, Event and Extraction: the types that gather figures across reports. */
class EventTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final String TEXT = "At least six people died and 37 were hurt.";
  private static final Report R1 = Report.of("r1", TEXT, ZonedDateTime.of(2026, 3, 11, 12, 0, 0, 0, MOSCOW));
  private static final CasualtyFigure SIX = CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.atLeast(6),
      TextSpan.of(TEXT, 0, 24)).build();
  private static final CasualtyFigure HURT = CasualtyFigure.builder(CasualtyCategory.INJURED,
      CasualtyCount.exactly(37), TextSpan.of(TEXT, 29, 41)).build();
  private static final Claim CLAIM = Claim.of(R1, SIX);
  private static final Claim LATER = Claim.of("r3", Instant.parse("2026-03-12T08:00:00Z"),
      CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.exactly(7), TextSpan.ofText(0, 5, "Seven")).build());
  private static final TimeValue TUESDAY = TimeValue.ofDay(LocalDate.of(2026, 3, 10));

  @Test
  void claimTracesTheFigureToItsReport() {
    assertEquals("r1", CLAIM.reportId());
    assertEquals(R1.publishedInstant(), CLAIM.published());
    assertEquals(SIX, CLAIM.figure());
    assertEquals("r1: killed [6..+inf) @0-24", CLAIM.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Claim.of(" ", Instant.EPOCH, SIX));
    assertTrue(e.getMessage().contains("reportId must not be blank"));
  }

  @Test
  void tollChecksItsEstimatesAndCategory() {
    Toll t = Toll.of(CasualtyCategory.KILLED, 6, 6, 7, List.of(CLAIM, LATER));
    assertEquals(List.of(6L, 6L, 7L), List.of(t.low(), t.best(), t.high()));
    assertEquals(ImmutableList.of(CLAIM, LATER), t.claims());
    assertEquals("killed 6/6/7 (2 claims)", t.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Toll.of(CasualtyCategory.KILLED, 7, 6, 7, List.of()));
    assertTrue(e.getMessage().contains("low=7, best=6, high=7"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Toll.of(CasualtyCategory.INJURED, 6, 6, 6, List.of(CLAIM)));
    assertTrue(e.getMessage().contains("is not of category injured"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Toll.of(CasualtyCategory.KILLED, -1, 0, 0, List.of()));
  }

  private static Event.Builder attack() {
    return Event.builder("e1", EventType.ATTACK).time(TUESDAY, TUESDAY.interval(MOSCOW).orElseThrow());
  }

  @Test
  void eventGathersClaimsTollsAndReports() {
    Toll killed = Toll.of(CasualtyCategory.KILLED, 6, 6, 7, List.of(CLAIM, LATER));
    Event e = attack().place("Bryansk").addActor("Ukraine").addReport("r0").addClaim(CLAIM).addClaim(LATER)
        .toll(killed).trigger(TextSpan.ofText(0, 6, "attack")).build();
    assertEquals(List.of("r0", "r1", "r3"), e.reports().asList());
    assertEquals(Optional.of(killed), e.toll(CasualtyCategory.KILLED));
    assertEquals(Optional.empty(), e.toll(CasualtyCategory.INJURED));
    assertEquals(Optional.of("Bryansk"), e.place());
    assertEquals(Optional.of(TUESDAY), e.time());
    assertEquals("e1 attack 2026-03-10 Bryansk [killed 6/6/7 (2 claims)]", e.toString());
    assertEquals(e, e.toBuilder().build());
  }

  @Test
  void vagueTimeHasNoInterval() {
    Event e = attack().time(TimeValue.past()).build();
    assertEquals(Optional.empty(), e.interval());
    assertEquals("e2 talks ?", Event.builder("e2", EventType.TALKS).build().toString());
  }

  @Test
  void blanksAreRefusedWithTheArgumentNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Event.builder("", EventType.CALL));
    assertTrue(e.getMessage().contains("id must not be blank"));
    e = assertThrows(IllegalArgumentException.class, () -> attack().place(" "));
    assertTrue(e.getMessage().contains("place must not be blank"));
  }

  @Test
  void extractionKeepsItsListsInOrder() {
    Extraction x = Extraction.of(R1, List.of(), List.of(SIX, HURT), List.of(attack().build()));
    assertEquals(R1, x.report());
    assertEquals(ImmutableList.of(SIX, HURT), x.casualties());
    assertEquals("Extraction[r1, 0 dates, 2 figures, 1 events]", x.toString());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(CLAIM, Claim.of("r1", R1.publishedInstant(), SIX))
        .addEqualityGroup(LATER)
        .addEqualityGroup(Claim.of(R1, HURT))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Toll.of(CasualtyCategory.KILLED, 6, 6, 7, List.of(CLAIM)),
            Toll.of(CasualtyCategory.KILLED, 6, 6, 7, List.of(CLAIM)))
        .addEqualityGroup(Toll.of(CasualtyCategory.KILLED, 6, 7, 7, List.of(CLAIM)))
        .addEqualityGroup(Toll.of(CasualtyCategory.KILLED, 6, 6, 7, List.of()))
        .addEqualityGroup(Toll.of(CasualtyCategory.MISSING, 6, 6, 7, List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(attack().build(), attack().build())
        .addEqualityGroup(attack().place("Bryansk").build())
        .addEqualityGroup(attack().addActor("Ukraine").build())
        .addEqualityGroup(attack().addClaim(CLAIM).build())
        .addEqualityGroup(attack().addReport("r1").build())
        .addEqualityGroup(attack().time(TimeValue.past()).build())
        .addEqualityGroup(Event.builder("e1", EventType.STRIKE).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Extraction.of(R1, List.of(), List.of(SIX), List.of()),
            Extraction.of(R1, List.of(), List.of(SIX), List.of()))
        .addEqualityGroup(Extraction.of(R1, List.of(), List.of(), List.of()))
        .addEqualityGroup(Extraction.of(R1, List.of(), List.of(), List.of(attack().build())))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester t = new NullPointerTester().setDefault(Report.class, R1).setDefault(CasualtyFigure.class, SIX)
        .setDefault(Claim.class, CLAIM).setDefault(String.class, "r1").setDefault(TimeValue.class, TUESDAY)
        .setDefault(TimeInterval.class, TUESDAY.interval(MOSCOW).orElseThrow())
        .setDefault(Toll.class, Toll.of(CasualtyCategory.KILLED, 6, 6, 7, List.of(CLAIM)))
        .setDefault(TextSpan.class, TextSpan.ofText(0, 1, "a"));
    t.testAllPublicStaticMethods(Claim.class);
    t.testAllPublicStaticMethods(Toll.class);
    t.testAllPublicStaticMethods(Event.class);
    t.testAllPublicStaticMethods(Extraction.class);
    t.testAllPublicInstanceMethods(attack().build());
    t.testAllPublicInstanceMethods(attack());
  }
}
