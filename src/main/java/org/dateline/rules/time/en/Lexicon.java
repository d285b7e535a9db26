package org.dateline.rules.time.en;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.HashMap;
import java.util.Map;
import org.dateline.model.PartOfDay;
import org.dateline.model.Season;
import org.dateline.model.TimexMod;
import org.dateline.resolve.Unit;

/** The English word tables the rules share: months, weekdays, numbers, units, parts of day, modifiers. */
final class Lexicon {
  private Lexicon() {}

  static final String FULL_MONTH =
      "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
  static final String MONTH = "(?:(?:january|february|march|april|may|june|july|august|september|october|november"
      + "|december)\\b|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b\\.?)";
  static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  /**
   * The number words, behind a look-ahead for a letter: every alternative starts with one, and without it the
   * engine tries each in turn where a number in digits failed ("2015 people").
   */
  static final String NUM_WORD = "(?=[a-z])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
      + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
      + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
      + "|sixteen|seventeen|eighteen|nineteen|a\\s{1,3}hundred|hundred|a\\s{1,3}dozen|dozen)";
  static final String VAGUE_NUM = "(?=[a-z])(?:(?:a\\s{1,3})?couple(?:\\s{1,3}of)?|a\\s{1,3}few|several|few|many|some|a|an)";
  static final String NUM = "(?:\\d{1,4}(?:\\.\\d{1,2})?|" + NUM_WORD + "|" + VAGUE_NUM + ")";
  static final String UNIT = "(?:minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries)";
  static final String PART = "(?:morning|afternoon|evening|night)";
  /** The first words of a holiday's name, as the holiday rule reads it. */
  static final String HOLIDAY_START = "(?:christmas|new\\s{1,3}year|thanksgiving|easter|good\\s{1,3}friday"
      + "|independence\\s{1,3}day|halloween|valentine|labor\\s{1,3}day|memorial\\s{1,3}day|boxing\\s{1,3}day|diwali"
      + "|deepavali|holi)";
  /**
   * A lookahead for a day named after a phrase that counts from it ("the day after", "the night of"): a
   * weekday, a month, a day number before its month, a holiday.
   */
  static final String DAY_AHEAD = "(?=\\s{1,3}(?:(?:last|this|next|on)\\s{1,3})?(?:" + WEEKDAY + "|" + MONTH
      + "|yesterday|tomorrow|" + HOLIDAY_START + "\\b|[0-3]?\\d(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?" + MONTH + "))";
  static final String MONTHS_TRIGGER = "january february march april may june july august september october "
      + "november december jan feb mar apr jun jul aug sept sep oct nov dec";
  static final String WEEKDAYS_TRIGGER = "monday tuesday wednesday thursday friday saturday sunday";

  private static final Map<String, Integer> NUMBERS = new HashMap<>();
  private static final Map<String, TimexMod> MODS = new HashMap<>();
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s{1,3}");
  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,4}");
  private static final java.util.regex.Pattern VAGUE = java.util.regex.Pattern.compile("a couple of|a few|several|few|many|some");

  static {
    String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < small.length; i++) {
      NUMBERS.put(small[i], i);
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      NUMBERS.put(tens[i], 20 + 10 * i);
    }
    NUMBERS.put("a", 1);
    NUMBERS.put("an", 1);
    NUMBERS.put("hundred", 100);
    NUMBERS.put("a hundred", 100);
    NUMBERS.put("dozen", 12);
    NUMBERS.put("a dozen", 12);
    NUMBERS.put("a couple of", 2);
    NUMBERS.put("a couple", 2); // "the past couple of days", "a couple weeks ago"
    NUMBERS.put("couple of", 2);
    NUMBERS.put("couple", 2);
    MODS.put("about", TimexMod.APPROX);
    MODS.put("around", TimexMod.APPROX);
    MODS.put("approximately", TimexMod.APPROX);
    MODS.put("roughly", TimexMod.APPROX);
    MODS.put("nearly", TimexMod.EQUAL_OR_LESS);
    MODS.put("almost", TimexMod.EQUAL_OR_LESS);
    MODS.put("up to", TimexMod.EQUAL_OR_LESS);
    MODS.put("no more than", TimexMod.EQUAL_OR_LESS);
    MODS.put("more than", TimexMod.MORE_THAN);
    MODS.put("less than", TimexMod.LESS_THAN);
    MODS.put("fewer than", TimexMod.LESS_THAN);
    MODS.put("at least", TimexMod.EQUAL_OR_MORE);
    MODS.put("early", TimexMod.START);
    MODS.put("the beginning of", TimexMod.START);
    MODS.put("the start of", TimexMod.START);
    MODS.put("mid", TimexMod.MID);
    MODS.put("the middle of", TimexMod.MID);
    MODS.put("late", TimexMod.END);
    MODS.put("the end of", TimexMod.END);
  }

  /** Returns the modifier words, lower case, each with its TIMEX3 mod. */
  static Map<String, TimexMod> mods() {
    return MODS;
  }

  /** Returns the month a name or abbreviation (with or without a dot) stands for, or null. */
  static Month month(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (w.length() < 3) {
      return null;
    }
    for (Month m : Month.values()) {
      String name = m.name().toLowerCase(java.util.Locale.ROOT);
      if (name.startsWith(w.substring(0, 3)) && name.startsWith(w)) {
        return m;
      }
    }
    return w.equals("sept") ? Month.SEPTEMBER : null;
  }

  /** Returns the weekday a name stands for, or null. */
  static DayOfWeek weekday(String word) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(java.util.Locale.ROOT).equals(word)) {
        return d;
      }
    }
    return null;
  }

  /**
   * Returns the number a word or digits stand for: "three" 3, "twenty-four" 24, "12" 12; -1 for a vague
   * amount ("several", "a few"); -2 if it is not a number or not whole.
   */
  static int number(String text) {
    String t = SPACES.matcher(text.trim()).replaceAll(" ");
    if (DIGITS.matcher(t).matches()) {
      return Integer.parseInt(t);
    }
    Integer n = NUMBERS.get(t);
    if (n != null) {
      return n;
    }
    int sep = Math.max(t.indexOf('-'), t.indexOf(' '));
    if (sep > 0 && NUMBERS.containsKey(t.substring(0, sep)) && NUMBERS.containsKey(t.substring(sep + 1))) {
      return NUMBERS.get(t.substring(0, sep)) + NUMBERS.get(t.substring(sep + 1));
    }
    return VAGUE.matcher(t).matches() ? -1 : -2;
  }

  /** Returns the unit a word (singular or plural) names, or null. */
  static Unit unit(String word) {
    String w = word.startsWith("centur") ? "century" : word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    switch (w) {
      case "minute": return Unit.MINUTE;
      case "hour": return Unit.HOUR;
      case "day": return Unit.DAY;
      case "week": return Unit.WEEK;
      case "weekend": return Unit.WEEKEND;
      case "month": return Unit.MONTH;
      case "quarter": return Unit.QUARTER;
      case "year": return Unit.YEAR;
      case "decade": return Unit.DECADE;
      case "century": return Unit.CENTURY;
      default: return null;
    }
  }

  /** Returns the ordinal 1 to 4 that "first", "2nd", "third", ... stand for, or 0. */
  static int ordinal(String word) {
    switch (word) {
      case "first": case "1st": return 1;
      case "second": case "2nd": return 2;
      case "third": case "3rd": return 3;
      case "fourth": case "4th": return 4;
      default: return 0;
    }
  }

  /** Returns the part of day a word names ("morning", "night"), or null. */
  static PartOfDay partOfDay(String word) {
    switch (word) {
      case "morning": return PartOfDay.MORNING;
      case "afternoon": return PartOfDay.AFTERNOON;
      case "evening": return PartOfDay.EVENING;
      case "night": case "overnight": return PartOfDay.NIGHT;
      default: return null;
    }
  }

  /** Returns the season a word names, or null. */
  static Season season(String word) {
    switch (word) {
      case "spring": return Season.SPRING;
      case "summer": return Season.SUMMER;
      case "fall": case "autumn": return Season.FALL;
      case "winter": return Season.WINTER;
      default: return null;
    }
  }
}
