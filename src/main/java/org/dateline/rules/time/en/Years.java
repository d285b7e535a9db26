package org.dateline.rules.time.en;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.TimeValue;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.Unit;

/**
 * Reads years told alone, in words or as a span: "2025" (not a house, a flight or a log number, a title or a clock
 * time), "since 1415", "fiscal 2027" and "FY27", "the 1990s", "the 21st century", "nineteen ninety-six". Stateless
 * and thread-safe.
 */
final class Years {
  private Years() {}

  /** The words a year before 1600 is read after: "since 1415", "in 1066"; "until 1500" is a time of day as often. */
  private static final Set<String> OLD_YEAR_BEFORE = Set.of("in", "since");
  /** Words near a number that make a four-digit number a time of day on the 24-hour clock: "a curfew since 1300". */
  private static final Pattern CLOCK_CUE = Pattern.compile(
      "\\b(?:curfew|hours|hrs|gmt|utc|local\\s{1,3}time|a\\.m\\.|p\\.m\\.|today|tonight|morning|afternoon|evening|o'clock"
          + "|(?:from|until|till|to)\\s{1,3}[0-2]\\d[0-5]\\d)\\b");
  /** How many characters around a number are read for a clock cue. */
  private static final int CLOCK_CUE_REACH = 80;

  /** Reads a year before 1600 after "in" or "since" ("since 1415"), unless it is a time on the 24-hour clock. */
  static TemporalExpression oldYear(Matcher m, Scan s) {
    return OLD_YEAR_BEFORE.contains(s.wordBefore(m.start())) && !clockLike(m.group("y"), s, m.start())
        ? new Explicit(TimeValue.ofYear(Integer.parseInt(m.group("y")))) : null;
  }

  /**
   * Whether a number under 1600 may be a time on the 24-hour clock (its minutes under 60) and a clock cue stands
   * near it: "grounded since 1300, officials said today" is one o'clock; "since 1415" alone is a year.
   */
  private static boolean clockLike(String digits, Scan s, int at) {
    if (Integer.parseInt(digits.substring(2)) > 59) {
      return false;
    }
    int from = Math.max(0, at - CLOCK_CUE_REACH);
    int to = Math.min(s.lower.length(), at + digits.length() + CLOCK_CUE_REACH);
    return CLOCK_CUE.matcher(s.lower).region(from, to).find();
  }

  /**
   * Reads "fiscal 2027" and its abbreviation "FY27", capitalised; "FY2025-26", a fiscal year named by both its
   * calendar years, is left alone (India calls it FY26, the year it ends in).
   */
  static TemporalExpression fiscalYear(Matcher m, Scan s) {
    if (m.group("fy") != null && (!s.text.startsWith("FY", m.start())
        || (s.charAt(m.end()) == '-' || s.charAt(m.end()) == '/') && Character.isDigit(s.charAt(m.end() + 1)))) {
      return null;
    }
    return new Explicit(TimeValue.ofYear(CalendarRules.fullYear(m.group("y"))));
  }
  /** Makers of cars, after a year that is then a model year. */
  private static final Set<String> CAR_MAKES = Set.of("ford", "chevrolet", "chevy", "toyota", "honda", "nissan",
      "dodge", "chrysler", "jeep", "buick", "cadillac", "pontiac", "oldsmobile", "volkswagen",
      "vw", "bmw", "mercedes", "mercedes-benz", "audi", "porsche", "volvo", "saab", "mazda", "subaru", "hyundai", "kia",
      "mitsubishi", "lexus", "acura", "infiniti", "peugeot", "renault", "citroen", "fiat", "opel", "vauxhall", "skoda",
      "tesla", "gmc", "plymouth", "datsun", "jaguar", "lamborghini", "ferrari", "maserati", "suzuki");
  /** Words before a model year: an article or an owner ("a 1998 Ford", "his 2004 Honda", "Kopp's 1987 Chevrolet"). */
  private static final Set<String> MODEL_YEAR_BEFORE = Set.of("a", "an", "the", "his", "her", "their", "its", "my",
      "our", "your", "s", "old", "stolen", "silver", "black", "white", "red", "blue", "grey", "gray", "green");

  /** Whether the make at {@code make} is followed by a model's name or number: "Ford Escort", "BMW 3". */
  private static boolean modelAfterMake(Scan s, int make) {
    int e = make;
    while (e < s.length() && (Character.isLetter(s.text.charAt(e)) || s.text.charAt(e) == '-')) {
      e++;
    }
    if (e + 1 >= s.length() || s.text.charAt(e) != ' '
        || !Character.isUpperCase(s.text.charAt(e + 1)) && !Character.isDigit(s.text.charAt(e + 1))) {
      return false;
    }
    int w = e + 1;
    int we = w;
    while (we < s.length() && Character.isLetter(s.text.charAt(we))) {
      we++;
    }
    // an event a maker names is no model: "the 2018 Volvo Ocean Race", "the 2005 Honda Classic"
    return !EVENT_WORDS.contains(s.lower.substring(w, we));
  }

  /** Words after a maker's name that make it an event's sponsor, no model: "Ocean", "Classic", "Prize". */
  private static final Set<String> EVENT_WORDS = Set.of("ocean", "race", "classic", "open", "cup", "prize", "award",
      "awards", "championship", "championships", "masters", "invitational", "tour", "series", "rally", "festival",
      "gala", "stadium", "arena", "center", "centre", "field", "park", "trophy", "grand", "challenge", "marathon",
      "league", "bowl");

  /** Capitalised words after a year that make it a name: "the 1922 Committee". */
  private static final Set<String> YEAR_NAMES = Set.of("committee");

  /**
   * Words that name a thing by its number, so that a number after them is no year: "Flight 2026", "Resolution 2334",
   * "Section 1983", "Route 1776", "Room 1901", the "Russell 2000" index, "Windows 2000".
   */
  private static final Set<String> NUMBERED = Set.of("flight", "flights", "route", "resolution",
      "resolutions", "section", "article", "chapter", "room", "suite", "bus", "train", "highway", "interstate", "rule",
      "form", "model", "proposition", "prop", "gate", "platform", "pier", "exit", "unit",
      "apartment", "apt", "lot", "precinct", "district", "squadron", "regiment", "battalion", "brigade", "division",
      "russell", "wilshire", "windows",
      // a police log or a case's reference: "quote reference number 2041", "log 2054 of 28 October"
      "number", "reference", "ref", "log", "badge", "serial", "docket",
      // a vehicle's registration: "a car with the plate CKLM 2026"
      "plate", "plates", "registration");

  /**
   * Reads a bare year ("2025"), unless a word that numbers things ("Flight 2026"), a sign, a title's quotes or a name
   * ("the 1922 Committee") makes it none.
   */
  static TemporalExpression year(Matcher m, Scan s) {
    char before = s.charBefore(m.start());
    if (NUMBERED.contains(s.wordBefore(m.start())) && s.charBefore(m.start()) == ' ' || codeAfterNumbered(s, m.start())) {
      return null;
    }
    if (m.start() >= 4 && (s.lower.startsWith("no. ", m.start() - 4) && (m.start() == 4
        || !Character.isLetter(s.lower.charAt(m.start() - 5))) || s.lower.startsWith("nos. ", Math.max(0, m.start() - 5)))) {
      return null; // a number, not a year: "file No. 2025-1187", "Case No. 2026"
    }
    if (m.start() >= 5 && s.text.startsWith("H.R. ", m.start() - 5) || m.start() >= 3 && s.text.startsWith("S. ",
        m.start() - 3) && (m.start() == 3 || !Character.isLetter(s.text.charAt(m.start() - 4)))) {
      return null; // a bill of the United States Congress: "H.R. 2025", "S. 1999"
    }
    if (before == '$' || before == '#' || before == '.' || before == ',' || before == '/' || Character.isLetter(before)
        || (before == '-' && Character.isDigit(s.charBefore(m.start() - 1)) && !isYearBefore(s, m.start() - 1))) {
      return null;
    }
    if (before == '-' && m.start() >= 2 && Character.isUpperCase(s.charBefore(m.start() - 1)) && code(s, m.start() - 1)) {
      return null; // a code's last group: "registration number MH-12-KT-2026" ("mid-2026", "FY-2026" are years)
    }
    if (phoneGroups(s, m.end()) || digitGroups(s, m.start(), m.end()) >= 3 && !yearList(s, m.start(), m.end())) {
      return null; // a telephone number: "call 1800-180-1407"
    }
    if (quote(before) && m.end() < s.length() && quote(s.text.charAt(m.end()))) {
      return null; // a title: the song "1999", the film "2012"
    }
    if (s.isUpper(m.end() + 1) && MonthDates.followedBy(s, m.end(), " ", YEAR_NAMES)
        && !MonthDates.MONTH_LEAD.contains(s.wordBefore(m.start()))) {
      return null; // "the 1922 Committee" of Conservative MPs
    }
    if (s.isUpper(m.end() + 1) && MonthDates.followedBy(s, m.end(), " ", CAR_MAKES)
        && MODEL_YEAR_BEFORE.contains(s.wordBefore(m.start())) && modelAfterMake(s, m.end() + 1)) {
      return null; // a car's model year: "a 1998 Ford Escort", "Kopp's 1987 Chevrolet Cavalier" ("the 2012 Toyota
                   // recall" is a year's)
    }
    if (MonthDates.followedBy(s, m.end(), "-", SERIES)) {
      return null; // a model's number: "the 2020-series trains", "a 1600-class locomotive"
    }
    return new Explicit(TimeValue.ofYear(Integer.parseInt(m.group("y"))));
  }

  /** Words joined to a number by a hyphen that make it a model's: "2020-series", "1600-class". */
  private static final Set<String> SERIES = Set.of("series", "class", "model", "type");

  /**
   * Whether two more groups of digits joined by hyphens follow at {@code end}, as a telephone number's do
   * ("1800-180-1407"); a year's range has one ("2009-2010", "2009-10").
   */
  private static boolean phoneGroups(Scan s, int end) {
    int k = end;
    for (int group = 0; group < 2; group++) {
      if (k >= s.length() || s.charAt(k) != '-' || k + 1 >= s.length() || !Character.isDigit(s.charAt(k + 1))) {
        return false;
      }
      k++;
      while (k < s.length() && Character.isDigit(s.charAt(k))) {
        k++;
      }
    }
    return true;
  }

  /**
   * How many groups of digits, joined by single spaces or hyphens, make the run the digits from {@code begin} to
   * {@code end} belong to: three or more are a telephone number's ("call 1850 24 1850", "0800 2026 111").
   */
  private static int digitGroups(Scan s, int begin, int end) {
    int groups = 1;
    int k = end;
    while (groups < 3 && k + 1 < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '-')
        && Character.isDigit(s.charAt(k + 1))) {
      k++;
      while (k < s.length() && Character.isDigit(s.charAt(k))) {
        k++;
      }
      groups++;
    }
    k = begin;
    while (groups < 3 && k >= 2 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '-')
        && Character.isDigit(s.charAt(k - 2))) {
      k -= 2;
      while (k > 0 && Character.isDigit(s.charAt(k - 1))) {
        k--;
      }
      groups++;
    }
    return groups;
  }

  /** Whether the year is one of a run of years joined by single spaces: "figures for 2019 2020 2021". */
  private static boolean yearList(Scan s, int begin, int end) {
    boolean before = begin >= 5 && s.charAt(begin - 1) == ' ' && isYearBefore(s, begin - 1);
    boolean after = end + 5 <= s.length() && s.charAt(end) == ' '
        && s.lower.substring(end + 1, end + 5).matches(CalendarRules.YEAR)
        && (end + 5 == s.length() || !Character.isDigit(s.charAt(end + 5)));
    return before || after;
  }

  /**
   * Whether the run of capitals, digits and hyphens that ends at {@code end} is a code: two hyphens or more, and a
   * digit ("MH-12-KT-"), not a prefix ("FY-", "COP-").
   */
  private static boolean code(Scan s, int end) {
    int hyphens = 0;
    boolean digit = false;
    for (int k = end - 1; k >= 0 && end - k <= 24; k--) {
      char c = s.charAt(k);
      if (c == '-') {
        hyphens++;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else if (!Character.isUpperCase(c)) {
        break;
      }
    }
    return hyphens >= 1 && digit;
  }

  /**
   * Whether a code of two to five capitals or digits, after a word that numbers things, stands just before the number
   * at {@code begin}: "Flight EK 2026", "the plate CKLM 2026".
   */
  private static boolean codeAfterNumbered(Scan s, int begin) {
    if (begin < 4 || s.charAt(begin - 1) != ' ') {
      return false;
    }
    int k = begin - 1;
    while (k > 0 && begin - 1 - k < 6 && (Character.isUpperCase(s.charAt(k - 1)) && s.charAt(k - 1) < 128
        || Character.isDigit(s.charAt(k - 1)))) {
      k--;
    }
    int letters = begin - 1 - k;
    return letters >= 2 && letters <= 5 && Character.isUpperCase(s.charAt(k)) && k > 1 && s.charAt(k - 1) == ' '
        && NUMBERED.contains(s.wordBefore(k));
  }

  /** Whether {@code c} is a quotation mark. */
  private static boolean quote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\'' || c == '\u2018' || c == '\u2019';
  }

  /** Whether a year of four digits, alone, ends at {@code end}: "1998-2025". */
  private static boolean isYearBefore(Scan s, int end) {
    return end >= 4 && s.lower.substring(end - 4, end).matches(CalendarRules.YEAR)
        && !Character.isDigit(s.charBefore(end - 4));
  }

  /** Reads "the 21st century", "the nineteenth century" and "this century". */
  static TemporalExpression century(Matcher m, Scan s) {
    int c = m.group("c") != null ? Integer.parseInt(m.group("c"))
        : m.group("w").equals("nineteenth") ? 19 : m.group("w").equals("twentieth") ? 20 : 21;
    if (m.group().startsWith("this")) {
      return new TemporalExpression.RelativeUnit(Unit.CENTURY, 0);
    }
    return c < 1 || c > 99 ? null : new Explicit(TimeValue.ofCenturyContaining((c - 1) * 100));
  }

  /**
   * Reads "the 1990s" (the decade 199) and "the 1800s" (the century 18: a round hundred before 2000 names its
   * century, as "the late 1800s" does; "the 2000s" stays a decade).
   */
  static TemporalExpression decade(Matcher m, Scan s) {
    int y = m.group("y") != null ? Integer.parseInt(m.group("y")) : 1900 + Integer.parseInt(m.group("yy"));
    return new Explicit(m.group("y") != null && y % 100 == 0 && y < 2000 ? TimeValue.ofCenturyContaining(y)
        : TimeValue.ofDecadeContaining(y));
  }

  /** Reads a year in words: "nineteen ninety-six", "the year two thousand", "two thousand and ten". */
  static TemporalExpression spelledYear(Matcher m, Scan s) {
    if (m.group("k") != null) {
      if (!m.group().startsWith("the") && m.group("u2") == null) {
        return null;
      }
      return new Explicit(TimeValue.ofYear(2000 + (m.group("u2") == null ? 0 : Lexicon.number(m.group("u2")))));
    }
    int y = 1900 + Lexicon.number(m.group("t")) + (m.group("u") == null ? 0 : Lexicon.number(m.group("u")));
    return new Explicit(TimeValue.ofYear(y));
  }
}
