package org.dateline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.dateline.Dateline;
import org.dateline.TextTooLongException;
import org.dateline.format.TimeMlWriter;
import org.dateline.json.DatelineModule;
import org.dateline.model.Extraction;
import org.dateline.model.Report;

/** {@code dateline extract}: one report as text, JSON or TimeML, or a JSONL batch. */
final class ExtractCommand {
  private final InputStream in;
  private final PrintStream out;
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new DatelineModule());
  private final Dateline dateline = Dateline.create();

  ExtractCommand(InputStream in, PrintStream out) {
    this.in = in;
    this.out = out;
  }

  int run(List<String> args) {
    Arguments a = Arguments.parse(args, Set.of("published", "zone", "id", "format", "jsonl", "threads"), Set.of());
    if (a.value("jsonl").isPresent()) {
      if (!a.operands().isEmpty() || a.value("published").isPresent() || a.value("format").isPresent()) {
        throw new UsageException("--jsonl takes no FILE, --published or --format: each line carries its own");
      }
      runJsonl(a.value("jsonl").get(), threads(a));
      return 0;
    }
    String file = a.singleOperand("FILE (or - for standard input)");
    String published = a.value("published").orElseThrow(() -> new UsageException("missing --published (e.g. 2026-03-11T12:00:00+03:00)"));
    ZonedDateTime when = Published.parse(published, a.value("zone").orElse(null));
    String format = a.value("format").orElse("text");
    if (!Set.of("text", "json", "timeml").contains(format)) {
      throw new UsageException("unknown --format '" + Published.shorten(format) + "': expected text, json or timeml");
    }
    String text = Inputs.readAll(Inputs.open(file, in), dateline.maxTextLength(), file);
    String id = a.value("id").orElse(file.equals("-") ? "stdin" : Path.of(file).getFileName().toString());
    if (id.isBlank()) {
      throw new UsageException("--id must not be blank");
    }
    Extraction x = dateline.extract(Report.of(id, text, when));
    switch (format) {
      case "json":
        out.println(write(x));
        break;
      case "timeml":
        out.print(TimeMlWriter.write(text, when.toLocalDate().toString(), x.dates()));
        break;
      default:
        out.print(ExtractionText.render(x));
    }
    return 0;
  }

  private void runJsonl(String operand, int threads) {
    Reader reader = Inputs.open(operand, in);
    ReportLines lines = new ReportLines(mapper);
    OrderedParallel.run(new LineReader(reader, dateline.maxTextLength()), threads, line -> {
      try {
        return write(dateline.extract(lines.parse(line)));
      } catch (ReportLines.BadLine e) {
        return error(e.id(), e.getMessage());
      } catch (TextTooLongException e) {
        return error(e.reportId(), e.getMessage());
      } catch (RuntimeException e) {
        // A defect must not cost the rest of the batch its answers: report it on this line.
        return error(null, "internal error on line " + line.number() + ": " + e);
      }
    }, out::println);
  }

  static int threads(Arguments a) {
    String t = a.value("threads").orElse(Integer.toString(Runtime.getRuntime().availableProcessors()));
    try {
      int n = Integer.parseInt(t);
      if (n >= 1 && n <= 256) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the usage error
    }
    throw new UsageException("--threads must be a whole number from 1 to 256: " + Published.shorten(t));
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private String error(String id, String message) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", id);
    o.put("error", message);
    return o.toString();
  }
}
