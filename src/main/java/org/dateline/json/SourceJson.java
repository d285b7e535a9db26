package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;
import org.dateline.model.Source;

/** {@link Source} as the outlet's name alone, {@code "Reuters"}, or with an address, {@code {"outlet": ..., "url": ...}}. */
final class SourceJson extends StdSerializer<Source> {
  private static final long serialVersionUID = 1L;

  SourceJson() {
    super(Source.class);
  }

  @Override
  public void serialize(Source source, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(source, g);
  }

  static void write(Source source, JsonGenerator g) throws IOException {
    if (source.url().isEmpty()) {
      g.writeString(source.outlet());
      return;
    }
    g.writeStartObject();
    g.writeStringField("outlet", source.outlet());
    g.writeStringField("url", source.url().get());
    g.writeEndObject();
  }

  static Source read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    try {
      if (node.isTextual()) {
        return Source.of(node.textValue());
      }
      Fields.object(ctxt, Source.class, node, "a source (a string or an object)");
      String outlet = Fields.requiredText(ctxt, Source.class, node, "outlet");
      Optional<String> url = Fields.optionalText(ctxt, Source.class, node, "url");
      return url.isPresent() ? Source.of(outlet, url.get()) : Source.of(outlet);
    } catch (IllegalArgumentException e) {
      throw Fields.fail(ctxt, Source.class, e.getMessage());
    }
  }
}
