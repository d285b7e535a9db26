package org.dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dateline.Dateline;
import org.dateline.model.Extraction;
import org.dateline.model.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction of one report through the whole pipeline (dates, casualty figures, events), over a
 * corpus of news articles: the GVA articles when present, else the bundled example report.
 * Throughput in reports per second; the setup prints the corpus's mean report size, so that
 * MB/s = reports/s x mean size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExtractBenchmark {
  private final Dateline dateline = Dateline.create();
  private List<Report> reports;
  private int next;

  @Setup(Level.Trial)
  public void load() throws IOException {
    reports = new ArrayList<>();
    Path gva = Path.of(System.getenv().getOrDefault("DATELINE_GVA", "../shared/data/gva/documents.jsonl"));
    ZonedDateTime published = ZonedDateTime.parse("2017-01-10T12:00:00-05:00[America/New_York]");
    if (Files.isRegularFile(gva)) {
      ObjectMapper mapper = new ObjectMapper();
      try (BufferedReader r = Files.newBufferedReader(gva, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          JsonNode n = mapper.readTree(line);
          reports.add(Report.of(n.path("doc_id").asText("d" + reports.size()), n.path("content").asText(""), published));
        }
      }
    } else {
      String text = Files.readString(Path.of("examples/strike-report.txt"));
      reports.add(Report.of("example", text, ZonedDateTime.parse("2026-03-11T12:00:00+03:00[Europe/Moscow]")));
    }
    long chars = reports.stream().mapToLong(r -> r.text().length()).sum();
    System.err.printf("corpus: %d reports, %.2f MB, mean %.0f chars per report%n",
        reports.size(), chars / 1e6, (double) chars / reports.size());
  }

  @Benchmark
  public Extraction extractOneReport() {
    Report r = reports.get(next);
    next = next + 1 == reports.size() ? 0 : next + 1;
    return dateline.extract(r);
  }
}
