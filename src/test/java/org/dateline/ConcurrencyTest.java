package org.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.model.Extraction;
import org.dateline.model.Report;
import org.junit.jupiter.api.Test;

/**
 * One shared {@link Dateline} used from 8 threads, each in its own order, gives exactly the
 * single-threaded results: no state leaks between reports or threads.
 */
class ConcurrencyTest {
  private static final String[] SENTENCES = {
    "At least six people died and 37 were wounded in the attack yesterday, Tuesday, officials said.",
    "Police said on Monday that two men were shot dead late on Sunday in the city centre.",
    "The death toll from last week's floods rose to 134, including 20 children, the ministry said.",
    "Talks between the two sides are due to resume next Tuesday in Geneva.",
    "A 37-year-old man was arrested after the blast, which injured dozens of people overnight.",
    "No one was hurt when the building collapsed earlier this month, the mayor said on Friday.",
    "Fighting in recent days has displaced more than 1,200 families, aid groups said.",
    "The plant was previously attacked in October 2024 and again on March 3, 2026.",
    "Between 5 and 7 soldiers were killed in the clash on Thursday evening.",
    "He said three rounds of talks were held last year and that 12 missiles were fired.",
  };
  private static final String[] ZONES = {"Europe/Moscow", "Europe/Kyiv", "America/New_York", "UTC", "Asia/Kabul"};

  @Test
  void eightThreadsGiveTheSingleThreadedResults() throws Exception {
    List<Report> reports = corpus();
    Dateline dateline = Dateline.create();
    List<Extraction> expected = new ArrayList<>();
    for (Report r : reports) {
      expected.add(dateline.extract(r));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Extraction>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        long seed = t;
        runs.add(pool.submit(() -> extractInShuffledOrder(dateline, reports, seed)));
      }
      for (Future<List<Extraction>> run : runs) {
        List<Extraction> got = run.get();
        for (int i = 0; i < reports.size(); i++) {
          assertEquals(expected.get(i), got.get(i), reports.get(i).id());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Extraction> extractInShuffledOrder(Dateline dateline, List<Report> reports, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    Extraction[] out = new Extraction[reports.size()];
    for (int i : order) {
      out[i] = dateline.extract(reports.get(i));
    }
    return List.of(out);
  }

  /** Reports written for this test, plus the developer set's GVA articles when it is present. */
  private static List<Report> corpus() throws IOException {
    List<Report> reports = new ArrayList<>();
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 1 + random.nextInt(6); s++) {
        text.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
      }
      ZonedDateTime published = LocalDate.of(2020 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28))
          .atTime(random.nextInt(24), random.nextInt(60)).atZone(ZoneId.of(ZONES[random.nextInt(ZONES.length)]));
      reports.add(Report.of("own-" + i, text.toString(), published));
    }
    Path gva = Path.of("../shared/data/gva/documents.jsonl");
    if (Files.isRegularFile(gva)) {
      ObjectMapper mapper = new ObjectMapper();
      try (BufferedReader r = Files.newBufferedReader(gva, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null && reports.size() < 800) {
          JsonNode n = mapper.readTree(line);
          reports.add(Report.of("gva-" + n.path("doc_id").asText(), n.path("content").asText(""),
              LocalDate.parse(n.path("dct").asText("2016-01-01").substring(0, 10)).atStartOfDay(ZoneId.of("America/New_York"))));
        }
      }
    }
    return reports;
  }
}
