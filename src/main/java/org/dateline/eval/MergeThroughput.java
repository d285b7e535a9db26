package org.dateline.eval;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.Claim;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Extraction;
import org.dateline.model.Report;
import org.dateline.model.TextSpan;
import org.dateline.model.TimeValue;
import org.dateline.timeline.TimelineBuilder;

/**
 * The {@code bench-merge N...} command: merges N synthetic extractions into one timeline and prints
 * the time taken, reports per second and heap in use, for each N given, so that one can see the
 * cost grow about linearly.
 *
 * <p>The feed: incidents on random days over ten years in 2,000 places of 50 regions, of random
 * kinds, each told by one to five reports published up to three days later, some undated, with
 * tolls that rise from report to report. Seeded, so runs are comparable.
 */
public final class MergeThroughput {
  private static final int DAYS = 3_650;
  private static final int REGIONS = 50;
  private static final int PLACES_PER_REGION = 40;
  private static final EventType[] TYPES = {EventType.SHOOTING, EventType.STRIKE, EventType.CRASH, EventType.FIRE,
      EventType.FLOOD};
  private static final TextSpan SPAN = TextSpan.ofText(0, 1, "x");

  private MergeThroughput() {}

  /**
   * Runs the command.
   *
   * @param args one or more report counts, each at least 1, not null
   * @param out where the figures go, not null
   * @param err where a usage error goes, as one line, not null
   * @return 0 on success, 2 on bad usage
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    List<Integer> sizes = new ArrayList<>();
    try {
      for (String a : args) {
        sizes.add(Integer.parseInt(a.replace("_", "")));
      }
    } catch (NumberFormatException e) {
      sizes.clear();
    }
    if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1)) {
      err.println("usage: bench-merge N [N...]   (report counts, e.g. 100000 1000000)");
      return 2;
    }
    for (int n : sizes) {
      measure(n, out);
    }
    return 0;
  }

  private static void measure(int n, PrintStream out) {
    List<Extraction> feed = feed(n, new SplittableRandom(42));
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    TimelineBuilder builder = TimelineBuilder.create();
    for (Extraction x : feed) {
      builder.add(x);
    }
    long merged = System.nanoTime();
    int events = builder.timeline().size();
    long t1 = System.nanoTime();
    long heap = rt.totalMemory() - rt.freeMemory() - heapBefore;
    double secs = (merged - t0) / 1e9;
    out.printf("%,d reports -> %,d events: merge %.2f s (%,.0f reports/s), snapshot %.2f s, heap +%,d MB%n",
        n, events, secs, n / secs, (t1 - merged) / 1e9, Math.max(0, heap) >> 20);
  }

  static List<Extraction> feed(int n, SplittableRandom rnd) {
    List<Extraction> out = new ArrayList<>(n);
    int incident = 0;
    while (out.size() < n) {
      incident++;
      LocalDate day = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(DAYS));
      int region = rnd.nextInt(REGIONS);
      String place = "Town " + rnd.nextInt(PLACES_PER_REGION) + ", Region " + region + ", Country";
      EventType type = TYPES[rnd.nextInt(TYPES.length)];
      int reports = 1 + rnd.nextInt(5);
      long killed = rnd.nextInt(20);
      for (int r = 0; r < reports && out.size() < n; r++) {
        killed += rnd.nextInt(3);
        out.add(extraction("i" + incident + "r" + r, day, r, place, type, killed, rnd.nextInt(10) == 0));
      }
    }
    return out;
  }

  private static Extraction extraction(String id, LocalDate day, int later, String place, EventType type,
      long killed, boolean undated) {
    ZonedDateTime published = day.plusDays(later / 2).atTime(20, 0).atZone(ZoneOffset.UTC);
    Report report = Report.of(id, "", published.toInstant(), ZoneOffset.UTC);
    TimeValue t = TimeValue.ofDay(day);
    Event.Builder e = Event.builder(id + "-e1", type).place(place).addReport(id);
    if (!undated) {
      e.time(t, t.interval(ZoneOffset.UTC).get());
    }
    CasualtyFigure f = CasualtyFigure.builder(CasualtyCategory.KILLED, CasualtyCount.atLeast(killed), SPAN).build();
    e.addClaim(Claim.of(id, Instant.from(published), f));
    return Extraction.of(report, List.of(), List.of(), List.of(e.build()));
  }
}
