package org.dateline.rules.event.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.FigureRole;
import org.dateline.model.Report;
import org.dateline.model.TextSpan;
import org.dateline.rules.time.en.EnglishDateExtractor;
import org.junit.jupiter.api.Test;

/** Event rules on sentences of our own, published Wednesday 2026-03-11 in New York. */
class EventRulesTest {
  private static final ZonedDateTime PUBLISHED = ZonedDateTime.parse("2026-03-11T09:00-04:00[America/New_York]");

  static List<Event> events(String text, CasualtyFigure... figures) {
    Report r = Report.of("r", text, PUBLISHED);
    return EnglishEventExtractor.create().extract(r, EnglishDateExtractor.create().extract(r), List.of(figures));
  }

  static String summary(List<Event> events) {
    return events.stream().map(e -> e.type().jsonName() + " " + e.time().map(Object::toString).orElse("?") + " "
        + e.place().map(p -> p.split(",")[0]).orElse("-")).collect(Collectors.joining("; "));
  }

  static CasualtyFigure killed(String text, String words, long n) {
    return figure(CasualtyCategory.KILLED, text, words, n);
  }

  static CasualtyFigure injured(String text, String words, long n) {
    return figure(CasualtyCategory.INJURED, text, words, n);
  }

  private static CasualtyFigure figure(CasualtyCategory category, String text, String words, long n) {
    int b = text.indexOf(words);
    return CasualtyFigure.builder(category, CasualtyCount.exactly(n), TextSpan.of(text, b, b + words.length())).build();
  }

  @Test
  void incidentDateIsNotTheDateOfTheStatement() {
    assertEquals("shooting 2026-03-10TNI Denver",
        summary(events("Police said Wednesday that the shooting in Denver happened Tuesday night.")));
  }

  @Test
  void aDateAfterAReportOrAnInterviewDatesTheSayingNotTheIncident() {
    assertEquals("shooting 2026-03-08 Denver", summary(events("According to a police report Tuesday morning, the "
        + "gunman had scouted the club in Denver before the shooting on Sunday.")));
  }

  @Test
  void peopleOfNameOrTitleWhoMetHeldAMeeting() {
    assertEquals("meeting 2026-03-08 -", summary(events("The president met the UN envoy on Sunday to discuss the crisis.")));
    assertEquals("meeting 2026-03-09 Paris", summary(events("Macron met Zelensky in Paris on Monday.")));
    assertEquals("", summary(events("The plan met the criteria on Monday.")));
    assertEquals("", summary(events("We met Rosa when she got back on Monday.")));
    // a reception, no meeting
    assertEquals("", summary(events("The bill was met with criticism on Monday.")));
  }

  @Test
  void aCountryThatOnlyTellsWhosePeopleFollowPlacesNothing() {
    // "US officials" is no vote for the Geneva in Illinois
    assertEquals("Geneva, Switzerland", events("US officials will hold talks in Geneva on Friday.").get(0).place()
        .orElse("-"));
    assertEquals("Geneva, Kane County, Illinois, United States", events("Police in Geneva, Illinois, said a man was "
        + "shot on Friday.").get(0).place().orElse("-"));
  }

  @Test
  void aNoBreakSpaceInsideAPlaceNameIsASpace() {
    assertEquals("shooting 2026-03-09 New York City", summary(events("A shooting in New\u00a0York City on Monday left "
        + "two dead.")));
  }

  @Test
  void aDateOfAPressConferenceOrAHearingDatesNoIncident() {
    assertEquals("shooting 2026-03-06T22:15 Denver", summary(events("The sheriff described the shooting in Denver in a "
        + "Monday afternoon press conference. The shooting began at about 10:15 p.m. on Friday.")));
    assertEquals("shooting PAST_REF Denver", summary(events("Officers recounted the shooting in Denver at Tuesday's hearing.")));
    assertEquals("shooting PAST_REF Denver", summary(events("Officers recounted the shooting in Denver at Tuesday "
        + "morning's brief hearing.")));
    // a gathering may be the scene: "during Sunday's rally" dates the clash
    assertEquals("clash 2026-03-08 Denver", summary(events("Police clashed with protesters in Denver during Sunday's "
        + "rally.")));
  }

  @Test
  void aTollThatRoseLaterKeepsTheDateToldWithItsIncident() {
    // the rise is dated Tuesday; the bombing, told with its own date, is Sunday's
    assertEquals("bombing 2026-03-08 Denver", summary(events(
        "The death toll in the bombing on Sunday in Denver rose to 12 on Tuesday, officials said.")));
    assertEquals("flood 2026-03-08 Denver", summary(events(
        "The toll from the landslides that hit Denver early on Sunday rose to 12 on Tuesday.")));
    // after a doer, the date is what befell him: the arrest, not the incident
    assertEquals(false, summary(events("Deputies detained a young gunman on Monday night over the killing of a clerk "
        + "in Denver.")).contains("2026-03-09"));
  }

  @Test
  void aLivePagesUpdateLabelAndAnInquiryThatWentOnDateNoIncident() {
    assertEquals("shooting 2026-03-09 Denver", summary(events("UPDATE March 10, 8:15 a.m.: Investigators now believe the "
        + "March 9 shooting in Denver was accidental.")));
    assertEquals("shooting 2026-03-08TMO Denver", summary(events("Detectives in Denver on Tuesday continued to question "
        + "witnesses to the shooting early Sunday morning.")));
  }

  private static String summaryAt(String text, String published) {
    Report r = Report.of("r", text, ZonedDateTime.parse(published));
    return summary(EnglishEventExtractor.create().extract(r, EnglishDateExtractor.create().extract(r), List.of()));
  }

  @Test
  void aPartOfTheDayOfADateOnlyPublicationIsNoFutureToSkip() {
    String text = "Two men were shot in Denver on Wednesday afternoon.";
    assertEquals("shooting 2026-03-11TAF Denver", summaryAt(text, "2026-03-11T00:00-06:00[America/Denver]"));
    // stamped with its hour, a morning report cannot tell of the afternoon: the incident is last week's or unknown
    assertEquals(false, summaryAt(text, "2026-03-11T08:00-06:00[America/Denver]").contains("2026-03-11"));
    // a bare clock time read on a date-only publication day may still be to come
    assertEquals("shooting PAST_REF Denver",
        summaryAt("Two men were shot in Denver at 6 p.m.", "2026-03-11T00:00-06:00[America/Denver]"));
    // a clock time told with its day is that day's, as the part of the day is
    assertEquals("shooting 2026-03-11T18:30 Denver", summaryAt("Two men were shot in Denver at 6:30 p.m. Wednesday "
        + "night.", "2026-03-11T00:00-06:00[America/Denver]"));
    // unless its clause tells it ahead: a vigil's time is no incident's
    assertEquals("shooting PAST_REF Denver", summaryAt("Two men were shot in Denver. A vigil for the victims of the shooting "
        + "will be held at 7 p.m. Wednesday.", "2026-03-11T00:00-06:00[America/Denver]"));
  }

  @Test
  void datesOfArrestsAndHearingsDoNotDateTheIncident() {
    assertEquals("shooting PAST_REF Tulsa",
        summary(events("A man was arrested late Tuesday in connection with the shooting in Tulsa.")));
    assertEquals("shooting PAST_REF Tulsa",
        summary(events("Police on Monday arrested a teenager suspected in a shooting in Tulsa.")));
    assertEquals("shooting PAST_REF Tulsa",
        summary(events("The woman charged in a shooting in Tulsa appeared in court Monday.")));
    assertEquals("shooting PAST_REF Tulsa",
        summary(events("Police charged a man with murder Thursday in the fatal shooting in Tulsa.")));
    assertEquals("shooting PAST_REF Tulsa",
        summary(events("A boy wounded in a shooting in Tulsa was in critical condition on Tuesday.")));
  }

  @Test
  void aTollsRiseOrARescueDoesNotDateTheIncident() {
    assertEquals("earthquake PAST_REF Nepal",
        summary(events("The toll from the earthquake in Nepal climbed to 52 on Tuesday.")));
    assertEquals("earthquake PAST_REF Nepal",
        summary(events("Rescuers in Nepal pulled two survivors from the rubble on Tuesday after the earthquake.")));
    assertEquals("earthquake 2026-03-08 Nepal",
        summary(events("The toll from Sunday's earthquake in Nepal climbed to 52 on Tuesday.")));
  }

  @Test
  void theIncidentAFollowUpRecallsKeepsItsOwnDate() {
    assertEquals("shooting 2026-03-03 Tulsa", summary(events(
        "A man was arrested Tuesday in connection with the March 3 shooting in Tulsa.")));
    assertEquals("shooting 2026-03-08 Tulsa", summary(events(
        "A teenager was charged Tuesday in Sunday's shooting in Tulsa.")));
    assertEquals("shooting 2026-03-04 Tulsa", summary(events(
        "A woman was arrested in the March 4 shooting in Tulsa.")));
    assertEquals("shooting 2026-03-10 Tulsa", summary(events(
        "A man was shot Tuesday in Tulsa, and police arrested a suspect hours later.")));
    assertEquals("shooting 2026-03-09 Tulsa", summary(events(
        "Police arrested a man who shot a neighbor Monday in Tulsa.")));
  }

  @Test
  void mentionsOfOneIncidentMakeOneEvent() {
    assertEquals("shooting 2026-03-09 Tulsa", summary(events("A gunman opened fire at a diner in Tulsa on Monday. "
        + "The shooting left the town in shock. Investigators are still looking into the attack.")));
  }

  @Test
  void backgroundIncidentWithItsOwnDateIsSeparateAndGetsItsFigures() {
    // the background crash has no place in its sentence, so it takes the report's lead place
    String text = "A bus crashed near Lyon on Tuesday, killing four passengers. "
        + "Last month's crash on the same road killed nine people.";
    List<Event> e = events(text, killed(text, "killing four passengers", 4), killed(text, "killed nine people", 9));
    assertEquals("crash 2026-03-10 Lyon; crash 2026-02 Lyon", summary(e));
    assertEquals(4, e.get(0).toll(CasualtyCategory.KILLED).get().best());
    assertEquals(9, e.get(1).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void namesInCapitalsAreNotTriggers() {
    assertEquals("", summary(events("The Fire Department Museum opened in Boston on Monday.")));
  }

  @Test
  void dronesShotDownAreNoShooting() {
    assertEquals("strike 2026-03-10TNI Odesa", summary(events("A Russian drone strike hit Odesa overnight, officials "
        + "said Wednesday. The air force said 40 of 55 drones were shot down.")));
  }

  @Test
  void undatedTalksAreLeftOutAndCallsHaveNoPlace() {
    assertEquals("call 2026-03-09 -", summary(events("Talks may resume in Vienna. The two leaders spoke by phone "
        + "on Monday from Paris.")));
    // the person spoken to may stand between "spoke" and "by phone"
    assertEquals("call 2026-03-09 -", summary(events("The president spoke to his Turkish counterpart by phone on Monday.")));
    assertEquals("call 2026-03-10 -", summary(events("The foreign ministers talked with each other by telephone on Tuesday.")));
    assertEquals("", summary(events("The minister spoke to reporters in Ankara on Monday.")));
  }

  @Test
  void announcedMeetingsAndVisitsAreEvents() {
    assertEquals("meeting 2026-04-03 Beijing; meeting 2025-05 Moscow", summary(events(
        "The two leaders will meet in Beijing on April 3. The minister visited Moscow in May 2025. "
        + "The company met its targets on Monday.")));
  }

  @Test
  void statementsOnlyWhenAskedFor() {
    Report r = Report.of("r", "The ministry said on Monday that it would act.", PUBLISHED);
    List<Event> none = EnglishEventExtractor.create().extract(r, EnglishDateExtractor.create().extract(r), List.of());
    List<Event> one = EnglishEventExtractor.withStatements().extract(r, EnglishDateExtractor.create().extract(r),
        List.of());
    assertTrue(none.isEmpty());
    assertEquals(EventType.STATEMENT, one.get(0).type());
  }

  @Test
  void cityFollowedByItsStateTakesThatState() {
    List<Event> e = events("Two men were shot in Springfield, Ill., on Tuesday.");
    assertEquals("Springfield, Sangamon County, Illinois, United States", e.get(0).place().get());
  }

  @Test
  void emptyAndOddTextGiveNothing() {
    assertTrue(events("").isEmpty());
    assertTrue(events("...\n\n!!! ??? ,,, \u2014 ''").isEmpty());
  }

  @Test
  void pageStampsDoNotDateTheIncident() {
    assertEquals("shooting 2026-03-08 Reno", summary(events("Two hurt in Reno shooting\n\n"
        + "Wednesday, March 11, 2026 9:14 AM EDT\n\nTwo men were shot in Reno on Sunday.")));
    assertEquals("shooting 2026-03-08 Reno", summary(events("Posted March 11, 2026: a man was shot in Reno. "
        + "The shooting happened early on Sunday.")));
  }

  @Test
  void undatedIncidentTakesTheWeekBeforeItsReport() {
    List<Event> e = events("A woman was shot at a gas station in Boise, police said.");
    assertEquals("shooting PAST_REF Boise", summary(e));
    assertEquals("2026-03-04T00:00-05:00[America/New_York]/2026-03-12T00:00-04:00[America/New_York]",
        e.get(0).interval().get().toString());
  }

  @Test
  void victimsAndSuspectsNamedWithAnAgeOrAsIdentifiedAreActors() {
    List<Event> e = events("Jordan Lee Parks, 23, of Reno was shot on Monday. Police identified the suspect as "
        + "Mara Quill. Officer Dan Holt, 41, said the street was quiet.");
    assertEquals(List.of("Jordan Lee Parks", "Mara Quill"), e.get(0).actors());
    assertTrue(events("A man, 23, was shot in Reno on Monday.").get(0).actors().isEmpty());
  }

  @Test
  void peopleNamedInFullAndThenBySurnameAreActors() {
    List<Event> e = events("A man was shot on Monday outside a bakery in Reno. Tavon Reddick was taken to a hospital. "
        + "Reddick said he never saw the gunman. Neighbor Carla Mensah heard three shots. Mensah's son called 911. "
        + "Also Ivo Sandoval, a cousin, was there. Sandoval said he ran.");
    assertEquals(List.of("Tavon Reddick", "Carla Mensah", "Ivo Sandoval"), e.get(0).actors());
    // officials named with a title once, common words and the names of things are no actors
    assertTrue(events("A man was shot on Monday in Reno. Police Chief Ana Ruiz spoke to reporters. Ruiz said the "
        + "shooter fled. Kremlin spokesman Dmitry Volkov was asked about it. Volkov said nothing. A Toyota Camry "
        + "was found. The Camry was stolen. Both Clay and his brother were safe, and both were released. "
        + "Community activist Dale Brooks led a vigil. Brooks said the block was tired.")
        .get(0).actors().isEmpty());
    // a name given once, or a surname that stands alone only before what is no deed of a person, is none
    assertTrue(events("A man was shot on Monday in Reno. Tavon Reddick was taken to a hospital. A Reddick Street "
        + "store was closed.").get(0).actors().isEmpty());
  }

  @Test
  void aSurnameThatIsAlsoATownIsNoPlaceOnceThePersonIsNamedInFull() {
    List<Event> e = events("A woman was shot and killed Saturday night at a farmhouse, the Sullivan County sheriff "
        + "said. Deputies arrested Kyle Denton at the scene. Denton had argued with the woman for years, neighbors "
        + "said. Denton's truck was found in a ditch. Denton was taken to the county jail, and Denton's lawyer "
        + "declined to comment.");
    assertEquals("Sullivan County, Tennessee, United States", e.get(0).place().orElse("-"));
  }

  @Test
  void aShootingVictimOrSuspectTellsAShooting() {
    assertEquals("shooting PAST_REF Reno", summary(events("Reno shooting victim flags down a passing bus")));
    assertEquals("shooting PAST_REF Reno", summary(events("The shooting suspect was arrested in Reno, police said.")));
    assertEquals("", summary(events("The range in Reno reopened. A fire truck and a shooting range were inspected.")));
  }

  @Test
  void aHuntingAccidentOrAGunThatWentOffIsAShootingAndAKillingAnAttack() {
    assertEquals("shooting PAST_REF Reno", summary(events("A Reno teenager died in a hunting accident, deputies said.")));
    assertEquals("shooting PAST_REF Reno", summary(events("A boy was hurt in Reno when his father's gun went off.")));
    assertEquals("attack PAST_REF Reno", summary(events("Two Reno teens were charged in killing of a clerk.")));
  }

  @Test
  void aStrayBulletOrAShooterIsAShooting() {
    assertEquals("shooting 2026-03-09 Reno", summary(events("A stray bullet hit a girl in Reno on Monday.")));
    assertEquals("shooting 2026-03-09 Reno", summary(events("The shooter fled a Reno bar on Monday.")));
    assertEquals("", summary(events("The bullet points of the plan for Reno were read on Monday.")));
  }

  @Test
  void aBombingStaysABombingWhenItsReportTellsOfAShotLater() {
    assertEquals("bombing 2026-03-10 Quetta", summary(events("A car bomb exploded at a market in Quetta on Tuesday. "
        + "Troops later shot one of the attackers.")));
    assertEquals("shooting 2026-03-10 Quetta", summary(events("Gunmen attacked a market in Quetta on Tuesday. "
        + "The shooting lasted an hour.")));
  }

  @Test
  void aWireDatelineDoesNotMoveAnIncidentFromThePlaceItStruck() {
    assertEquals("strike 2026-03-10 Bryansk", summary(events("MOSCOW - The Kremlin said on Wednesday it was ready "
        + "to talk. Missiles struck a district of Bryansk on Tuesday, the governor said. Moscow blamed Kyiv.")));
  }

  @Test
  void aPlaceNearerAnotherTriggerIsThatTriggersPlace() {
    assertEquals("crash 2026-03-09 Texas", summary(events("A bus crash in Texas on Monday was "
        + "the worst since 2009, when a jet crashed in Tulsa.")));
  }

  @Test
  void buildingsAfterTheAreNoTowns() {
    assertEquals("earthquake 2026-03-09 Türkiye", summary(events("A strong earthquake shook eastern Turkey on Monday, "
        + "the White House said.")));
    assertEquals("strike 2026-03-09 Gaza Strip", summary(events("An air strike hit Gaza on Monday.")));
  }

  @Test
  void aDisasterThatStruckIsNotAStrike() {
    assertEquals("earthquake 2026-03-09 Van", summary(events("A strong earthquake struck near Van early Monday.")));
    assertEquals("strike 2026-03-09 Van", summary(events("A drone struck a depot near Van early Monday.")));
  }

  @Test
  void incidentsInDifferentPlacesOfOneReportStayApart() {
    assertEquals("strike 2026-03-09 Homs; bombing 2026-03-08 Kunar", summary(events(
        "A missile strike hit a market in Homs on Monday. "
        + "Separately, a roadside bomb exploded in Kunar province on Sunday.")));
  }

  @Test
  void aDateBeforeTheAttributionDatesTheHappening() {
    assertEquals("call 2026-03-10 -", summary(events(
        "The president spoke by phone with the prime minister on Tuesday, his office said.")));
    assertEquals("shooting 2026-03-10TNI Denver",
        summary(events("A man was shot in Denver on Tuesday night, police said on Wednesday.")));
  }

  @Test
  void anIncidentComparedToInAnotherCityIsItsOwn() {
    String text = "Missiles struck Kharkiv on Monday. The attack came two days after a strike on "
        + "Dnipro killed a 12-year-old girl.";
    assertEquals("strike 2026-03-09 Kharkiv; strike PAST_REF Dnipro",
        summary(events(text, killed(text, "killed a 12-year-old girl", 1))));
  }

  @Test
  void aWireDatelineDoesNotMoveTheCityAnAttackStruck() {
    assertEquals("strike 2026-03-09 Kharkiv", summary(events("KYIV, March 10 (Reuters) - Russian missiles struck "
        + "Kharkiv on Monday, officials in Kyiv said.")));
  }

  @Test
  void aFigureDatedLongBeforeTheIncidentCountsAnOlderOne() {
    String text = "Floods swept through villages near Sylhet on Tuesday, killing 14 people. "
        + "Last year's monsoon left 180 people dead in the region.";
    List<Event> e = events(text, killed(text, "killing 14 people", 14), killed(text, "180 people dead", 180));
    assertEquals(2, e.size(), summary(e));
    assertEquals("flood 2026-03-10 Sylhet", summary(e.subList(0, 1)));
    assertEquals(14, e.get(0).toll(CasualtyCategory.KILLED).get().best());
    assertEquals("2025", e.get(1).time().get().toString());
    assertEquals(180, e.get(1).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void aFigureDatedNearTheIncidentStaysWithIt() {
    String text = "Floods swept through villages near Sylhet on Tuesday. By Wednesday, 14 people were dead.";
    List<Event> e = events(text, killed(text, "14 people were dead", 14));
    assertEquals("flood 2026-03-10 Sylhet", summary(e));
    assertEquals(14, e.get(0).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void aVehicleThatOverturnedOrCapsizedIsACrashButACourtRulingIsNot() {
    assertEquals("crash 2026-03-08 Cusco", summary(events("A bus overturned near Cusco on Sunday.")));
    assertEquals("crash 2026-03-09 Mopti", summary(events("An overloaded boat capsized near Mopti on Monday.")));
    assertEquals("", summary(events("The court overturned the ruling in Denver on Monday.")));
    assertEquals("", summary(events("Shares plunged in New York on Monday.")));
    assertEquals("crash 2026-03-08 Cusco", summary(events(
        "A bus carrying about 40 farm workers skidded off a road near Cusco on Sunday.")));
    assertEquals("crash 2026-03-09 Mopti", summary(events("A ferry packed with traders sank near Mopti on Monday.")));
    assertEquals("bombing 2026-03-09 Kabul", summary(events("A car bomb went off in Kabul on Monday.")));
    assertEquals("", summary(events("The truck driver's appeal, heard in Denver on Monday, was overturned.")));
  }

  @Test
  void aVehicleThatStruckSomethingIsACrashAWeaponThatStruckIsAStrike() {
    assertEquals("crash 2026-03-08 Cusco", summary(events("A small plane struck a hangar near Cusco on Sunday.")));
    assertEquals("crash 2026-03-08 Cusco", summary(events("A bus carrying pilgrims struck a truck near Cusco on Sunday.")));
    assertEquals("strike 2026-03-08 Kharkiv", summary(events("A missile struck a school in Kharkiv on Sunday.")));
    assertEquals("earthquake 2026-03-08 Cusco", summary(events("An earthquake struck near Cusco on Sunday.")));
  }

  @Test
  void aChargesNameIsNoIncidentOfItsOwn() {
    String text = "A woman was shot in Denver on Sunday night. On Tuesday, her neighbour was charged with "
        + "second-degree assault over a fight on February 2. Her daughter was also wounded, police said.";
    List<Event> e = events(text, injured(text, "Her daughter was also wounded", 1));
    assertEquals("shooting 2026-03-08TNI Denver", summary(e));
    assertEquals(1, e.get(0).toll(CasualtyCategory.INJURED).get().best());
    String charges = "A man was shot in Denver on Sunday. His brother faces assault charges from a fight on "
        + "February 2. A teenager was also wounded, police said.";
    List<Event> c = events(charges, injured(charges, "A teenager was also wounded", 1));
    assertEquals("shooting 2026-03-08 Denver", summary(c));
    // an assault told as what happened is still an incident
    assertEquals("attack 2026-03-08 Denver", summary(events("A man was assaulted in Denver on Sunday.")));
  }

  @Test
  void figuresNoTriggerClaimsMakeOneEvent() {
    String text = "Fifteen people died and 30 were hurt near Arequipa on Monday, officials said.";
    List<Event> e = events(text, killed(text, "Fifteen people died", 15), injured(text, "30 were hurt", 30));
    assertEquals("other 2026-03-09 Arequipa", summary(e));
    assertEquals(30, e.get(0).toll(CasualtyCategory.INJURED).get().best());
  }

  @Test
  void figuresWithNoTriggerAndNoDateStillMakeTheReportsEvent() {
    // no incident word and no date: the toll is still the report's incident, of the recent past
    String text = "Nine miners have been killed near Arequipa, officials said.";
    List<Event> e = events(text, killed(text, "Nine miners have been killed", 9));
    assertEquals("other PAST_REF Arequipa", summary(e));
    assertEquals(9, e.get(0).toll(CasualtyCategory.KILLED).get().best());
    // a running total alone tells of no incident
    String total = "Since 2019, more than 400 miners have died in the region.";
    CasualtyFigure running = CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.moreThan(400),
        TextSpan.of(total, 12, 48)).role(FigureRole.CUMULATIVE).build();
    assertEquals("", summary(events(total, running)));
  }

  @Test
  void aLaterPlaceWithinTheFirstNamesTheIncidentMoreClosely() {
    assertEquals("crash 2026-03-10 Uttarakhand", summary(events("Bus plunges off a road in northern India. "
        + "A bus fell into a gorge in Uttarakhand on Tuesday, police said.")));
  }

  @Test
  void aFiguresLocatedPlaceWithinTheIncidentsRefinesItButAWireBureauDoesNot() {
    String text = "Floods kill 23 in southern Brazil\n\nRECIFE, Brazil - Rain has killed 23 people in Parana state since "
        + "Sunday, officials said.";
    List<Event> e = events(text, killed(text, "kill 23", 23), killed(text, "killed 23 people", 23));
    assertEquals("flood 2026-03-08 Paraná", summary(e));
  }

  @Test
  void aWireDatelinesDateIsTheDispatchsNotTheIncidents() {
    assertEquals("shooting 2026-03-10 Nairobi", summary(events(
        "NAIROBI, March 11 (Reuters) - Police shot dead two protesters in Nairobi on Tuesday, a rights group said.")));
    assertEquals("shooting 2026-03-10 Nairobi", summary(events(
        "March 11 (AP) \u2014 Police shot dead two protesters in Nairobi on Tuesday, a rights group said.")));
    assertEquals("shooting 2026-03-05 Nairobi", summary(events(
        "Police said the shooting in Nairobi happened on March 5 - a Thursday.")));
  }

  @Test
  void anIncidentAcrossSeveralPlacesIsNotNarrowedToATownOfOne() {
    String text = "Tornadoes tore across Mississippi and Alabama on Monday, killing seven people. "
        + "Four of the dead were in Monroe County, Mississippi.";
    assertEquals("storm 2026-03-09 Mississippi", summary(events(text, killed(text, "killing seven people", 7))));
  }

  @Test
  void aRecentFigureBeforeAnOldIncidentStaysWithTheRecentOne() {
    String text = "Landslides hit villages near Pokhara on Tuesday, killing 12 people. Rescuers searched all night. "
        + "Roads stayed closed. By Wednesday the toll had risen to 15. Last year, floods near Pokhara killed 40 people.";
    List<Event> e = events(text, killed(text, "killing 12 people", 12), killed(text, "risen to 15", 15),
        killed(text, "killed 40 people", 40));
    assertEquals("flood 2026-03-10 Pokhara; flood 2025 Pokhara", summary(e));
    assertEquals(List.of(15L, 40L), e.stream().map(x -> x.toll(CasualtyCategory.KILLED).get().high()).toList());
  }

  @Test
  void aTollCountedSinceADateLongPastIsNoIncident() {
    String text = "A strike hit Sumy on Tuesday, killing four people. Since October 7, 2023, more than 1,000 soldiers "
        + "have died in the region.";
    List<Event> e = events(text, killed(text, "killing four people", 4), killed(text, "more than 1,000 soldiers", 1000));
    assertEquals("strike 2026-03-10 Sumy", summary(e));
    assertEquals(4, e.get(0).toll(CasualtyCategory.KILLED).get().best());
    String recent = "Floods swept Sylhet on Sunday. Since Sunday, eight people have died.";
    List<Event> r = events(recent, killed(recent, "eight people have died", 8));
    assertEquals(8, r.get(0).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void theTownOfTheHospitalIsNotTheScene() {
    assertEquals("shooting 2026-03-10 Tulsa", summary(events("A man was shot in Tulsa on Tuesday. "
        + "He was taken to a hospital in Broken Arrow, where he died.")));
    assertEquals("shooting 2026-03-10 -", summary(events("A man was shot on Tuesday. "
        + "The wounded were rushed to hospitals in Broken Arrow and Sand Springs.")));
    assertEquals("shooting 2026-03-10 Broken Arrow", summary(events(
        "A man opened fire at a hospital in Broken Arrow on Tuesday.")));
  }

  @Test
  void aDateOpeningTheSentenceAfterAStatementDatesWhatFollows() {
    // the date is not a saying's ("police said. On ..."), so it tells the old incident apart
    String text = "A gunman killed three people at a mall in Allen, Texas, on Saturday, police said. "
        + "On January 12, a man killed five neighbors in Cleveland, Texas.";
    List<Event> e = events(text, killed(text, "killed three people", 3), killed(text, "killed five neighbors", 5));
    assertEquals("shooting 2026-03-07 Allen; other 2026-01-12 Cleveland", summary(e));
  }

  @Test
  void anIncidentWordDatedAnotherDayInAnotherTownIsAnotherIncident() {
    String text = "Russian drones struck an apartment block in Odesa overnight, killing five people. "
        + "A day earlier, a glide bomb killed a woman and injured four people in Zaporizhzhia.";
    List<Event> e = events(text, killed(text, "killing five people", 5), killed(text, "killed a woman", 1),
        injured(text, "injured four people", 4));
    assertEquals("strike 2026-03-10TNI Odesa; bombing 2026-03-09 Zaporizhzhia", summary(e));
    assertEquals(4, e.get(1).toll(CasualtyCategory.INJURED).get().best());
  }

  @Test
  void anIncidentToldEarlierThatDayInAnotherTownIsAnotherIncident() {
    String text = "An air strike on a school in Rafah killed 14 people on Monday night. "
        + "Earlier on Monday, a drone killed two people in a car near Khan Younis.";
    List<Event> e = events(text, killed(text, "killed 14 people", 14), killed(text, "killed two people", 2));
    assertEquals(2, e.size(), summary(e));
    assertEquals(14, e.get(0).toll(CasualtyCategory.KILLED).get().best());
    // in the same town, it is the same incident told again
    String same = "An air strike on a school in Rafah killed 14 people on Monday night. "
        + "Earlier on Monday, drones struck Rafah.";
    assertEquals(1, events(same, killed(same, "killed 14 people", 14)).size());
  }

  @Test
  void stormsEarlierInTheWeekInANeighbouringStateAreAnotherIncident() {
    String text = "A tornado tore through Marietta, Oklahoma, on Saturday night, killing three people. "
        + "Earlier in the week, storms killed two people in neighboring Texas.";
    List<Event> e = events(text, killed(text, "killing three people", 3), killed(text, "killed two people", 2));
    assertEquals("storm 2026-03-07TNI Marietta; storm 2026-W10 Texas", summary(e));
  }

  @Test
  void anIncidentToldInAWhenClauseAfterSinceIsNoRunningTotal() {
    String text = "A suicide bomber killed 12 officers in Bannu on Thursday, the deadliest attack since January, "
        + "when 17 soldiers were killed in an assault on an army post.";
    List<Event> e = events(text, killed(text, "killed 12 officers", 12), killed(text, "17 soldiers were killed", 17));
    assertEquals(2, e.size(), summary(e));
    assertEquals(17, e.get(1).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void aFigureDatedAnotherDayInAnotherTownIsAnotherIncident() {
    String text = "A gunman killed three people at a mall in Allen, Texas, on Saturday. "
        + "On Friday, a man killed five neighbors in Cleveland, Texas.";
    List<Event> e = events(text, killed(text, "killed three people", 3), killed(text, "killed five neighbors", 5));
    assertEquals("shooting 2026-03-07 Allen; other 2026-03-06 Cleveland", summary(e));
    assertEquals(3, e.get(0).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void anOldDateBesideATollTellingAnIncidentUnderWayIsBackground() {
    String text = "A heat wave has killed 23 people across Rajasthan over the past week, officials said.\n\n"
        + "Hospitals in Jaipur treated hundreds of people for heatstroke.\n\n"
        + "In May 2019, a heat wave killed more than 300 people in the state.";
    List<Event> e = events(text, killed(text, "has killed 23 people", 23), killed(text, "killed more than 300 people", 300));
    assertEquals(2, e.size(), summary(e));
    assertEquals("PAST_REF", e.get(0).time().get().toString());
    assertEquals("2019-05", e.get(1).time().get().toString());
    assertEquals(23, e.get(0).toll(CasualtyCategory.KILLED).get().best());
    // a toll told in the present perfect is as much under way
    String perfect = "A cold wave has killed 12 homeless people in Kyiv, the city said.\n\n"
        + "In January 2024, a cold snap killed 40 people in the region.";
    List<Event> p = events(perfect, killed(perfect, "has killed 12 homeless people", 12),
        killed(perfect, "killed 40 people", 40));
    assertEquals(2, p.size(), summary(p));
    assertEquals(12, p.get(0).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void aFollowUpStillTakesTheOldDateOfItsLeadAsTheIncidentsDate() {
    String text = "A teenager was charged on Monday in a shooting in Dayton.\n\n"
        + "It was one of three arrests in homicide cases in the last week, police said.\n\n"
        + "The 17-year-old victim was shot on January 14 outside a gas station.";
    assertEquals("shooting 2026-01-14 Dayton", summary(events(text)));
  }

  @Test
  void theGunmanFoundDeadElsewhereOnAnotherDayBelongsToHisShooting() {
    String text = "A gunman killed three co-workers at a warehouse in Columbus, Ohio, on Monday. "
        + "The suspected gunman was found dead in Grove City on Tuesday, police said.";
    CasualtyFigure gunman = CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.exactly(1),
        TextSpan.of(text, text.indexOf("The suspected"), text.indexOf(" in Grove"))).who("suspected gunman")
        .role(FigureRole.ADDITIONAL).build();
    List<Event> e = events(text, killed(text, "killed three co-workers", 3), gunman);
    assertEquals("shooting 2026-03-09 Columbus", summary(e));
    assertEquals(4, e.get(0).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void aTriggerInARelativeClauseTakesNoDateOfTheMainClause() {
    String text = "Hundreds gathered for a vigil in Columbus on Wednesday night. "
        + "The gunman, who killed himself hours after the shooting, had been fired a week earlier.";
    assertEquals("shooting PAST_REF Columbus", summary(events(text)));
    // a date inside the clause is the trigger's own
    String inside = "The gunman, who opened fire on Monday, had been fired a week earlier.";
    assertEquals("2026-03-09", events(inside).get(0).time().get().toString());
  }

  @Test
  void aHouseThatCavedInOnAnotherDayIsAnotherCollapse() {
    String text = "A hotel under construction collapsed in Accra on Monday, killing six workers. "
        + "It was the second collapse in the city this month. On March 2, a house caved in, killing two people.";
    List<Event> e = events(text, killed(text, "killing six workers", 6), killed(text, "killing two people", 2));
    assertEquals("collapse 2026-03-09 Accra; collapse 2026-03-02 Accra", summary(e));
    assertEquals(6, e.get(0).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void aCollapseInAnEarthquakeIsPartOfIt() {
    String text = "An earthquake shook Arequipa early Monday. A man died when a wall collapsed on his home.";
    List<Event> e = events(text, killed(text, "A man died", 1));
    assertEquals("earthquake 2026-03-09 Arequipa", summary(e));
    assertEquals(1, e.get(0).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void aSecondCrashOnAnEarlierDayIsItsOwnEvent() {
    String text = "A minibus plunged into a ravine near Cusco on Monday, killing seven people. It came a week "
        + "after five pilgrims died when their bus overturned on March 2.";
    List<Event> e = events(text, killed(text, "killing seven people", 7), killed(text, "five pilgrims died", 5));
    assertEquals(2, e.size(), summary(e));
    assertEquals(7, e.get(0).toll(CasualtyCategory.KILLED).get().best());
    assertEquals("2026-03-02", e.get(1).time().get().toString());
    assertEquals(5, e.get(1).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void aWireDatelineDoesNotStandForThePlaceTheLeadLocates() {
    assertEquals("earthquake 2026-03-09 Arequipa", summary(events("LIMA, March 9 (Wire) - A strong earthquake struck "
        + "southern Peru on Monday, damaging homes in the Arequipa region.")));
    assertEquals("earthquake 2026-03-09 Antofagasta", summary(events("SANTIAGO - An earthquake shook northern Chile "
        + "on Monday, cutting power in the city of Antofagasta.")));
    // the town named after "the ... city of" with modifiers between is as much the incident's place
    assertEquals("fire 2026-03-09 Arica", summary(events("Fire at Chile market\n\nSANTIAGO, March 9 (Wire) - A fire "
        + "tore through a market in the northern Chilean port city of Arica on Monday, officials said.")));
    // "the state of X" reads X as the state, so a town of that state named later refines it
    assertEquals("shooting 2026-03-07 Celaya", summary(events("Gunmen kill 7 at Mexican bar\n\nMEXICO CITY - Gunmen "
        + "opened fire in a bar in the central Mexican state of Guanajuato late Saturday, killing seven people. The "
        + "attack took place in the city of Celaya shortly before midnight.")));
    // a town before the facility where it happened is the scene
    assertEquals("crash 2026-03-08 Kano", summary(events("Plane crash in Nigeria\n\nLAGOS, Nigeria - A cargo plane "
        + "crashed shortly after take-off from Kano airport on Sunday, officials said.")));
    // a place after a possessive is governed by the preposition before it ("in Nigeria's Kebbi state")
    assertEquals("crash 2026-03-07 Kebbi", summary(events("ABUJA, Nigeria - A ferry capsized on a river in Nigeria's "
        + "Kebbi state on Saturday, officials said.")));
    // the country named as a region anywhere, here after the headline named it plainly
    assertEquals("crash 2026-03-09 Peru", summary(events("Peru: bus plunges into ravine\n\nLIMA - A bus plunged into "
        + "a ravine in southern Peru on Monday, police said.")));
    assertEquals("flood 2026-03-09 Nepal", summary(events("KATHMANDU, March 9 (Wire) - Floods swept through "
        + "villages in western Nepal on Monday.")));
    // a verb of attack locates as much as "in" does: the bureau's city is not the scene
    assertEquals("strike 2026-03-09TNI Mykolaiv", summary(events("KYIV, March 10 (Wire) - Russian missiles struck the "
        + "southern city of Mykolaiv on Monday night, regional officials said on Tuesday.")));
    // "across" places an incident as "in" does, and as a whole it spans: a town named later does not narrow it
    assertEquals("strike 2026-03-09 Gaza Strip", summary(events("CAIRO, March 10 (Wire) - Israeli strikes killed at "
        + "least 25 people across Gaza on Monday, health officials said. The army said it struck militants in Rafah.")));
    // AP's compass words before a country ("northwest Pakistan") make a region of it, as "northern" does
    assertEquals("bombing 2026-03-09 Pakistan", summary(events("KARACHI, Pakistan - A suicide bomber targeted a "
        + "police convoy in northwest Pakistan on Monday, police said.")));
    // a local dateline with no other town located in the lead stays the incident's place
    assertEquals("shooting 2026-03-09 Alturas", summary(events("ALTURAS, Calif. - A man was shot on Monday at a "
        + "ranch near the Oregon border, deputies said.")));
  }

  @Test
  void aFigureInAnotherCountryOnTheSameDayIsAnotherIncident() {
    String text = "Missiles hit Dnipro overnight, killing seven people. Meanwhile, Russia said Ukrainian drones "
        + "killed one person in the Belgorod region on Tuesday.";
    List<Event> e = events(text, killed(text, "killing seven people", 7), killed(text, "killed one person", 1));
    assertEquals(2, e.size(), summary(e));
    assertEquals(7, e.get(0).toll(CasualtyCategory.KILLED).get().best());
    assertEquals("Belgorod", e.get(1).place().get().split(",")[0]);
    assertEquals(1, e.get(1).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void aReportOfThousandsOfIncidentsIsReadIntoABoundedNumber() {
    StringBuilder text = new StringBuilder();
    java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 1);
    for (int i = 0; i < 3 * ReportEvents.MAX_DRAFTS; i++) {
      text.append("A bomb exploded in Kandahar on ").append(day.plusDays(i)).append(". ");
    }
    List<Event> e = events(text.toString());
    assertTrue(e.size() > ReportEvents.MAX_DRAFTS / 2 && e.size() <= ReportEvents.MAX_DRAFTS, () -> e.size() + " events");
    assertEquals("2020-01-01", e.get(0).time().get().toString());
  }

  @Test
  void aDateOfAnAgreementInARelativeClauseDoesNotDateTheIncident() {
    String text = "Drones struck two villages near Kharkiv on Sunday, officials said, in the latest attacks despite "
        + "a truce that took effect a year ago. One drone hit a school in Chuhuiv, killing two teachers.";
    List<Event> e = events(text, killed(text, "killing two teachers", 2));
    assertEquals("strike 2026-03-08 Kharkiv", summary(e));
    assertEquals(2, e.get(0).toll(CasualtyCategory.KILLED).get().best());
    // a clause on a part of the incident still dates it
    assertEquals("shooting 2026-03-10 Tulsa", summary(events("A man was shot in Tulsa after a standoff with police "
        + "that lasted for hours on Tuesday.")));
  }

  @Test
  void aRunningTotalOfManyIncidentsMakesNoEventOfItsOwn() {
    String text = "A bus plunged into a river near Kisumu on Monday, killing nine people. More than 4,000 people "
        + "died in road crashes last year.";
    CasualtyFigure total = CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.moreThan(4000),
        TextSpan.of(text, text.indexOf("More than"), text.indexOf(" in road"))).role(FigureRole.CUMULATIVE).build();
    List<Event> e = events(text, killed(text, "killing nine people", 9), total);
    assertEquals("crash 2026-03-09 Kisumu", summary(e));
  }

  @Test
  void aFigureBeforeAnOlderIncidentStaysWithTheIncidentToldBefore() {
    String text = "Floods swept through the town of Mokwa on Thursday, killing 40 people. Rescuers searched the "
        + "river banks. About 3,000 people have been displaced, the agency said. Floods killed 300 people in "
        + "the region last year.";
    CasualtyFigure displaced = CasualtyFigure.builder(CasualtyCategory.DISPLACED, CasualtyCount.about(3000),
        TextSpan.of(text, text.indexOf("About"), text.indexOf(", the agency"))).build();
    List<Event> e = events(text, killed(text, "killing 40 people", 40), displaced, killed(text, "killed 300 people", 300));
    assertEquals("flood 2026-03-05 Mokwa", summary(e.subList(0, 1)));
    assertEquals(2, e.size(), summary(e));
    assertEquals(3000, e.get(0).toll(CasualtyCategory.DISPLACED).get().best());
  }

  @Test
  void aFigureInASentenceOpeningSeparatelyIsAnotherIncidents() {
    String text = "Missiles struck Dnipro on Tuesday, killing three people. Separately, drones killed a farmer in "
        + "the Sumy region overnight, the governor said.";
    List<Event> e = events(text, killed(text, "killing three people", 3), killed(text, "killed a farmer", 1));
    assertEquals(2, e.size(), summary(e));
    assertEquals(3, e.get(0).toll(CasualtyCategory.KILLED).get().best());
    assertEquals(1, e.get(1).toll(CasualtyCategory.KILLED).get().best());
    assertEquals("Sumy", e.get(1).place().get().split(",")[0]);
  }

  @Test
  void aDateOfWhatFollowedGivesWayToTheIncidentsOwnEarlierDay() {
    String text = "Rescuers dug more bodies out of the mud on Tuesday after a landslide buried homes in Bogor. "
        + "The landslide struck late on Sunday after days of rain, killing nine people.";
    List<Event> e = events(text, killed(text, "killing nine people", 9));
    assertEquals("flood 2026-03-08 Bogor", summary(e));
    assertEquals(9, e.get(0).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void anIncidentToldAsSeparateIsItsOwnEvent() {
    String text = "Drones struck Kharkiv overnight, killing two people. In a separate attack, a missile hit the port "
        + "of Odesa, wounding four workers. The attack on Kharkiv damaged a school.";
    int w = text.indexOf("wounding four workers");
    CasualtyFigure wounded = CasualtyFigure.builder(CasualtyCategory.INJURED, CasualtyCount.exactly(4),
        TextSpan.of(text, w, w + "wounding four workers".length())).build();
    List<Event> e = events(text, killed(text, "killing two people", 2), wounded);
    assertEquals("strike 2026-03-10TNI Kharkiv; strike PAST_REF Odesa", summary(e));
    assertEquals(4, e.get(1).toll(CasualtyCategory.INJURED).get().best());
    String other = "A man was shot dead in Tulsa on Monday. Police are also looking into another shooting "
        + "across town that left a woman dead.";
    List<Event> o = events(other, killed(other, "A man was shot dead", 1), killed(other, "left a woman dead", 1));
    assertEquals("shooting 2026-03-09 Tulsa; shooting PAST_REF Tulsa", summary(o));
    assertEquals(1, o.get(1).toll(CasualtyCategory.KILLED).get().best());
    // a summary of several, and another bullet, are no other incident
    assertEquals("shooting 2026-03-09 Tulsa", summary(events(
        "A man was shot in Tulsa on Monday. Another bullet struck a parked car.")));
  }

  @Test
  void anIncidentTheReportIsDatedAfterIsItsOwnEvenInTheSameCity() {
    String text = "A day after a mosque bombing killed nine people in Kabul, a roadside bomb hit a minibus in "
        + "the west of the city on Saturday, killing four passengers.";
    List<Event> e = events(text, killed(text, "killed nine people", 9), killed(text, "killing four passengers", 4));
    assertEquals("bombing PAST_REF Kabul; bombing 2026-03-07 Kabul", summary(e));
    assertEquals(9, e.get(0).toll(CasualtyCategory.KILLED).get().best());
    assertEquals(4, e.get(1).toll(CasualtyCategory.KILLED).get().best());
  }

  @Test
  void thePlaceOfAnIncidentComparedToDoesNotPlaceTheMainOne() {
    String text = "A cargo helicopter crashed in Nepal's mountains on Saturday, killing its pilot. It was the second "
        + "air crash in a week, after a plane went down near Pokhara killing 14.";
    List<Event> e = events(text, killed(text, "killing its pilot", 1), killed(text, "killing 14", 14));
    assertEquals("crash 2026-03-07 Nepal; crash PAST_REF Pokhara", summary(e));
  }
}
