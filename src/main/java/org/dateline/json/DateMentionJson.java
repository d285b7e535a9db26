package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Optional;
import org.dateline.model.DateMention;
import org.dateline.model.Granularity;
import org.dateline.model.TextSpan;
import org.dateline.model.TimeInterval;
import org.dateline.model.TimeValue;
import org.dateline.model.TimexType;

/**
 * {@link DateMention} as {@code {"text", "begin", "end", "type", "value", "granularity", "start",
 * "end_exclusive", "zone", "mod", "problem", "rule"}}. {@code granularity} is null for a mention
 * without a resolved calendar value (a duration, a set, an unresolved date); the interval members
 * are null when it has no interval.
 */
final class DateMentionJson {
  private static final Class<DateMention> TYPE = DateMention.class;

  private DateMentionJson() {}

  static void writeFields(DateMention m, JsonGenerator g) throws IOException {
    TextSpanJson.writeFields(m.span(), g);
    g.writeStringField("type", EnumJson.TIMEX_TYPE.name(m.type()));
    g.writeStringField("value", m.value());
    Fields.writeString(g, "granularity", m.time().map(t -> EnumJson.GRANULARITY.name(t.granularity())));
    if (m.interval().isPresent()) {
      TimeIntervalJson.writeFields(m.interval().get(), g);
    } else {
      TimeIntervalJson.writeAbsent(g);
    }
    Fields.writeString(g, "mod", m.mod().map(EnumJson.TIMEX_MOD::name));
    Fields.writeString(g, "problem", m.problem());
    g.writeStringField("rule", m.rule());
  }

  static DateMention read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    Fields.object(ctxt, TYPE, node, "a date mention");
    TextSpan span = TextSpanJson.read(ctxt, TYPE, node);
    TimexType type = EnumJson.TIMEX_TYPE.parse(ctxt, TYPE, "type", Fields.requiredText(ctxt, TYPE, node, "type"));
    String value = Fields.requiredText(ctxt, TYPE, node, "value");
    Optional<String> granularity = Fields.optionalText(ctxt, TYPE, node, "granularity");
    Optional<TimeInterval> interval = TimeIntervalJson.readOptional(ctxt, TYPE, node);
    DateMention.Builder b;
    try {
      b = granularity.isPresent()
          ? resolved(ctxt, span, type, value, granularity.get(), interval)
          : DateMention.builder(span, type, value);
    } catch (IllegalArgumentException e) {
      throw Fields.fail(ctxt, TYPE, e.getMessage());
    }
    interval.ifPresent(b::interval);
    Optional<String> mod = Fields.optionalText(ctxt, TYPE, node, "mod");
    if (mod.isPresent()) {
      b.mod(EnumJson.TIMEX_MOD.parse(ctxt, TYPE, "mod", mod.get()));
    }
    Optional<String> problem = Fields.optionalText(ctxt, TYPE, node, "problem");
    if (problem.isPresent() && !problem.get().isBlank()) {
      b.problem(problem.get());
    }
    return b.rule(Fields.optionalText(ctxt, TYPE, node, "rule").orElse("")).build();
  }

  private static DateMention.Builder resolved(DeserializationContext ctxt, TextSpan span, TimexType type,
      String value, String granularityName, Optional<TimeInterval> interval) throws JsonMappingException {
    Granularity granularity = EnumJson.GRANULARITY.parse(ctxt, TYPE, "granularity", granularityName);
    TimeValue time = TimeValueJson.parse(ctxt, TYPE, "value", value);
    if (time.granularity() != granularity) {
      throw Fields.fail(ctxt, TYPE, "value '" + value + "' has granularity "
          + EnumJson.GRANULARITY.name(time.granularity()) + ", not " + granularityName);
    }
    DateMention.Builder b = DateMention.builder(span, time,
        interval.map(i -> i.start().getZone()).orElse(ZoneOffset.UTC));
    if (b.build().type() != type) {
      throw Fields.fail(ctxt, TYPE, "type " + type + " does not fit a value of granularity " + granularityName);
    }
    return b;
  }
}
