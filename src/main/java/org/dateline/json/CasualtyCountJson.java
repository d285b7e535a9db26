package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Range;
import java.io.IOException;
import java.util.OptionalLong;
import org.dateline.model.CasualtyCount;
import org.dateline.model.CountQualifier;

/**
 * {@link CasualtyCount} as {@code {"qualifier": "at_least", "value": 6, "min": 6, "max": null,
 * "word": null}}: {@code value} is the number as stated (null for a range or a vague word),
 * {@code min}/{@code max} the bounds it allows ({@code max} null when unbounded), {@code word} the
 * vague word. Casualty figures and claims embed these members. On reading, the count is rebuilt from
 * the qualifier and {@code value}, or {@code min}/{@code max} for a range, or {@code word},
 * {@code min} and {@code max} for a vague count; the other members are ignored.
 */
final class CasualtyCountJson {
  private static final String WHERE = "casualty count";

  private CasualtyCountJson() {}

  static void writeFields(CasualtyCount c, JsonGenerator g) throws IOException {
    g.writeStringField("qualifier", EnumJson.QUALIFIER.name(c.qualifier()));
    Fields.writeNumber(g, "value", c.value());
    g.writeNumberField("min", c.min());
    Fields.writeNumber(g, "max", c.max());
    Fields.writeString(g, "word", c.word());
  }

  /** Reads the count members of {@code node}, on behalf of {@code owner} (named in error messages). */
  static CasualtyCount read(DeserializationContext ctxt, Class<?> owner, JsonNode node) throws JsonMappingException {
    CountQualifier q = EnumJson.QUALIFIER.parse(ctxt, owner, "qualifier",
        Fields.requiredText(ctxt, owner, node, "qualifier"));
    try {
      switch (q) {
        case RANGE:
          return CasualtyCount.between(Fields.requiredLong(ctxt, owner, node, "min"),
              Fields.requiredLong(ctxt, owner, node, "max"));
        case VAGUE:
          return vague(ctxt, owner, node);
        default:
          return stated(q, Fields.requiredLong(ctxt, owner, node, "value"));
      }
    } catch (IllegalArgumentException e) {
      throw Fields.fail(ctxt, owner, "bad " + WHERE + ": " + e.getMessage());
    }
  }

  static CasualtyCount read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    return read(ctxt, CasualtyCount.class, Fields.object(ctxt, CasualtyCount.class, node, "a " + WHERE));
  }

  private static CasualtyCount vague(DeserializationContext ctxt, Class<?> owner, JsonNode node)
      throws JsonMappingException {
    String word = Fields.requiredText(ctxt, owner, node, "word");
    long min = Fields.requiredLong(ctxt, owner, node, "min");
    OptionalLong max = Fields.optionalLong(ctxt, owner, node, "max");
    if (max.isPresent() && max.getAsLong() < min) {
      throw Fields.fail(ctxt, owner, "bad " + WHERE + ": max " + max.getAsLong() + " is below min " + min);
    }
    return CasualtyCount.vague(word, max.isPresent() ? Range.closed(min, max.getAsLong()) : Range.atLeast(min));
  }

  private static CasualtyCount stated(CountQualifier q, long n) {
    switch (q) {
      case EXACT: return CasualtyCount.exactly(n);
      case AT_LEAST: return CasualtyCount.atLeast(n);
      case MORE_THAN: return CasualtyCount.moreThan(n);
      case AT_MOST: return CasualtyCount.atMost(n);
      case FEWER_THAN: return CasualtyCount.fewerThan(n);
      case ABOUT: return CasualtyCount.about(n);
      default: throw new AssertionError(q);
    }
  }
}
