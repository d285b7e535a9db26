package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CasualtyFigureTest {
  private static final String TEXT = "At least six people died, police said.";
  private static final TextSpan SPAN = TextSpan.of(TEXT, 0, 24);

  private static CasualtyFigure.Builder six() {
    return CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.atLeast(6), SPAN);
  }

  @Test
  void builderDefaultsAndFields() {
    CasualtyFigure bare = six().build();
    assertEquals(Optional.empty(), bare.who());
    assertEquals(Optional.empty(), bare.claimedBy());
    assertEquals(FigureRole.TOTAL, bare.role());
    assertEquals("", bare.rule());
    assertEquals("killed [6..+inf) @0-24", bare.toString());
    CasualtyFigure f = six().who("people").claimedBy("police").role(FigureRole.UPDATE).rule("r").build();
    assertEquals(Optional.of("people"), f.who());
    assertEquals(Optional.of("police"), f.claimedBy());
    assertEquals(CasualtyCount.atLeast(6), f.count());
    assertEquals(SPAN, f.span());
    assertEquals("killed [6..+inf) people (police) update @0-24", f.toString());
    assertEquals(f, f.toBuilder().build());
  }

  @Test
  void restatementsAreKeptOnceInTextOrderAndNeverTheFiguresOwnSpan() {
    TextSpan police = TextSpan.of(TEXT, 26, 37);
    TextSpan six = TextSpan.of(TEXT, 9, 12);
    CasualtyFigure f = six().restatedAt(police).restatedAt(six).restatedAt(police).build();
    assertEquals(java.util.List.of(six, police), f.restatedAt());
    assertEquals(f, f.toBuilder().build());
    assertEquals(java.util.List.of(), six().build().restatedAt());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> six().restatedAt(SPAN));
    assertTrue(e.getMessage().contains("no restatement"));
  }

  @Test
  void blanksAreRefusedWithTheArgumentNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> six().who(" "));
    assertTrue(e.getMessage().contains("who must not be blank"));
    e = assertThrows(IllegalArgumentException.class, () -> six().claimedBy(""));
    assertTrue(e.getMessage().contains("claimedBy must not be blank"));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(six().build(), six().build())
        .addEqualityGroup(six().who("people").build())
        .addEqualityGroup(six().claimedBy("police").build())
        .addEqualityGroup(six().role(FigureRole.SUBTOTAL).build())
        .addEqualityGroup(six().rule("r").build())
        .addEqualityGroup(six().restatedAt(TextSpan.of(TEXT, 9, 12)).build())
        .addEqualityGroup(CasualtyFigure.builder(CasualtyCategory.INJURED, CasualtyCount.atLeast(6), SPAN).build())
        .addEqualityGroup(CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.moreThan(6), SPAN).build())
        .addEqualityGroup(CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.atLeast(6),
            TextSpan.of(TEXT, 9, 12)).build())
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester t = new NullPointerTester().setDefault(TextSpan.class, SPAN)
        .setDefault(CasualtyCount.class, CasualtyCount.exactly(1));
    t.testAllPublicStaticMethods(CasualtyFigure.class);
    t.testAllPublicInstanceMethods(six().build());
    t.testAllPublicInstanceMethods(six());
  }
}
