package org.dateline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Compiles and runs examples/TimelineExample.java on examples/timeline-reports.jsonl, so that it cannot rot. */
class TimelineExampleTest {
  @Test
  void exampleMergesTheEvolvingTollAndKeepsTheFireApart() throws Exception {
    String source = Files.readString(Path.of("examples/TimelineExample.java"));
    String output = ReadmeExampleTest.compileAndRun("TimelineExample", source);
    assertTrue(output.contains("shooting  Dayton, Montgomery County, Ohio, United States  killed 2/3/3"), output);
    assertTrue(output.contains("dayton-1 dayton-2 dayton-3"), output);
    assertTrue(output.contains("fire      Toledo, Lucas County, Ohio, United States"), output);
    assertTrue(output.contains("Dayton killed: low 2, best 3, high 3, from 3 claims"), output);
    assertTrue(output.lines().count() == 4, output);
  }
}
