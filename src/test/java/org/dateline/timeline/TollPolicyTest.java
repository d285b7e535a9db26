package org.dateline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Claim;
import org.dateline.model.FigureRole;
import org.dateline.model.TextSpan;
import org.dateline.model.Toll;
import org.junit.jupiter.api.Test;

/** Reconciliation of hand-made claims into low / best / high. */
class TollPolicyTest {
  private static final Instant T0 = Instant.parse("2026-03-10T08:00:00Z");
  private static final CasualtyCategory KILLED = CasualtyCategory.KILLED;

  static Claim claim(String report, int hours, CasualtyCount count) {
    return claim(report, hours, count, null, FigureRole.TOTAL, 0);
  }

  static Claim claim(String report, int hours, CasualtyCount count, String claimant, FigureRole role, int at) {
    CasualtyFigure.Builder f = CasualtyFigure.builder(KILLED, count, TextSpan.ofText(at, at + 1, "x")).role(role);
    if (claimant != null) {
      f.claimedBy(claimant);
    }
    return Claim.of(report, T0.plusSeconds(3600L * hours), f.build());
  }

  static String lbh(TollPolicy policy, Claim... claims) {
    Toll t = policy.reconcile(KILLED, List.of(claims)).orElseThrow();
    return t.low() + "/" + t.best() + "/" + t.high();
  }

  @Test
  void singleExactFigure() {
    assertEquals("37/37/37", lbh(TollPolicy.LATEST, claim("r1", 0, CasualtyCount.exactly(37))));
  }

  @Test
  void aZeroBesideTheSameReportsCountMeansNoOneElse() {
    assertEquals("5/5/5", lbh(TollPolicy.LATEST, claim("r1", 0, CasualtyCount.exactly(5)),
        claim("r1", 0, CasualtyCount.zero())));
    assertEquals("0/5/5", lbh(TollPolicy.LATEST, claim("r1", 0, CasualtyCount.zero(), "police", FigureRole.TOTAL, 0),
        claim("r2", 3, CasualtyCount.exactly(5), "hospital", FigureRole.TOTAL, 0)));
  }

  @Test
  void anAdditionalZeroAddsNobodyAndAloneTellsNoToll() {
    // "no one else was hurt": nobody besides the people counted, in this report or another
    assertEquals("2/2/2", lbh(TollPolicy.CONSENSUS, claim("r1", 0, CasualtyCount.zero(), null, FigureRole.ADDITIONAL, 0),
        claim("r2", 3, CasualtyCount.exactly(2))));
    assertTrue(TollPolicy.LATEST.reconcile(KILLED,
        List.of(claim("r1", 0, CasualtyCount.zero(), null, FigureRole.ADDITIONAL, 0))).isEmpty());
    // a plain zero alone stays a toll of zero
    assertEquals("0/0/0", lbh(TollPolicy.CONSENSUS, claim("r1", 0, CasualtyCount.zero())));
  }

  @Test
  void atLeastRaisesTheLow() {
    assertEquals("6/6/6", lbh(TollPolicy.LATEST, claim("r1", 0, CasualtyCount.atLeast(6))));
    // "more than 6" is coded by its stated number, as casualty datasets do
    assertEquals("6/6/6", lbh(TollPolicy.LATEST, claim("r1", 0, CasualtyCount.moreThan(6))));
  }

  @Test
  void evolvingTollAcrossOutletsGivesARange() {
    Claim early = claim("r1", 0, CasualtyCount.atLeast(6));
    Claim later = claim("r2", 5, CasualtyCount.exactly(7));
    assertEquals("6/7/7", lbh(TollPolicy.LATEST, early, later));
    assertEquals("6/6/7", lbh(TollPolicy.LOWEST, early, later));
    assertEquals("6/7/7", lbh(TollPolicy.HIGHEST, early, later));
  }

  @Test
  void laterFigureOfTheSameClaimantSupersedesItsEarlierOne() {
    Claim early = claim("r1", 0, CasualtyCount.exactly(3), "Police", FigureRole.TOTAL, 0);
    Claim later = claim("r2", 9, CasualtyCount.exactly(5), "the police", FigureRole.TOTAL, 0);
    Toll t = TollPolicy.LOWEST.reconcile(KILLED, List.of(early, later)).orElseThrow();
    assertEquals(5, t.low());
    assertEquals(5, t.best());
    assertEquals(List.of(later), t.claims());
  }

  @Test
  void differentClaimantsAreKeptSideBySide() {
    Claim police = claim("r1", 0, CasualtyCount.exactly(3), "police", FigureRole.TOTAL, 0);
    Claim rebels = claim("r1", 0, CasualtyCount.exactly(12), "rebels", FigureRole.TOTAL, 40);
    assertEquals("3/12/12", lbh(TollPolicy.LATEST, police, rebels));
    assertEquals("3/3/12", lbh(TollPolicy.LOWEST, police, rebels));
  }

  @Test
  void sameOutletSupersedesThroughTheSourceMap() {
    Claim first = claim("a1", 0, CasualtyCount.exactly(2));
    Claim second = claim("a2", 4, CasualtyCount.exactly(4));
    Toll t = TollPolicy.LOWEST.reconcile(KILLED, List.of(first, second), id -> "Daily Star").orElseThrow();
    assertEquals(4, t.low());
  }

  @Test
  void subtotalsAndRunningTotalsAreNotTheToll() {
    Claim total = claim("r1", 0, CasualtyCount.exactly(6));
    Claim children = claim("r1", 0, CasualtyCount.exactly(2), null, FigureRole.SUBTOTAL, 30);
    Claim season = claim("r1", 0, CasualtyCount.exactly(105), null, FigureRole.CUMULATIVE, 60);
    assertEquals("6/6/6", lbh(TollPolicy.HIGHEST, total, children, season));
    assertTrue(TollPolicy.LATEST.reconcile(KILLED, List.of(children, season)).isEmpty());
  }

  @Test
  void additionalGroupsOfOneReportAddUp() {
    // "nine men and four women were killed ... two more died later"
    Claim men = claim("r1", 0, CasualtyCount.exactly(9));
    Claim women = claim("r1", 0, CasualtyCount.exactly(4), null, FigureRole.ADDITIONAL, 20);
    Claim later = claim("r1", 0, CasualtyCount.atLeast(2), null, FigureRole.ADDITIONAL, 60);
    assertEquals("15/15/15", lbh(TollPolicy.LATEST, men, women, later));
    Toll t = TollPolicy.LATEST.reconcile(KILLED, List.of(men, women, later)).orElseThrow();
    assertEquals(List.of(men, women, later), t.claims());
  }

  @Test
  void additionalGroupJoinsOnlyItsOwnReport() {
    Claim first = claim("r1", 0, CasualtyCount.exactly(9));
    Claim other = claim("r2", 1, CasualtyCount.exactly(4), null, FigureRole.ADDITIONAL, 20);
    assertEquals("4/4/9", lbh(TollPolicy.LATEST, first, other));
  }

  @Test
  void vagueWordCountsOnlyWithoutANumberInItsReport() {
    Claim dozens = claim("r1", 0, CasualtyCount.vague("dozens", com.google.common.collect.Range.closed(24L, 99L)));
    Claim number = claim("r1", 0, CasualtyCount.atLeast(22), null, FigureRole.TOTAL, 40);
    assertEquals("22/22/22", lbh(TollPolicy.LATEST, dozens, number));
    assertEquals("24/24/24", lbh(TollPolicy.LATEST, dozens));
  }

  @Test
  void updateInAReportSupersedesItsEarlierFigures() {
    Claim first = claim("r1", 0, CasualtyCount.exactly(10), null, FigureRole.TOTAL, 0);
    Claim update = claim("r1", 0, CasualtyCount.exactly(12), null, FigureRole.UPDATE, 50);
    assertEquals("12/12/12", lbh(TollPolicy.LOWEST, first, update));
  }

  @Test
  void rangesAboutsAndVagueWords() {
    assertEquals("5/6/7", lbh(TollPolicy.LATEST, claim("r1", 0, CasualtyCount.between(5, 7))));
    assertEquals("180/200/220", lbh(TollPolicy.LATEST, claim("r1", 0, CasualtyCount.about(200))));
    assertEquals("24/24/24", lbh(TollPolicy.LATEST,
        claim("r1", 0, CasualtyCount.vague("dozens", com.google.common.collect.Range.closed(24L, 99L)))));
    assertEquals("0/5/5", lbh(TollPolicy.LATEST, claim("r1", 0, CasualtyCount.atMost(5))));
  }

  @Test
  void noOneKilledIsZero() {
    assertEquals("0/0/0", lbh(TollPolicy.LATEST, claim("r1", 0, CasualtyCount.zero())));
  }

  @Test
  void otherCategoriesAreIgnored() {
    Claim injured = Claim.of("r1", T0, CasualtyFigure.builder(CasualtyCategory.INJURED, CasualtyCount.exactly(4),
        TextSpan.ofText(0, 1, "x")).build());
    assertTrue(TollPolicy.LATEST.reconcile(KILLED, List.of(injured)).isEmpty());
  }

  @Test
  void latestReportWithSeveralFiguresTakesTheLargest() {
    Claim a = claim("r1", 0, CasualtyCount.exactly(1));
    Claim b = claim("r2", 3, CasualtyCount.exactly(2), null, FigureRole.TOTAL, 0);
    Claim c = claim("r2", 3, CasualtyCount.exactly(3), null, FigureRole.TOTAL, 20);
    assertEquals("1/3/3", lbh(TollPolicy.LATEST, a, b, c));
  }

  static Claim figure(String report, int hours, CasualtyCategory category, long n, String rule) {
    return Claim.of(report, T0.plusSeconds(3600L * hours), CasualtyFigure.builder(category, CasualtyCount.exactly(n),
        TextSpan.ofText(0, 1, "x")).rule(rule).build());
  }

  static long hospitalized(Claim... claims) {
    return TollPolicy.LATEST.reconcile(CasualtyCategory.HOSPITALIZED, List.of(claims)).map(Toll::best).orElse(0L);
  }

  static long injured(Claim... claims) {
    return TollPolicy.LATEST.reconcile(CasualtyCategory.INJURED, List.of(claims)).map(Toll::best).orElse(0L);
  }

  @Test
  void peopleShotAreInjuredLessTheDeadOfTheirReport() {
    assertEquals(3, injured(figure("r1", 0, CasualtyCategory.INJURED, 5, "<n> <people> shot"),
        figure("r1", 0, KILLED, 2, "<n> <people> <predicate>")));
    assertEquals(3, injured(figure("r1", 0, CasualtyCategory.INJURED, 5, "shot <n> <people>"),
        figure("r1", 0, KILLED, 2, "<n> <people> <predicate>")));
  }

  @Test
  void peopleShotWhoAllDiedAreNoInjury() {
    assertEquals(0, injured(figure("r1", 0, CasualtyCategory.INJURED, 1, "<n> <people> shot"),
        figure("r1", 0, KILLED, 1, "<the person> <died>")));
  }

  @Test
  void anEarlyReportOfPeopleShotIsLessTheDeadOfALaterOne() {
    assertEquals(3, injured(figure("r1", 0, CasualtyCategory.INJURED, 4, "<n> <people> shot"),
        figure("r2", 5, KILLED, 1, "<n> <people> <predicate>")));
  }

  @Test
  void woundedAndSplitCountsAreNotLessTheDead() {
    assertEquals(4, injured(figure("r1", 0, CasualtyCategory.INJURED, 4, "<n> <people> <predicate>"),
        figure("r1", 0, KILLED, 2, "<n> <people> <predicate>")));
    assertEquals(4, injured(figure("r1", 0, CasualtyCategory.INJURED, 4, "<n> <people> shot, <n> fatally"),
        figure("r1", 0, KILLED, 1, "<n> <people> shot, <n> fatally")));
    assertEquals(5, injured(figure("r1", 0, CasualtyCategory.INJURED, 5, "<n> <people> shot")));
  }

  @Test
  void theRealExtractorsShotCountsAreRecognised() {
    org.dateline.model.Report r = org.dateline.model.Report.of("r1", "Five people were shot outside a store on "
        + "Sunday night, police said.", java.time.ZonedDateTime.parse("2026-03-10T09:00-04:00[America/New_York]"));
    List<CasualtyFigure> figures = org.dateline.rules.casualty.en.EnglishCasualtyExtractor.create().extract(r);
    assertTrue(figures.stream().anyMatch(f -> f.category() == CasualtyCategory.INJURED
        && TollMath.countsEveryoneShot(f)), figures.toString());
  }

  @Test
  void onePersonShotIsCountedAsShotNotAsSurvivor() {
    org.dateline.model.Report r = org.dateline.model.Report.of("r1", "The boy was shot near his school. "
        + "A neighbor shot the clerk. Teen shot in foot during party\n\nThe girl accidentally shot herself.",
        java.time.ZonedDateTime.parse("2026-03-10T09:00-04:00[America/New_York]"));
    for (String sentence : r.text().split("\\. |\n\n")) {
      List<CasualtyFigure> figures = org.dateline.rules.casualty.en.EnglishCasualtyExtractor.create().extract(sentence);
      assertTrue(figures.stream().anyMatch(f -> f.category() == CasualtyCategory.INJURED
          && TollMath.countsEveryoneShot(f)), sentence + " " + figures);
    }
    List<CasualtyFigure> wounded = org.dateline.rules.casualty.en.EnglishCasualtyExtractor.create()
        .extract("The boy was wounded near his school.");
    assertTrue(wounded.stream().noneMatch(TollMath::countsEveryoneShot), wounded.toString());
  }

  @Test
  void aSelfInflictedWoundIsASurvivorNotLessTheDead() {
    List<CasualtyFigure> figures = org.dateline.rules.casualty.en.EnglishCasualtyExtractor.create()
        .extract("The mother was on the porch, bleeding from what deputies called a self-inflicted gunshot wound.");
    assertTrue(figures.stream().anyMatch(f -> f.category() == CasualtyCategory.INJURED
        && !TollMath.countsEveryoneShot(f)), figures.toString());
    List<CasualtyFigure> shot = org.dateline.rules.casualty.en.EnglishCasualtyExtractor.create()
        .extract("A 16-year-old boy who was running from officers shot himself in the hand.");
    assertTrue(shot.stream().anyMatch(f -> f.category() == CasualtyCategory.INJURED
        && TollMath.countsEveryoneShot(f)), shot.toString());
  }

  @Test
  void onePersonShotIsNoInjuryOnceAReportSaysTheyDied() {
    assertEquals(0, injured(figure("r1", 0, CasualtyCategory.INJURED, 1, "<the person> shot"),
        figure("r2", 5, KILLED, 1, "<n> <people> <predicate>")));
    assertEquals(1, injured(figure("r1", 0, CasualtyCategory.INJURED, 1, "<the person> <hurt>"),
        figure("r1", 0, KILLED, 1, "<n> <people> <predicate>")));
  }

  @Test
  void woundedWhomALaterReportCountsDeadAreNoInjury() {
    // "a man was critically wounded", then a later report: "the man has died"
    assertEquals(0, injured(figure("r1", 0, CasualtyCategory.INJURED, 1, "<the person> <hurt>"),
        figure("r2", 5, KILLED, 1, "<the person> <died>")));
    // "two killed, three wounded", then "five are now dead"
    assertEquals(0, injured(figure("r1", 0, CasualtyCategory.INJURED, 3, "<n> <people> <predicate>"),
        figure("r1", 0, KILLED, 2, "<n> <people> <predicate>"), figure("r2", 5, KILLED, 5, "<n> <people> <predicate>")));
  }

  @Test
  void peopleInHospitalWhomALaterReportCountsDeadAreInHospitalNoMore() {
    // "a boy was taken to a hospital", then a later report: "the boy has died"
    assertEquals(0, hospitalized(figure("r1", 0, CasualtyCategory.HOSPITALIZED, 1, "<n> <people> <predicate>"),
        figure("r2", 5, KILLED, 1, "<the person> <died>")));
    // the later report counts its own people in hospital: the earlier figure stands beside its own
    List<Claim> claims = List.of(figure("r1", 0, CasualtyCategory.HOSPITALIZED, 2, "<n> <people> <predicate>"),
        figure("r2", 5, KILLED, 2, "<n> <people> <predicate>"),
        figure("r2", 5, CasualtyCategory.HOSPITALIZED, 1, "<n> <people> <predicate>"));
    assertEquals(2, TollPolicy.HIGHEST.reconcile(CasualtyCategory.HOSPITALIZED, claims).orElseThrow().best());
  }

  @Test
  void woundedStayInjuredWhenTheLaterReportLeadsWithAnotherToll() {
    // "one woman killed, four wounded", then a later report: "ten people killed in the city this month"
    assertEquals(4, injured(figure("r1", 0, CasualtyCategory.INJURED, 4, "<n> <people> <predicate>"),
        figure("r1", 0, KILLED, 1, "<n> <people> <predicate>"), figure("r2", 5, KILLED, 10, "<n> <people> <predicate>")));
    // the later report leads with the one death it tells; a larger figure further down counts others
    Claim lead = Claim.of("r2", T0.plusSeconds(5 * 3600), CasualtyFigure.builder(KILLED, CasualtyCount.exactly(1),
        TextSpan.ofText(0, 1, "x")).rule("<the person> <died>").build());
    Claim below = Claim.of("r2", T0.plusSeconds(5 * 3600), CasualtyFigure.builder(KILLED, CasualtyCount.exactly(6),
        TextSpan.ofText(50, 51, "x")).rule("<n> <people> <predicate>").build());
    assertEquals(0, injured(figure("r1", 0, CasualtyCategory.INJURED, 1, "<the person> <hurt>"), below, lead));
  }

  @Test
  void woundedStayInjuredWhenTheLaterReportCountsTheWoundedOrTooFewDead() {
    // the later report counts its own wounded beside the dead: one killed and one wounded
    assertEquals(1, injured(figure("r1", 0, CasualtyCategory.INJURED, 1, "<the person> <hurt>"),
        figure("r2", 5, KILLED, 1, "<n> <people> <predicate>"),
        figure("r2", 5, CasualtyCategory.INJURED, 1, "<n> <people> <predicate>")));
    // one more dead cannot be all three wounded
    assertEquals(3, injured(figure("r1", 0, CasualtyCategory.INJURED, 3, "<n> <people> <predicate>"),
        figure("r1", 0, KILLED, 2, "<n> <people> <predicate>"), figure("r2", 5, KILLED, 3, "<n> <people> <predicate>")));
    // a report published earlier tells nothing of what became of the wounded
    assertEquals(1, injured(figure("r1", 5, CasualtyCategory.INJURED, 1, "<the person> <hurt>"),
        figure("r2", 0, KILLED, 1, "<n> <people> <predicate>")));
  }

  @Test
  void consensusTakesTheFigureMostReportsLeadWith() {
    Claim a = claim("r1", 0, CasualtyCount.exactly(2), null, FigureRole.TOTAL, 10);
    Claim aLater = claim("r1", 0, CasualtyCount.exactly(9), null, FigureRole.TOTAL, 400);
    Claim b = claim("r2", 2, CasualtyCount.exactly(2), null, FigureRole.TOTAL, 30);
    Claim c = claim("r3", 4, CasualtyCount.exactly(3), null, FigureRole.TOTAL, 5);
    assertEquals("2/2/9", lbh(TollPolicy.CONSENSUS, a, aLater, b, c));
    assertEquals("2/9/9", lbh(TollPolicy.LATEST, a, aLater));
  }

  @Test
  void consensusTiesGoToTheLargerCount() {
    Claim a = claim("r1", 0, CasualtyCount.exactly(2), null, FigureRole.TOTAL, 10);
    Claim b = claim("r2", 3, CasualtyCount.exactly(3), null, FigureRole.TOTAL, 10);
    assertEquals("2/3/3", lbh(TollPolicy.CONSENSUS, a, b));
    assertEquals("2/3/3", lbh(TollPolicy.CONSENSUS, b, a));
    // a later report that leads with one victim of four tells part of the story
    Claim four = claim("r1", 0, CasualtyCount.exactly(4), null, FigureRole.TOTAL, 10);
    Claim oneLater = claim("r2", 5, CasualtyCount.exactly(1), null, FigureRole.TOTAL, 10);
    assertEquals("1/4/4", lbh(TollPolicy.CONSENSUS, four, oneLater));
  }

  @Test
  void consensusCountsAnOpenFigureForTheLargerFiguresItAllows() {
    Claim exact = claim("r1", 0, CasualtyCount.exactly(214), null, FigureRole.TOTAL, 10);
    Claim vague = claim("r2", 3, CasualtyCount.moreThan(200), null, FigureRole.TOTAL, 10);
    assertEquals("200/214/214", lbh(TollPolicy.CONSENSUS, exact, vague));
    Claim smaller = claim("r2", 3, CasualtyCount.exactly(190), null, FigureRole.TOTAL, 10);
    Claim smallerToo = claim("r3", 4, CasualtyCount.exactly(190), null, FigureRole.TOTAL, 10);
    assertEquals("190/190/214", lbh(TollPolicy.CONSENSUS, exact, smaller, smallerToo));
    Claim below = claim("r2", 3, CasualtyCount.atLeast(220), null, FigureRole.TOTAL, 10);
    assertEquals("214/220/220", lbh(TollPolicy.CONSENSUS, exact, below));
  }

  @Test
  void consensusOfOneReportIsItsLeadFigureUnlessUpdated() {
    Claim lead = claim("r1", 0, CasualtyCount.exactly(4), null, FigureRole.TOTAL, 10);
    Claim recalled = claim("r1", 0, CasualtyCount.exactly(11), null, FigureRole.TOTAL, 300);
    Claim update = claim("r1", 0, CasualtyCount.exactly(5), null, FigureRole.UPDATE, 500);
    assertEquals("4/4/11", lbh(TollPolicy.CONSENSUS, lead, recalled));
    assertEquals("5/5/5", lbh(TollPolicy.CONSENSUS, lead, recalled, update));
  }

  @Test
  void buildersReconcileByConsensusByDefault() {
    assertEquals(TollPolicy.CONSENSUS, TimelineBuilder.create().tollPolicy());
  }
}
