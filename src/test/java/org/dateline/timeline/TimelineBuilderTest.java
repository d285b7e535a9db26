package org.dateline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Claim;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Extraction;
import org.dateline.model.Report;
import org.dateline.model.TextSpan;
import org.dateline.model.TimeInterval;
import org.dateline.model.TimeValue;
import org.dateline.model.Timeline;
import org.junit.jupiter.api.Test;

/** Merging hand-made extractions: one incident across reports, different incidents apart. */
class TimelineBuilderTest {
  private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  static Extraction report(String id, String published, EventType type, String day, String place, Long killed) {
    Report r = Report.of(id, "text", ZonedDateTime.parse(published + "T18:00+02:00[Europe/Kyiv]"));
    Event.Builder e = Event.builder(id + "-e1", type).addReport(id);
    if (day != null) {
      TimeValue t = TimeValue.parse(day);
      e.time(t, t.interval(KYIV).get());
    }
    if (place != null) {
      e.place(place);
    }
    if (killed != null) {
      e.addClaim(Claim.of(r, CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.atLeast(killed),
          TextSpan.ofText(0, 4, "text")).build()));
    }
    return Extraction.of(r, List.of(), List.of(), List.of(e.build()));
  }

  static Timeline merge(Extraction... xs) {
    TimelineBuilder b = TimelineBuilder.create();
    for (Extraction x : xs) {
      b.add(x);
    }
    return b.timeline();
  }

  @Test
  void reportsOfOneIncidentMergeWithTheirToll() {
    Timeline t = merge(
        report("r1", "2026-03-10", EventType.STRIKE, "2026-03-10", "Sumy, Sumy Oblast, Ukraine", 4L),
        report("r2", "2026-03-11", EventType.ATTACK, "2026-03-10", "Sumy, Sumy Oblast, Ukraine", 6L),
        report("r3", "2026-03-12", EventType.STRIKE, null, "Sumy Oblast, Ukraine", 7L));
    assertEquals(1, t.size());
    Event e = t.events().get(0);
    assertEquals(List.of("r1", "r2", "r3"), List.copyOf(e.reports()));
    assertEquals(EventType.STRIKE, e.type());
    assertEquals("2026-03-10", e.time().get().value());
    assertEquals("Sumy, Sumy Oblast, Ukraine", e.place().get());
    assertEquals(4, e.toll(CasualtyCategory.KILLED).get().low());
    assertEquals(7, e.toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void aReportKnowingOnlyTheCountryJoinsTheIncidentPlacedInItEitherWay() {
    Extraction placed = report("r1", "2026-03-10", EventType.EARTHQUAKE, "2026-03-10", "Malatya, Türkiye", 3L);
    Extraction country = report("r2", "2026-03-10", EventType.EARTHQUAKE, "2026-03-10", "Türkiye", 9L);
    assertEquals(1, merge(placed, country).size());
    assertEquals(1, merge(country, placed).size());
    Extraction elsewhere = report("r3", "2026-03-10", EventType.EARTHQUAKE, "2026-03-10", "Khoy, Iran", 0L);
    assertEquals(2, merge(placed, elsewhere, country).size());
  }

  @Test
  void twoStrikesOnOneDayInTwoCitiesStayApart() {
    Timeline t = merge(
        report("r1", "2026-03-10", EventType.STRIKE, "2026-03-10", "Sumy, Sumy Oblast, Ukraine", 4L),
        report("r2", "2026-03-10", EventType.STRIKE, "2026-03-10", "Kharkiv, Kharkiv Oblast, Ukraine", 4L));
    assertEquals(2, t.size());
  }

  @Test
  void twoCrashesFourDaysApartStayApart() {
    Timeline t = merge(
        report("r1", "2026-03-02", EventType.CRASH, "2026-03-02", "Lviv, Lviv Oblast, Ukraine", 2L),
        report("r2", "2026-03-06", EventType.CRASH, "2026-03-06", "Lviv, Lviv Oblast, Ukraine", 2L));
    assertEquals(2, t.size());
  }

  @Test
  void strikesOnTwoNightsInOneCityStayApartButANightAndTheNextMorningMerge() {
    String kharkiv = "Kharkiv, Kharkiv Oblast, Ukraine";
    Timeline t = merge(
        report("r1", "2026-03-10", EventType.STRIKE, "2026-03-09TNI", kharkiv, 4L),
        report("r2", "2026-03-11", EventType.STRIKE, "2026-03-10TNI", kharkiv, 1L));
    assertEquals(2, t.size());
    Timeline u = merge(
        report("r1", "2026-03-10", EventType.STRIKE, "2026-03-09TNI", kharkiv, 4L),
        report("r2", "2026-03-10", EventType.STRIKE, "2026-03-10TMO", kharkiv, 5L));
    assertEquals(1, u.size());
  }

  @Test
  void differentKindsOnTheSameDayAndPlaceStayApart() {
    Timeline t = merge(
        report("r1", "2026-03-02", EventType.CRASH, "2026-03-02", "Lviv, Lviv Oblast, Ukraine", 2L),
        report("r2", "2026-03-02", EventType.FIRE, "2026-03-02", "Lviv, Lviv Oblast, Ukraine", 2L));
    assertEquals(2, t.size());
  }

  private static Event incident(String id, String report, String day, String place) {
    TimeValue t = TimeValue.parse(day);
    return Event.builder(id, EventType.SHOOTING).time(t, t.interval(KYIV).get()).place(place).addReport(report)
        .build();
  }

  private static Extraction reportOf(String id, String published, Event... events) {
    Report r = Report.of(id, "text", ZonedDateTime.parse(published + "T18:00+02:00[Europe/Kyiv]"));
    return Extraction.of(r, List.of(), List.of(), List.of(events));
  }

  @Test
  void aReportLandsInTheEventOfItsMainIncidentOnly() {
    Report r = Report.of("r1", "text", ZonedDateTime.parse("2026-03-10T18:00+02:00[Europe/Kyiv]"));
    TimeValue day = TimeValue.ofDay(LocalDate.parse("2026-03-10"));
    Event a = Event.builder("r1-e1", EventType.STRIKE).time(day, day.interval(KYIV).get()).place("Sumy, Ukraine")
        .addReport("r1").build();
    Event b = Event.builder("r1-e2", EventType.STRIKE).time(day, day.interval(KYIV).get()).place("Sumy, Ukraine")
        .addReport("r1").build();
    Timeline t = merge(Extraction.of(r, List.of(), List.of(), List.of(a, b)));
    assertEquals(1, t.size());
    assertEquals(List.of("r1"), List.copyOf(t.events().get(0).reports()));
  }

  @Test
  void aReportDoesNotJoinTheEarlierIncidentItIsComparedTo() {
    String place = "Odesa, Odesa Oblast, Ukraine";
    Extraction first = reportOf("r1", "2026-03-02", incident("r1-e1", "r1", "2026-03-01", place));
    Extraction second = reportOf("r2", "2026-03-09", incident("r2-e1", "r2", "2026-03-08", place),
        incident("r2-e2", "r2", "2026-03-01", place));
    Timeline t = merge(first, second);
    assertEquals(2, t.size());
    assertEquals(List.of("r1"), List.copyOf(t.events().get(0).reports()));
    assertEquals(List.of("r2"), List.copyOf(t.events().get(1).reports()));
  }

  @Test
  void aReportThatDatesItsIncidentTwiceJoinsTheEventOneOfItsDatesMatches() {
    String place = "Odesa, Odesa Oblast, Ukraine";
    Extraction first = reportOf("r1", "2026-03-02", incident("r1-e1", "r1", "2026-03-01TNI", place));
    // the main incident misdated two days late, then told again with the night it happened
    Extraction second = reportOf("r2", "2026-03-04", incident("r2-e1", "r2", "2026-03-03TNI", place),
        incident("r2-e2", "r2", "2026-03-01TNI", place));
    Timeline t = merge(first, second);
    assertEquals(1, t.size());
    assertEquals(List.of("r1", "r2"), List.copyOf(t.events().get(0).reports()));
  }

  @Test
  void aTellingElsewhereOrAWeekApartIsAnotherIncident() {
    String place = "Odesa, Odesa Oblast, Ukraine";
    Extraction first = reportOf("r1", "2026-03-02", incident("r1-e1", "r1", "2026-03-01TNI", place));
    Extraction elsewhere = reportOf("r2", "2026-03-04", incident("r2-e1", "r2", "2026-03-03TNI", place),
        incident("r2-e2", "r2", "2026-03-01TNI", "Lviv, Lviv Oblast, Ukraine"));
    Extraction weekApart = reportOf("r3", "2026-03-09", incident("r3-e1", "r3", "2026-03-08TNI", place),
        incident("r3-e2", "r3", "2026-03-01TNI", place));
    // "a shooting in the city earlier this month": a month is no telling of the incident again
    Extraction monthOnly = reportOf("r4", "2026-03-06", incident("r4-e1", "r4", "2026-03-05TNI", place),
        incident("r4-e2", "r4", "2026-03", place));
    Timeline t = merge(first, elsewhere, weekApart);
    assertEquals(3, t.size());
    t.events().forEach(e -> assertEquals(1, e.reports().size()));
    assertEquals(2, merge(first, monthOnly).size());
  }

  @Test
  void anUndatedMentionElsewhereIsNoTellingOfTheIncidentAgain() {
    String odesa = "Odesa, Odesa Oblast, Ukraine";
    Extraction first = reportOf("r1", "2026-03-02", incident("r1-e1", "r1", "2026-03-01", odesa));
    // "a drone hit a depot in Ukraine on Thursday, days after a strike on Odesa"
    Event undated = Event.builder("r2-e2", EventType.SHOOTING).place(odesa).addReport("r2").build();
    Extraction second = reportOf("r2", "2026-03-06", incident("r2-e1", "r2", "2026-03-05", "Ukraine"), undated);
    Timeline t = merge(first, second);
    assertEquals(2, t.size());
    t.events().forEach(e -> assertEquals(1, e.reports().size()));
    // told again undated in its own place, it is the same incident
    Event again = Event.builder("r3-e2", EventType.SHOOTING).place(odesa).addReport("r3").build();
    Extraction third = reportOf("r3", "2026-03-02", incident("r3-e1", "r3", "2026-03-01", odesa), again);
    assertEquals(1, merge(first, third).size());
  }

  @Test
  void unknownPlaceJoinsOnlyAnUnambiguousMatch() {
    Extraction austin = report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-10", "Austin, Texas, United States", 1L);
    Extraction dallas = report("r2", "2026-03-10", EventType.SHOOTING, "2026-03-10", "Dallas, Texas, United States", 1L);
    Extraction nowhere = report("r3", "2026-03-10", EventType.SHOOTING, "2026-03-10", null, 1L);
    assertEquals(2, merge(austin, nowhere).size());
    assertEquals(3, merge(austin, dallas, nowhere).size());
  }

  @Test
  void unknownPlaceJoinsTheIncidentOfAPersonItNames() {
    Extraction austin = withActor(
        report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-10", "Austin, Texas, United States", 1L), "Dana Reyes");
    Extraction nowhere = withActor(report("r2", "2026-03-10", EventType.SHOOTING, "2026-03-10", null, 1L), "Dana Reyes");
    Extraction someoneElse = withActor(report("r3", "2026-03-10", EventType.SHOOTING, "2026-03-10", null, 1L),
        "Lee Okafor");
    assertEquals(1, merge(austin, nowhere).size());
    assertEquals(2, merge(austin, someoneElse).size());
  }

  @Test
  void aLateReportNamingAnotherPersonStillJoinsTheOnlyIncidentOfItsMonthAndTown() {
    String austin = "Austin, Travis County, Texas, United States";
    Extraction shooting = withActor(report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-09", austin, 1L),
        "Dana Reyes");
    // weeks later, a trial report names the accused, not the victim, and dates the shooting only by its month
    Extraction trial = withActor(report("r2", "2026-05-20", EventType.SHOOTING, "2026-03", austin, 1L), "Lee Okafor");
    assertEquals(1, merge(shooting, trial).size());
    Extraction another = report("r3", "2026-03-21", EventType.SHOOTING, "2026-03-20", austin, 2L);
    assertEquals(3, merge(shooting, another, trial).size());
  }

  @Test
  void aFollowUpJoinedByANameDoesNotMoveTheIncidentsDate() {
    String austin = "Austin, Texas, United States";
    Extraction first = withActor(report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-09TNI", austin, 1L),
        "Dana Reyes");
    // a report that read a bare clock time on the wrong day, tied to the incident by the victim's name
    Extraction misdated = withActor(report("r2", "2026-03-10", EventType.SHOOTING, "2026-03-03T02:00", austin, 1L),
        "Dana Reyes");
    Extraction later = report("r3", "2026-03-10", EventType.SHOOTING, "2026-03-09TNI", austin, 1L);
    Timeline t = merge(first, misdated, later);
    assertEquals(1, t.size());
    assertEquals("2026-03-09TNI", t.events().get(0).time().get().value());
  }

  @Test
  void aPlacelessEventTakesThePlaceOfTheFirstPlacedReportItTakesIn() {
    Extraction nowhere = withActor(report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-10", null, 1L), "Dana Reyes");
    Extraction austin = withActor(
        report("r2", "2026-03-10", EventType.SHOOTING, "2026-03-10", "Austin, Texas, United States", 1L), "Dana Reyes");
    Extraction austinAgain = report("r3", "2026-03-11", EventType.SHOOTING, "2026-03-10", "Austin, Texas, United States",
        1L);
    Extraction tulsa = report("r4", "2026-03-10", EventType.SHOOTING, "2026-03-10", "Tulsa, Oklahoma, United States", 1L);
    Timeline t = merge(nowhere, austin, austinAgain, tulsa);
    assertEquals(2, t.size());
    assertEquals(List.of("r1", "r2", "r3"), List.copyOf(t.events().stream()
        .filter(e -> e.place().get().startsWith("Austin")).findFirst().get().reports()));
  }

  @Test
  void undatedReportJoinsTheIncidentItFollowsInTheSamePlace() {
    Timeline t = merge(
        report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-09", "Austin, Texas, United States", 1L),
        report("r2", "2026-03-12", EventType.SHOOTING, null, "Austin, Texas, United States", 2L));
    assertEquals(1, t.size());
    assertEquals(2, t.events().get(0).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void vaguelyDatedReportCountsAsUndated() {
    Report r = Report.of("r2", "text", ZonedDateTime.parse("2026-03-12T18:00+02:00[Europe/Kyiv]"));
    TimeValue day = TimeValue.ofDay(LocalDate.parse("2026-03-05"));
    Event vague = Event.builder("r2-e1", EventType.SHOOTING).time(TimeValue.past(), TimeInterval.of(
        day.interval(KYIV).get().start(), r.published())).place("Austin, Texas, United States").addReport("r2").build();
    Timeline t = merge(
        report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-09", "Austin, Texas, United States", 1L),
        Extraction.of(r, List.of(), List.of(), List.of(vague)));
    assertEquals(1, t.size());
    assertEquals("2026-03-09", t.events().get(0).time().get().value());
  }

  static Extraction withActor(Extraction x, String actor) {
    Event e = x.events().get(0).toBuilder().addActor(actor).build();
    return Extraction.of(x.report(), List.of(), List.of(), List.of(e));
  }

  @Test
  void lateFollowUpNamingTheSameVictimJoinsTheIncident() {
    Timeline t = merge(
        withActor(report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-09", "Austin, Texas, United States", 1L),
            "Jordan Lee Parks"),
        withActor(report("r2", "2026-09-02", EventType.SHOOTING, "2026-09-01", "Austin, Texas, United States", null),
            "Jordan Parks Jr."));
    assertEquals(1, t.size());
    assertEquals("2026-03-09", t.events().get(0).time().get().value());
  }

  @Test
  void lateReportsOfOtherPeopleStayApart() {
    Timeline t = merge(
        withActor(report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-09", "Austin, Texas, United States", 1L),
            "Jordan Parks"),
        withActor(report("r2", "2026-09-02", EventType.SHOOTING, "2026-09-01", "Austin, Texas, United States", 1L),
            "Mara Quill"));
    assertEquals(2, t.size());
  }

  @Test
  void twoShootingsOnOneDayInTwoCitiesStayApartEvenWithNames() {
    Timeline t = merge(
        withActor(report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-10", "Austin, Texas, United States", 1L),
            "Jordan Parks"),
        withActor(report("r2", "2026-03-10", EventType.SHOOTING, "2026-03-10", "Dallas, Texas, United States", 1L),
            "Mara Quill"));
    assertEquals(2, t.size());
  }

  @Test
  void aTrialReportNamingTwoPeopleOfTheIncidentJoinsItThoughItIsPlacedInTheCourtsCity() {
    Extraction shooting = withActor(withActor(report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-09",
        "Kilgore, Gregg County, Texas, United States", 1L), "Jordan Parks"), "Mara Quill");
    Extraction trial = withActor(withActor(report("r2", "2026-11-20", EventType.SHOOTING, null,
        "Tyler, Smith County, Texas, United States", null), "Mara Quill"), "Jordan Lee Parks");
    assertEquals(1, merge(shooting, trial).size());
    // one shared name is not enough against another town
    Extraction other = withActor(report("r3", "2026-11-20", EventType.SHOOTING, null,
        "Tyler, Smith County, Texas, United States", null), "Mara Quill");
    assertEquals(2, merge(shooting, other).size());
  }

  @Test
  void actorsCompareByFirstAndLastName() {
    assertEquals("jordan parks", Sketch.actorKey("Jordan Lee Parks Jr."));
    assertEquals("mara quill", Sketch.actorKey("Mara Quill"));
  }

  @Test
  void countsReportsAndEvents() {
    TimelineBuilder b = TimelineBuilder.create(TollPolicy.LOWEST);
    b.add(report("r1", "2026-03-10", EventType.FLOOD, "2026-03-08", "Odesa, Odesa Oblast, Ukraine", 3L));
    b.add(report("r2", "2026-03-10", EventType.FLOOD, "2026-03-09", "Odesa, Odesa Oblast, Ukraine", 5L));
    assertEquals(2, b.reportCount());
    assertEquals(1, b.eventCount());
    assertEquals(3, b.timeline().events().get(0).toll(CasualtyCategory.KILLED).get().best());
    assertEquals(TollPolicy.LOWEST, b.tollPolicy());
  }

  @Test
  void aSuburbAndItsCityInOneCountyMergeOnTheSameDay() {
    Timeline t = merge(
        report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-09", "Elmvale, Harbor County, Ohio, United States", 1L),
        report("r2", "2026-03-10", EventType.SHOOTING, "2026-03-09", "Port Lyle, Harbor County, Ohio, United States", 1L));
    assertEquals(1, t.size());
  }

  @Test
  void townsOfOneCountyStayApartOnDifferentDaysOrWithOtherVictims() {
    assertEquals(2, merge(
        report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-08", "Elmvale, Harbor County, Ohio, United States", 1L),
        report("r2", "2026-03-10", EventType.SHOOTING, "2026-03-09", "Port Lyle, Harbor County, Ohio, United States", 1L))
        .size());
    assertEquals(2, merge(
        withActor(report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-09",
            "Elmvale, Harbor County, Ohio, United States", 1L), "Jordan Parks"),
        withActor(report("r2", "2026-03-10", EventType.SHOOTING, "2026-03-09",
            "Port Lyle, Harbor County, Ohio, United States", 1L), "Mara Quill")).size());
  }

  @Test
  void townsOfTwoCountiesOfOneStateStayApartOnTheSameDay() {
    Timeline t = merge(
        report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-09", "Elmvale, Harbor County, Ohio, United States", 1L),
        report("r2", "2026-03-10", EventType.SHOOTING, "2026-03-09", "Brook, Pine County, Ohio, United States", 1L));
    assertEquals(2, t.size());
  }

  @Test
  void placesInOneCountyAreNearOnlyWhenBothNameATown() {
    assertEquals(true, Places.sameCounty(Places.components("A, B County, Ohio, United States"),
        Places.components("C, B County, Ohio, United States")));
    assertEquals(false, Places.sameCounty(Places.components("B County, Ohio, United States"),
        Places.components("C, B County, Ohio, United States")));
    assertEquals(false, Places.sameCounty(Places.components("A, B County, Ohio, United States"),
        Places.components("C, D County, Ohio, United States")));
  }

  @Test
  void aMonthDatedReportIsComparedByItsPublicationDay() {
    Report r = Report.of("r2", "text", ZonedDateTime.parse("2026-03-12T18:00+02:00[Europe/Kyiv]"));
    TimeValue march = TimeValue.parse("2026-03");
    Event monthly = Event.builder("r2-e1", EventType.SHOOTING).time(march, march.interval(KYIV).get())
        .place("Austin, Texas, United States").addReport("r2").build();
    Timeline t = merge(
        report("r1", "2026-03-11", EventType.SHOOTING, "2026-03-10", "Austin, Texas, United States", 1L),
        Extraction.of(r, List.of(), List.of(), List.of(monthly)));
    assertEquals(1, t.size());
    assertEquals("2026-03-10", t.events().get(0).time().get().value());
  }

  private static final String AUSTIN = "Austin, Travis County, Texas, United States";

  @Test
  void aLateReportDatedByTheMonthJoinsTheOnlyIncidentOfItsTownThatMonth() {
    // published six weeks later: out of the undated window, but "in March" holds March 10
    Timeline later = merge(
        report("r1", "2026-03-11", EventType.SHOOTING, "2026-03-10", AUSTIN, 1L),
        report("r2", "2026-04-20", EventType.SHOOTING, "2026-03", AUSTIN, 1L));
    assertEquals(1, later.size());
    assertEquals("2026-03-10", later.events().get(0).time().get().value());
    // the same, the month-dated report first
    Timeline earlier = merge(
        report("r2", "2026-04-20", EventType.SHOOTING, "2026-03", AUSTIN, 1L),
        report("r1", "2026-03-11", EventType.SHOOTING, "2026-03-10", AUSTIN, 1L));
    assertEquals(1, earlier.size());
  }

  @Test
  void aLateMonthDatedReportStaysApartFromTwoIncidentsOrAnotherMonthOrAState() {
    assertEquals(3, merge(
        report("r1", "2026-03-11", EventType.SHOOTING, "2026-03-10", AUSTIN, 1L),
        report("r2", "2026-03-21", EventType.SHOOTING, "2026-03-20", AUSTIN, 1L),
        report("r3", "2026-04-20", EventType.SHOOTING, "2026-03", AUSTIN, 1L)).size());
    assertEquals(2, merge(
        report("r1", "2026-03-11", EventType.SHOOTING, "2026-03-10", AUSTIN, 1L),
        report("r2", "2026-05-20", EventType.SHOOTING, "2026-04", AUSTIN, 1L)).size());
    assertEquals(2, merge(
        report("r1", "2026-03-11", EventType.SHOOTING, "2026-03-10", "Texas, United States", 1L),
        report("r2", "2026-04-20", EventType.SHOOTING, "2026-03", "Texas, United States", 1L)).size());
  }

  @Test
  void aTownReadInAnotherStateJoinsTheOnlyIncidentOfItsNameThatDay() {
    Timeline t = merge(
        report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-09", "Alpine, Brewster County, Texas, United States", 1L),
        report("r2", "2026-03-10", EventType.SHOOTING, "2026-03-09", "Alpine, San Diego County, California, United States",
            1L));
    assertEquals(1, t.size());
  }

  @Test
  void townsOfOneNameStayApartOnDifferentDaysOrWithOtherVictims() {
    assertEquals(2, merge(
        report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-08", "Alpine, Brewster County, Texas, United States", 1L),
        report("r2", "2026-03-10", EventType.SHOOTING, "2026-03-09", "Alpine, San Diego County, California, United States",
            1L)).size());
    assertEquals(2, merge(
        withActor(report("r1", "2026-03-10", EventType.SHOOTING, "2026-03-09",
            "Alpine, Brewster County, Texas, United States", 1L), "Jordan Parks"),
        withActor(report("r2", "2026-03-10", EventType.SHOOTING, "2026-03-09",
            "Alpine, San Diego County, California, United States", 1L), "Mara Quill")).size());
  }

  /** One report of two incidents: its own, and another it names, with its day, place and toll. */
  private static Extraction twoIncidents(String id, String secondDay, String secondPlace, long secondKilled) {
    Extraction first = report(id, "2026-03-11", EventType.STRIKE, "2026-03-10", "Kharkiv, Kharkiv Oblast, Ukraine", 5L);
    Extraction second = report(id, "2026-03-11", EventType.STRIKE, secondDay, secondPlace, secondKilled);
    Event other = second.events().get(0);
    return Extraction.of(first.report(), List.of(), List.of(), List.of(first.events().get(0), other));
  }

  @Test
  void anIncidentAReportTellsAsNewsBesidesItsOwnIsPlacedToo() {
    // "Separately, shelling killed one man in Kherson on Tuesday": a fresh toll elsewhere in the country
    Timeline t = merge(twoIncidents("r1", "2026-03-10", "Kherson, Kherson Oblast, Ukraine", 1L));
    assertEquals(2, t.size());
    // "two weeks after a strike on Dnipro killed 12": an incident the report compares its own to is not its news
    assertEquals(1, merge(twoIncidents("r1", "2026-02-24", "Dnipro, Dnipropetrovsk Oblast, Ukraine", 12L)).size());
  }
}
