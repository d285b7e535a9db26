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
import org.junit.jupiter.api.DynamicTest;
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

  @TestFactory
  Stream<DynamicTest> knownFailures() {
    return CasualtyCorpus.KNOWN_FAILURES.stream().map(k -> dynamicTest("known failure: " + k[2], () -> {
      String got = figures(k[2]);
      assertNotEquals(k[0], got, "fixed: move to POSITIVE: " + k[2]);
      assertEquals(k[1], got, "the known wrong answer changed: " + k[2]);
    }));
  }
}
