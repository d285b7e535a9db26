package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.Claim;
import org.dateline.model.Toll;

/**
 * {@link Toll} as {@code {"category": "killed", "low": 6, "best": 6, "high": 7, "figures": [claims]}}.
 * Inside an event's {@code casualties} the toll is keyed by its category and the {@code category}
 * member is left out.
 */
final class TollJson {
  private static final Class<Toll> TYPE = Toll.class;

  private TollJson() {}

  static void writeFields(Toll t, JsonGenerator g) throws IOException {
    g.writeStringField("category", EnumJson.CATEGORY.name(t.category()));
    writeEstimates(t, g);
  }

  /** Writes everything but the category, as an event's {@code casualties} map does. */
  static void writeEstimates(Toll t, JsonGenerator g) throws IOException {
    g.writeNumberField("low", t.low());
    g.writeNumberField("best", t.best());
    g.writeNumberField("high", t.high());
    g.writeArrayFieldStart("figures");
    for (Claim c : t.claims()) {
      ClaimJson.write(c, g);
    }
    g.writeEndArray();
  }

  static Toll read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    Fields.object(ctxt, TYPE, node, "a toll");
    CasualtyCategory category = EnumJson.CATEGORY.parse(ctxt, TYPE, "category",
        Fields.requiredText(ctxt, TYPE, node, "category"));
    return read(ctxt, node, category);
  }

  /** Reads a toll of a known category, as keyed in an event's {@code casualties}. */
  static Toll read(DeserializationContext ctxt, JsonNode node, CasualtyCategory category)
      throws JsonMappingException {
    Fields.object(ctxt, TYPE, node, "a toll");
    long low = Fields.requiredLong(ctxt, TYPE, node, "low");
    long best = Fields.requiredLong(ctxt, TYPE, node, "best");
    long high = Fields.requiredLong(ctxt, TYPE, node, "high");
    List<Claim> claims = new ArrayList<>();
    for (JsonNode c : Fields.array(ctxt, TYPE, node, "figures")) {
      claims.add(ClaimJson.read(ctxt, c));
    }
    try {
      return Toll.of(category, low, best, high, claims);
    } catch (IllegalArgumentException e) {
      throw Fields.fail(ctxt, TYPE, e.getMessage());
    }
  }
}
