package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasualtyEvaluationTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return CasualtyEvaluation.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void absentDataFolderIsAOneLineError() {
    assertEquals(2, run("/nonexistent/dateline-data"));
    assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
  }

  @Test
  void badUsageIsAOneLineError() {
    assertEquals(2, run());
    assertEquals(2, run("x", "--set", "nope"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage:"));
  }

  @Test
  void measuresASmallWadFile(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("wad"));
    Files.writeString(dir.resolve("wad/events.jsonl"), String.join("\n",
        "{\"row\": 1, \"deaths_number\": 6, \"injured_number\": 37, \"boilerplate_text\": false,"
            + " \"factiva_pub_dates\": [\"2020-01-02\"], \"description\": \"At least six people died and 37 were hurt.\"}",
        "{\"row\": 2, \"deaths_number\": 4, \"injured_number\": null, \"boilerplate_text\": false,"
            + " \"start\": {\"year\": 2020, \"month\": 1, \"day\": 1}, \"description\": \"Four people died.\"}",
        "{\"row\": 3, \"deaths_number\": 9, \"boilerplate_text\": true, \"description\": \"template\"}"));
    assertEquals(0, run(dir.toString(), "--set", "wad"));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("deaths   rows     2  exact     2 (100.0%)"), text);
    assertTrue(text.contains("injured  rows     1  exact     1 (100.0%)"), text);
  }

  @Test
  void recognisesAStatedNumber() {
    assertTrue(CasualtyEvaluation.statesNumber("Thirty-seven people died", 37));
    assertTrue(CasualtyEvaluation.statesNumber("1,200 were killed", 1200));
    assertTrue(!CasualtyEvaluation.statesNumber("Many people died", 37));
  }
}
