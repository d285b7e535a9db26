package org.dateline.rules.casualty.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZonedDateTime;
import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Report;
import org.junit.jupiter.api.Test;

/** The seed check, on a paragraph of our own that mirrors the seed report. */
class SeedCheckTest {
  private static final String PARAGRAPH = String.join("\n",
      "The ministry said British experts helped plan the strike on the city of Kursk using Storm Shadow missiles.",
      "At least six people died and 37 were wounded in the attack in Kursk yesterday, Tuesday.",
      "Both sides held three rounds of talks in Istanbul last year, and a fourth is planned.");

  @Test
  void findsTheTwoFiguresAndNothingElse() {
    Report report = Report.of("seed", PARAGRAPH, ZonedDateTime.parse("2026-03-11T12:00:00+03:00"));
    List<CasualtyFigure> figures = EnglishCasualtyExtractor.create().extract(report);

    assertEquals(2, figures.size(), figures.toString());
    CasualtyFigure killed = figures.get(0);
    assertEquals(CasualtyCategory.KILLED, killed.category());
    assertEquals(CasualtyCount.atLeast(6), killed.count());
    assertEquals("At least six people died", killed.span().text());
    assertEquals("people", killed.who().orElseThrow());
    CasualtyFigure injured = figures.get(1);
    assertEquals(CasualtyCategory.INJURED, injured.category());
    assertEquals(CasualtyCount.exactly(37), injured.count());
    assertEquals("37 were wounded", injured.span().text());
    assertEquals(PARAGRAPH.indexOf("37 were"), injured.span().begin());
  }

  @Test
  void attachesWhoClaimsAFigure() {
    List<CasualtyFigure> figures = EnglishCasualtyExtractor.create().extract(
        "The shelling killed four civilians, the regional governor said.");
    assertEquals("the regional governor", figures.get(0).claimedBy().orElseThrow());
    assertEquals("civilians", figures.get(0).who().orElseThrow());
    assertEquals("police", EnglishCasualtyExtractor.create().extract(
        "According to police, two officers were wounded.").get(0).claimedBy().orElseThrow());
  }

  @Test
  void takesNoNumberOrPlaceForAClaimant() {
    EnglishCasualtyExtractor x = EnglishCasualtyExtractor.create();
    assertEquals(java.util.Optional.empty(), x.extract(
        "The storm killed seven people in three states since Sunday.").get(0).claimedBy());
    assertEquals(java.util.Optional.empty(), x.extract(
        "Floods killed 12 people in the United States last week.").get(0).claimedBy());
    assertEquals("officials", x.extract("Five people were killed, officials said.").get(0).claimedBy().orElseThrow());
  }
}
