package org.dateline.rules.time.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dateline.model.DateMention;
import org.dateline.model.Granularity;
import org.dateline.model.Report;
import org.junit.jupiter.api.Test;

/** A report of our own that mirrors the seed report's phrasings, published Wednesday 2026-03-11 12:00 Moscow time. */
class SeedReportTest {
  private static final String TEXT = "The ministry said today that it keeps in touch with its partners. "
      + "Envoys have met several times in recent days, and the minister spoke to his counterpart on Monday.\n"
      + "Four people died and 19 were hurt in the shelling of the port yesterday, Tuesday.\n"
      + "Officials said the repairs would continue as long as needed.\n"
      + "The two sides met twice in the capital last year. Further meetings were held this year in two cities.";
  private static final ZonedDateTime PUBLISHED = ZonedDateTime.parse("2026-03-11T12:00+03:00[Europe/Moscow]");

  @Test
  void eachPhraseResolvesAsTheSeedExpects() {
    List<DateMention> found = EnglishDateExtractor.create().extract(Report.of("seed", TEXT, PUBLISHED));
    Map<String, String> byText = found.stream().collect(Collectors.toMap(m -> m.span().text(), DateMention::value));
    assertEquals(Map.of("today", "2026-03-11", "recent days", "PAST_REF", "Monday", "2026-03-09",
        "yesterday, Tuesday", "2026-03-10", "last year", "2025", "this year", "2026"), byText);
    DateMention apposition = found.stream().filter(m -> m.span().text().equals("yesterday, Tuesday")).findFirst()
        .orElseThrow();
    assertTrue(apposition.problem().isEmpty(), apposition.toString());
    assertEquals(Granularity.DAY, apposition.time().orElseThrow().granularity());
    assertEquals("2026-03-10T00:00+03:00[Europe/Moscow]", apposition.interval().orElseThrow().start().toString());
    assertTrue(found.stream().noneMatch(m -> m.span().text().contains("19") || m.span().text().contains("Four")));
  }

  @Test
  void disagreeingHalvesAreOneMentionThatSaysSo() {
    List<DateMention> found = EnglishDateExtractor.create()
        .extract(Report.of("r", "The strike came yesterday, Monday, officials said.", PUBLISHED));
    assertEquals(1, found.size(), found.toString());
    assertEquals("2026-03-09", found.get(0).value());
    assertEquals("the parts disagree: 2026-03-10 vs 2026-03-09", found.get(0).problem().orElseThrow());
  }

  @Test
  void resultsDoNotDependOnWhatWasProcessedBefore() {
    EnglishDateExtractor x = EnglishDateExtractor.create();
    Report a = Report.of("a", TEXT, PUBLISHED);
    Report b = Report.of("b", "A year earlier, on March 3, the plant closed. The next day it reopened.",
        ZonedDateTime.parse("1999-06-01T00:30+02:00[Europe/Kyiv]"));
    List<DateMention> first = x.extract(a);
    x.extract(b);
    assertEquals(first, x.extract(a));
    assertEquals(x.extract(b), EnglishDateExtractor.create().extract(b));
  }

  @Test
  void narrativeAnchoringUsesTheLastMentionedDate() {
    List<DateMention> found = EnglishDateExtractor.create().extract(Report.of("n",
        "The talks opened on Feb. 20, 2026. The next day they broke down.", PUBLISHED));
    assertEquals(List.of("2026-02-20", "2026-02-21"), found.stream().map(DateMention::value).collect(Collectors.toList()));
    List<DateMention> alone = EnglishDateExtractor.create().extract(Report.of("n", "The next day they broke down.", PUBLISHED));
    assertEquals(1, alone.size());
    assertTrue(alone.get(0).problem().isPresent(), alone.toString());
    assertTrue(alone.get(0).time().isEmpty());
  }
}
