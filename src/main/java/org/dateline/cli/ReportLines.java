package org.dateline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import org.dateline.model.Report;
import org.dateline.model.Source;

/**
 * Turns one input line of {@code --jsonl} into a {@link Report}:
 * {@code {"id", "published", "zone"?, "source"?, "text"}}, unknown fields ignored. A line that
 * cannot be one gives a {@link BadLine} carrying the id (if any) and a one-line reason.
 */
final class ReportLines {
  /** A line that is not a usable report. */
  static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;
    private final String id;

    BadLine(String id, String message) {
      super(message, null, false, false);
      this.id = id;
    }

    String id() {
      return id;
    }
  }

  private final ObjectMapper mapper;

  ReportLines(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  Report parse(LineReader.Line line) throws BadLine {
    if (line.tooLong()) {
      throw new BadLine(null, "line " + line.number() + " is " + line.length() + " characters long, over the limit");
    }
    JsonNode node;
    try {
      node = mapper.readTree(line.text());
    } catch (JsonProcessingException e) {
      throw new BadLine(null, "line " + line.number() + " is not valid JSON: " + oneLine(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      throw new BadLine(null, "line " + line.number() + " is not a JSON object");
    }
    ObjectNode o = (ObjectNode) node;
    JsonNode idNode = o.get("id");
    String id = idNode == null || idNode.isNull() ? null : idNode.asText();
    String text = requiredString(o, "text", id);
    String published = requiredString(o, "published", id);
    String zone = optionalString(o, "zone", id);
    ZonedDateTime when;
    try {
      when = Published.parse(published, zone);
    } catch (UsageException e) {
      throw new BadLine(id, e.getMessage());
    }
    Report report = Report.of(id == null || id.isBlank() ? "line-" + line.number() : id, text, when);
    Source source = source(o.get("source"));
    return source == null ? report : report.withSource(source);
  }

  private static Source source(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText().isBlank() ? null : Source.of(node.asText());
    }
    JsonNode outlet = node.get("outlet");
    JsonNode url = node.get("url");
    if (outlet == null || !outlet.isTextual() || outlet.asText().isBlank()) {
      return null;
    }
    return url != null && url.isTextual() && !url.asText().isBlank()
        ? Source.of(outlet.asText(), url.asText()) : Source.of(outlet.asText());
  }

  private static String requiredString(ObjectNode o, String field, String id) throws BadLine {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      throw new BadLine(id, "missing field '" + field + "'");
    }
    if (!n.isTextual()) {
      throw new BadLine(id, "field '" + field + "' must be a string");
    }
    return n.asText();
  }

  private static String optionalString(ObjectNode o, String field, String id) throws BadLine {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw new BadLine(id, "field '" + field + "' must be a string");
    }
    return n.asText();
  }

  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String flat = s.replaceAll("\\s+", " ").trim();
    return flat.length() <= 200 ? flat : flat.substring(0, 197) + "...";
  }
}
