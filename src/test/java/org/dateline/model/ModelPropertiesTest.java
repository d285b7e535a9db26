package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the value types over random dates and counts. */
class ModelPropertiesTest {
  private static final ZoneId[] ZONES = {ZoneId.of("UTC"), ZoneId.of("Europe/Kyiv"), ZoneId.of("America/Sao_Paulo"),
      ZoneId.of("Asia/Kathmandu"), ZoneId.of("Pacific/Apia")};

  @Property
  void timeValueReadsBackWhatItWrites(@ForAll("timeValues") TimeValue v) {
    TimeValue back = TimeValue.parse(v.toString());
    assertEquals(v, back);
    assertEquals(v.granularity(), back.granularity());
    assertEquals(v.localStart(), back.localStart());
    assertEquals(v.localEndExclusive(), back.localEndExclusive());
  }

  @Property
  void timeValueIntervalStartsBeforeItEnds(@ForAll("timeValues") TimeValue v, @ForAll("zones") ZoneId zone) {
    TimeInterval i = v.interval(zone).orElseThrow();
    assertTrue(i.start().toInstant().isBefore(i.endExclusive().toInstant()), i.toString());
    assertTrue(i.contains(i.start().toInstant()));
    assertTrue(!i.contains(i.endExclusive().toInstant()));
    assertEquals(i, TimeInterval.parse(i.toString()));
  }

  @Property
  void casualtyCountReadsBackWhatItWrites(@ForAll("counts") CasualtyCount c) {
    assertEquals(c, CasualtyCount.parse(c.toString()));
  }

  @Property
  void minAndMaxAgreeWithTheRange(@ForAll("counts") CasualtyCount c) {
    Range<Long> r = c.range();
    assertTrue(r.contains(c.min()), c + " min " + c.min());
    assertTrue(c.min() == 0 || !r.contains(c.min() - 1), c + " min " + c.min());
    assertEquals(r.hasUpperBound(), c.max().isPresent());
    if (c.max().isPresent()) {
      long max = c.max().getAsLong();
      assertTrue(r.contains(max), c + " max " + max);
      assertTrue(max == Long.MAX_VALUE || !r.contains(max + 1), c + " max " + max);
      assertTrue(c.min() <= max);
    }
    assertTrue(!r.hasLowerBound() || r.lowerBoundType() == BoundType.CLOSED || c.qualifier() == CountQualifier.MORE_THAN);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  @Provide
  Arbitrary<TimeValue> timeValues() {
    Arbitrary<LocalDate> dates = Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(),
        LocalDate.of(9998, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    Arbitrary<LocalDateTime> times = Combinators.combine(dates, Arbitraries.integers().between(0, 86_399))
        .as((d, s) -> d.atStartOfDay().plusSeconds(s));
    return Arbitraries.oneOf(
        times.map(TimeValue::ofTime),
        Combinators.combine(dates, Arbitraries.of(PartOfDay.class)).as(TimeValue::ofPartOfDay),
        dates.map(TimeValue::ofDay),
        dates.map(TimeValue::ofWeekContaining),
        dates.map(d -> TimeValue.ofWeekend(d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
            d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR))),
        dates.map(YearMonth::from).map(TimeValue::ofMonth),
        Combinators.combine(dates, Arbitraries.of(Season.class)).as((d, s) -> TimeValue.ofSeason(d.getYear(), s)),
        Combinators.combine(dates, Arbitraries.integers().between(1, 4)).as((d, q) -> TimeValue.ofQuarter(d.getYear(), q)),
        Combinators.combine(dates, Arbitraries.integers().between(1, 2)).as((d, h) -> TimeValue.ofHalf(d.getYear(), h)),
        dates.map(d -> TimeValue.ofYear(d.getYear())),
        dates.map(d -> TimeValue.ofDecadeContaining(d.getYear())),
        dates.map(d -> TimeValue.ofCenturyContaining(d.getYear())));
  }

  @Provide
  Arbitrary<CasualtyCount> counts() {
    Arbitrary<Long> n = Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000),
        Arbitraries.longs().between(0, CasualtyCount.MAX_COUNT));
    Arbitrary<String> word = Arbitraries.of("dozens", "scores", "hundreds", "a few", "several", "well over-a-hundred");
    return Arbitraries.oneOf(
        n.map(CasualtyCount::exactly),
        n.map(CasualtyCount::atLeast),
        n.map(CasualtyCount::moreThan),
        n.map(CasualtyCount::atMost),
        n.filter(x -> x >= 1).map(CasualtyCount::fewerThan),
        n.map(CasualtyCount::about),
        Combinators.combine(n, n).filter((a, b) -> !a.equals(b))
            .as((a, b) -> CasualtyCount.between(Math.min(a, b), Math.max(a, b))),
        Combinators.combine(word, n, n).as((w, a, b) -> CasualtyCount.vague(w, Range.closed(Math.min(a, b),
            Math.max(a, b)))),
        Combinators.combine(word, n).as((w, a) -> CasualtyCount.vague(w, Range.atLeast(a))));
  }
}
