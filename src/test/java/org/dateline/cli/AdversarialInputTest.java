package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch of hostile reports is answered line for line, with clear errors only for impossible dates. */
class AdversarialInputTest {
  @Test
  void everyHostileLineIsAnswered() throws Exception {
    List<String> lines = AdversarialBatch.lines();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(List.of("extract", "--jsonl", "-", "--threads", "2"),
        new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    String[] answers = out.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(lines.size(), answers.length);
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode in = mapper.readTree(lines.get(i));
      JsonNode answer = mapper.readTree(answers[i]);
      String id = in.get("id").asText();
      assertEquals(id, answer.path("id").asText(), "answers stay in input order");
      if (AdversarialBatch.IMPOSSIBLE.contains(id)) {
        assertTrue(answer.path("error").asText().contains("publication time"), answer.toString());
      } else {
        assertFalse(answer.has("error"), id + ": " + answer.path("error").asText());
        assertTrue(answer.get("dates").isArray(), id);
      }
    }
  }
}
