package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CasualtyCountTest {
  private static final Range<Long> DOZENS = Range.closed(24L, 99L);

  @Test
  void factoriesKeepTheQualifierAndBounds() {
    assertCount(CasualtyCount.exactly(37), CountQualifier.EXACT, "37", 37, 37);
    assertCount(CasualtyCount.atLeast(6), CountQualifier.AT_LEAST, "[6..+inf)", 6, -1);
    assertCount(CasualtyCount.moreThan(6), CountQualifier.MORE_THAN, "(6..+inf)", 7, -1);
    assertCount(CasualtyCount.atMost(5), CountQualifier.AT_MOST, "(-inf..5]", 0, 5);
    assertCount(CasualtyCount.fewerThan(5), CountQualifier.FEWER_THAN, "(-inf..5)", 0, 4);
    assertCount(CasualtyCount.between(5, 7), CountQualifier.RANGE, "[5..7]", 5, 7);
    assertCount(CasualtyCount.about(200), CountQualifier.ABOUT, "~200", 180, 220);
    assertCount(CasualtyCount.vague("dozens", DOZENS), CountQualifier.VAGUE, "dozens[24..99]", 24, 99);
    assertCount(CasualtyCount.vague("hundreds", Range.atLeast(200L)), CountQualifier.VAGUE, "hundreds[200..+inf)", 200, -1);
  }

  private static void assertCount(CasualtyCount c, CountQualifier q, String text, long min, long max) {
    assertEquals(q, c.qualifier());
    assertEquals(text, c.toString());
    assertEquals(min, c.min());
    assertEquals(max < 0 ? OptionalLong.empty() : OptionalLong.of(max), c.max());
  }

  @Test
  void valueIsTheNumberAsStated() {
    assertEquals(OptionalLong.of(6), CasualtyCount.moreThan(6).value());
    assertEquals(OptionalLong.of(200), CasualtyCount.about(200).value());
    assertEquals(OptionalLong.empty(), CasualtyCount.between(5, 7).value());
    assertEquals(OptionalLong.empty(), CasualtyCount.vague("dozens", DOZENS).value());
    assertEquals(Optional.of("dozens"), CasualtyCount.vague("dozens", DOZENS).word());
    assertEquals(Optional.empty(), CasualtyCount.exactly(3).word());
  }

  @Test
  void atLeastAndMoreThanStayApart() {
    assertFalse(CasualtyCount.atLeast(6).equals(CasualtyCount.moreThan(6)));
    assertTrue(CasualtyCount.atLeast(6).range().contains(6L));
    assertFalse(CasualtyCount.moreThan(6).range().contains(6L));
  }

  @Test
  void theLargestCountsKeepTheirBounds() {
    long max = CasualtyCount.MAX_COUNT;
    assertEquals(max + 1, CasualtyCount.moreThan(max).min());
    assertEquals(CasualtyCount.about(max), CasualtyCount.parse(CasualtyCount.about(max).toString()));
    assertEquals(CasualtyCount.exactly(max), CasualtyCount.parse("999999999999999999"));
  }

  @Test
  void zeroIsExactlyNoOne() {
    assertTrue(CasualtyCount.zero().isZero());
    assertEquals(CasualtyCount.exactly(0), CasualtyCount.zero());
    assertFalse(CasualtyCount.atMost(0).isZero());
    assertFalse(CasualtyCount.about(0).isZero());
    assertFalse(CasualtyCount.exactly(1).isZero());
  }

  @Test
  void aboutIsTenPercentEitherSideRoundedOutwards() {
    assertEquals(Range.closed(0L, 0L), CasualtyCount.about(0).range());
    assertEquals(Range.closed(0L, 2L), CasualtyCount.about(1).range());
    assertEquals(Range.closed(13L, 17L), CasualtyCount.about(15).range());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "0 | EXACT", "37 | EXACT", "[6..+inf) | AT_LEAST", "(6..+inf) | MORE_THAN", "(-inf..5] | AT_MOST",
      "(-inf..5) | FEWER_THAN", "[5..7] | RANGE", "~200 | ABOUT", "dozens[24..99] | VAGUE",
      "scores[40..+inf) | VAGUE", "a few[2..5] | VAGUE", "well over-a-hundred[101..+inf) | VAGUE",
  })
  void parsesEveryCanonicalForm(String text, CountQualifier qualifier) {
    CasualtyCount c = CasualtyCount.parse(text);
    assertEquals(qualifier, c.qualifier());
    assertEquals(text, c.toString());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "-1", "six", "6+", "[6..)", "[6..+inf]", "(6..7)", "[7..5]", "[5..5]", "~", "~-3",
      "(-inf..0)", "Dozens[24..99]", "dozens(24..99]", "dozens[24..99)", "dozens[99..24]", " 6", "6 ",
      "1234567890123456789012"})
  void refusesTextThatIsNotCanonical(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CasualtyCount.parse(text));
    assertTrue(e.getMessage().startsWith("not a casualty count: '" + text + "'"), e.getMessage());
  }

  @Test
  void validationMessagesNameTheArgument() {
    assertMessage("n must not be negative: -1", () -> CasualtyCount.exactly(-1));
    assertMessage("n must not be negative: -2", () -> CasualtyCount.atLeast(-2));
    assertMessage("n must be at least 1: 0", () -> CasualtyCount.fewerThan(0));
    assertMessage("min must not be negative: -1", () -> CasualtyCount.between(-1, 4));
    assertMessage("max must be greater than min: min=5, max=5", () -> CasualtyCount.between(5, 5));
    assertMessage("word must be 1 to 41 lower-case letters", () -> CasualtyCount.vague("Dozens", DOZENS));
    assertMessage("word must be 1 to 41 lower-case letters", () -> CasualtyCount.vague("", DOZENS));
    assertMessage("bounds must have a closed, non-negative lower bound", () -> CasualtyCount.vague("many",
        Range.greaterThan(3L)));
    assertMessage("bounds must have a closed upper bound or none", () -> CasualtyCount.vague("few",
        Range.closedOpen(2L, 5L)));
    assertMessage("not a casualty count: 'six'", () -> CasualtyCount.parse("six"));
    assertMessage("not a casualty count: '[7..5]': max must be greater than min", () -> CasualtyCount.parse("[7..5]"));
    assertMessage("n must be at most 999999999999999999: 1000000000000000000",
        () -> CasualtyCount.moreThan(CasualtyCount.MAX_COUNT + 1));
    assertMessage("max must be at most 999999999999999999", () -> CasualtyCount.between(0, Long.MAX_VALUE));
    assertMessage("bounds must be at most 999999999999999999", () -> CasualtyCount.vague("many",
        Range.atLeast(Long.MAX_VALUE)));
  }

  private static void assertMessage(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(CasualtyCount.exactly(6), CasualtyCount.parse("6"))
        .addEqualityGroup(CasualtyCount.atLeast(6), CasualtyCount.parse("[6..+inf)"))
        .addEqualityGroup(CasualtyCount.moreThan(6))
        .addEqualityGroup(CasualtyCount.moreThan(5))
        .addEqualityGroup(CasualtyCount.atMost(6))
        .addEqualityGroup(CasualtyCount.fewerThan(7))
        .addEqualityGroup(CasualtyCount.between(0, 6))
        .addEqualityGroup(CasualtyCount.about(6))
        .addEqualityGroup(CasualtyCount.vague("dozens", DOZENS), CasualtyCount.parse("dozens[24..99]"))
        .addEqualityGroup(CasualtyCount.vague("scores", DOZENS))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester t = new NullPointerTester().setDefault(Range.class, DOZENS).setDefault(String.class, "dozens");
    t.testAllPublicStaticMethods(CasualtyCount.class);
    t.testAllPublicInstanceMethods(CasualtyCount.vague("dozens", DOZENS));
  }
}
