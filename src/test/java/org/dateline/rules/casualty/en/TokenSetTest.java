package org.dateline.rules.casualty.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TokenSetTest {
  private static final TokenSet SET = TokenSet.of("shot", "police", "no-one", "o'brien", "caf\u00e9", ",", "12", "shot");

  /** Words in the flag tables, words in none, numbers, punctuation, accented and curly-quoted words. */
  private static final List<String> PIECES = List.of("Shot", "SHOT", "shot", "police", "Police", "Smithville",
      "no-one", "No-One", "O'Brien", "O\u2019Brien", "Caf\u00e9", "CAF\u00c9", "\u00c9cole", "12", "1,200", "3.5",
      "twenty-three", "23-year-old", ",", ".", "\u201c", "\u2014", "killed", "Killed", "people", "x", "Mr", "\u0130stanbul");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(12).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void everyTokenCarriesTheHashOfItsLowerCase(@ForAll("texts") String text) {
    for (Token t : Tokenizer.tokenize(text).tokens) {
      assertEquals(t.lower.hashCode(), t.hash, () -> text + ": " + t.lower);
    }
  }

  @Property(tries = 300)
  void aTokenIsInTheSetExactlyWhenItsLowerCaseIs(@ForAll("texts") String text) {
    for (Token t : Tokenizer.tokenize(text).tokens) {
      assertEquals(SET.words().contains(t.lower), SET.contains(t), () -> text + ": " + t.lower);
    }
  }

  @Test
  void aLargeTableFindsEachOfItsWordsAsATokenAndRefusesTheirNeighbours() {
    for (String w : Lexicon.AUXILIARIES.words()) {
      assertTrue(Lexicon.AUXILIARIES.contains(Tokenizer.tokenize(w).tokens[0]), w);
      String other = w + "x";
      assertFalse(Lexicon.AUXILIARIES.contains(Tokenizer.tokenize(other).tokens[0]), other);
    }
  }

  @Test
  void answersForTokensAndStrings() {
    Token[] t = Tokenizer.tokenize("Police shot O\u2019Brien, not Smith; CAF\u00c9 12").tokens;
    assertTrue(SET.contains(t[0]));
    assertTrue(SET.contains(t[1]));
    assertTrue(SET.contains(t[2]));
    assertTrue(SET.contains(t[3]));
    assertFalse(SET.contains(t[4]));
    assertFalse(SET.contains(t[5]));
    assertFalse(SET.contains(t[6]));
    assertTrue(SET.contains(t[7]));
    assertTrue(SET.contains(t[8]));
    assertTrue(SET.contains("no-one"));
    assertFalse(SET.contains("Police"));
    assertEquals(7, SET.words().size());
  }
}
