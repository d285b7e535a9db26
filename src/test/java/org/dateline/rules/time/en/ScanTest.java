package org.dateline.rules.time.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScanTest {
  @Test
  void lowerCasesTheAsciiCapitalsAloneSoThatOffsetsAgree() {
    assertEquals("\u0130stanbul, \u00c9tienne \u03a3 said on monday", new Scan("\u0130stanbul, \u00c9tienne \u03a3 said on Monday").lower);
    assertEquals("\ud801\udc00 met on friday", new Scan("\ud801\udc00 met on FRIDAY").lower);
  }

  @Test
  void lowerCasesTextWithUncasedPunctuationTheSameWay() {
    assertEquals("\u201cit was tuesday\u201d \u2014 caf\u00e9 owner", new Scan("\u201cIt was Tuesday\u201d \u2014 Caf\u00e9 owner").lower);
    assertEquals("plain ascii, 2 days ago", new Scan("Plain ASCII, 2 days ago").lower);
  }
}
