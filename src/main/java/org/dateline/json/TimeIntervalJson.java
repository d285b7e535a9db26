package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.dateline.model.TimeInterval;

/**
 * {@link TimeInterval} as {@code {"start": "2026-03-10T00:00:00+03:00", "end_exclusive":
 * "2026-03-11T00:00:00+03:00", "zone": "Europe/Moscow"}}; {@code end_zone} is added only when the
 * end is seen in another zone than the start. Date mentions and events embed these members.
 */
final class TimeIntervalJson {
  private TimeIntervalJson() {}

  static void writeFields(TimeInterval interval, JsonGenerator g) throws IOException {
    g.writeStringField("start", Fields.format(interval.start()));
    g.writeStringField("end_exclusive", Fields.format(interval.endExclusive()));
    ZoneId zone = interval.start().getZone();
    g.writeStringField("zone", zone.getId());
    if (!interval.endExclusive().getZone().equals(zone)) {
      g.writeStringField("end_zone", interval.endExclusive().getZone().getId());
    }
  }

  /** Writes null interval members, so that every shape that embeds an interval always has them. */
  static void writeAbsent(JsonGenerator g) throws IOException {
    g.writeNullField("start");
    g.writeNullField("end_exclusive");
    g.writeNullField("zone");
  }

  /** Reads the interval members of {@code node}; empty if {@code start} is absent or null. */
  static Optional<TimeInterval> readOptional(DeserializationContext ctxt, Class<?> owner, JsonNode node)
      throws JsonMappingException {
    JsonNode start = node.get("start");
    if (start == null || start.isNull()) {
      return Optional.empty();
    }
    Optional<ZoneId> zone = Fields.zone(ctxt, owner, node, "zone");
    Optional<ZoneId> endZone = Fields.zone(ctxt, owner, node, "end_zone");
    ZonedDateTime s = Fields.dateTime(ctxt, owner, "start", Fields.requiredText(ctxt, owner, node, "start"), zone);
    ZonedDateTime e = Fields.dateTime(ctxt, owner, "end_exclusive",
        Fields.requiredText(ctxt, owner, node, "end_exclusive"), endZone.isPresent() ? endZone : zone);
    try {
      return Optional.of(TimeInterval.of(s, e));
    } catch (IllegalArgumentException ex) {
      throw Fields.fail(ctxt, owner, ex.getMessage());
    }
  }

  static TimeInterval read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    Fields.object(ctxt, TimeInterval.class, node, "a time interval");
    Fields.required(ctxt, TimeInterval.class, node, "start");
    return readOptional(ctxt, TimeInterval.class, node).orElseThrow();
  }
}
