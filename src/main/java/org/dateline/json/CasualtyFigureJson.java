package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.TextSpan;

/**
 * {@link CasualtyFigure} as {@code {"text", "begin", "end", "category", "qualifier", "value", "min",
 * "max", "word", "who", "claimedBy", "role", "rule", "restated"}}, {@code restated} an array of spans;
 * claims embed these members.
 */
final class CasualtyFigureJson {
  private CasualtyFigureJson() {}

  static void writeFields(CasualtyFigure f, JsonGenerator g) throws IOException {
    TextSpanJson.writeFields(f.span(), g);
    g.writeStringField("category", EnumJson.CATEGORY.name(f.category()));
    CasualtyCountJson.writeFields(f.count(), g);
    Fields.writeString(g, "who", f.who());
    Fields.writeString(g, "claimedBy", f.claimedBy());
    g.writeStringField("role", EnumJson.ROLE.name(f.role()));
    g.writeStringField("rule", f.rule());
    Fields.writeObjects(g, "restated", f.restatedAt(), TextSpanJson::writeFields);
  }

  /** Reads the figure members of {@code node}, on behalf of {@code owner} (named in error messages). */
  static CasualtyFigure read(DeserializationContext ctxt, Class<?> owner, JsonNode node) throws JsonMappingException {
    TextSpan span = TextSpanJson.read(ctxt, owner, node);
    CasualtyCategory category = EnumJson.CATEGORY.parse(ctxt, owner, "category",
        Fields.requiredText(ctxt, owner, node, "category"));
    CasualtyCount count = CasualtyCountJson.read(ctxt, owner, node);
    CasualtyFigure.Builder b = CasualtyFigure.builder(category, count, span);
    Optional<String> who = Fields.optionalText(ctxt, owner, node, "who");
    Optional<String> claimedBy = Fields.optionalText(ctxt, owner, node, "claimedBy");
    Optional<String> role = Fields.optionalText(ctxt, owner, node, "role");
    try {
      who.filter(s -> !s.isBlank()).ifPresent(b::who);
      claimedBy.filter(s -> !s.isBlank()).ifPresent(b::claimedBy);
    } catch (IllegalArgumentException e) {
      throw Fields.fail(ctxt, owner, e.getMessage());
    }
    if (role.isPresent()) {
      b.role(EnumJson.ROLE.parse(ctxt, owner, "role", role.get()));
    }
    for (JsonNode r : Fields.array(ctxt, owner, node, "restated")) {
      TextSpan again = TextSpanJson.read(ctxt, owner, Fields.object(ctxt, owner, r, "a restated span"));
      try {
        b.restatedAt(again);
      } catch (IllegalArgumentException e) {
        throw Fields.fail(ctxt, owner, e.getMessage());
      }
    }
    return b.rule(Fields.optionalText(ctxt, owner, node, "rule").orElse("")).build();
  }

  static CasualtyFigure read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    return read(ctxt, CasualtyFigure.class, Fields.object(ctxt, CasualtyFigure.class, node, "a casualty figure"));
  }
}
