package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  static Event event(String id, EventType type, String day, String place) {
    Event.Builder b = Event.builder(id, type).addReport("r-" + id);
    if (day != null) {
      TimeValue t = TimeValue.ofDay(LocalDate.parse(day));
      b.time(t, t.interval(KYIV).get());
    }
    return place == null ? b.build() : b.place(place).build();
  }

  private final Event strike = event("e1", EventType.STRIKE, "2026-03-10", "Sumy, Sumy Oblast, Ukraine");
  private final Event talks = event("e2", EventType.TALKS, "2026-03-01", "Geneva, Switzerland");
  private final Event undated = event("e3", EventType.FIRE, null, "Lviv, Ukraine");
  private final Event killed = Event.builder("e4", EventType.CRASH)
      .toll(Toll.of(CasualtyCategory.KILLED, 1, 1, 1, List.of())).build();
  private final Timeline timeline = Timeline.of(List.of(undated, strike, killed, talks));

  static String ids(List<Event> events) {
    return events.stream().map(Event::id).collect(Collectors.joining(","));
  }

  @Test
  void eventsInDateOrderUndatedLast() {
    assertEquals("e2,e1,e3,e4", ids(timeline.events()));
    assertEquals(4, timeline.size());
  }

  @Test
  void queries() {
    TimeInterval week = TimeInterval.of(ZonedDateTime.parse("2026-03-09T00:00+02:00[Europe/Kyiv]"),
        ZonedDateTime.parse("2026-03-16T00:00+02:00[Europe/Kyiv]"));
    assertEquals("e1", ids(timeline.during(week)));
    assertEquals("e1,e3", ids(timeline.at("ukraine")));
    assertEquals("e1", ids(timeline.at("Sumy")));
    assertEquals("e1", ids(timeline.at("Sumy, Sumy Oblast, Ukraine")));
    assertEquals("", ids(timeline.at("Sum")));
    assertEquals("e2", ids(timeline.ofType(EventType.TALKS)));
    assertEquals("e4", ids(timeline.withToll(CasualtyCategory.KILLED)));
    assertEquals("e3", ids(timeline.fromReport("r-e3")));
    assertEquals(strike, timeline.event("e1").get());
    assertTrue(timeline.event("e9").isEmpty());
  }

  @Test
  void duplicateIdsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Timeline.of(List.of(strike, strike)));
    assertTrue(e.getMessage().contains("distinct ids"), e.getMessage());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(timeline, Timeline.of(List.of(talks, strike, undated, killed)))
        .addEqualityGroup(Timeline.empty(), Timeline.of(List.of()))
        .testEquals();
    new NullPointerTester().testAllPublicInstanceMethods(timeline);
    new NullPointerTester().testAllPublicStaticMethods(Timeline.class);
    assertTrue(Timeline.empty().isEmpty());
    assertTrue(timeline.toString().startsWith("Timeline[4 events"));
  }
}
