package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.dateline.model.TextSpan;

/** {@link TextSpan} as {@code {"text": "yesterday", "begin": 12, "end": 21}}; other shapes embed these members. */
final class TextSpanJson {
  private TextSpanJson() {}

  static void writeFields(TextSpan span, JsonGenerator g) throws IOException {
    g.writeStringField("text", span.text());
    g.writeNumberField("begin", span.begin());
    g.writeNumberField("end", span.end());
  }

  /** Reads the span members of {@code node}, on behalf of {@code owner} (named in error messages). */
  static TextSpan read(DeserializationContext ctxt, Class<?> owner, JsonNode node) throws JsonMappingException {
    String text = Fields.requiredText(ctxt, owner, node, "text");
    int begin = Fields.requiredInt(ctxt, owner, node, "begin");
    int end = Fields.requiredInt(ctxt, owner, node, "end");
    try {
      return TextSpan.ofText(begin, end, text);
    } catch (IllegalArgumentException e) {
      throw Fields.fail(ctxt, owner, "bad span: " + e.getMessage());
    }
  }

  static TextSpan read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    return read(ctxt, TextSpan.class, Fields.object(ctxt, TextSpan.class, node, "a text span"));
  }
}
