package org.dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.DateMention;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Report;

/**
 * {@link Extraction} as {@code {"id", "published", "zone", "source", "language", "text"?, "dates",
 * "casualties", "events"}}: the report's members, its text only with
 * {@link DatelineFeature#INCLUDE_TEXT}, then what was found in it.
 */
final class ExtractionJson {
  private static final Class<Extraction> TYPE = Extraction.class;

  private ExtractionJson() {}

  static ObjectSerializer.FieldWriter<Extraction> writer(boolean includeText) {
    return (x, g) -> writeFields(x, g, includeText);
  }

  private static void writeFields(Extraction x, JsonGenerator g, boolean includeText) throws IOException {
    ReportJson.writeHeader(x.report(), g);
    if (includeText) {
      g.writeStringField("text", x.report().text());
    }
    Fields.writeObjects(g, "dates", x.dates(), DateMentionJson::writeFields);
    Fields.writeObjects(g, "casualties", x.casualties(), CasualtyFigureJson::writeFields);
    Fields.writeObjects(g, "events", x.events(), EventJson::writeFields);
  }

  static Extraction read(DeserializationContext ctxt, JsonNode node) throws JsonMappingException {
    Fields.object(ctxt, TYPE, node, "an extraction");
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw Fields.fail(ctxt, TYPE, "missing required field 'text' (write extractions with "
          + "DatelineFeature.INCLUDE_TEXT to read them back)");
    }
    Report report = ReportJson.read(ctxt, TYPE, node);
    List<DateMention> dates = new ArrayList<>();
    for (JsonNode n : Fields.array(ctxt, TYPE, node, "dates")) {
      dates.add(DateMentionJson.read(ctxt, n));
    }
    List<CasualtyFigure> figures = new ArrayList<>();
    for (JsonNode n : Fields.array(ctxt, TYPE, node, "casualties")) {
      figures.add(CasualtyFigureJson.read(ctxt, n));
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode n : Fields.array(ctxt, TYPE, node, "events")) {
      events.add(EventJson.read(ctxt, n));
    }
    return Extraction.of(report, dates, figures, events);
  }
}
