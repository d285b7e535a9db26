package org.dateline.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads a value from the JSON tree at the parser's position, with a {@link NodeReader}. */
final class TreeDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** Builds one value from its JSON tree, failing with a message that names the bad field. */
  @FunctionalInterface
  interface NodeReader<T> {
    T read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException;
  }

  private final transient NodeReader<T> reader;

  TreeDeserializer(Class<T> type, NodeReader<T> reader) {
    super(type);
    this.reader = reader;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    return reader.read(ctxt, node);
  }
}
