package org.dateline.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines one at a time from a stream of any length, never holding more than one line, and
 * never more than {@code maxLength} characters of it: a longer line is skipped to its end and
 * reported as too long, so one huge line cannot exhaust memory.
 */
final class LineReader {
  /** One line: its text, or null with its length when it was longer than the limit. */
  record Line(long number, String text, long length) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final Reader in;
  private final int maxLength;
  private final char[] buf = new char[8192];
  private int pos;
  private int limit;
  private long number;
  private boolean eof;

  LineReader(Reader in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /** Returns the next line without its terminator, or null at the end of the stream. */
  Line next() throws IOException {
    StringBuilder sb = new StringBuilder();
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        if (eof || !fill()) {
          return any ? finish(sb, length) : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (length + n <= maxLength) {
        sb.append(buf, start, n);
      } else {
        sb = null;
      }
      length += n;
      if (pos < limit) {
        pos++;
        return finish(sb, length);
      }
    }
  }

  private Line finish(StringBuilder sb, long length) {
    number++;
    if (sb == null) {
      return new Line(number, null, length);
    }
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == '\r') {
      sb.setLength(end - 1);
    }
    return new Line(number, sb.toString(), length);
  }

  private boolean fill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
