package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.Dateline;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.Event;
import org.dateline.model.Report;
import org.dateline.model.Timeline;
import org.dateline.rules.casualty.en.EnglishCasualtyExtractor;
import org.dateline.rules.event.en.EnglishEventExtractor;
import org.dateline.rules.time.en.EnglishDateExtractor;
import org.dateline.timeline.TimelineBuilder;

/**
 * The {@code eval-timeline GVA_DIR [--misses]} command: runs the whole pipeline over the Gun
 * Violence Archive articles (SemEval-2018 Task 5), merges them all into one timeline and prints
 * how well articles were grouped into incidents (B-cubed precision, recall, F1) and how often the
 * reconciled killed and injured {@code best} equal the archive's totals.
 *
 * <p>Each article is a report of its title and text, published at the start of its date in
 * America/New_York. Only incident events count: the archive knows nothing of the meetings, calls
 * and talks an article also dates. An article belongs to the events whose reports contain it (B-cubed extended to
 * overlapping clusters, Amigó et al. 2009); one in no event counts as a cluster of its own. Each
 * gold incident is mapped to the event holding most of its articles; a category with no figure
 * counts as 0, and with no injured figure the hospitalized one stands for the injured (GVA counts
 * the wounded, whom reports often count as taken to hospital).
 */
public final class TimelineEvaluation {
  private static final ZoneId ZONE = ZoneId.of("America/New_York");

  private TimelineEvaluation() {}

  /**
   * Runs the command.
   *
   * @param args {@code GVA_DIR [--misses]}, not null
   * @param out where the figures (and misses) go, not null
   * @param err where a usage or input error goes, as one line, not null
   * @return 0 on success, 2 on bad usage or a missing or unreadable folder
   */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(args);
    boolean misses = rest.remove("--misses");
    if (rest.size() != 1) {
      err.println("usage: eval-timeline GVA_DIR [--misses]");
      return 2;
    }
    Path docs = Path.of(rest.get(0), "documents.jsonl");
    Path incidents = Path.of(rest.get(0), "incidents.jsonl");
    if (!Files.isRegularFile(docs) || !Files.isRegularFile(incidents)) {
      err.println("eval-timeline: no documents.jsonl and incidents.jsonl in " + rest.get(0));
      return 2;
    }
    try {
      evaluate(read(docs), read(incidents), pipeline(), misses, out);
      return 0;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println("eval-timeline: " + e.getMessage());
      return 2;
    }
  }

  /** The full English pipeline: dates, casualty figures, events. */
  static Dateline pipeline() {
    return Dateline.builder().dateExtractor(EnglishDateExtractor.create())
        .casualtyExtractor(EnglishCasualtyExtractor.create()).eventExtractor(EnglishEventExtractor.create()).build();
  }

  private static List<JsonNode> read(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(mapper.readTree(line));
        }
      }
    }
    return out;
  }

  static void evaluate(List<JsonNode> docs, List<JsonNode> incidents, Dateline dateline, boolean misses,
      PrintStream out) {
    Map<String, String> gold = new LinkedHashMap<>();
    TimelineBuilder builder = dateline.timelineBuilder();
    for (JsonNode d : docs) {
      String id = d.path("doc_id").asText();
      gold.put(id, d.path("incident_id").asText());
      String text = d.path("title").asText("") + "\n\n" + d.path("content").asText("");
      LocalDate day = LocalDate.parse(d.path("dct").asText().substring(0, 10));
      builder.add(dateline.extract(Report.of(id, text, day.atStartOfDay(ZONE))));
    }
    Timeline timeline = builder.timeline();
    Map<String, List<Event>> predicted = new HashMap<>();
    for (Event e : timeline.filter(x -> x.type().isIncident())) {
      for (String r : e.reports()) {
        predicted.computeIfAbsent(r, k -> new ArrayList<>()).add(e);
      }
    }
    double[] prf = BCubed.score(gold, predicted);
    out.printf("articles %d, incidents %d, events %d, articles in no event %d%n", gold.size(),
        gold.values().stream().distinct().count(), timeline.size(),
        gold.keySet().stream().filter(k -> !predicted.containsKey(k)).count());
    out.printf("B-cubed precision %.3f recall %.3f F1 %.3f%n", prf[0], prf[1], prf[2]);
    Tolls.report(gold, predicted, incidents, misses, out);
  }

  /** Toll agreement with the archive's totals. */
  private static final class Tolls {
    static void report(Map<String, String> gold, Map<String, List<Event>> predicted, List<JsonNode> incidents,
        boolean misses, PrintStream out) {
      Map<String, List<String>> articlesOf = new LinkedHashMap<>();
      gold.forEach((doc, inc) -> articlesOf.computeIfAbsent(inc, k -> new ArrayList<>()).add(doc));
      Map<String, JsonNode> byId = new HashMap<>();
      incidents.forEach(i -> byId.put(i.path("incident_id").asText(), i));
      int n = 0;
      int killed = 0;
      int injured = 0;
      for (Map.Entry<String, List<String>> e : articlesOf.entrySet()) {
        JsonNode inc = byId.get(e.getKey());
        if (inc == null) {
          continue;
        }
        n++;
        Event ev = majorityEvent(e.getValue(), predicted);
        long k = ev == null ? 0 : ev.toll(CasualtyCategory.KILLED).map(t -> t.best()).orElse(0L);
        long i = ev == null ? 0 : ev.toll(CasualtyCategory.INJURED)
            .or(() -> ev.toll(CasualtyCategory.HOSPITALIZED)).map(t -> t.best()).orElse(0L);
        boolean kOk = k == inc.path("num_killed").asLong();
        boolean iOk = i == inc.path("num_injured").asLong();
        killed += kOk ? 1 : 0;
        injured += iOk ? 1 : 0;
        if (misses && (!kOk || !iOk)) {
          out.printf("MISS %s gold k=%d i=%d got k=%d i=%d %s%n", e.getKey(), inc.path("num_killed").asLong(),
              inc.path("num_injured").asLong(), k, i, ev == null ? "(no event)" : ev.toString());
        }
      }
      out.printf("incidents %d: killed best exact %.1f%%, injured best exact %.1f%%%n", n, 100.0 * killed / n,
          100.0 * injured / n);
    }

    private static Event majorityEvent(List<String> docs, Map<String, List<Event>> predicted) {
      Map<Event, Integer> votes = new LinkedHashMap<>();
      for (String d : docs) {
        for (Event e : predicted.getOrDefault(d, List.of())) {
          votes.merge(e, 1, Integer::sum);
        }
      }
      return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
  }
}
