package org.dateline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a JSONL batch of hostile reports: empty text, megabytes of one letter, hundreds of
 * thousands of numbers, trigger phrases repeated 100,000 times, deep parentheses, control
 * characters, random Unicode, and impossible publication dates. Used by {@link AdversarialInputTest};
 * {@code main(FILE)} writes it for a timed run of {@code bin/dateline extract --jsonl FILE}.
 */
final class AdversarialBatch {
  /** Ids of the lines whose publication date is impossible, and which must come back as errors. */
  static final List<String> IMPOSSIBLE = List.of("feb-30", "year-99999", "month-13", "garbage-date");

  private AdversarialBatch() {}

  static List<String> lines() {
    ObjectMapper mapper = new ObjectMapper();
    Random random = new Random(7);
    List<String> lines = new ArrayList<>();
    lines.add(line(mapper, "empty", "2026-03-11", ""));
    lines.add(line(mapper, "one-letter-3mb", "2026-03-11", "a".repeat(3_000_000)));
    StringBuilder numbers = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      numbers.append(random.nextInt(100_000)).append(' ');
    }
    lines.add(line(mapper, "numbers", "2026-03-11", numbers.toString()));
    lines.add(line(mapper, "at-least", "2026-03-11", "at least ".repeat(100_000)));
    lines.add(line(mapper, "yesterday", "2026-03-11", "yesterday, ".repeat(100_000)));
    lines.add(line(mapper, "killed-wounded", "2026-03-11", "killed and wounded ".repeat(100_000)));
    lines.add(line(mapper, "parentheses", "2026-03-11", "(".repeat(200_000) + ")".repeat(200_000)));
    StringBuilder control = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      control.append((char) random.nextInt(32));
    }
    lines.add(line(mapper, "control", "2026-03-11", control + " 5 killed on Monday " + control));
    StringBuilder unicode = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      int cp = random.nextInt(Character.MAX_CODE_POINT);
      if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp)) {
        unicode.appendCodePoint(cp);
      }
    }
    lines.add(line(mapper, "unicode", "2026-03-11", unicode.toString()));
    lines.add(line(mapper, "no-spaces-1mb", "2026-03-11", "7killed,yesterday;".repeat(60_000)));
    lines.add(line(mapper, "feb-30", "2026-02-30", "Six people died yesterday."));
    lines.add(line(mapper, "year-99999", "+99999-01-01", "Six people died yesterday."));
    lines.add(line(mapper, "month-13", "2026-13-01T10:00:00+03:00", "Six people died yesterday."));
    lines.add(line(mapper, "garbage-date", "yesterday", "Six people died yesterday."));
    lines.add(line(mapper, "normal", "2026-03-11T12:00:00+03:00", "Six people died yesterday, Tuesday."));
    return lines;
  }

  private static String line(ObjectMapper mapper, String id, String published, String text) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", id);
    o.put("published", published);
    o.put("text", text);
    return o.toString();
  }

  /**
   * Writes the batch to a file.
   *
   * @param args the file to write
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    try (Writer w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String l : lines()) {
        w.write(l);
        w.write('\n');
      }
    }
  }
}
