package org.dateline.rules.event.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.DateMention;
import org.dateline.model.Event;
import org.dateline.model.Report;
import org.dateline.model.TextSpan;
import org.dateline.model.Timeline;
import org.dateline.rules.time.en.EnglishDateExtractor;
import org.junit.jupiter.api.Test;

/** The seed report, paraphrased in our own words, as one report through the event rules. */
class SeedParaphraseTest {
  static final String TEXT = "Moscow stays in close touch with Tehran, a Kremlin spokesman told journalists on Wednesday.\n"
      + "Vladimir Putin and his foreign minister held talks with Iranian officials over the past few days, and Putin "
      + "also had a phone call with Donald Trump on Monday.\n"
      + "The Kremlin blamed British specialists for the deadly Ukrainian strike on the Russian city of Bryansk, "
      + "carried out with Storm Shadow missiles.\n"
      + "At least six people were killed and 37 injured in the attack in Bryansk yesterday, Tuesday.\n"
      + "A new round of trilateral talks is expected in Istanbul, the spokesman said.\n"
      + "Russian and Ukrainian delegations sat down for three rounds of talks in this Turkish city last year. "
      + "Negotiations brokered by Washington took place this year in Abu Dhabi and Geneva.\n";
  static final Report REPORT = Report.of("seed", TEXT, ZonedDateTime.parse("2026-03-11T12:00+03:00[Europe/Moscow]"));

  static CasualtyFigure figure(String words, CasualtyCategory category, CasualtyCount count) {
    int b = TEXT.indexOf(words);
    return CasualtyFigure.builder(category, count, TextSpan.of(TEXT, b, b + words.length())).build();
  }

  static List<CasualtyFigure> figures() {
    return List.of(figure("At least six people were killed", CasualtyCategory.KILLED, CasualtyCount.atLeast(6)),
        figure("37 injured", CasualtyCategory.INJURED, CasualtyCount.exactly(37)));
  }

  @Test
  void seedGivesTalksCallAndAttackInDateOrder() {
    List<DateMention> dates = EnglishDateExtractor.create().extract(REPORT);
    List<Event> events = EnglishEventExtractor.create().extract(REPORT, dates, figures());
    Timeline t = Timeline.of(events);
    String summary = t.events().stream()
        .map(e -> e.type().jsonName() + " " + e.time().map(Object::toString).orElse("?") + " "
            + e.place().map(p -> p.split(",")[0]).orElse("-"))
        .collect(Collectors.joining("; "));
    assertEquals("talks 2025 Istanbul; talks 2026 Abu Dhabi; talks 2026 Geneva; call 2026-03-09 -; "
        + "strike 2026-03-10 Bryansk", summary);
    Event attack = t.at("Bryansk").get(0);
    assertEquals(6, attack.toll(CasualtyCategory.KILLED).get().low());
    assertEquals(37, attack.toll(CasualtyCategory.INJURED).get().best());
    assertTrue(attack.place().get().endsWith("Russia"), attack.place().get());
  }
}
