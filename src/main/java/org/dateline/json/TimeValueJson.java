package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import org.dateline.model.TimeValue;

/** {@link TimeValue} as its TIMEX3 value string, {@code "2026-03-10"}. */
final class TimeValueJson extends StdSerializer<TimeValue> {
  private static final long serialVersionUID = 1L;

  TimeValueJson() {
    super(TimeValue.class);
  }

  @Override
  public void serialize(TimeValue value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeString(value.value());
  }

  static TimeValue read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    if (!node.isTextual()) {
      throw Fields.fail(ctxt, TimeValue.class, "expected a TIMEX3 value string such as \"2026-03-10\", not " + node);
    }
    return parse(ctxt, TimeValue.class, "value", node.textValue());
  }

  /** Parses a TIMEX3 value found in field {@code field} of {@code owner}. */
  static TimeValue parse(DeserializationContext ctxt, Class<?> owner, String field, String text)
      throws JsonMappingException {
    try {
      return TimeValue.parse(text);
    } catch (DateTimeParseException e) {
      throw Fields.fail(ctxt, owner, "field '" + field + "': " + e.getMessage());
    }
  }
}
