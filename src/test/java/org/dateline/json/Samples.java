package org.dateline.json;

import com.google.common.collect.Range;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Claim;
import org.dateline.model.DateMention;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Extraction;
import org.dateline.model.FigureRole;
import org.dateline.model.Report;
import org.dateline.model.Source;
import org.dateline.model.TextSpan;
import org.dateline.model.TimeInterval;
import org.dateline.model.TimeValue;
import org.dateline.model.TimexMod;
import org.dateline.model.TimexType;
import org.dateline.model.Toll;

/** Model values for the JSON tests, built around one report of our own wording. */
final class Samples {
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final String TEXT = "At least six people died and 37 were hurt when drones struck Bryansk "
      + "yesterday, Tuesday, the governor said. Dozens fled. Talks lasted for three days.";
  static final ZonedDateTime PUBLISHED = ZonedDateTime.of(2026, 3, 11, 12, 0, 0, 0, MOSCOW);
  static final Report REPORT = Report.of("r1", TEXT, PUBLISHED).withSource(Source.of("Wire", "https://example.org/a"));

  private Samples() {}

  static TextSpan span(String words) {
    int i = TEXT.indexOf(words);
    return TextSpan.of(TEXT, i, i + words.length());
  }

  static DateMention yesterday() {
    return DateMention.builder(span("yesterday, Tuesday"), TimeValue.ofDay(LocalDate.of(2026, 3, 10)), MOSCOW)
        .rule("yesterday, <weekday>").build();
  }

  static DateMention threeDays() {
    return DateMention.builder(span("for three days"), TimexType.DURATION, "P3D").mod(TimexMod.APPROX)
        .problem("not a date").build();
  }

  static DateMention recentPast() {
    TimeInterval week = TimeInterval.of(PUBLISHED.minusDays(7), PUBLISHED);
    return DateMention.builder(span("Talks"), TimeValue.past(), MOSCOW).interval(week).build();
  }

  static CasualtyFigure atLeastSix() {
    return CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.atLeast(6), span("At least six people died"))
        .who("people").rule("at least <n> <who> died").build();
  }

  static CasualtyFigure injured() {
    return CasualtyFigure.builder(CasualtyCategory.INJURED, CasualtyCount.exactly(37), span("37 were hurt"))
        .claimedBy("the governor").role(FigureRole.UPDATE).build();
  }

  /** The six of the sample told again (twice, out of order) in two other spans of the text. */
  static CasualtyFigure restatedTwice() {
    return atLeastSix().toBuilder().restatedAt(span("six people")).restatedAt(TextSpan.of(TEXT, 9, 12)).build();
  }

  static CasualtyFigure dozensFled() {
    return CasualtyFigure.builder(CasualtyCategory.DISPLACED, CasualtyCount.vague("dozens", Range.closed(24L, 99L)),
        span("Dozens fled")).build();
  }

  static CasualtyFigure between(long min, long max) {
    return CasualtyFigure.builder(CasualtyCategory.MISSING, CasualtyCount.between(min, max), span("37")).build();
  }

  static Claim claim() {
    return Claim.of(REPORT, atLeastSix());
  }

  static Toll killed() {
    Claim other = Claim.of("r3", Instant.parse("2026-03-11T15:30:00Z"),
        CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.exactly(7), TextSpan.ofText(4, 21, "Seven were killed"))
            .claimedBy("police").build());
    return Toll.of(CasualtyCategory.KILLED, 6, 6, 7, List.of(claim(), other));
  }

  static Event event() {
    Toll killed = killed();
    Event.Builder b = Event.builder("e1", EventType.STRIKE).addReport("r3");
    killed.claims().forEach(b::addClaim);
    TimeValue day = TimeValue.ofDay(LocalDate.of(2026, 3, 10));
    return b.time(day, day.interval(MOSCOW).orElseThrow()).place("Bryansk").addActor("Ukraine").addActor("Russia")
        .toll(killed).trigger(span("struck")).build();
  }

  static Event bareEvent() {
    return Event.builder("e2", EventType.TALKS).time(TimeValue.past()).build();
  }

  static Extraction extraction() {
    return Extraction.of(REPORT, List.of(yesterday(), threeDays(), recentPast()),
        List.of(atLeastSix(), injured(), dozensFled()), List.of(event(), bareEvent()));
  }
}
