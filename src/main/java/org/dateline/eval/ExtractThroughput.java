package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.Dateline;
import org.dateline.model.Report;

/**
 * Measures the throughput of the whole extraction pipeline over a corpus of reports: {@code bench-extract FILE
 * [--rounds N] [--warmup N] [--threads N]}. FILE is JSONL with {@code text} or {@code content} per line (the GVA
 * articles or the command line's input format).
 *
 * <p>Warm-up rounds come first, so that the JIT compiler has compiled the hot code before anything is measured.
 * By default their number is adaptive ({@link WarmUp}): rounds run until three in a row agree within 5% (in MB
 * per CPU-second, the figure other processes on the machine disturb least) and the JIT compiler was nearly idle
 * in the last, after at least 5 seconds and at most 120; {@code --warmup N} runs exactly N instead. Each round prints MB/s and reports/s by the wall clock and
 * MB per CPU-second of the extracting threads; the last line gives the medians of the measured rounds.
 */
public final class ExtractThroughput {
  private ExtractThroughput() {}

  /**
   * Runs the measurement.
   *
   * @param args {@code FILE [--rounds N] [--warmup N] [--threads N]}, not null
   * @param out where the figures go, not null
   * @param err where a usage error goes, not null
   * @return 0, or 2 on bad usage or an unreadable file
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    Options o = Options.parse(args, err);
    if (o == null) {
      return 2;
    }
    List<Report> reports;
    try {
      reports = load(o.file);
    } catch (IOException | RuntimeException e) {
      err.println("dateline: cannot read " + o.file + ": " + e.getMessage());
      return 2;
    }
    long chars = reports.stream().mapToLong(r -> r.text().length()).sum();
    out.printf("corpus: %d reports, %.2f MB (UTF-16 chars / 1e6), %d thread(s)%n", reports.size(), chars / 1e6, o.threads);
    ExecutorService pool = Executors.newFixedThreadPool(o.threads);
    try {
      measure(o, new Corpus(reports, chars), Dateline.create(), pool, out);
    } catch (Exception e) {
      err.println("dateline: " + e);
      return 1;
    } finally {
      pool.shutdownNow();
    }
    return 0;
  }

  private static void measure(Options o, Corpus corpus, Dateline dateline, ExecutorService pool, PrintStream out)
      throws Exception {
    WarmUp warmUp = o.adaptive ? WarmUp.adaptive() : WarmUp.fixed(o.warmup);
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
    int round = 0;
    while (!warmUp.done()) {
      long compiled = timed ? jit.getTotalCompilationTime() : 0;
      Round r = round(dateline, corpus, pool, o.threads);
      warmUp.add(r.cpuRate(), r.seconds, timed ? (jit.getTotalCompilationTime() - compiled) / 1e3 : 0);
      out.println(r.describe("warm-up " + ++round));
    }
    out.println(warmUp.summary());
    double[] wall = new double[o.rounds];
    double[] perSecond = new double[o.rounds];
    double[] cpu = new double[o.rounds];
    for (int k = 0; k < o.rounds; k++) {
      Round r = round(dateline, corpus, pool, o.threads);
      wall[k] = r.wallRate();
      perSecond[k] = corpus.reports.size() / r.seconds;
      cpu[k] = r.cpuRate();
      out.println(r.describe("round " + (k + 1)));
    }
    out.printf("median of %d rounds: %.2f MB/s, %.0f reports/s, %.2f MB per CPU-second%n", o.rounds, median(wall),
        median(perSecond), median(cpu));
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /** The reports and their total length in UTF-16 code units. */
  private record Corpus(List<Report> reports, long chars) {}

  /** One pass over the corpus: its wall-clock seconds, the extracting threads' CPU seconds, what it found. */
  private record Round(Corpus corpus, double seconds, double cpuSeconds, long found) {
    double wallRate() {
      return corpus.chars / 1e6 / seconds;
    }

    double cpuRate() {
      return corpus.chars / 1e6 / cpuSeconds;
    }

    String describe(String name) {
      return String.format("%s: %.2f MB/s, %.0f reports/s, %.2f MB per CPU-second (%d items found)", name,
          wallRate(), corpus.reports.size() / seconds, cpuRate(), found);
    }
  }

  private static Round round(Dateline dateline, Corpus corpus, ExecutorService pool, int threads) throws Exception {
    List<Future<long[]>> parts = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int first = t;
      parts.add(pool.submit(() -> part(dateline, corpus.reports, first, threads)));
    }
    long found = 0;
    long cpuNanos = 0;
    for (Future<long[]> f : parts) {
      long[] p = f.get();
      found += p[0];
      cpuNanos += p[1];
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Round(corpus, seconds, Math.max(cpuNanos, 1) / 1e9, found);
  }

  /** Extracts every {@code threads}-th report from {@code first}; returns the items found and the CPU nanoseconds. */
  private static long[] part(Dateline dateline, List<Report> reports, int first, int threads) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    boolean cpu = mx.isCurrentThreadCpuTimeSupported();
    long c0 = cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    long n = 0;
    for (int i = first; i < reports.size(); i += threads) {
      var x = dateline.extract(reports.get(i));
      n += x.dates().size() + x.casualties().size() + x.events().size();
    }
    long c1 = cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    return new long[] {n, c1 - c0};
  }

  static List<Report> load(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Report> reports = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(line);
        String text = n.hasNonNull("text") ? n.get("text").asText() : n.path("content").asText("");
        String day = n.hasNonNull("dct") ? n.get("dct").asText() : n.path("published").asText("2020-01-01");
        ZonedDateTime published = LocalDate.parse(day.substring(0, Math.min(10, day.length())))
            .atStartOfDay(ZoneOffset.UTC);
        reports.add(Report.of("r" + reports.size(), text, published));
      }
    }
    return reports;
  }

  private static final class Options {
    Path file;
    int rounds = 5;
    /** Whether the warm-up is {@link WarmUp#adaptive}; if not, it is {@link #warmup} rounds. */
    boolean adaptive = true;
    int warmup;
    int threads = 1;

    static Options parse(List<String> args, PrintStream err) {
      Options o = new Options();
      try {
        for (int i = 0; i < args.size(); i++) {
          switch (args.get(i)) {
            case "--rounds": o.rounds = Integer.parseInt(args.get(++i)); break;
            case "--warmup": o.warmup = Integer.parseInt(args.get(++i)); o.adaptive = false; break;
            case "--threads": o.threads = Integer.parseInt(args.get(++i)); break;
            default:
              if (o.file != null || args.get(i).startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args.get(i));
              }
              o.file = Path.of(args.get(i));
          }
        }
        if (o.file == null || o.rounds < 1 || o.warmup < 0 || o.threads < 1 || o.threads > 256) {
          throw new IllegalArgumentException("expected FILE [--rounds N>=1] [--warmup N>=0] [--threads 1..256]");
        }
        if (!Files.isRegularFile(o.file)) {
          throw new IllegalArgumentException("no such file: " + o.file);
        }
        return o;
      } catch (RuntimeException e) {
        err.println("dateline: bench-extract: " + e.getMessage());
        return null;
      }
    }
  }
}
