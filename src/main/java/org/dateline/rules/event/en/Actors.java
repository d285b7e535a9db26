package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people a report names as taking part in its incident, in the two ways local news
 * names them: a name with an age in apposition ("Jordan Lee Parks, 23, of Reno") and a name after
 * "identified ... as" ("police identified the victim as Mara Quill"). Such names let a late
 * follow-up ("Parks pleaded guilty on Monday") be matched with the incident it follows.
 */
final class Actors {
  /** A personal name: two to four capitalized words, a middle initial allowed. Bounded, so linear. */
  private static final String NAME = "([A-Z][a-z]{1,15}(?: [A-Z]\\.)?(?: [A-Z][a-zA-Z'\\-]{1,20}){1,2})";
  private static final Pattern WITH_AGE = Pattern.compile("\\b" + NAME + ", \\d{1,2},");
  private static final Pattern IDENTIFIED = Pattern.compile("\\bidentified (?:(?:him|her|them|the [a-z]{2,12}) )?as "
      + NAME);
  /** Capitalized words that open a sentence or a title and are not names. */
  private static final Set<String> NOT_FIRST_NAMES = Set.of("The", "A", "An", "In", "On", "At", "Police", "Officers",
      "Deputies", "Authorities", "Sheriff", "Officer", "Deputy", "Detective", "Sgt", "Lt", "Capt", "Chief", "Mr",
      "Mrs", "Ms", "Dr", "When", "After", "Before", "Friends", "Family", "Victim", "Suspect");
  private static final int MAX_ACTORS = 8;
  /** The longest text {@link #NAME} can match: 16 + 3 + 2 * 22 characters. */
  private static final int MAX_NAME = 63;

  private Actors() {}

  /** Returns the names in {@code text}, each once, in text order, at most {@value #MAX_ACTORS}. */
  static List<String> find(String text) {
    Set<String> out = new LinkedHashSet<>();
    collectWithAge(text, out);
    collectIdentified(text, out);
    return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_ACTORS));
  }

  /**
   * Finds the matches of {@link #WITH_AGE} that {@code find()} would, trying the pattern only just
   * before each ", <age>," in the text: a match ends at the first comma after its start, so the
   * leftmost match at or after a position ends at the first such age after it, and starts at most
   * {@link #MAX_NAME} characters before it.
   */
  private static void collectWithAge(String text, Set<String> out) {
    Matcher m = WITH_AGE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int pos = 0;
    for (int q = text.indexOf(", ", pos); q >= 0 && out.size() < MAX_ACTORS; q = text.indexOf(", ", q + 1)) {
      int ageEnd = ageEnd(text, q);
      if (ageEnd < 0 || q < pos) {
        continue;
      }
      m.region(Math.max(pos, q - MAX_NAME), ageEnd);
      if (m.find()) {
        add(m.group(1), out);
        pos = m.end();
      }
    }
  }

  /** The end of ", <one or two digits>," at {@code q}, or -1. */
  private static int ageEnd(String text, int q) {
    int i = q + 2;
    int digits = 0;
    while (i < text.length() && digits < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      digits++;
    }
    return digits >= 1 && digits <= 2 && i < text.length() && text.charAt(i) == ',' ? i + 1 : -1;
  }

  /** Finds the matches of {@link #IDENTIFIED} that {@code find()} would, trying it only at each "identified". */
  private static void collectIdentified(String text, Set<String> out) {
    Matcher m = IDENTIFIED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = text.indexOf("identified"); i >= 0 && out.size() < MAX_ACTORS; i = text.indexOf("identified", i)) {
      m.region(i, text.length());
      if (m.lookingAt()) {
        add(m.group(1), out);
        i = m.end();
      } else {
        i++;
      }
    }
  }

  private static void add(String name, Set<String> out) {
    String first = name.substring(0, name.indexOf(' '));
    if (!NOT_FIRST_NAMES.contains(first)) {
      out.add(name);
    }
  }
}
