package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.eval.TimeMlDocument.Timex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlEvaluationTest {
  private static final String DOC = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n"
      + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2026-03-11\" functionInDocument=\"CREATION_TIME\">20260311</TIMEX3></DCT>\n"
      + "<TEXT>\nPrices <EVENT eid=\"e1\">rose</EVENT> &amp; fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2026-03-10\">yesterday</TIMEX3>"
      + " and <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\" mod=\"APPROX\">about three days</TIMEX3> before"
      + " <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"2025\">last year</TIMEX3>.\n</TEXT>\n</TimeML>\n";

  @Test
  void readerStripsTagsDecodesEntitiesAndKeepsOffsets() {
    TimeMlDocument d = TimeMlDocument.parse("x", DOC);
    assertEquals("2026-03-11", d.dct());
    assertEquals("\nPrices rose & fell yesterday and about three days before last year.\n", d.text());
    List<Timex> t = d.timexes();
    assertEquals(3, t.size());
    assertEquals(new Timex(20, 29, "yesterday", "DATE", "2026-03-10", ""), t.get(0));
    assertEquals("about three days", d.text().substring(t.get(1).begin(), t.get(1).end()));
    assertEquals("APPROX", t.get(1).mod());
  }

  @Test
  void readerRejectsADocumentWithoutText() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeMlDocument.parse("bad", "<TimeML/>"));
    assertTrue(e.getMessage().startsWith("bad:"), e.getMessage());
  }

  @Test
  void scorerCountsStrictRelaxedAndValueAsTempEvalDoes() {
    List<Timex> gold = List.of(new Timex(0, 9, "yesterday", "DATE", "2026-03-10", ""),
        new Timex(20, 36, "about three days", "DURATION", "P3D", ""),
        new Timex(50, 59, "last year", "DATE", "2025", ""));
    List<Timex> system = List.of(new Timex(0, 9, "yesterday", "DATE", "2026-03-10", ""),
        new Timex(26, 36, "three days", "DURATION", "P3D", ""),
        new Timex(50, 59, "last year", "DATE", "2024", ""),
        new Timex(70, 73, "now", "DATE", "PRESENT_REF", ""));
    TimexScorer s = new TimexScorer();
    s.add("d", " ".repeat(80), gold, system);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    s.print("all", new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // strict 2 of 4 system, 2 of 3 gold; relaxed 3/4, 3/3; value 2/4, 2/3
    assertTrue(out.contains("strict span   P  50.0  R  66.7  F1  57.1"), out);
    assertTrue(out.contains("relaxed span  P  75.0  R 100.0  F1  85.7"), out);
    assertTrue(out.contains("value         P  50.0  R  66.7  F1  57.1"), out);
    assertEquals(57.1, s.valueF1(), 0.05);
    assertEquals(3, s.misses().size(), s.misses().toString());
  }

  @Test
  void commandScoresAFolderAndFailsCleanlyWithoutOne(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.tml"), DOC);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TimeMlEvaluation.run(List.of(dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("all 1 documents: gold 3"), out.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("value         P 100.0  R 100.0"), out.toString(StandardCharsets.UTF_8));
    int missing = TimeMlEvaluation.run(List.of(dir.resolve("nope").toString()), System.out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, missing);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such folder"));
  }
}
