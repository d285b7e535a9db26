package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
  private static final ZonedDateTime PUBLISHED = ZonedDateTime.of(2026, 3, 6, 0, 30, 0, 0, KYIV);

  @Test
  void keepsInstantAndZoneTogether() {
    Report r = Report.of("r1", "Text.", PUBLISHED.toInstant(), KYIV);
    assertEquals(PUBLISHED, r.published());
    assertEquals(KYIV, r.zone());
    assertEquals(Instant.parse("2026-03-05T22:30:00Z"), r.publishedInstant());
    assertEquals(6, r.published().getDayOfMonth());
    assertEquals("en", r.language());
    assertEquals(Optional.empty(), r.source());
    assertEquals("Report[r1, 2026-03-06T00:30+02:00[Europe/Kyiv], 5 chars]", r.toString());
  }

  @Test
  void withersReturnCopies() {
    Report r = Report.of("r1", "Text.", PUBLISHED);
    Report sourced = r.withSource(Source.of("Wire")).withLanguage("uk");
    assertEquals(Optional.of(Source.of("Wire")), sourced.source());
    assertEquals("uk", sourced.language());
    assertEquals(Optional.empty(), r.source());
    assertEquals("en", r.language());
  }

  @Test
  void blanksAreRefusedWithTheArgumentNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Report.of(" ", "x", PUBLISHED));
    assertTrue(e.getMessage().contains("id must not be blank"));
    e = assertThrows(IllegalArgumentException.class, () -> Report.of("r1", "x", PUBLISHED).withLanguage(""));
    assertTrue(e.getMessage().contains("language must not be blank"));
  }

  @Test
  void equality() {
    Report r = Report.of("r1", "Text.", PUBLISHED);
    new EqualsTester()
        .addEqualityGroup(r, Report.of("r1", "Text.", PUBLISHED.toInstant(), KYIV))
        .addEqualityGroup(Report.of("r2", "Text.", PUBLISHED))
        .addEqualityGroup(Report.of("r1", "Other.", PUBLISHED))
        .addEqualityGroup(Report.of("r1", "Text.", PUBLISHED.withZoneSameInstant(ZoneId.of("UTC"))))
        .addEqualityGroup(r.withSource(Source.of("Wire")))
        .addEqualityGroup(r.withLanguage("uk"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester t = new NullPointerTester().setDefault(ZonedDateTime.class, PUBLISHED)
        .setDefault(ZoneId.class, KYIV).setDefault(Instant.class, PUBLISHED.toInstant())
        .setDefault(String.class, "r1").setDefault(Source.class, Source.of("Wire"));
    t.testAllPublicStaticMethods(Report.class);
    t.testAllPublicInstanceMethods(Report.of("r1", "Text.", PUBLISHED));
  }
}
