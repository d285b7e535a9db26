package org.dateline.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.DateMention;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Report;
import org.dateline.model.Source;
import org.dateline.model.TimeValue;
import org.dateline.model.Toll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading hand-written JSON: --jsonl input lines, defaults, unknown members, and bad input. */
class ReadingTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new DatelineModule());

  private static Report report(String json) throws Exception {
    return MAPPER.readValue(json.replace('\'', '"'), Report.class);
  }

  private static String failure(Class<?> type, String json) {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> MAPPER.readValue(json.replace('\'', '"'), type));
    return e.getOriginalMessage();
  }

  @Test
  void dateOnlyPublishedIsTheStartOfThatDayInTheZone() throws Exception {
    Report r = report("{'id': 'r1', 'published': '2026-03-11', 'zone': 'Europe/Moscow', 'text': 'x'}");
    assertEquals(ZonedDateTime.of(2026, 3, 11, 0, 0, 0, 0, ZoneId.of("Europe/Moscow")), r.published());
  }

  @Test
  void dateOnlyPublishedWithoutZoneIsUtc() throws Exception {
    Report r = report("{'id': 'r1', 'published': '2026-03-11', 'text': 'x'}");
    assertEquals(ZonedDateTime.of(2026, 3, 11, 0, 0, 0, 0, ZoneOffset.UTC), r.published());
  }

  @Test
  void dateTimeWithoutZoneKeepsItsOffset() throws Exception {
    Report r = report("{'id': 'r1', 'published': '2026-03-11T12:00:00+03:00', 'text': 'x'}");
    assertEquals(ZoneOffset.ofHours(3), r.zone());
    assertEquals("2026-03-11T09:00:00Z", r.publishedInstant().toString());
  }

  @Test
  void dateTimeWithZoneIsTheSameInstantInTheZone() throws Exception {
    Report r = report("{'id': 'r1', 'published': '2026-03-05T22:30:00Z', 'zone': 'Europe/Kyiv', 'text': 'x'}");
    assertEquals(ZonedDateTime.of(2026, 3, 6, 0, 30, 0, 0, ZoneId.of("Europe/Kyiv")), r.published());
  }

  @Test
  void unknownMembersAreIgnoredAndSourceMayBeAString() throws Exception {
    Report r = report("{'id': 'r1', 'published': '2026-03-11', 'headline': 'Drones', 'tags': [1, {'a': 2}],"
        + " 'source': 'Wire', 'text': 'x'}");
    assertEquals(Source.of("Wire"), r.source().orElseThrow());
    assertEquals("en", r.language());
  }

  @Test
  void sourceMayBeAnObject() throws Exception {
    Report r = report("{'id': 'r1', 'published': '2026-03-11', 'source': {'outlet': 'Wire', 'url': 'https://e.org',"
        + " 'extra': 0}, 'text': 'x'}");
    assertEquals(Source.of("Wire", "https://e.org"), r.source().orElseThrow());
  }

  @Test
  void figureMayOmitDerivedMembers() throws Exception {
    CasualtyFigure f = MAPPER.readValue("{\"text\": \"six\", \"begin\": 3, \"end\": 6, \"category\": \"killed\","
        + " \"qualifier\": \"more_than\", \"value\": 6}", CasualtyFigure.class);
    assertEquals(CasualtyCount.moreThan(6), f.count());
    assertEquals("", f.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{'id': 'r1', 'published': '2026-03-11'}                           | Cannot read Report: missing required field 'text'",
      "{'id': 'r1', 'text': 'x'}                                         | Cannot read Report: missing required field 'published'",
      "{'id': 'r1', 'published': null, 'text': 'x'}                      | missing required field 'published'",
      "{'published': '2026-03-11', 'text': 'x'}                          | missing required field 'id'",
      "{'id': 'r1', 'published': '2026-02-30', 'text': 'x'}              | field 'published' must be an ISO date",
      "{'id': 'r1', 'published': '2026-02-30', 'text': 'x'}              | '2026-02-30'",
      "{'id': 'r1', 'published': '99999-01-01', 'text': 'x'}             | '99999-01-01'",
      "{'id': 'r1', 'published': '2026-03-11T12:00:00', 'text': 'x'}     | date-time with offset",
      "{'id': 'r1', 'published': '0000-06-01', 'text': 'x'}              | published year must be 1 to 9999",
      "{'id': 'r1', 'published': 20260311, 'text': 'x'}                  | field 'published' must be a string",
      "{'id': 'r1', 'published': '2026-03-11', 'zone': 'Mars/Olympus', 'text': 'x'} | field 'zone' is not a time-zone id",
      "{'id': ' ', 'published': '2026-03-11', 'text': 'x'}               | id must not be blank",
      "['r1']                                                            | Cannot read Report: a report must be a JSON object",
  })
  void badReportsFailWithMessagesNamingTheField(String json, String message) {
    String m = failure(Report.class, json);
    assertTrue(m.contains(message), m);
  }

  @Test
  void badFigureQualifierListsTheAllowedNames() {
    String m = failure(CasualtyFigure.class, "{'text': 'six', 'begin': 0, 'end': 3, 'category': 'killed',"
        + " 'qualifier': 'roughly', 'value': 6}");
    assertTrue(m.contains("field 'qualifier' must be one of [exact, at_least,"), m);
    assertTrue(m.contains("not 'roughly'"), m);
  }

  @Test
  void figureWithoutItsValueNamesTheField() {
    String m = failure(CasualtyFigure.class, "{'text': 'six', 'begin': 0, 'end': 3, 'category': 'killed',"
        + " 'qualifier': 'at_least'}");
    assertTrue(m.contains("Cannot read CasualtyFigure: missing required field 'value'"), m);
  }

  @Test
  void negativeCountIsRefused() {
    String m = failure(CasualtyCount.class, "{'qualifier': 'exact', 'value': -1}");
    assertTrue(m.contains("n must not be negative: -1"), m);
  }

  @Test
  void spanWhoseTextDoesNotFitItsOffsetsIsRefused() {
    String m = failure(DateMention.class, "{'text': 'yesterday', 'begin': 0, 'end': 3, 'type': 'DATE',"
        + " 'value': '2026-03-10', 'granularity': 'day'}");
    assertTrue(m.contains("bad span: text length 9 does not match end - begin = 3"), m);
  }

  @Test
  void mentionWhoseGranularityContradictsItsValueIsRefused() {
    String m = failure(DateMention.class, "{'text': 'x', 'begin': 0, 'end': 1, 'type': 'DATE',"
        + " 'value': '2026-03', 'granularity': 'day'}");
    assertTrue(m.contains("value '2026-03' has granularity month, not day"), m);
  }

  @Test
  void impossibleTimeValueIsRefused() {
    String m = failure(TimeValue.class, "'2026-W54'");
    assertTrue(m.contains("Cannot read TimeValue"), m);
    assertTrue(m.contains("2026-W54"), m);
  }

  @Test
  void tollWithEstimatesOutOfOrderIsRefused() {
    String m = failure(Toll.class, "{'category': 'killed', 'low': 7, 'best': 6, 'high': 7, 'figures': []}");
    assertTrue(m.contains("low <= best <= high"), m);
  }

  @Test
  void eventWithUnknownCasualtyCategoryIsRefused() {
    String m = failure(Event.class, "{'id': 'e1', 'type': 'attack', 'casualties': {'maimed': {'low': 1,"
        + " 'best': 1, 'high': 1}}}");
    assertTrue(m.contains("field 'casualties' must be one of [killed,"), m);
  }

  @Test
  void extractionWithoutTextSaysHowToWriteIt() throws Exception {
    String json = MAPPER.writeValueAsString(Samples.extraction());
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> MAPPER.readValue(json, Extraction.class));
    assertTrue(e.getOriginalMessage().contains("missing required field 'text'"), e.getMessage());
    assertTrue(e.getOriginalMessage().contains("DatelineFeature.INCLUDE_TEXT"), e.getMessage());
  }
}
