package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.dateline.model.Report;

/**
 * {@link Report} as {@code {"id", "published", "zone", "source", "language", "text"}}, the shape of
 * a {@code --jsonl} input line. On reading, {@code published} is an ISO date ({@code 2026-03-11}, the
 * start of that day in the zone) or date-time with offset; {@code zone} is optional (default: the
 * offset of {@code published}, else UTC); {@code source}, {@code language} are optional.
 */
final class ReportJson {
  private static final String PUBLISHED_FORMS =
      "an ISO date such as 2026-03-11 or a date-time with offset such as 2026-03-11T12:00:00+03:00";

  private ReportJson() {}

  /** Writes every member but {@code text}. */
  static void writeHeader(Report r, JsonGenerator g) throws IOException {
    g.writeStringField("id", r.id());
    g.writeStringField("published", Fields.format(r.published()));
    g.writeStringField("zone", r.zone().getId());
    g.writeFieldName("source");
    if (r.source().isPresent()) {
      SourceJson.write(r.source().get(), g);
    } else {
      g.writeNull();
    }
    g.writeStringField("language", r.language());
  }

  static void writeFields(Report r, JsonGenerator g) throws IOException {
    writeHeader(r, g);
    g.writeStringField("text", r.text());
  }

  static Report read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    return read(ctxt, Report.class, Fields.object(ctxt, Report.class, node, "a report"));
  }

  /** Reads the report members of {@code node}, on behalf of {@code owner} (named in error messages). */
  static Report read(DeserializationContext ctxt, Class<?> owner, JsonNode node) throws JsonMappingException {
    String id = Fields.requiredText(ctxt, owner, node, "id");
    Optional<ZoneId> zone = Fields.zone(ctxt, owner, node, "zone");
    ZonedDateTime published = published(ctxt, owner, Fields.requiredText(ctxt, owner, node, "published"), zone);
    String text = Fields.requiredText(ctxt, owner, node, "text");
    JsonNode source = node.get("source");
    Optional<String> language = Fields.optionalText(ctxt, owner, node, "language");
    try {
      Report r = Report.of(id, text, published);
      if (source != null && !source.isNull()) {
        r = r.withSource(SourceJson.read(ctxt, source));
      }
      return language.isPresent() ? r.withLanguage(language.get()) : r;
    } catch (IllegalArgumentException e) {
      throw Fields.fail(ctxt, owner, e.getMessage());
    }
  }

  private static ZonedDateTime published(DeserializationContext ctxt, Class<?> owner, String text,
      Optional<ZoneId> zone) throws JsonMappingException {
    try {
      if (text.indexOf('T') < 0) {
        return LocalDate.parse(text).atStartOfDay(zone.orElse(ZoneOffset.UTC));
      }
      ZonedDateTime t = ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
      return zone.isPresent() ? t.withZoneSameInstant(zone.get()) : t;
    } catch (DateTimeException e) {
      throw Fields.fail(ctxt, owner, "field 'published' must be " + PUBLISHED_FORMS + ": '" + text + "' ("
          + e.getMessage() + ")");
    }
  }
}
