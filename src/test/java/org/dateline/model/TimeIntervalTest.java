package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeIntervalTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final ZonedDateTime MIDNIGHT = ZonedDateTime.of(2026, 3, 10, 0, 0, 0, 0, MOSCOW);
  private static final TimeInterval DAY = TimeInterval.of(MIDNIGHT, MIDNIGHT.plusDays(1));

  @Test
  void isHalfOpen() {
    assertTrue(DAY.contains(MIDNIGHT.toInstant()));
    assertTrue(DAY.contains(MIDNIGHT.plusDays(1).minusNanos(1).toInstant()));
    assertFalse(DAY.contains(MIDNIGHT.plusDays(1).toInstant()));
    assertFalse(DAY.contains(MIDNIGHT.minusNanos(1).toInstant()));
    assertEquals(Duration.ofDays(1), DAY.length());
  }

  @Test
  void overlapsAndEncloses() {
    TimeInterval evening = TimeInterval.of(MIDNIGHT.plusHours(17), MIDNIGHT.plusHours(21));
    TimeInterval nextDay = TimeInterval.of(MIDNIGHT.plusDays(1), MIDNIGHT.plusDays(2));
    assertTrue(DAY.encloses(evening));
    assertFalse(evening.encloses(DAY));
    assertTrue(DAY.overlaps(evening));
    assertFalse(DAY.overlaps(nextDay));
    assertTrue(DAY.encloses(DAY));
  }

  @Test
  void emptyIntervalIsAllowedButReversedIsNot() {
    assertEquals(Duration.ZERO, TimeInterval.of(MIDNIGHT, MIDNIGHT).length());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimeInterval.of(MIDNIGHT, MIDNIGHT.minusSeconds(1)));
    assertTrue(e.getMessage().contains("endExclusive 2026-03-09T23:59:59+03:00[Europe/Moscow] is before start"),
        e.getMessage());
  }

  @Test
  void parsesWhatItWrites() {
    assertEquals("2026-03-10T00:00+03:00[Europe/Moscow]/2026-03-11T00:00+03:00[Europe/Moscow]", DAY.toString());
    assertEquals(DAY, TimeInterval.parse(DAY.toString()));
    TimeInterval offsets = TimeInterval.of(MIDNIGHT.withZoneSameInstant(ZoneOffset.ofHours(3)),
        MIDNIGHT.plusHours(1).withZoneSameInstant(ZoneId.of("America/Sao_Paulo")));
    assertEquals(offsets, TimeInterval.parse(offsets.toString()));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "2026-03-10T00:00+03:00", "2026-03-11T00:00+03:00/2026-03-10T00:00+03:00",
      "2026-03-10/2026-03-11", "2026-03-10T00:00+03:00[Europe/Moscow]"})
  void refusesBadText(String text) {
    assertThrows(DateTimeParseException.class, () -> TimeInterval.parse(text));
  }

  @Test
  void equalityComparesZones() {
    new EqualsTester()
        .addEqualityGroup(DAY, TimeInterval.of(MIDNIGHT, MIDNIGHT.plusDays(1)))
        .addEqualityGroup(TimeInterval.of(MIDNIGHT.withZoneSameInstant(ZoneOffset.UTC),
            MIDNIGHT.plusDays(1).withZoneSameInstant(ZoneOffset.UTC)))
        .addEqualityGroup(TimeInterval.of(MIDNIGHT, MIDNIGHT.plusHours(1)))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester t = new NullPointerTester().setDefault(ZonedDateTime.class, MIDNIGHT)
        .setDefault(Instant.class, MIDNIGHT.toInstant()).setDefault(TimeInterval.class, DAY);
    t.testAllPublicStaticMethods(TimeInterval.class);
    t.testAllPublicInstanceMethods(DAY);
  }
}
