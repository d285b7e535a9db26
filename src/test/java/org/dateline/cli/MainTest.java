package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return Main.run(Arrays.asList(args), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private void assertOneLineError(int code) {
    assertEquals(2, code, err());
    String e = err();
    assertTrue(e.startsWith("dateline: "), e);
    assertEquals(1, e.lines().count(), "one line on stderr: " + e);
    assertFalse(e.contains("Exception"), "no exception class names or stack traces: " + e);
  }

  @Test
  void badPublicationTimeIsAUsageError() throws IOException {
    Path f = Files.writeString(dir.resolve("r.txt"), "Two people died on Monday.");
    assertOneLineError(run("", "extract", "--published", "not-a-date", f.toString()));
    assertTrue(err().contains("not-a-date"), err());
  }

  @Test
  void impossibleDateIsAUsageError() throws IOException {
    Path f = Files.writeString(dir.resolve("r.txt"), "text");
    assertOneLineError(run("", "extract", "--published", "2026-02-30", f.toString()));
  }

  @Test
  void impossibleDateErrorSaysWhy() throws IOException {
    Path f = Files.writeString(dir.resolve("r.txt"), "text");
    assertOneLineError(run("", "extract", "--published", "2026-02-30", f.toString()));
    assertTrue(err().contains("FEBRUARY 30"), err());
  }

  @Test
  void localDateTimeIsTakenInTheGivenZoneJustAfterMidnight() throws IOException {
    int code = run("Two people died yesterday.", "extract", "--published", "2026-03-11T00:30", "--zone", "Europe/Kyiv",
        "--format", "json", "-");
    assertEquals(0, code, err());
    JsonNode n = new ObjectMapper().readTree(out());
    assertEquals("2026-03-11T00:30:00+02:00", n.get("published").asText());
    assertEquals("2026-03-10", n.get("dates").get(0).get("value").asText(), "yesterday in Kyiv, not in UTC");
  }

  @Test
  void localDateTimeWithoutZoneIsAUsageError() {
    assertOneLineError(run("x", "extract", "--published", "2026-03-11T12:00", "-"));
  }

  @Test
  void missingFileIsAUsageError() {
    assertOneLineError(run("", "extract", "--published", "2026-03-11", dir.resolve("absent.txt").toString()));
    assertTrue(err().contains("no such file"), err());
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertOneLineError(run("", "frobnicate"));
    assertTrue(err().contains("frobnicate"), err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertOneLineError(run("", "extract", "--publishd", "2026-03-11", "-"));
    assertTrue(err().contains("--publishd"), err());
  }

  @Test
  void badZoneAndFormatAreUsageErrors() {
    assertOneLineError(run("x", "extract", "--published", "2026-03-11", "--zone", "Mars/Olympus", "-"));
    err.reset();
    assertOneLineError(run("x", "extract", "--published", "2026-03-11", "--format", "xml", "-"));
  }

  @Test
  void noArgumentsPrintsUsageAndFails() {
    assertEquals(2, run(""));
    assertTrue(err().contains("usage: dateline"));
  }

  @Test
  void helpSucceeds() {
    assertEquals(0, run("", "help"));
    assertTrue(out().contains("extract"));
  }

  @Test
  void extractsJsonFromStandardInput() throws IOException {
    int code = run("Two people were killed on Monday.", "extract", "--published", "2026-03-11T12:00:00+03:00",
        "--format", "json", "-");
    assertEquals(0, code, err());
    JsonNode n = new ObjectMapper().readTree(out());
    assertEquals("stdin", n.get("id").asText());
    assertTrue(n.get("dates").isArray());
    assertTrue(n.get("casualties").isArray());
  }

  @Test
  void writesTimeMlWithTheDctAndATimexPerDate() {
    int code = run("Two people were killed yesterday.", "extract", "--published", "2026-03-11T12:00:00+03:00",
        "--format", "timeml", "-");
    assertEquals(0, code, err());
    assertTrue(out().contains("functionInDocument=\"CREATION_TIME\">2026-03-11</TIMEX3></DCT>"), out());
    assertTrue(out().contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2026-03-10\">yesterday</TIMEX3>"), out());
  }

  @Test
  void jsonlAnswersEveryLineInOrderEvenBrokenOnes() throws IOException {
    String input = String.join("\n",
        "{\"id\": \"a\", \"published\": \"2026-03-11\", \"text\": \"Three people died yesterday.\"}",
        "this is not json",
        "{\"id\": \"b\", \"published\": \"2026-03-11\"}",
        "{\"id\": \"c\", \"text\": \"no date\"}",
        "{\"id\": \"d\", \"published\": \"2026-13-45\", \"text\": \"bad date\"}",
        "[1, 2]",
        "{\"id\": \"e\", \"published\": \"2026-03-11T08:00:00+02:00\", \"zone\": \"Europe/Kyiv\", \"text\": \"ok\", \"extra\": 1}");
    assertEquals(0, run(input, "extract", "--jsonl", "-", "--threads", "2"), err());
    List<JsonNode> lines = new ArrayList<>();
    for (String l : out().split("\n")) {
      lines.add(new ObjectMapper().readTree(l));
    }
    assertEquals(7, lines.size(), out());
    assertEquals("a", lines.get(0).get("id").asText());
    assertFalse(lines.get(0).has("error"));
    assertTrue(lines.get(1).get("error").asText().contains("not valid JSON"));
    assertEquals("b", lines.get(2).get("id").asText());
    assertTrue(lines.get(2).get("error").asText().contains("text"));
    assertTrue(lines.get(3).get("error").asText().contains("published"));
    assertEquals("d", lines.get(4).get("id").asText());
    assertTrue(lines.get(4).get("error").asText().contains("2026-13-45"));
    assertTrue(lines.get(5).get("error").asText().contains("not a JSON object"));
    assertEquals("e", lines.get(6).get("id").asText());
    assertFalse(lines.get(6).has("error"), lines.get(6).toString());
  }

  @Test
  void timelineMergesTheExampleReportsWhateverTheNumberOfThreads() throws IOException {
    String input = Files.readString(Path.of("examples/timeline-reports.jsonl")) + "\nnot json\n";
    assertEquals(0, run(input, "timeline", "--jsonl", "-", "--format", "json", "--threads", "1"), err());
    String one = out();
    assertTrue(err().contains("skipped line"), err());
    out.reset();
    assertEquals(0, run(input, "timeline", "--jsonl", "-", "--format", "json", "--threads", "4"), err());
    assertEquals(one, out(), "the timeline does not depend on the number of threads");
    JsonNode events = new ObjectMapper().readTree(one).get("events");
    assertEquals(2, events.size(), one);
  }

  @Test
  void jsonlRejectsPerLineOptions() {
    assertOneLineError(run("", "extract", "--jsonl", "-", "--published", "2026-03-11"));
  }
}
