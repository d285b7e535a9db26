import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.dateline.Dateline;
import org.dateline.format.TimelineTable;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.Event;
import org.dateline.model.Report;
import org.dateline.model.Source;
import org.dateline.model.Timeline;
import org.dateline.timeline.TimelineBuilder;

/**
 * Builds a timeline from the reports in timeline-reports.jsonl: three reports of one shooting whose
 * toll rises merge into one event; a fire the same week in another city stays apart.
 *
 * Run from the repository root: java -cp target/classes:target/lib/* examples/TimelineExample.java
 */
public class TimelineExample {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/timeline-reports.jsonl");
    ObjectMapper json = new ObjectMapper();
    Dateline dateline = Dateline.create();
    TimelineBuilder builder = dateline.timelineBuilder();
    for (String line : Files.readAllLines(file)) {
      JsonNode r = json.readTree(line);
      Report report = Report.of(r.get("id").asText(), r.get("text").asText(),
          OffsetDateTime.parse(r.get("published").asText()).atZoneSameInstant(ZoneId.of(r.get("zone").asText())))
          .withSource(Source.of(r.get("source").asText()));
      builder.add(dateline.extract(report));
    }
    Timeline timeline = builder.timeline();
    System.out.print(TimelineTable.render(timeline));
    for (Event e : timeline.at("Dayton")) {
      e.toll(CasualtyCategory.KILLED).ifPresent(t ->
          System.out.println("Dayton killed: low " + t.low() + ", best " + t.best() + ", high " + t.high()
              + ", from " + t.claims().size() + " claims"));
    }
  }
}
