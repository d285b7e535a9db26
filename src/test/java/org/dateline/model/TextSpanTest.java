package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class TextSpanTest {
  private static final String TEXT = "Drones struck Bryansk yesterday.";

  @Test
  void ofCopiesTheCharacters() {
    TextSpan s = TextSpan.of(TEXT, 14, 21);
    assertEquals("Bryansk", s.text());
    assertEquals(14, s.begin());
    assertEquals(21, s.end());
    assertEquals(7, s.length());
    assertEquals("14-21:\"Bryansk\"", s.toString());
    assertEquals(s, TextSpan.ofText(14, 21, "Bryansk"));
  }

  @Test
  void offsetsAreUtf16CodeUnits() {
    String text = "\uD83D\uDCA5 blast";
    assertEquals("blast", TextSpan.of(text, 3, 8).text());
  }

  @Test
  void emptySpanIsAllowed() {
    assertEquals(0, TextSpan.of(TEXT, 5, 5).length());
  }

  @Test
  void badOffsetsAreRefused() {
    assertThrows(IndexOutOfBoundsException.class, () -> TextSpan.of(TEXT, -1, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> TextSpan.of(TEXT, 5, 4));
    assertThrows(IndexOutOfBoundsException.class, () -> TextSpan.of(TEXT, 0, TEXT.length() + 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextSpan.ofText(3, 2, ""));
    assertTrue(e.getMessage().contains("0 <= begin <= end: 3, 2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> TextSpan.ofText(0, 4, "abc"));
    assertTrue(e.getMessage().contains("text length 3 does not match end - begin = 4"), e.getMessage());
  }

  @Test
  void overlapsAndContains() {
    TextSpan bryansk = TextSpan.of(TEXT, 14, 21);
    TextSpan struckBryansk = TextSpan.of(TEXT, 7, 21);
    TextSpan yesterday = TextSpan.of(TEXT, 22, 31);
    assertTrue(struckBryansk.contains(bryansk));
    assertFalse(bryansk.contains(struckBryansk));
    assertTrue(bryansk.overlaps(struckBryansk));
    assertFalse(bryansk.overlaps(yesterday));
    assertFalse(TextSpan.of(TEXT, 21, 22).overlaps(bryansk));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(TextSpan.of(TEXT, 0, 6), TextSpan.ofText(0, 6, "Drones"))
        .addEqualityGroup(TextSpan.ofText(1, 7, "Drones"))
        .addEqualityGroup(TextSpan.ofText(0, 6, "drones"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester t = new NullPointerTester().setDefault(CharSequence.class, TEXT).setDefault(String.class, "Drones")
        .setDefault(TextSpan.class, TextSpan.of(TEXT, 0, 6));
    t.testAllPublicStaticMethods(TextSpan.class);
    t.testAllPublicInstanceMethods(TextSpan.of(TEXT, 0, 6));
  }
}
