package org.dateline.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dateline.extract.DateExtractor;
import org.dateline.model.Report;
import org.dateline.rules.time.en.EnglishDateExtractor;

/**
 * The {@code date-throughput DIR [SECONDS] [--rules-only]} command: runs the English date extractor (with its
 * Natty fallback, or its rules alone) over the plain texts
 * of the TimeML documents under a folder, first to warm up, then repeatedly for a few seconds on one
 * thread, and prints megabytes (UTF-16 characters / 2^20) and documents per second.
 */
public final class DateThroughput {
  private DateThroughput() {}

  /**
   * Runs the command.
   *
   * @param args {@code DIR [SECONDS] [--rules-only]} (default 10 seconds of measurement), not null
   * @param out where the figures go, not null
   * @param err where a usage or input error goes, as one line, not null
   * @return 0 on success, 2 on bad usage or a missing or unreadable folder
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(args);
    boolean rulesOnly = rest.remove("--rules-only");
    if (rest.isEmpty() || rest.size() > 2 || !Files.isDirectory(Path.of(rest.get(0)))) {
      err.println("usage: date-throughput DIR [SECONDS] [--rules-only]  (DIR must be a folder of .tml files)");
      return 2;
    }
    try {
      double seconds = rest.size() == 2 ? Double.parseDouble(rest.get(1)) : 10;
      List<Report> reports = load(Path.of(rest.get(0)));
      measure(rulesOnly ? EnglishDateExtractor.rulesOnly() : EnglishDateExtractor.create(), reports, seconds, out);
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("date-throughput: " + e.getMessage());
      return 2;
    }
  }

  private static List<Report> load(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().collect(Collectors.toList());
    }
    List<Report> reports = new ArrayList<>();
    for (Path f : files) {
      reports.add(TimeMlEvaluation.report(TimeMlDocument.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8))));
    }
    return reports;
  }

  private static void measure(DateExtractor extractor, List<Report> reports, double seconds, PrintStream out) {
    long chars = reports.stream().mapToLong(r -> r.text().length()).sum();
    int sink = 0;
    long warmEnd = System.nanoTime() + 3_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      for (Report r : reports) {
        sink += extractor.extract(r).size();
      }
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    int rounds = 0;
    while (System.nanoTime() < end || rounds == 0) {
      for (Report r : reports) {
        sink += extractor.extract(r).size();
      }
      rounds++;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    out.printf(Locale.ROOT, "%d documents, %d characters, %d rounds in %.1f s: %.2f MB/s, %.0f docs/s (%d mentions)%n",
        reports.size(), chars, rounds, elapsed, rounds * chars / elapsed / (1 << 20), rounds * reports.size() / elapsed,
        sink);
    // on a shared machine wall time includes waiting for a core; CPU time is what one core does
    out.printf(Locale.ROOT, "per core (thread CPU time %.1f s): %.2f MB/s, %.0f docs/s%n", cpu,
        rounds * chars / cpu / (1 << 20), rounds * reports.size() / cpu);
  }
}
