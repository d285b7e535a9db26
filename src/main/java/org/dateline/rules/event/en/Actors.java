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

  private Actors() {}

  /** Returns the names in {@code text}, each once, in text order, at most {@value #MAX_ACTORS}. */
  static List<String> find(String text) {
    Set<String> out = new LinkedHashSet<>();
    collect(WITH_AGE.matcher(text), out);
    collect(IDENTIFIED.matcher(text), out);
    return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_ACTORS));
  }

  private static void collect(Matcher m, Set<String> out) {
    while (m.find() && out.size() < MAX_ACTORS) {
      String name = m.group(1);
      String first = name.substring(0, name.indexOf(' '));
      if (!NOT_FIRST_NAMES.contains(first)) {
        out.add(name);
      }
    }
  }
}
