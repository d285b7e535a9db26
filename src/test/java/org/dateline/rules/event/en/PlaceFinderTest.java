package org.dateline.rules.event.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Place resolution: counties, towns with their county, the report's dominant country, the lead fallback. */
class PlaceFinderTest {
  private static List<String> places(String text) {
    return PlaceFinder.find(text, Sentences.split(text)).stream().map(PlaceFinder.Mention::name)
        .collect(Collectors.toList());
  }

  @Test
  void aNameTheReportCallsADivisionIsAPlaceAbroadToo() {
    // the report's other names lie in Ukraine; a foreign name written bare would be dropped, one called a division is not
    assertEquals("Belgorod, Belgorod Oblast, Russia", places("Missiles hit Dnipro and Odesa. Drones killed a man in the "
        + "Belgorod region.").get(2));
    assertEquals("Assam, India", places("A quake struck Assam's Sonitpur district. Tremors were felt in Bangladesh, days "
        + "after a quake hit Dhaka.").get(0));
    assertEquals(List.of("Dnipro, Dnipropetrovsk, Ukraine", "Odesa, Ukraine"),
        places("Missiles hit Dnipro and Odesa. Drones were seen over Belgorod."));
  }

  @Test
  void aShortWordInCapitalsIsNoTownOrRegion() {
    // a time zone, a compass point or a word of a line in capitals, each also some region's or town's name
    assertEquals(List.of("Dayton, Montgomery County, Ohio, United States", "Ohio, United States"),
        places("The shots were fired at 10 a.m. EST near SE 5th Street in Dayton, Ohio."));
    assertEquals(List.of(), places("STATEMENT OF THE FAMILY"));
    // a country's code in capitals is the country
    assertEquals(List.of("United Kingdom"), places("Officials in the UK said the tourists were safe."));
  }

  @Test
  void countyNameIsTheCountyNotASameNamedTown() {
    assertEquals(List.of("Bartow County, Georgia, United States"),
        places("Deputies in Bartow County said the man fled on foot."));
    assertEquals(List.of("Oglethorpe County, Georgia, United States"),
        places("The crash closed a road in Oglethorpe County."));
  }

  @Test
  void townCarriesItsCountySoBothAreCompatible() {
    List<String> p = places("A woman was shot in Cartersville, Ga., and Bartow County deputies came.");
    assertEquals("Cartersville, Bartow County, Georgia, United States", p.get(0));
    assertEquals("Bartow County, Georgia, United States", p.get(1));
    assertEquals(true, PlaceFinder.within(
        PlaceFinder.find("in Cartersville, Ga.", List.<int[]>of(new int[] {0, 20})).get(0),
        PlaceFinder.find("in Bartow County", List.<int[]>of(new int[] {0, 16})).get(0)));
  }

  @Test
  void sameNamedCountiesPreferTheStateNamedElseTheMorePopulous() {
    assertEquals(List.of("Harris County, Texas, United States"), places("Two men were hurt in Harris County."));
    assertEquals("Washington County, Ohio, United States",
        places("Ohio troopers said the crash was in Washington County.").get(1));
  }

  @Test
  void englishAliasesNameTheSamePlaceAsItsOwnName() {
    assertEquals(List.of("Washington, D.C., District of Columbia, United States"), places("He lives in D.C. now."));
    assertEquals(places("A blast in Kyiv."), places("A blast in Kiev."));
    assertEquals(List.of("Geneva, Switzerland"), places("Talks in Geneva."));
  }

  @Test
  void countyFollowedByTheNameOfOneOfItsOfficesIsTheCounty() {
    assertEquals(List.of("Lucas County, Ohio, United States", "Ohio, United States"),
        places("The men appeared in Lucas County Common Pleas Court in Ohio."));
  }

  @Test
  void aNameCrossingANumberedStreetIsAStreet() {
    assertEquals(List.of("Kansas City, Jackson County, Missouri, United States"),
        places("Two men were shot near 21st & Cleveland in Kansas City, Missouri."));
    assertEquals(List.of("Kansas City, Jackson County, Missouri, United States"),
        places("Officers found a man at Cleveland and 43rd in Kansas City, Missouri."));
    assertEquals(List.of(), places("Shots were fired near 100th and Richmond late Friday."));
    // a town after "and" with no numbered street beside it is still a town
    assertEquals(List.of("Kansas City, Jackson County, Missouri, United States",
        "Cleveland, Cuyahoga County, Ohio, United States"),
        places("Shootings in Kansas City, Missouri, and Cleveland, Ohio, left three dead."));
  }

  @Test
  void placesNamedLikePeopleArePlacesOnlyAfterIn() {
    assertEquals(List.of("Jackson, Hinds County, Mississippi, United States", "Hinds County, Mississippi, United States"),
        places("Officers in Jackson arrested a man in Hinds County."));
    assertEquals(List.of("Hinds County, Mississippi, United States"), places("Jackson said a man in Hinds County ran."));
  }

  @Test
  void divisionsAreNamedWithoutTheirKindWordAndAfterTheirCountrysPossessive() {
    assertEquals(List.of("Nigeria", "Plateau State, Nigeria"), places("A raid in Nigeria's Plateau state."));
    assertEquals("Kherson, Ukraine", places("Drones hit the Kherson region.").get(0));
  }

  @Test
  void aSmallTownAfterItsRegionsPossessiveIsLocatedByIt() {
    assertEquals(List.of("Himachal Pradesh, India", "Mandi, Himachal Pradesh, India"),
        places("A bus fell into a gorge in Himachal Pradesh's Mandi district."));
  }

  @Test
  void twoLetterPostalCodeAfterATownNamesItsState() {
    assertEquals(List.of("Lexington, Lexington County, South Carolina, United States"),
        places("A man was shot in Lexington, SC, on Monday."));
    assertEquals(List.of(), places("IN OTHER NEWS"));
  }

  @Test
  void aNameOfAStateAndAProminentCityIsTheCityUnlessWrittenAfterATown() {
    assertEquals(List.of("Washington, D.C., District of Columbia, United States"),
        places("Talks were held in Washington on Monday."));
    assertEquals(List.of("Spokane, Spokane County, Washington, United States"),
        places("A man was shot in Spokane, Washington, on Monday."));
  }

  @Test
  void commonWordsOfCrimeReportsAreNoPlaces() {
    assertEquals(List.of(), places("A 13-Year-Old Male Injured In Accidental Shooting At Bar"));
  }

  @Test
  void directionalAdjectiveIsNoPlaceOfItsOwn() {
    assertEquals(List.of("Kentucky, United States"), places("A teacher from Northern Kentucky was hurt."));
  }

  @Test
  void foreignSmallPlacesGiveWayToTheReportsCountry() {
    // "Long Island" and "Metro" are divisions or towns abroad; the report is about Kentucky and New York
    List<String> p = places("Police in Louisville, Ky., said the Long Island man drove the Metro bus in Kentucky.");
    assertEquals(List.of("Louisville, Jefferson County, Kentucky, United States", "Kentucky, United States"), p);
  }

  @Test
  void foreignCountryNeedsAPrepositionInAnotherCountrysReport() {
    List<String> p = places("Jordan Smith was shot in Dayton, Ohio. Jordan told Ohio police he saw no one.");
    assertEquals("Dayton, Montgomery County, Ohio, United States", p.get(0));
    assertEquals(List.of(), p.stream().filter(s -> s.startsWith("Jordan")).collect(Collectors.toList()));
    assertEquals("Mexico", places("Jordan Smith was shot in Dayton, Ohio, after a trip to Mexico.").get(1));
  }

  @Test
  void namesInAnotherTransliterationAreFoundInAReportOnTheirCountry() {
    assertEquals(List.of("Gaza Strip, Palestine", "Khān Yūnis, Gaza Strip, Palestine",
        "Dayr al Balaḩ, Gaza Strip, Palestine"),
        places("Strikes across Gaza hit Khan Younis on Monday and a school in Deir el-Balah."));
    assertEquals(List.of("Yemen", "Ta‘izz, Yemen"), places("In Yemen, shelling hit Taiz."));
    assertEquals(List.of("Iraq", "Al Fallūjah, Anbar, Iraq"), places("In Iraq, fighting raged near al-Fallujah."));
    // only in a report on such a country, and never for English words
    assertEquals(List.of(), places("Khan Younis spoke to reporters."));
    assertEquals(List.of("Dayton, Montgomery County, Ohio, United States"),
        places("Renee Fourth was shot in Dayton, Ohio, near Penn Avenue."));
  }

  @Test
  void aNameBeforeAStreetWordIsAStreetNotATown() {
    assertEquals(List.of("Austin, Travis County, Texas, United States"),
        places("Police in Austin said the shooting happened near 6th and San Jacinto street."));
    assertEquals(List.of("Bakersfield, Kern County, California, United States"),
        places("Four people were shot on Columbus Street in Bakersfield, California."));
    assertEquals(List.of("Burlington, Skagit County, Washington, United States"),
        places("A gunman opened fire at the Cascade Mall in Burlington, Washington."));
  }

  @Test
  void gazaAloneIsTheStripAndGazaCityTheCity() {
    assertEquals(List.of("Gaza Strip, Palestine"), places("An air strike hit Gaza on Monday."));
    assertEquals(List.of("Gaza, Gaza Strip, Palestine"), places("An air strike hit Gaza City on Monday."));
  }

  @Test
  void worldCitiesAndCountriesAfterAPrepositionStay() {
    assertEquals(List.of("Cleveland, Cuyahoga County, Ohio, United States", "Tokyo, Japan"), places("A man shot in Cleveland, Ohio, had flown in from Tokyo."));
  }

  @Test
  void dominantCountryNeedsEnoughVotes() {
    assertEquals("US", PlaceReadings.dominant(Map.of("US", 2.0, "GB", 1.0)));
    assertNull(PlaceReadings.dominant(Map.of("US", 1.0)));
    assertNull(PlaceReadings.dominant(Map.of("US", 2.0, "GB", 2.0)));
  }

  @Test
  void placelessIncidentTakesTheFirstTownTheReportNames() {
    List<org.dateline.model.Event> e = EventRulesTest.events("Man hurt in shooting\n\nA man was shot on Sunday "
        + "night. He was taken to a hospital. Officers did not name him. The family lives on a farm. "
        + "Neighbours in Ames, Iowa, said they heard shots.");
    assertEquals("Ames, Story County, Iowa, United States", e.get(0).place().get());
  }

  @Test
  void aNameOfADivisionAndOfACityIsTheCity() {
    assertEquals(List.of("Manchester, England, United Kingdom"), places("A bomb exploded in Manchester on Monday."));
    assertEquals(List.of("Sindh, Pakistan"), places("Floods swept through Sindh on Monday."));
  }

  @Test
  void ambiguousNamesThatShareAStateAreReadInIt() {
    assertEquals(List.of("Marietta, Washington County, Ohio, United States", "Washington County, Ohio, United States"),
        places("A man was shot in Marietta, and Washington County deputies searched the woods."));
    assertEquals(List.of("Marietta, Cobb County, Georgia, United States"), places("A man was shot in Marietta on Monday."));
    assertEquals(List.of("Washington County, Oregon, United States"), places("Washington County deputies searched the woods."));
  }

  @Test
  void aCountyNamedBesideOneOfItsTownsIsThatTownsCounty() {
    assertEquals(List.of("Greenville, Washington County, Mississippi, United States",
        "Washington County, Mississippi, United States"),
        places("Two men were hurt in Greenville. Washington County deputies came."));
    assertEquals(List.of("Greenville, Pitt County, North Carolina, United States"),
        places("Two men were hurt in Greenville on Monday."));
  }

  @Test
  void aNameRepeatedCountsOnceForTheReportsCountry() {
    // "Santos" is a surname here, said three times; two places of Ohio are named once each
    List<String> p = places("Marco Santos was shot in Dayton. Santos told Franklin County deputies that "
        + "Santos had no enemies.");
    assertEquals(List.of("Dayton, Montgomery County, Ohio, United States", "Franklin County, Ohio, United States"), p);
    assertEquals(List.of("Santos, São Paulo, Brazil"), places("A man was shot in Santos on Monday."));
  }

  @Test
  void aNameReadAsAStateOnceIsTheStateThroughout() {
    String text = "Gunmen attacked a bar in the Mexican state of Guanajuato. Guanajuato has long been violent.";
    List<Integer> depths = PlaceFinder.find(text, Sentences.split(text)).stream().map(PlaceFinder.Mention::depth)
        .collect(Collectors.toList());
    assertEquals(List.of(2, 2), depths); // the state both times, not its capital city
  }

  @Test
  void aSaintsNameIsOneTownWrittenInFullOrShort() {
    assertEquals(List.of("Saint Paul, Ramsey County, Minnesota, United States"),
        places("Two men were shot in St. Paul on Friday."));
    assertEquals(places("Two men were shot in St. Louis on Friday."),
        places("Two men were shot in Saint Louis on Friday."));
    // a saint's name inside a longer one: the town across the river is not St. Louis
    assertEquals(List.of("East Saint Louis, Saint Clair County, Illinois, United States"),
        places("A man was shot in East St. Louis on Friday."));
    // a mount's name too
    assertEquals(places("A teen was shot in Mount Vernon, New York."), places("A teen was shot in Mt. Vernon, New York."));
    assertEquals("Mount Vernon, Westchester County, New York, United States",
        places("A teen was shot in Mt. Vernon, New York.").get(0));
  }

  @Test
  void aSmallTownOfAnotherStateThanTheOneTheReportNamesIsNoPlace() {
    assertEquals(List.of("Oklahoma, United States"),
        places("A man was shot in Eureka, and Oklahoma troopers searched for the driver."));
    assertEquals(List.of("Eureka, Humboldt County, California, United States", "Oklahoma, United States"),
        places("A man was shot in Eureka, Calif., and Oklahoma troopers searched for the driver."));
    assertEquals("Eureka, Greenwood County, Kansas, United States",
        places("A man was shot in Eureka, and Kansas and Oklahoma troopers searched for the driver.").get(0));
  }

  @Test
  void aNameAfterARankIsAPerson() {
    assertEquals(List.of("Columbia, Richland County, South Carolina, United States"),
        places("Two men were shot in Columbia, Sgt. Michael Kash said."));
    assertEquals(List.of(), places("The driver was stopped by Officer Jordan Smith on the highway."));
  }

  @Test
  void aMidSizedCityOfAnotherStateNamedBareIsANeighbourhoodNotThatCity() {
    // Antioch (California, 110,000) is a Nashville neighbourhood in a Tennessee report; St. Louis stays St. Louis
    assertEquals(List.of("Tennessee, United States"),
        places("Two men were shot in Antioch, and Tennessee troopers searched for the driver."));
    assertEquals("St. Louis, City of Saint Louis, Missouri, United States",
        places("A man from St. Louis was shot, and Tennessee troopers searched for the driver.").get(0));
  }

  @Test
  void aCityFarLargerThanItsNamesakesStandsForItsStateAgainstASmallNamesake() {
    // a neighbourhood the gazetteer knows only as a small town elsewhere is no place beside its city
    assertEquals(List.of("Philadelphia, Philadelphia County, Pennsylvania, United States"),
        places("Two teens were hurt in Kensington late Friday, Philadelphia police said."));
    assertEquals(List.of("Chicago, Cook County, Illinois, United States", "Cook County, Illinois, United States"),
        places("A man was wounded in Lawndale overnight, Chicago police said. Cook County prosecutors charged him."));
    assertEquals(List.of(PlaceReadings.prevailing(Gazetteer.instance().lookup("Memphis")).get(0)),
        PlaceReadings.prevailing(Gazetteer.instance().lookup("Memphis")));
    assertEquals(2, PlaceReadings.prevailing(Gazetteer.instance().lookup("Taunton")).size());
  }

  @Test
  void foreignNamesakesWithTheirDivisionStillResolveAbroad() {
    assertEquals(List.of("Hamilton, Ontario, Canada"), places("A bomb went off in Hamilton, Ontario, on Monday."));
    assertEquals("Taunton, England, United Kingdom", places("Floods swept through Taunton, Somerset, overnight.").get(0));
    assertEquals("Philadelphia, Neshoba County, Mississippi, United States",
        places("A storm hit Philadelphia, Miss., and Jackson.").get(0));
  }

  @Test
  void aSmallTownAbroadIsNoPlaceInALocalReportOfOneStateUnlessItsCountryIsNamed() {
    assertEquals(List.of("Memphis, Shelby County, Tennessee, United States"),
        places("Two men were hurt in Whitehaven on Sunday night, Memphis police said."));
    assertEquals(List.of("Ohio, United States", "Taunton, England, United Kingdom", "United Kingdom"),
        places("A visitor from Ohio died in a crash in Taunton, police in England said."));
    assertEquals(List.of("Taunton, England, United Kingdom", "Yeovil, England, United Kingdom"),
        places("Police in Taunton said the river rose and roads in Yeovil were shut."));
  }

  @Test
  void aNameOnceWrittenWithItsStateReadsSoWithoutIt() {
    assertEquals(List.of("Naples, Collier County, Florida, United States",
        "Naples, Collier County, Florida, United States"),
        places("Deputies in Naples, Fla., found the car. The Naples man was held."));
    assertEquals(List.of("Naples, Campania, Italy"), places("A blast in Naples hurt two."));
  }
}
