package org.dateline.rules.event.en;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** The main incident's place weighed over the whole report, on reports of our own. */
class ReportPlaceTest {
  private static String place(String text) {
    List<Event> e = EventRulesTest.events(text);
    return e.get(0).place().orElse("-");
  }

  @Test
  void datelineTownBeatsTheCityNearTheTrigger() {
    assertEquals("Zanesville, Muskingum County, Ohio, United States", place("Man hurt outside bar\n\n"
        + "ZANESVILLE, Ohio (AP) — A man who was shot outside a bar on Sunday was flown to a hospital in Columbus."));
  }

  @Test
  void aBusinessNamedForItsOwnerIsNoTown() {
    // "Wanda" is a town in Argentina, but here it is the bar's owner
    assertEquals("Zanesville, Muskingum County, Ohio, United States", place("Two hurt in shooting\n\n"
        + "Two men were found wounded in front of Wanda's Bar on Sunday night, police in Zanesville said."));
    assertEquals("-", place("Two hurt in shooting\n\nTwo men were found wounded in front of Wanda's Bar on Sunday night."));
  }

  @Test
  void theTownNamedAgainAndAgainBeatsOneNamedOnce() {
    assertEquals("Zanesville, Muskingum County, Ohio, United States", place("Two hurt in shooting\n\n"
        + "Two men were shot on Sunday, and one was taken to a hospital in Columbus. The shooting happened on a "
        + "quiet street in Zanesville. Zanesville police asked for tips. A vigil will be held in Zanesville."));
  }

  @Test
  void theNewsroomsCityInTheHeadlineIsNotTheIncidentsPlace() {
    assertEquals("Zanesville, Muskingum County, Ohio, United States", place(
        "Man shot on Elm Street - WCXZ News, Weather, Sports - Columbus, Ohio\n\n"
        + "A man was shot on Sunday in Zanesville."));
    assertEquals("Zanesville, Muskingum County, Ohio, United States", place(
        "Man shot on Elm Street | NewsCenterXZ.com | Columbus, Ohio\n\nA man was shot on Sunday in Zanesville."));
  }

  @Test
  void aHeadlinePartThatNamesNoNewsroomStillCounts() {
    assertEquals("Columbus, Franklin County, Ohio, United States", place(
        "Man shot - Columbus police seek the gunman\n\nA man was shot on Sunday near a store."));
    assertEquals(21, ReportPlace.mastheadBegin("Man shot - police say - WCXZ News\n\nText."));
    String noMasthead = "Man shot - Columbus police say it\n\nWCXZ News";
    assertEquals(noMasthead.length(), ReportPlace.mastheadBegin(noMasthead));
  }

  @Test
  void theStateAloneGivesWayToATownInIt() {
    assertEquals("Zanesville, Muskingum County, Ohio, United States", place("Ohio man shot\n\n"
        + "An Ohio man was shot on Sunday. Officers in Zanesville are looking for the gunman."));
  }

  @Test
  void aPersonsNameIsNoPlace() {
    assertEquals("Lowell, Middlesex County, Massachusetts, United States", place("Woman shot at home\n\n"
        + "Rhea Dixon, 31, was shot at her home on Sunday. Police in Lowell, Mass., are searching for the gunman. "
        + "Friends of Dixon held a vigil. A cousin of Dixon spoke. Neighbours of Dixon were shaken."));
  }

  @Test
  void aPersonsNameNearTheTriggerIsNoPlaceEither() {
    String text = "Neighbour charged\n\nPolice in Lowell, Mass., charged a neighbour on Friday. Marcus Dixon, 44, "
        + "was charged with child endangerment. The boy died of a gunshot wound he got at Dixon's home.";
    assertEquals("Lowell, Middlesex County, Massachusetts, United States", place(text));
    assertEquals("Dixon, Solano County, California, United States", place("Boy shot\n\n"
        + "The boy died of a gunshot wound he got at a home in Dixon, Calif. Police charged a neighbour."));
  }

  @Test
  void aReportWithoutPlacesHasNone() {
    assertEquals("-", place("Man shot\n\nA man was shot on Sunday, police said."));
  }
}
