package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.Dateline;
import org.dateline.model.Report;

/**
 * Measures the throughput of the whole extraction pipeline over a corpus of reports and prints
 * MB/s and reports/s per round, after warm-up rounds: {@code bench-extract FILE [--rounds N]
 * [--threads N]}. FILE is JSONL with {@code text} or {@code content} per line (the GVA articles
 * or the command line's input format).
 */
public final class ExtractThroughput {
  private ExtractThroughput() {}

  /**
   * Runs the measurement.
   *
   * @param args {@code FILE [--rounds N] [--threads N]}, not null
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
    Dateline dateline = Dateline.create();
    ExecutorService pool = Executors.newFixedThreadPool(o.threads);
    try {
      for (int round = 1; round <= o.warmup + o.rounds; round++) {
        long t0 = System.nanoTime();
        long found = extractAll(dateline, reports, pool, o.threads);
        double s = (System.nanoTime() - t0) / 1e9;
        out.printf("%s %d: %.2f MB/s, %.0f reports/s (%d items found)%n", round <= o.warmup ? "warm-up" : "round",
            round <= o.warmup ? round : round - o.warmup, chars / 1e6 / s, reports.size() / s, found);
      }
    } catch (Exception e) {
      err.println("dateline: " + e);
      return 1;
    } finally {
      pool.shutdownNow();
    }
    return 0;
  }

  private static long extractAll(Dateline dateline, List<Report> reports, ExecutorService pool, int threads)
      throws Exception {
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      parts.add(pool.submit(() -> {
        long n = 0;
        for (int i = first; i < reports.size(); i += threads) {
          var x = dateline.extract(reports.get(i));
          n += x.dates().size() + x.casualties().size() + x.events().size();
        }
        return n;
      }));
    }
    long n = 0;
    for (Future<Long> f : parts) {
      n += f.get();
    }
    return n;
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
    int warmup = 3;
    int threads = 1;

    static Options parse(List<String> args, PrintStream err) {
      Options o = new Options();
      try {
        for (int i = 0; i < args.size(); i++) {
          switch (args.get(i)) {
            case "--rounds": o.rounds = Integer.parseInt(args.get(++i)); break;
            case "--warmup": o.warmup = Integer.parseInt(args.get(++i)); break;
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
