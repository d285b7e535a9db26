package org.dateline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a command's input: a file, or standard input for {@code -}, as lenient UTF-8. */
final class Inputs {
  private Inputs() {}

  static Reader open(String operand, InputStream stdin) {
    InputStream stream;
    if (operand.equals("-")) {
      stream = stdin;
    } else {
      Path path = Path.of(operand);
      if (Files.isDirectory(path)) {
        throw new UsageException("cannot read " + Published.shorten(operand) + ": is a directory");
      }
      try {
        stream = Files.newInputStream(path);
      } catch (NoSuchFileException e) {
        throw new UsageException("cannot read " + Published.shorten(operand) + ": no such file");
      } catch (IOException e) {
        throw new UsageException("cannot read " + Published.shorten(operand) + ": " + e.getMessage());
      }
    }
    // Malformed bytes become U+FFFD rather than failing the whole input.
    return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
  }

  /** Reads a whole input, refusing more than {@code max} characters. */
  static String readAll(Reader reader, int max, String operand) {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[1 << 16];
    try (reader) {
      int n;
      while ((n = reader.read(buf)) > 0) {
        if (sb.length() + n > max) {
          throw new UsageException("input " + Published.shorten(operand) + " is longer than the limit of " + max + " characters");
        }
        sb.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new UsageException("cannot read " + Published.shorten(operand) + ": " + e.getMessage());
    }
    return sb.toString();
  }
}
