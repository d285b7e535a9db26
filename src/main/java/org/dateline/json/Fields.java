package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reading and writing the fields every Dateline JSON shape shares: required and optional members
 * with messages that name the field, and ISO offset date-times with seconds always written.
 */
final class Fields {
  /** {@code 2026-03-10T00:00:00+03:00}: seconds always, fraction only when non-zero, {@code Z} for UTC. */
  static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .appendOffsetId()
      .toFormatter();

  private Fields() {}

  /** Writes {@code name: value}, or {@code name: null} if the value is absent. */
  static void writeString(JsonGenerator g, String name, Optional<String> value) throws IOException {
    g.writeFieldName(name);
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  /** Writes {@code name: value}, or {@code name: null} if the value is absent. */
  static void writeNumber(JsonGenerator g, String name, OptionalLong value) throws IOException {
    g.writeFieldName(name);
    if (value.isPresent()) {
      g.writeNumber(value.getAsLong());
    } else {
      g.writeNull();
    }
  }

  /** Writes {@code name: [ {...}, ... ]}, each item an object whose members {@code fields} writes. */
  static <T> void writeObjects(JsonGenerator g, String name, Iterable<? extends T> items,
      ObjectSerializer.FieldWriter<T> fields) throws IOException {
    g.writeArrayFieldStart(name);
    for (T item : items) {
      g.writeStartObject();
      fields.write(item, g);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Returns the ISO offset date-time text of {@code t}, such as {@code 2026-03-10T00:00:00+03:00}. */
  static String format(ZonedDateTime t) {
    return OFFSET_DATE_TIME.format(t);
  }

  /** Returns the member {@code name} of {@code node}, failing with a message naming it if absent or null. */
  static JsonNode required(DeserializationContext ctxt, Class<?> type, JsonNode node, String name)
      throws JsonMappingException {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      throw fail(ctxt, type, "missing required field '" + name + "'");
    }
    return v;
  }

  /** Returns the text of the required string member {@code name}. */
  static String requiredText(DeserializationContext ctxt, Class<?> type, JsonNode node, String name)
      throws JsonMappingException {
    JsonNode v = required(ctxt, type, node, name);
    if (!v.isTextual()) {
      throw fail(ctxt, type, "field '" + name + "' must be a string, not " + v.getNodeType().toString().toLowerCase());
    }
    return v.textValue();
  }

  /** Returns the text of the optional string member {@code name}; empty if absent or null. */
  static Optional<String> optionalText(DeserializationContext ctxt, Class<?> type, JsonNode node, String name)
      throws JsonMappingException {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw fail(ctxt, type, "field '" + name + "' must be a string or null, not " + v.getNodeType().toString().toLowerCase());
    }
    return Optional.of(v.textValue());
  }

  /** Returns the required whole-number member {@code name}. */
  static long requiredLong(DeserializationContext ctxt, Class<?> type, JsonNode node, String name)
      throws JsonMappingException {
    return toLong(ctxt, type, name, required(ctxt, type, node, name));
  }

  /** Returns the optional whole-number member {@code name}; empty if absent or null. */
  static OptionalLong optionalLong(DeserializationContext ctxt, Class<?> type, JsonNode node, String name)
      throws JsonMappingException {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? OptionalLong.empty() : OptionalLong.of(toLong(ctxt, type, name, v));
  }

  /** Returns the required member {@code name} as an int offset. */
  static int requiredInt(DeserializationContext ctxt, Class<?> type, JsonNode node, String name)
      throws JsonMappingException {
    long n = requiredLong(ctxt, type, node, name);
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      throw fail(ctxt, type, "field '" + name + "' is out of range: " + n);
    }
    return (int) n;
  }

  /** Returns the required array member {@code name}; an absent or null member reads as empty. */
  static Iterable<JsonNode> array(DeserializationContext ctxt, Class<?> type, JsonNode node, String name)
      throws JsonMappingException {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw fail(ctxt, type, "field '" + name + "' must be an array");
    }
    return v;
  }

  /** Checks that {@code node} is an object. */
  static JsonNode object(DeserializationContext ctxt, Class<?> type, JsonNode node, String what)
      throws JsonMappingException {
    if (node == null || !node.isObject()) {
      throw fail(ctxt, type, what + " must be a JSON object");
    }
    return node;
  }

  /**
   * Parses an ISO offset date-time member, such as {@code 2026-03-10T00:00:00+03:00}.
   *
   * @return the date-time, in {@code zone} if given, else at its own offset
   */
  static ZonedDateTime dateTime(DeserializationContext ctxt, Class<?> type, String name, String text,
      Optional<ZoneId> zone) throws JsonMappingException {
    try {
      OffsetDateTime t = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return zone.isPresent() ? t.atZoneSameInstant(zone.get()) : t.toZonedDateTime();
    } catch (DateTimeException e) {
      throw fail(ctxt, type, "field '" + name + "' is not an ISO date-time with offset such as "
          + "2026-03-11T12:00:00+03:00: '" + text + "' (" + e.getMessage() + ")");
    }
  }

  /** Parses an optional zone id member. */
  static Optional<ZoneId> zone(DeserializationContext ctxt, Class<?> type, JsonNode node, String name)
      throws JsonMappingException {
    Optional<String> id = optionalText(ctxt, type, node, name);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(id.get()));
    } catch (DateTimeException e) {
      throw fail(ctxt, type, "field '" + name + "' is not a time-zone id such as Europe/Moscow: '" + id.get() + "'");
    }
  }

  /** Returns an exception for bad input, naming the type being read. */
  static JsonMappingException fail(DeserializationContext ctxt, Class<?> type, String message) {
    return MismatchedInputException.from(ctxt.getParser(), type, "Cannot read " + type.getSimpleName() + ": " + message);
  }

  private static long toLong(DeserializationContext ctxt, Class<?> type, String name, JsonNode v)
      throws JsonMappingException {
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw fail(ctxt, type, "field '" + name + "' must be a whole number, not " + v);
    }
    return v.longValue();
  }
}
