package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.Claim;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.TimeInterval;
import org.dateline.model.TimeValue;
import org.dateline.model.Toll;

/**
 * {@link Event} in the timeline form: {@code {"id", "type", "date": {"value", "granularity", "start",
 * "end_exclusive", "zone"}, "place", "actors", "casualties": {"killed": toll without its category,
 * ...}, "claims", "reports", "trigger": {"text", "begin", "end"}}}; {@code date}, {@code place} and
 * {@code trigger} are null when unknown.
 */
final class EventJson {
  private static final Class<Event> TYPE = Event.class;

  private EventJson() {}

  static void writeFields(Event e, JsonGenerator g) throws IOException {
    g.writeStringField("id", e.id());
    g.writeStringField("type", EnumJson.EVENT_TYPE.name(e.type()));
    writeDate(e, g);
    Fields.writeString(g, "place", e.place());
    g.writeArrayFieldStart("actors");
    for (String a : e.actors()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("casualties");
    for (Map.Entry<CasualtyCategory, Toll> t : e.tolls().entrySet()) {
      g.writeObjectFieldStart(EnumJson.CATEGORY.name(t.getKey()));
      TollJson.writeEstimates(t.getValue(), g);
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("claims");
    for (Claim c : e.claims()) {
      ClaimJson.write(c, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("reports");
    for (String r : e.reports()) {
      g.writeString(r);
    }
    g.writeEndArray();
    g.writeFieldName("trigger");
    if (e.trigger().isPresent()) {
      g.writeStartObject();
      TextSpanJson.writeFields(e.trigger().get(), g);
      g.writeEndObject();
    } else {
      g.writeNull();
    }
  }

  private static void writeDate(Event e, JsonGenerator g) throws IOException {
    g.writeFieldName("date");
    if (e.time().isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("value", e.time().get().value());
    g.writeStringField("granularity", EnumJson.GRANULARITY.name(e.time().get().granularity()));
    if (e.interval().isPresent()) {
      TimeIntervalJson.writeFields(e.interval().get(), g);
    } else {
      TimeIntervalJson.writeAbsent(g);
    }
    g.writeEndObject();
  }

  static Event read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    Fields.object(ctxt, TYPE, node, "an event");
    String id = Fields.requiredText(ctxt, TYPE, node, "id");
    EventType type = EnumJson.EVENT_TYPE.parse(ctxt, TYPE, "type", Fields.requiredText(ctxt, TYPE, node, "type"));
    Event.Builder b;
    try {
      b = Event.builder(id, type);
      Optional<String> place = Fields.optionalText(ctxt, TYPE, node, "place");
      if (place.isPresent()) {
        b.place(place.get());
      }
    } catch (IllegalArgumentException e) {
      throw Fields.fail(ctxt, TYPE, e.getMessage());
    }
    readDate(ctxt, node.get("date"), b);
    for (JsonNode a : Fields.array(ctxt, TYPE, node, "actors")) {
      b.addActor(text(ctxt, a, "actors"));
    }
    // Reports first: adding a claim adds its report, which must not change the written order.
    for (JsonNode r : Fields.array(ctxt, TYPE, node, "reports")) {
      b.addReport(text(ctxt, r, "reports"));
    }
    for (JsonNode c : Fields.array(ctxt, TYPE, node, "claims")) {
      b.addClaim(ClaimJson.read(ctxt, c));
    }
    readTolls(ctxt, node.get("casualties"), b);
    JsonNode trigger = node.get("trigger");
    if (trigger != null && !trigger.isNull()) {
      b.trigger(TextSpanJson.read(ctxt, TYPE, Fields.object(ctxt, TYPE, trigger, "field 'trigger'")));
    }
    return b.build();
  }

  private static void readDate(DeserializationContext ctxt, JsonNode date, Event.Builder b)
      throws JsonMappingException {
    if (date == null || date.isNull()) {
      return;
    }
    Fields.object(ctxt, TYPE, date, "field 'date'");
    String value = Fields.requiredText(ctxt, TYPE, date, "value");
    TimeValue time = TimeValueJson.parse(ctxt, TYPE, "date.value", value);
    Optional<String> granularity = Fields.optionalText(ctxt, TYPE, date, "granularity");
    if (granularity.isPresent()
        && EnumJson.GRANULARITY.parse(ctxt, TYPE, "date.granularity", granularity.get()) != time.granularity()) {
      throw Fields.fail(ctxt, TYPE, "date value '" + value + "' is not of granularity " + granularity.get());
    }
    Optional<TimeInterval> interval = TimeIntervalJson.readOptional(ctxt, TYPE, date);
    if (interval.isPresent()) {
      b.time(time, interval.get());
    } else {
      b.time(time);
    }
  }

  private static void readTolls(DeserializationContext ctxt, JsonNode casualties, Event.Builder b)
      throws JsonMappingException {
    if (casualties == null || casualties.isNull()) {
      return;
    }
    Fields.object(ctxt, TYPE, casualties, "field 'casualties'");
    for (Iterator<Map.Entry<String, JsonNode>> it = casualties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      CasualtyCategory category = EnumJson.CATEGORY.parse(ctxt, TYPE, "casualties", e.getKey());
      b.toll(TollJson.read(ctxt, e.getValue(), category));
    }
  }

  private static String text(DeserializationContext ctxt, JsonNode n, String field) throws JsonMappingException {
    if (!n.isTextual()) {
      throw Fields.fail(ctxt, TYPE, "field '" + field + "' must hold strings, not " + n);
    }
    return n.textValue();
  }
}
