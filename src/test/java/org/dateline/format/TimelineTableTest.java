package org.dateline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.Claim;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.TimeValue;
import org.dateline.model.Timeline;
import org.dateline.model.Toll;
import org.junit.jupiter.api.Test;

class TimelineTableTest {
  @Test
  void rendersEventsInDateOrderWithTolls() {
    TimeValue day = TimeValue.ofDay(LocalDate.of(2026, 3, 10));
    TimeValue year = TimeValue.ofYear(2025);
    ZoneId z = ZoneId.of("Europe/Moscow");
    Event strike = Event.builder("e2", EventType.STRIKE).time(day, day.interval(z).get()).place("Bryansk, Russia")
        .toll(Toll.of(CasualtyCategory.KILLED, 6, 6, 7, List.<Claim>of())).addReport("r1").addReport("r3").build();
    Event talks = Event.builder("e1", EventType.TALKS).time(year, year.interval(z).get()).place("Istanbul, Turkey")
        .addReport("r1").build();
    String table = TimelineTable.render(Timeline.of(List.of(strike, talks)));
    assertEquals(""
        + "date        type    place             tolls         reports\n"
        + "2025        talks   Istanbul, Turkey  -             r1\n"
        + "2026-03-10  strike  Bryansk, Russia   killed 6/6/7  r1 r3\n", table);
    assertEquals("date  type  place  tolls  reports\n", TimelineTable.render(Timeline.empty()));
  }
}
