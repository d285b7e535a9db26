package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceTest {
  @Test
  void factories() {
    assertEquals("Wire", Source.of("Wire").outlet());
    assertEquals(Optional.empty(), Source.of("Wire").url());
    assertEquals(Optional.of("https://example.org/a"), Source.of("Wire", "https://example.org/a").url());
    assertEquals("Wire <https://example.org/a>", Source.of("Wire", "https://example.org/a").toString());
    assertEquals("Wire", Source.of("Wire").toString());
  }

  @Test
  void blanksAreRefusedWithTheArgumentNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Source.of(" "));
    assertTrue(e.getMessage().contains("outlet must not be blank"));
    e = assertThrows(IllegalArgumentException.class, () -> Source.of("Wire", ""));
    assertTrue(e.getMessage().contains("url must not be blank"));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Source.of("Wire"), Source.of("Wire"))
        .addEqualityGroup(Source.of("Wire", "https://example.org/a"), Source.of("Wire", "https://example.org/a"))
        .addEqualityGroup(Source.of("Wire", "https://example.org/b"))
        .addEqualityGroup(Source.of("Post"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester().testAllPublicStaticMethods(Source.class);
  }
}
