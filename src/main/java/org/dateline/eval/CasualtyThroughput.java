package org.dateline.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.rules.casualty.en.EnglishCasualtyExtractor;

/**
 * Measures the casualty stage's speed on one core over the GVA article texts
 * ({@code DATA_DIR/gva/documents.jsonl}): a warm-up pass of about two seconds, then about five
 * seconds of timed passes, printing megabytes (UTF-8) and documents per second, both per second
 * of the thread's CPU time (the per-core rate, fair on a shared machine) and per wall-clock second.
 *
 * <p>Usage: {@code DATA_DIR}.
 */
public final class CasualtyThroughput {
  private static final long WARM_UP_NANOS = 2_000_000_000L;
  private static final long MEASURE_NANOS = 5_000_000_000L;

  private CasualtyThroughput() {}

  /**
   * Runs the measurement.
   *
   * @param args {@code DATA_DIR}, not null
   * @param out where the figures go, not null
   * @param err where a usage or data error goes, one line, not null
   * @return 0 on success, 2 on bad usage or missing data
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    requireNonNull(args, "args");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    if (args.size() != 1) {
      err.println("usage: casualty-throughput DATA_DIR");
      return 2;
    }
    Path file = Path.of(args.get(0)).resolve("gva/documents.jsonl");
    if (!Files.isRegularFile(file)) {
      err.println("casualty-throughput: no GVA documents at " + file);
      return 2;
    }
    List<String> texts;
    try {
      texts = readTexts(file);
    } catch (IOException e) {
      err.println("casualty-throughput: cannot read " + file + ": " + e.getMessage());
      return 2;
    }
    long bytes = 0;
    for (String t : texts) {
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    EnglishCasualtyExtractor x = EnglishCasualtyExtractor.create();
    passes(x, texts, WARM_UP_NANOS);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    int n = passes(x, texts, MEASURE_NANOS);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    out.printf(Locale.ROOT, "casualty stage: %d documents, %.2f MB per pass, %d passes in %.2f s wall, %.2f s CPU%n",
        texts.size(), bytes / 1e6, n, seconds, cpuSeconds);
    out.printf(Locale.ROOT, "  per CPU second: %.1f MB/s, %.0f docs/s; wall clock: %.1f MB/s, %.0f docs/s%n",
        n * bytes / 1e6 / cpuSeconds, n * texts.size() / cpuSeconds, n * bytes / 1e6 / seconds, n * texts.size() / seconds);
    return 0;
  }

  private static int passes(EnglishCasualtyExtractor x, List<String> texts, long nanos) {
    long start = System.nanoTime();
    int n = 0;
    long sink = 0;
    do {
      for (String t : texts) {
        sink += x.extract(t).size();
      }
      n++;
    } while (System.nanoTime() - start < nanos);
    return sink >= 0 ? n : -n;
  }

  private static List<String> readTexts(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          JsonNode d = json.readTree(line);
          texts.add(d.path("content").asText(""));
        }
      }
    }
    return texts;
  }
}
