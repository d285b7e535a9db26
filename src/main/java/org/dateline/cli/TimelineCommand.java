package org.dateline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.dateline.Dateline;
import org.dateline.TextTooLongException;
import org.dateline.format.TimelineTable;
import org.dateline.json.DatelineModule;
import org.dateline.model.Timeline;
import org.dateline.timeline.TimelineBuilder;

/**
 * {@code dateline timeline --jsonl FILE|- [--format text|json]}: merges many reports into one timeline.
 * A line that is not a usable report is named on standard error and skipped.
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
    Arguments a = Arguments.parse(args, Set.of("jsonl", "format"), Set.of());
    String operand = a.value("jsonl").orElseThrow(() -> new UsageException("timeline needs --jsonl FILE|-"));
    if (!a.operands().isEmpty()) {
      throw new UsageException("timeline takes no operand besides --jsonl FILE|-");
    }
    String format = a.value("format").orElse("text");
    if (!Set.of("text", "json").contains(format)) {
      throw new UsageException("unknown --format '" + Published.shorten(format) + "': expected text or json");
    }
    TimelineBuilder builder = dateline.timelineBuilder();
    LineReader reader = new LineReader(Inputs.open(operand, in), dateline.maxTextLength());
    ReportLines lines = new ReportLines(mapper);
    try {
      for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
        try {
          builder.add(dateline.extract(lines.parse(line)));
        } catch (ReportLines.BadLine | TextTooLongException e) {
          err.println("dateline timeline: skipped line " + line.number() + ": " + ReportLines.oneLine(e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Timeline t = builder.timeline();
    if (format.equals("json")) {
      try {
        out.println(mapper.writeValueAsString(t));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } else {
      out.print(TimelineTable.render(t));
    }
    return 0;
  }
}
