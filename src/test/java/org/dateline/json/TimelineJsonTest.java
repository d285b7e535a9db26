package org.dateline.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dateline.model.Timeline;
import org.junit.jupiter.api.Test;

class TimelineJsonTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new DatelineModule());

  @Test
  void roundTrip() throws Exception {
    Timeline t = Timeline.of(List.of(Samples.event()));
    String json = mapper.writeValueAsString(t);
    assertTrue(json.startsWith("{\"events\":[{\"id\":"), json);
    assertEquals(t, mapper.readValue(json, Timeline.class));
    assertEquals(Timeline.empty(), mapper.readValue("{\"events\":[]}", Timeline.class));
  }

  @Test
  void eventsMustBeAnArray() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{\"events\":3}", Timeline.class));
    assertTrue(e.getMessage().contains("events"), e.getMessage());
  }
}
