package org.dateline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.Dateline;
import org.dateline.TextTooLongException;
import org.dateline.format.TimelineTable;
import org.dateline.json.DatelineModule;
import org.dateline.model.Extraction;
import org.dateline.model.Timeline;
import org.dateline.timeline.TimelineBuilder;

/**
 * {@code dateline timeline}: reads reports as JSONL, extracts them in parallel, adds them to one
 * timeline in input order (so the result does not depend on the number of threads), and prints it.
 * A line that is not a usable report is named on stderr, one line each, and skipped.
 */
final class TimelineCommand {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new DatelineModule());
  private final Dateline dateline = Dateline.create();

  TimelineCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    Arguments a = Arguments.parse(args, Set.of("jsonl", "format", "threads"), Set.of());
    if (!a.operands().isEmpty()) {
      throw new UsageException("timeline takes its reports with --jsonl FILE|-, not as operands");
    }
    String operand = a.value("jsonl").orElseThrow(() -> new UsageException("missing --jsonl FILE|-"));
    String format = a.value("format").orElse("text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("unknown --format '" + Published.shorten(format) + "': expected text or json");
    }
    ReportLines lines = new ReportLines(mapper);
    TimelineBuilder builder = dateline.timelineBuilder();
    OrderedParallel.run(new LineReader(Inputs.open(operand, in), dateline.maxTextLength()), ExtractCommand.threads(a),
        line -> {
          try {
            return Optional.of(dateline.extract(lines.parse(line)));
          } catch (ReportLines.BadLine | TextTooLongException e) {
            err.println("dateline timeline: skipped line " + line.number() + ": " + ReportLines.oneLine(e.getMessage()));
            return Optional.<Extraction>empty();
          }
        },
        x -> x.ifPresent(builder::add));
    Timeline timeline = builder.timeline();
    if (format.equals("json")) {
      try {
        out.println(mapper.writeValueAsString(timeline));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    } else {
      out.print(TimelineTable.render(timeline));
    }
    return 0;
  }
}
