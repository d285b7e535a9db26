package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Event;
import org.dateline.model.Timeline;

/** {@link Timeline} as {@code {"events": [event, ...]}}, events in date order, each in {@link EventJson}'s form. */
final class TimelineJson {
  private static final Class<Timeline> TYPE = Timeline.class;

  private TimelineJson() {}

  static void writeFields(Timeline t, JsonGenerator g) throws IOException {
    Fields.writeObjects(g, "events", t.events(), EventJson::writeFields);
  }

  static Timeline read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    Fields.object(ctxt, TYPE, node, "a timeline");
    JsonNode events = Fields.required(ctxt, TYPE, node, "events");
    if (!events.isArray()) {
      throw Fields.fail(ctxt, TYPE, "field 'events' must be an array");
    }
    List<Event> out = new ArrayList<>();
    for (JsonNode e : events) {
      out.add(EventJson.read(ctxt, e));
    }
    try {
      return Timeline.of(out);
    } catch (IllegalArgumentException e) {
      throw Fields.fail(ctxt, TYPE, e.getMessage());
    }
  }
}
