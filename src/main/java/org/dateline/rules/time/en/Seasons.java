package org.dateline.rules.time.en;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Season;
import org.dateline.model.TimeValue;
import org.dateline.resolve.TemporalExpression;
import org.dateline.resolve.TemporalExpression.Explicit;
import org.dateline.resolve.TemporalExpression.SeasonOf;

/**
 * Reads seasons as times: "summer 2019", "the autumn of 1926", "last winter", "that summer", "by spring"; a season
 * that is a name ("Spring Valley", "the Winter Olympics"), a label ("the fall break") or a habit of the past is none.
 * Stateless and thread-safe.
 */
final class Seasons {
  private Seasons() {}

  /** Words before a bare season that make it a time: "by spring", "in early summer", "in mid-winter". */
  private static final Set<String> SEASON_LEAD = Set.of("in", "by", "until", "till", "since",
      "during", "through", "throughout");

  /**
   * Whether a season without "the", "this" or a year follows a preposition of time ("The bridge will reopen by
   * spring"), and is no name: "in Spring Valley", "the Arab Spring" are places and events.
   */
  private static boolean seasonAfterPreposition(Matcher m, Scan s) {
    int b = m.start();
    String w = s.wordBefore(b);
    if (w.equals("early") || w.equals("late")) {
      b = s.lower.lastIndexOf(w, b);
    } else if (b >= 4 && s.lower.startsWith("mid-", b - 4)) {
      b -= 4;
    }
    return SEASON_LEAD.contains(s.wordBefore(b));
  }

  /**
   * Whether a capitalised season without a year begins a name, a capitalised word after it: "in Spring Valley", "the
   * Summer Olympics", "the Autumn Budget", "the Spring Statement" are places and events, no seasons.
   */
  private static boolean seasonName(Matcher m, Scan s) {
    int after = m.end();
    while (after < s.length() && s.text.charAt(after) == ' ') {
      after++;
    }
    return s.isUpper(m.start("se")) && after > m.end() && after < s.length()
        && Character.isUpperCase(s.text.charAt(after));
  }

  /**
   * The nouns a season without a year names a thing with, not a time: "after the fall break", a court's "winter
   * vacation", "the spring collection", "the Winter Olympics" (in small letters too), "the spring bank holiday" (a day
   * of its own).
   */
  private static final Pattern SEASON_LABEL = Pattern.compile(
      "\\s{1,3}(?:break|breaks|vacation|vacations|collection|collections|olympics|games|paralympics|session|sessions"
      + "|solstice|bank\\s{1,3}holiday)\\b");

  /** How far either side of a season its sentence is read for a habit. */
  private static final int HABIT_REACH = 160;
  /** A habit of the past: "used to", or "would" and "'d" in a memory ("she recalled", "as a boy", "growing up"). */
  private static final Pattern USED_TO = Pattern.compile("\\bused\\s{1,3}to\\b");
  /** "would" or "'d": a habit, told with a memory. */
  private static final Pattern WOULD = Pattern.compile("\\bwould\\b|[a-z]['\u2019]d\\b");
  /** Words of a memory: "recalled", "as a boy", "growing up". */
  private static final Pattern MEMORY = Pattern.compile(
      "\\b(?:recall(?:s|ed)?|remember(?:s|ed)?|reminisced|as\\s{1,3}a\\s{1,3}(?:child|boy|girl|teenager|youngster)"
          + "|in\\s{1,3}those\\s{1,3}days|growing\\s{1,3}up)\\b");

  /**
   * Whether a season without a year is told in a habit of the past, no one season: "Neighbours recalled that he'd
   * leave pumpkins at the gate in the autumn", "as a girl she would skate on the pond in the winter", "they used to
   * fish there in the summer". A season told ahead in reported speech ("she said she would visit in the spring") is
   * a date.
   */
  private static boolean habitual(Scan s, int b, int e) {
    int lo = Math.max(Math.max(0, b - HABIT_REACH), s.lower.lastIndexOf(". ", b) + 1);
    int stop = s.lower.indexOf(". ", e);
    int hi = Math.min(Math.min(s.length(), e + HABIT_REACH), stop < 0 ? s.length() : stop);
    if (USED_TO.matcher(s.lower).region(lo, b).find()) {
      return true;
    }
    return WOULD.matcher(s.lower).region(lo, hi).find() && MEMORY.matcher(s.lower).region(lo, hi).find();
  }

  /** The words before a season that tell it from the text's last date ("that summer", "the following spring"). */
  private static final Map<String, Integer> TOLD_FROM_TEXT = Map.of("that", 0, "that same", 0,
      "the same", 0, "the following", 1, "the next", 1, "the previous", -1, "the preceding", -1);

  /** Reads a season with its year, its relation ("last winter") or told from the text ("that summer"). */
  static TemporalExpression season(Matcher m, Scan s) {
    Season season = Lexicon.season(m.group("se"));
    OptionalInt y = CalendarRules.year(m, "y");
    y = y.isPresent() ? y : CalendarRules.year(m, "y2");
    String r = m.group("r");
    if (m.group("of") != null) {
      return r != null && !r.equals("the") ? null
          : new TemporalExpression.AnaphoricSeason(season, TOLD_FROM_TEXT.get(m.group("of").replaceAll("\\s{1,3}", " ")));
    }
    boolean bare = r == null || r.equals("the");
    if (y.isEmpty() && "the".equals(r) && m.group("se").equalsIgnoreCase("fall") && !seasonAfterPreposition(m, s)) {
      return null; // "the fall in prices", "hurt in the fall from a ladder": a drop; "in the fall" is the season
    }
    if (y.isEmpty() && (bare && (seasonName(m, s) || habitual(s, m.start(), m.end()) || SEASON_LABEL.matcher(s.lower).region(m.end(), s.length())
        .lookingAt()) || r == null && !seasonAfterPreposition(m, s))) {
      return null;
    }
    Integer direction = r == null || y.isPresent() ? null : TOLD_FROM_TEXT.get(r.replaceAll("\\s{1,3}", " "));
    if (direction != null) {
      return new TemporalExpression.AnaphoricSeason(season, direction);
    }
    return y.isPresent() ? new Explicit(TimeValue.ofSeason(y.getAsInt(), season)) : new SeasonOf(season, y, CalendarRules.relation(r));
  }
}
