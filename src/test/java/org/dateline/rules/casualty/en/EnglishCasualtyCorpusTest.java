package org.dateline.rules.casualty.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;
import org.dateline.model.Report;
import org.dateline.model.TextSpan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EnglishCasualtyCorpusTest {
  /** The fixed reference time of the corpus: the seed report's publication. */
  static final ZonedDateTime PUBLISHED = ZonedDateTime.parse("2026-03-11T12:00:00+03:00");

  static String figures(String sentence) {
    List<CasualtyFigure> found = EnglishCasualtyExtractor.create().extract(Report.of("corpus", sentence, PUBLISHED));
    return found.stream().map(EnglishCasualtyCorpusTest::show).collect(Collectors.joining("; "));
  }

  private static String show(CasualtyFigure f) {
    String s = f.category().jsonName() + " " + f.count();
    return f.role() == FigureRole.TOTAL ? s : s + " (" + f.role().jsonName() + ")";
  }

  @TestFactory
  Stream<DynamicTest> positive() {
    return CasualtyCorpus.POSITIVE.stream().flatMap(entry -> entry.sentences.stream().map(
        s -> dynamicTest(entry.expected + " <- " + s, () -> assertEquals(entry.expected, figures(s), s))));
  }

  @TestFactory
  Stream<DynamicTest> negative() {
    return CasualtyCorpus.NEGATIVE.stream().map(s -> dynamicTest("none <- " + s, () -> assertEquals("", figures(s), s)));
  }

  @Test
  void aTollToldTwiceKeepsTheWordsOfEachTelling() {
    String text = "Ferry sinks, 23 dead\nTwenty-three passengers drowned when a ferry sank. "
        + "The sinking, which killed 23, was the worst in a decade.";
    List<CasualtyFigure> found = EnglishCasualtyExtractor.create().extract(Report.of("corpus", text, PUBLISHED));
    assertEquals(1, found.size(), found.toString());
    assertEquals("23 dead", found.get(0).span().text());
    assertEquals(List.of("Twenty-three passengers drowned", "killed 23"),
        found.get(0).restatedAt().stream().map(TextSpan::text).toList());
  }

  @Test
  void aHeadlineThatRoundsTheStorysTollIsOneOfItsTellings() {
    String text = "Floods leave dozens dead\nThe floods have killed at least 37 people in three provinces.";
    List<CasualtyFigure> found = EnglishCasualtyExtractor.create().extract(Report.of("corpus", text, PUBLISHED));
    assertEquals(1, found.size(), found.toString());
    assertEquals("killed at least 37 people", found.get(0).span().text());
    assertEquals(List.of("dozens dead"), found.get(0).restatedAt().stream().map(TextSpan::text).toList());
  }

  @Test
  void aTollToldOnceHasNoOtherWords() {
    List<CasualtyFigure> found = EnglishCasualtyExtractor.create().extract(
        Report.of("corpus", "Nine miners died in the flooded pit. Four more are missing.", PUBLISHED));
    assertEquals(2, found.size(), found.toString());
    found.forEach(f -> assertEquals(List.of(), f.restatedAt(), f.toString()));
  }

  @TestFactory
  Stream<DynamicTest> knownFailures() {
    return CasualtyCorpus.KNOWN_FAILURES.stream().map(k -> dynamicTest("known failure: " + k[2], () -> {
      String got = figures(k[2]);
      assertNotEquals(k[0], got, "fixed: move to POSITIVE: " + k[2]);
      assertEquals(k[1], got, "the known wrong answer changed: " + k[2]);
    }));
  }
}
