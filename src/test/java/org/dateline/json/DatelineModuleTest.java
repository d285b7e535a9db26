package org.dateline.json;

import static org.dateline.json.Samples.MOSCOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterators;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.CountQualifier;
import org.dateline.model.EventType;
import org.dateline.model.Extraction;
import org.dateline.model.FigureRole;
import org.dateline.model.Granularity;
import org.dateline.model.PartOfDay;
import org.dateline.model.Report;
import org.dateline.model.Season;
import org.dateline.model.Source;
import org.dateline.model.TimeInterval;
import org.dateline.model.TimeValue;
import org.dateline.model.TimexMod;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatelineModuleTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new DatelineModule().with(DatelineFeature.INCLUDE_TEXT));
  private static final ObjectMapper DEFAULT = new ObjectMapper().registerModule(new DatelineModule());

  static Stream<Named<Object>> values() {
    List<Object> v = new ArrayList<>(List.of(
        Samples.span("struck"), Source.of("Wire"), Source.of("Wire", "https://example.org/a"),
        Samples.REPORT, Report.of("r2", "", ZonedDateTime.of(2026, 1, 1, 0, 30, 0, 0, ZoneId.of("Europe/Kyiv")))
            .withLanguage("uk"),
        Samples.yesterday(), Samples.threeDays(), Samples.recentPast(),
        Samples.atLeastSix(), Samples.injured(), Samples.dozensFled(), Samples.between(5, 7),
        Samples.restatedTwice(),
        Samples.claim(), Samples.killed(), Samples.event(), Samples.bareEvent(), Samples.extraction(),
        Extraction.of(Samples.REPORT, List.of(), List.of(), List.of()),
        TimeInterval.of(Samples.PUBLISHED, Samples.PUBLISHED.plusNanos(1_500)),
        TimeInterval.of(Samples.PUBLISHED, Samples.PUBLISHED.withZoneSameInstant(ZoneId.of("UTC")).plusHours(1)),
        CasualtyCount.exactly(0), CasualtyCount.atLeast(6), CasualtyCount.moreThan(100), CasualtyCount.atMost(5),
        CasualtyCount.fewerThan(10), CasualtyCount.between(20, 25), CasualtyCount.about(200),
        CasualtyCount.vague("hundreds", Range.atLeast(200L)),
        TimeValue.ofTime(LocalDateTime.of(2026, 3, 10, 19, 26)), TimeValue.ofTime(LocalDateTime.of(2026, 3, 10, 19, 26, 5)),
        TimeValue.ofPartOfDay(LocalDate.of(2026, 3, 10), PartOfDay.NIGHT), TimeValue.ofDay(LocalDate.of(2026, 3, 10)),
        TimeValue.ofWeek(2026, 10), TimeValue.ofWeekend(2026, 10), TimeValue.ofMonth(YearMonth.of(2026, 2)),
        TimeValue.ofSeason(2025, Season.SUMMER), TimeValue.ofQuarter(2026, 1), TimeValue.ofHalf(2026, 1),
        TimeValue.ofYear(2025), TimeValue.ofDecadeContaining(1994), TimeValue.ofCenturyContaining(1994),
        TimeValue.past(), TimeValue.present(), TimeValue.future()));
    for (Class<? extends Enum<?>> e : List.of(CasualtyCategory.class, CountQualifier.class, FigureRole.class,
        EventType.class, Granularity.class, TimexType.class, TimexMod.class, Season.class, PartOfDay.class)) {
      v.addAll(List.of(e.getEnumConstants()));
    }
    return v.stream().map(x -> Named.of(x.getClass().getSimpleName() + " " + x, x));
  }

  @ParameterizedTest
  @MethodSource("values")
  void roundTrips(Object value) throws Exception {
    String json = MAPPER.writeValueAsString(value);
    assertEquals(value, MAPPER.readValue(json, value.getClass()), json);
  }

  @Test
  void dateMentionHasDesignFieldNames() throws Exception {
    JsonNode expected = MAPPER.readTree("{\"text\": \"yesterday, Tuesday\", \"begin\": 69, \"end\": 87, "
        + "\"type\": \"DATE\", \"value\": \"2026-03-10\", \"granularity\": \"day\", "
        + "\"start\": \"2026-03-10T00:00:00+03:00\", \"end_exclusive\": \"2026-03-11T00:00:00+03:00\", "
        + "\"zone\": \"Europe/Moscow\", \"mod\": null, \"problem\": null, \"rule\": \"yesterday, <weekday>\"}");
    assertEquals(expected, MAPPER.readTree(MAPPER.writeValueAsString(Samples.yesterday())));
  }

  @Test
  void casualtyFigureHasDesignFieldNames() throws Exception {
    JsonNode expected = MAPPER.readTree("{\"text\": \"At least six people died\", \"begin\": 0, \"end\": 24, "
        + "\"category\": \"killed\", \"qualifier\": \"at_least\", \"value\": 6, \"min\": 6, \"max\": null, "
        + "\"word\": null, \"who\": \"people\", \"claimedBy\": null, \"role\": \"total\", "
        + "\"rule\": \"at least <n> <who> died\", \"restated\": []}");
    assertEquals(expected, MAPPER.readTree(MAPPER.writeValueAsString(Samples.atLeastSix())));
  }

  @Test
  void restatedFigureListsItsOtherWordsAsSpans() throws Exception {
    JsonNode n = MAPPER.valueToTree(Samples.restatedTwice());
    assertEquals(2, n.get("restated").size());
    assertEquals("six", n.get("restated").get(0).get("text").asText());
    assertEquals(9, n.get("restated").get(0).get("begin").asInt());
    assertEquals("six people", n.get("restated").get(1).get("text").asText());
    assertEquals(19, n.get("restated").get(1).get("end").asInt());
  }

  @Test
  void restatedSpanEqualToTheFiguresOwnIsRefusedWithAMessage() {
    String json = "{\"text\": \"Dozens fled\", \"begin\": 146, \"end\": 157, \"category\": \"displaced\", "
        + "\"qualifier\": \"vague\", \"word\": \"dozens\", \"min\": 24, \"max\": 99, "
        + "\"restated\": [{\"text\": \"Dozens fled\", \"begin\": 146, \"end\": 157}]}";
    Exception e = assertThrows(Exception.class, () -> MAPPER.readValue(json, CasualtyFigure.class));
    assertTrue(e.getMessage().contains("restatement"), e.getMessage());
  }

  @Test
  void vagueFigureKeepsItsWordAndBounds() {
    JsonNode n = MAPPER.valueToTree(Samples.dozensFled());
    assertEquals("vague", n.get("qualifier").asText());
    assertEquals("dozens", n.get("word").asText());
    assertTrue(n.get("value").isNull());
    assertEquals(24, n.get("min").asLong());
    assertEquals(99, n.get("max").asLong());
  }

  @Test
  void extractionHasDesignFieldNamesAndNoTextByDefault() {
    JsonNode n = DEFAULT.valueToTree(Samples.extraction());
    assertEquals(List.of("id", "published", "zone", "source", "language", "dates", "casualties", "events"),
        ImmutableList.copyOf(n.fieldNames()));
    assertEquals("r1", n.get("id").asText());
    assertEquals("2026-03-11T12:00:00+03:00", n.get("published").asText());
    assertEquals("Europe/Moscow", n.get("zone").asText());
    assertEquals("https://example.org/a", n.get("source").get("url").asText());
    assertEquals(3, n.get("dates").size());
    assertEquals("2026-03-10", n.get("dates").get(0).get("value").asText());
    assertEquals("at_least", n.get("casualties").get(0).get("qualifier").asText());
    assertEquals("e1", n.get("events").get(0).get("id").asText());
  }

  @Test
  void extractionWithIncludeTextCarriesTheText() {
    JsonNode n = MAPPER.valueToTree(Samples.extraction());
    assertEquals(Samples.TEXT, n.get("text").asText());
  }

  @Test
  void eventHasTimelineFieldNames() {
    JsonNode n = MAPPER.valueToTree(Samples.event());
    assertEquals(List.of("id", "type", "date", "place", "actors", "casualties", "claims", "reports", "trigger"),
        ImmutableList.copyOf(n.fieldNames()));
    assertEquals("strike", n.get("type").asText());
    assertEquals("2026-03-10", n.at("/date/value").asText());
    assertEquals("day", n.at("/date/granularity").asText());
    assertEquals("2026-03-10T00:00:00+03:00", n.at("/date/start").asText());
    assertEquals("2026-03-11T00:00:00+03:00", n.at("/date/end_exclusive").asText());
    assertEquals("Bryansk", n.get("place").asText());
    JsonNode killed = n.at("/casualties/killed");
    assertEquals(List.of(6L, 6L, 7L), List.of(killed.get("low").asLong(), killed.get("best").asLong(),
        killed.get("high").asLong()));
    assertEquals("r1", killed.at("/figures/0/report").asText());
    assertEquals("2026-03-11T09:00:00Z", killed.at("/figures/0/published").asText());
    assertEquals("at_least", killed.at("/figures/0/qualifier").asText());
    assertEquals("police", killed.at("/figures/1/claimedBy").asText());
    assertEquals(List.of("r3", "r1"), ImmutableList.copyOf(Iterators.transform(n.get("reports").elements(),
        JsonNode::asText)));
    assertEquals("struck", n.at("/trigger/text").asText());
  }

  @Test
  void eventWithoutDateOrPlaceWritesNulls() {
    JsonNode n = MAPPER.valueToTree(Samples.bareEvent());
    assertEquals("PAST_REF", n.at("/date/value").asText());
    assertTrue(n.at("/date/start").isNull());
    assertTrue(n.get("place").isNull());
    assertTrue(n.get("trigger").isNull());
    assertEquals(0, n.get("casualties").size());
  }

  @Test
  void enumsUseTheirDocumentedNames() throws Exception {
    assertEquals("\"at_least\"", MAPPER.writeValueAsString(CountQualifier.AT_LEAST));
    assertEquals("\"part_of_day\"", MAPPER.writeValueAsString(Granularity.PART_OF_DAY));
    assertEquals("\"DURATION\"", MAPPER.writeValueAsString(TimexType.DURATION));
    assertEquals("\"EQUAL_OR_LESS\"", MAPPER.writeValueAsString(TimexMod.EQUAL_OR_LESS));
    assertEquals("\"WI\"", MAPPER.writeValueAsString(Season.WINTER));
    assertEquals("\"TNI\"", MAPPER.writeValueAsString(PartOfDay.NIGHT));
    assertEquals("\"2026-03-10TNI\"",
        MAPPER.writeValueAsString(TimeValue.ofPartOfDay(LocalDate.of(2026, 3, 10), PartOfDay.NIGHT)));
  }

  @Test
  void serviceLoaderFindsTheModule() throws Exception {
    assertTrue(ServiceLoader.load(Module.class).stream().anyMatch(p -> p.type() == DatelineModule.class));
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertEquals("\"2025-SU\"", found.writeValueAsString(TimeValue.ofSeason(2025, Season.SUMMER)));
    assertFalse(found.valueToTree(Samples.extraction()).has("text"));
  }

  @Test
  void configuredModuleRegisteredAfterDiscoveryWins() {
    ObjectMapper m = new ObjectMapper().findAndRegisterModules()
        .registerModule(new DatelineModule().with(DatelineFeature.INCLUDE_TEXT));
    assertEquals(Samples.TEXT, m.valueToTree(Samples.extraction()).get("text").asText());
  }

  @Test
  void featuresAreOffByDefaultAndCopiedOnChange() {
    DatelineModule m = new DatelineModule();
    assertFalse(m.isEnabled(DatelineFeature.INCLUDE_TEXT));
    assertFalse(DatelineFeature.INCLUDE_TEXT.enabledByDefault());
    assertTrue(m.with(DatelineFeature.INCLUDE_TEXT).isEnabled(DatelineFeature.INCLUDE_TEXT));
    assertFalse(m.with(DatelineFeature.INCLUDE_TEXT).without(DatelineFeature.INCLUDE_TEXT)
        .isEnabled(DatelineFeature.INCLUDE_TEXT));
    assertNotEquals(m.getTypeId(), m.with(DatelineFeature.INCLUDE_TEXT).getTypeId());
    assertEquals(m.getTypeId(), new DatelineModule().getTypeId());
    assertThrows(NullPointerException.class, () -> m.with(null));
    assertThrows(NullPointerException.class, () -> m.without(null));
    assertThrows(NullPointerException.class, () -> m.isEnabled(null));
  }

  @Test
  void enumsAsMapKeysUseTheirJsonNames() throws Exception {
    java.util.Map<CasualtyCategory, Integer> byCategory = new java.util.EnumMap<>(CasualtyCategory.class);
    byCategory.put(CasualtyCategory.KILLED, 6);
    byCategory.put(CasualtyCategory.INJURED, 37);
    String json = MAPPER.writeValueAsString(byCategory);
    assertEquals("{\"killed\":6,\"injured\":37}", json);
    com.fasterxml.jackson.core.type.TypeReference<java.util.Map<CasualtyCategory, Integer>> type =
        new com.fasterxml.jackson.core.type.TypeReference<>() {};
    assertEquals(byCategory, MAPPER.readValue(json, type));
    Exception e = assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
        () -> MAPPER.readValue("{\"slain\":1}", type));
    assertTrue(e.getMessage().contains("must be one of"), e.getMessage());
  }
}
