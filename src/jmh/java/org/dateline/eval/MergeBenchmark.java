package org.dateline.eval;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dateline.model.Extraction;
import org.dateline.model.Timeline;
import org.dateline.timeline.TimelineBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Merging a feed of synthetic extractions (the same feed as {@code bench-merge}) into one timeline,
 * at two sizes, so that the growth of the cost with the number of reports shows: about linear
 * means the time per operation grows about tenfold from 10,000 to 100,000 reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class MergeBenchmark {
  @Param({"10000", "100000"})
  public int reports;

  private List<Extraction> feed;

  @Setup(Level.Trial)
  public void makeFeed() {
    feed = MergeThroughput.feed(reports, new SplittableRandom(42));
  }

  @Benchmark
  public Timeline mergeFeed() {
    TimelineBuilder builder = TimelineBuilder.create();
    for (Extraction x : feed) {
      builder.add(x);
    }
    return builder.timeline();
  }
}
