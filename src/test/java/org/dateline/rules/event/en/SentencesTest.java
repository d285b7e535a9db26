package org.dateline.rules.event.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentencesTest {
  static List<String> split(String text) {
    return Sentences.split(text).stream().map(s -> text.substring(s[0], s[1])).collect(Collectors.toList());
  }

  @Test
  void splitsAtPeriodsAndLineBreaks() {
    assertEquals(List.of("One dead.", "Two hurt!", "Why?", "Headline", "Body."),
        split("One dead. Two hurt! Why? Headline\n\nBody."));
  }

  @Test
  void abbreviationsInitialsAndDottedLettersDoNotEndSentences() {
    assertEquals(List.of("Mr. Smith met Dr. Jones in Springfield, Ill. on Jan. 5 with J. R. Doe of the U.S. Army."),
        split("Mr. Smith met Dr. Jones in Springfield, Ill. on Jan. 5 with J. R. Doe of the U.S. Army."));
  }

  @Test
  void quotesCloseTheSentence() {
    assertEquals(List.of("\"We are safe.\"", "He left."), split("\"We are safe.\" He left."));
  }

  @Test
  void linearOnLongInput() {
    String text = "a. ".repeat(200_000);
    assertEquals(1, split(text).size());
  }
}
