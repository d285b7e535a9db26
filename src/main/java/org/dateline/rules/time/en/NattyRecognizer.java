package org.dateline.rules.time.en;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeValue;
import org.dateline.resolve.Relation;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.Ago;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.MonthDay;
import org.dateline.resolve.TemporalExpression.Weekday;
import org.natty.DateGroup;
import org.natty.Parser;

/**
 * Natty as a recogniser of phrases our rules missed. Natty's own dates are ignored (they lean forward and
 * invent times of day); only the shape of its syntax tree is read, and only shapes our resolver can type are
 * kept: an explicit month and day, a weekday, "N units ago". Each call gets an explicit zone and reference
 * instant, ASCII-only text (other characters become spaces, so offsets hold) and at most one clause; its
 * exceptions and linkage errors are contained.
 *
 * <p>Thread-safe: Natty parsers are shared per zone.
 */
final class NattyRecognizer implements DateRecognizer {
  private static final Pattern EXPLICIT_DATE = Pattern.compile(
      "^\\(DATE_TIME_ALTERNATIVE \\(DATE_TIME \\(EXPLICIT_DATE \\(MONTH_OF_YEAR (\\d{1,2})\\) \\(DAY_OF_MONTH (\\d{1,2})\\)"
          + "(?: \\(DAY_OF_WEEK \\d\\))?(?: \\(YEAR_OF (\\d{4})\\))?\\)\\)\\)$");
  private static final Pattern WEEKDAY = Pattern.compile(
      "^\\(DATE_TIME_ALTERNATIVE \\(DATE_TIME \\(RELATIVE_DATE \\(SEEK [<>] by_day 0 \\(DAY_OF_WEEK (\\d)\\)\\)\\)\\)\\)$");
  private static final Pattern AGO = Pattern.compile(
      "^\\(DATE_TIME_ALTERNATIVE \\(DATE_TIME \\(RELATIVE_DATE \\(SEEK < by_day (\\d{1,3}) (day|week|month|year)\\)\\)\\)\\)$");
  private static final int MAX_CLAUSE = 400;
  /**
   * The letters a word Natty reads as a day of the week starts with ("tues", "thurs", "weekend"); a kept weekday
   * shape needs one of them in the clause, in either case.
   */
  private static final List<String> WEEKDAY_STEMS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun", "wee");

  private final Map<String, Parser> parsers = new ConcurrentHashMap<>();

  @Override
  public List<Candidate> recognize(String text, int from, int to, ZonedDateTime reference) {
    List<Candidate> out = new ArrayList<>();
    int end = Math.min(to, from + MAX_CLAUSE);
    if (!mayHoldShape(text, from, end)) {
      return out;
    }
    String clause = asciiOnly(text.substring(from, end));
    List<DateGroup> groups;
    try {
      Parser parser = parsers.computeIfAbsent(reference.getZone().getId(),
          id -> new Parser(TimeZone.getTimeZone(reference.getZone())));
      groups = parser.parse(clause, Date.from(reference.toInstant()));
    } catch (RuntimeException | LinkageError e) {
      // Natty failed on this clause: it contributes nothing here, our rules' findings stand
      return out;
    }
    for (DateGroup g : groups) {
      Candidate c = candidate(text, from, g);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static Candidate candidate(String text, int offset, DateGroup g) {
    int begin = offset + g.getPosition() - 1;
    int end = begin + g.getText().length();
    if (begin < offset || end > text.length() || !text.substring(begin, end).equals(g.getText())) {
      return null;
    }
    TemporalExpression e;
    try {
      e = shape(g.getSyntaxTree().toStringTree(), g.getText());
    } catch (java.time.DateTimeException invalid) {
      return null; // "Feb. 29, 2027": Natty's day is no day of the calendar
    }
    if (e instanceof Weekday && RelativeRules.namedDay(text, begin)) {
      return null; // "Super Tuesday", "Bloody Sunday": a day's name, not this week's weekday
    }
    return e == null ? null : new Candidate(begin, end, e, null, "natty " + e.getClass().getSimpleName());
  }

  /**
   * Whether Natty could find a shape {@link #shape} keeps in {@code text[from, to)}: an explicit date and "N units
   * ago" are kept only with a day or a count in digits, a weekday only with a weekday word. Parsing is by far the
   * dearest step of the date stage, so a clause with neither an ASCII digit nor a weekday stem is not parsed.
   */
  static boolean mayHoldShape(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      for (String stem : WEEKDAY_STEMS) {
        if (text.regionMatches(true, i, stem, 0, stem.length()) && i + stem.length() <= to) {
          return true;
        }
      }
    }
    return false;
  }

  static TemporalExpression shape(String tree, String words) {
    Matcher m = EXPLICIT_DATE.matcher(tree);
    if (m.matches() && Character.isUpperCase(words.charAt(0)) && words.matches(".*\\b" + m.group(2) + "\\b.*")) {
      int month = Integer.parseInt(m.group(1));
      int day = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return new MonthDay(java.time.Month.of(month), day, OptionalInt.empty());
      }
      return new Explicit(TimeValue.ofDay(java.time.LocalDate.of(Integer.parseInt(m.group(3)), month, day)));
    }
    m = WEEKDAY.matcher(tree);
    if (m.matches() && words.length() >= 6 && Character.isUpperCase(words.charAt(0))) {
      return new Weekday(java.time.DayOfWeek.of((Integer.parseInt(m.group(1)) + 5) % 7 + 1), Relation.NONE);
    }
    m = AGO.matcher(tree);
    if (m.matches() && words.endsWith("ago") && Character.isDigit(words.charAt(0))) {
      return new Ago(Integer.parseInt(m.group(1)), Lexicon.unit(m.group(2)));
    }
    return null;
  }

  private static String asciiOnly(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] > 127) {
        c[i] = ' ';
      }
    }
    return new String(c);
  }
}
