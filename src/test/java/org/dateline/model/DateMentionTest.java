package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateMentionTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  private static final String TEXT = "Drones struck yesterday, Tuesday evening, for three days.";
  private static final TextSpan YESTERDAY = TextSpan.of(TEXT, 14, 32);
  private static final TimeValue TUESDAY = TimeValue.ofDay(LocalDate.of(2026, 3, 10));

  @Test
  void resolvedBuilderTakesTypeValueAndIntervalFromTheTime() {
    DateMention m = DateMention.builder(YESTERDAY, TUESDAY, MOSCOW).rule("yesterday").build();
    assertEquals(TimexType.DATE, m.type());
    assertEquals("2026-03-10", m.value());
    assertEquals(Optional.of(TUESDAY), m.time());
    assertEquals(TUESDAY.interval(MOSCOW), m.interval());
    assertEquals("yesterday", m.rule());
    assertEquals(Optional.empty(), m.problem());
    assertEquals("DATE 2026-03-10 \"yesterday, Tuesday\"@14", m.toString());
  }

  @Test
  void timesAndPartsOfDayAreOfTypeTime() {
    TimeValue evening = TimeValue.ofPartOfDay(LocalDate.of(2026, 3, 10), PartOfDay.EVENING);
    assertEquals(TimexType.TIME, DateMention.builder(YESTERDAY, evening, MOSCOW).build().type());
    assertEquals(TimexType.DATE, DateMention.builder(YESTERDAY, TimeValue.ofYear(2026), MOSCOW).build().type());
  }

  @Test
  void bareBuilderKeepsTheValueWithoutTime() {
    DateMention m = DateMention.builder(TextSpan.of(TEXT, 42, 56), TimexType.DURATION, "P3D")
        .mod(TimexMod.APPROX).problem("not a date").build();
    assertEquals(Optional.empty(), m.time());
    assertEquals(Optional.empty(), m.interval());
    assertEquals(Optional.of(TimexMod.APPROX), m.mod());
    assertEquals("", m.rule());
    assertEquals("DURATION P3D APPROX \"for three days\"@42 !not a date", m.toString());
  }

  @Test
  void vaguePastMayBeGivenAnInterval() {
    ZonedDateTime published = ZonedDateTime.of(2026, 3, 11, 12, 0, 0, 0, MOSCOW);
    TimeInterval week = TimeInterval.of(published.minusDays(7), published);
    DateMention m = DateMention.builder(YESTERDAY, TimeValue.past(), MOSCOW).interval(week).build();
    assertEquals(Optional.of(week), m.interval());
    assertEquals(Optional.empty(), DateMention.builder(YESTERDAY, TimeValue.past(), MOSCOW).build().interval());
  }

  @Test
  void toBuilderCopiesEveryField() {
    DateMention m = DateMention.builder(YESTERDAY, TUESDAY, MOSCOW).mod(TimexMod.START).problem("p").rule("r").build();
    assertEquals(m, m.toBuilder().build());
  }

  @Test
  void blanksAreRefusedWithTheArgumentNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DateMention.builder(YESTERDAY, TimexType.DATE, " "));
    assertTrue(e.getMessage().contains("value must not be blank"));
    e = assertThrows(IllegalArgumentException.class, () -> DateMention.builder(YESTERDAY, TUESDAY, MOSCOW).problem(""));
    assertTrue(e.getMessage().contains("problem must not be blank"));
  }

  @Test
  void equality() {
    DateMention.Builder b = DateMention.builder(YESTERDAY, TUESDAY, MOSCOW);
    new EqualsTester()
        .addEqualityGroup(b.build(), DateMention.builder(YESTERDAY, TUESDAY, MOSCOW).build())
        .addEqualityGroup(DateMention.builder(YESTERDAY, TUESDAY, ZoneId.of("UTC")).build())
        .addEqualityGroup(DateMention.builder(YESTERDAY, TimexType.DATE, "2026-03-10").build())
        .addEqualityGroup(DateMention.builder(YESTERDAY, TUESDAY, MOSCOW).mod(TimexMod.MID).build())
        .addEqualityGroup(DateMention.builder(YESTERDAY, TUESDAY, MOSCOW).problem("disagree").build())
        .addEqualityGroup(DateMention.builder(YESTERDAY, TUESDAY, MOSCOW).rule("other").build())
        .addEqualityGroup(DateMention.builder(TextSpan.of(TEXT, 14, 23), TUESDAY, MOSCOW).build())
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester t = new NullPointerTester().setDefault(TextSpan.class, YESTERDAY)
        .setDefault(TimeValue.class, TUESDAY).setDefault(ZoneId.class, MOSCOW).setDefault(String.class, "P3D")
        .setDefault(TimeInterval.class, TUESDAY.interval(MOSCOW).orElseThrow());
    t.testAllPublicStaticMethods(DateMention.class);
    t.testAllPublicInstanceMethods(DateMention.builder(YESTERDAY, TUESDAY, MOSCOW).build());
    t.testAllPublicInstanceMethods(DateMention.builder(YESTERDAY, TUESDAY, MOSCOW));
  }
}
