package org.dateline.rules.time.en;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.resolve.TemporalExpression;

/**
 * One recognition rule: a name such as {@code "last <unit>"}, the lower-case first words that can start
 * it ({@code #} for a number), a pattern matched at a word start of the lower-cased text, and a reading
 * of the match into an unresolved expression (null to reject the match).
 */
record Rule(String name, List<String> triggers, Pattern pattern, Reading reading) {
  /** Reads a match into an expression, or null to reject it. */
  @FunctionalInterface
  interface Reading {
    TemporalExpression read(Matcher m, Scan scan);
  }

  static Rule of(String name, String triggers, String regex, Reading reading) {
    return new Rule(name, List.of(triggers.split(" ")), Pattern.compile(regex), reading);
  }
}
