package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineEvaluationTest {
  static String[] run(List<String> args, boolean bench) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = bench ? MergeThroughput.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8))
        : TimelineEvaluation.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(rc), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void missingFolderIsAOneLineUsageError() {
    String[] r = run(List.of("/nonexistent/gva"), false);
    assertEquals("2", r[0]);
    assertEquals(1, r[2].lines().count(), r[2]);
    assertEquals("2", run(List.of(), false)[0]);
  }

  @Test
  void scoresATinySetOfOurOwn(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("documents.jsonl"), ""
        + "{\"doc_id\":\"a\",\"incident_id\":\"1\",\"dct\":\"2016-05-03\",\"title\":\"Man shot in Tulsa\","
        + "\"content\":\"A man was shot and killed in Tulsa on Monday night, police said.\"}\n"
        + "{\"doc_id\":\"b\",\"incident_id\":\"1\",\"dct\":\"2016-05-04\",\"title\":\"Tulsa shooting victim named\","
        + "\"content\":\"Police named the man killed in the shooting in Tulsa on Monday.\"}\n");
    Files.writeString(dir.resolve("incidents.jsonl"),
        "{\"incident_id\":\"1\",\"num_killed\":1,\"num_injured\":0}\n");
    String[] r = run(List.of(dir.toString()), false);
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("B-cubed precision 1.000 recall 1.000 F1 1.000"), r[1]);
  }

  @Test
  void benchMergesAndRejectsBadCounts() {
    String[] r = run(List.of("2000"), true);
    assertEquals("0", r[0]);
    assertTrue(r[1].startsWith("2,000 reports -> "), r[1]);
    assertEquals("2", run(List.of("zero"), true)[0]);
  }
}
