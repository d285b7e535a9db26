package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  @Test
  void readsLinesAndStripsCarriageReturns() throws IOException {
    LineReader r = new LineReader(new StringReader("a\r\nbb\n\nccc"), 100);
    assertEquals("a", r.next().text());
    assertEquals("bb", r.next().text());
    assertEquals("", r.next().text());
    LineReader.Line last = r.next();
    assertEquals("ccc", last.text());
    assertEquals(4, last.number());
    assertNull(r.next());
  }

  @Test
  void skipsOverlongLinesButKeepsCountingAndReadingAfterThem() throws IOException {
    String huge = "x".repeat(50_000);
    LineReader r = new LineReader(new StringReader("ok\n" + huge + "\nafter\n"), 1000);
    assertEquals("ok", r.next().text());
    LineReader.Line tooLong = r.next();
    assertTrue(tooLong.tooLong());
    assertEquals(50_000, tooLong.length());
    assertEquals("after", r.next().text());
    assertNull(r.next());
  }
}
