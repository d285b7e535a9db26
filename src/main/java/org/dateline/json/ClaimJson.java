package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.dateline.model.Claim;

/**
 * {@link Claim} as {@code {"report": "r1", "published": "2026-03-11T09:00:00Z"}} followed by the
 * members of its {@link org.dateline.model.CasualtyFigure}. A claim knows only the publication
 * instant, so {@code published} is written in UTC.
 */
final class ClaimJson {
  private static final Class<Claim> TYPE = Claim.class;

  private ClaimJson() {}

  static void writeFields(Claim c, JsonGenerator g) throws IOException {
    g.writeStringField("report", c.reportId());
    g.writeStringField("published", Fields.format(c.published().atZone(ZoneOffset.UTC)));
    CasualtyFigureJson.writeFields(c.figure(), g);
  }

  static void write(Claim c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeFields(c, g);
    g.writeEndObject();
  }

  static Claim read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    Fields.object(ctxt, TYPE, node, "a claim");
    String report = Fields.requiredText(ctxt, TYPE, node, "report");
    Instant published = Fields.dateTime(ctxt, TYPE, "published", Fields.requiredText(ctxt, TYPE, node, "published"),
        Optional.empty()).toInstant();
    try {
      return Claim.of(report, published, CasualtyFigureJson.read(ctxt, TYPE, node));
    } catch (IllegalArgumentException e) {
      throw Fields.fail(ctxt, TYPE, e.getMessage());
    }
  }
}
