package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a value as a JSON object whose members a {@link FieldWriter} supplies. */
final class ObjectSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** Writes the members of one value, without the surrounding braces. */
  @FunctionalInterface
  interface FieldWriter<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  private final transient FieldWriter<T> fields;

  ObjectSerializer(Class<T> type, FieldWriter<T> fields) {
    super(type);
    this.fields = fields;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject(value);
    fields.write(value, g);
    g.writeEndObject();
  }
}
