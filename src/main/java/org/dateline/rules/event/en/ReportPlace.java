package org.dateline.rules.event.en;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses where a report's main incident happened by weighing every place the report names, not
 * only the one nearest the word that names the incident: a local report names its town again and
 * again, opens with it in a dateline ("PEORIA, Ill. (AP) —"), and names the state and county around
 * it, while a nearby city (the station's, the hospital's, the suspect's home town) comes up once.
 *
 * <p>Each mention weighs 1, plus {@value #DATELINE_WEIGHT} in a dateline and {@value #LEAD_WEIGHT}
 * in the report's first sentences; a town or county gains {@value #CONTAINER_SHARE} of the weight of
 * each mention of a county or state that contains it. A single-word name that is also part of a
 * person's name in the report ("Sidney Davis, 44, of Denmark" then "Davis said") is not a place.
 * The town or county with the most weight wins, the earliest on ties; with none, the state or
 * country with the most.
 */
final class ReportPlace {
  static final double DATELINE_WEIGHT = 2;
  static final double LEAD_WEIGHT = 1;
  static final double CONTAINER_SHARE = 0.5;
  /** The mark of a possessive at a word's end: "Dixon's", "Davis'". */
  static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
  /** A dateline stands in one of the report's first sentences (after a headline and captions). */
  private static final int DATELINE_SENTENCES = 8;
  private static final int LEAD_SENTENCES = 5;

  /** Words of a newsroom's name in a headline: "News", "Weather", a web address, a station's call sign. */
  private static final Pattern NEWSROOM = Pattern.compile(
      "\\b(?:News|NEWS|Weather|Sports|TV|Channel)\\b|\\.com\\b|\\b[KW][A-Z]{2,3}\\b");

  private ReportPlace() {}

  /**
   * Returns the place of the report's main incident, or null if it names none.
   *
   * @param text the report's text
   * @param places the places named in it, in text order
   * @param sentences its sentences
   * @param actors the people named in it
   */
  static PlaceFinder.Mention choose(String text, List<PlaceFinder.Mention> places, List<int[]> sentences,
      List<String> actors) {
    Set<String> names = nameWords(actors);
    int masthead = mastheadBegin(text);
    Map<String, Double> weight = new HashMap<>();
    Map<String, PlaceFinder.Mention> first = new LinkedHashMap<>();
    int sentence = 0;
    for (PlaceFinder.Mention p : places) {
      while (sentence + 1 < sentences.size() && sentences.get(sentence)[1] <= p.begin()) {
        sentence++;
      }
      if (isPersonName(text, p, names) || (p.begin() >= masthead && p.begin() < headlineEnd(text))) {
        continue;
      }
      double w = 1 + (sentence < LEAD_SENTENCES ? LEAD_WEIGHT : 0)
          + (sentence < DATELINE_SENTENCES && isDateline(text, p, sentences.get(sentence)) ? DATELINE_WEIGHT : 0);
      weight.merge(p.name(), w, Double::sum);
      first.putIfAbsent(p.name(), p);
    }
    return best(first, weight);
  }

  /** Returns the town or county with the most weight, else the broader place with the most; earliest on ties. */
  private static PlaceFinder.Mention best(Map<String, PlaceFinder.Mention> first, Map<String, Double> weight) {
    PlaceFinder.Mention best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    boolean bestLocal = false;
    for (PlaceFinder.Mention p : first.values()) {
      boolean local = p.depth() > Place.Kind.ADMIN1.ordinal() + 1;
      double s = weight.get(p.name());
      // the containers of "Peoria, Peoria County, Illinois, United States" are the names after each comma
      for (int i = p.name().indexOf(", "); local && i >= 0; i = p.name().indexOf(", ", i + 2)) {
        s += CONTAINER_SHARE * weight.getOrDefault(p.name().substring(i + 2), 0.0);
      }
      if ((local && !bestLocal) || (local == bestLocal && s > bestScore)) {
        best = p;
        bestScore = s;
        bestLocal = local;
      }
    }
    return best;
  }

  /**
   * Returns where the publisher's name begins in the headline, or the text's length if it names
   * none: a part after " - " or " | " that names a newsroom ("Teen shot - WXYZ News, Weather,
   * Sports - Dayton, Ohio", "Man held | KXYZ.com"). The newsroom's city is where the report was
   * written, not where the incident happened.
   */
  static int mastheadBegin(String text) {
    int end = headlineEnd(text);
    int from = -1;
    for (int i = 0; i + 3 <= end; i++) {
      if (isSeparator(text, i)) {
        if (from >= 0 && NEWSROOM.matcher(text).region(from, i).find()) {
          return from;
        }
        from = i;
      }
    }
    return from >= 0 && NEWSROOM.matcher(text).region(from, end).find() ? from : text.length();
  }

  /** Whether " - ", " | " or " \u2013 " stands at {@code i}. */
  private static boolean isSeparator(String text, int i) {
    char c = text.charAt(i + 1);
    return text.charAt(i) == ' ' && (c == '-' || c == '|' || c == '\u2013') && text.charAt(i + 2) == ' ';
  }

  /** Where the headline (the text's first line) ends. */
  private static int headlineEnd(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text.length() : nl;
  }

  /** The words of the people's names, lower-cased. */
  static Set<String> nameWords(List<String> actors) {
    Set<String> out = new java.util.HashSet<>();
    for (String a : actors) {
      for (String w : a.split(" ")) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * Whether a one-word place with no state written after it is a word of a person's name ({@code
   * names} from {@link #nameWords}): "Davis" in "shot at Davis' home" after "Lee Davis, 44, of Denmark".
   */
  static boolean isPersonName(String text, PlaceFinder.Mention p, Set<String> names) {
    for (int i = p.begin(); i < p.end(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == ',') {
        return false;
      }
    }
    String word = POSSESSIVE.matcher(text.substring(p.begin(), p.end())).replaceFirst("");
    return names.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a place opens its sentence in capitals, as a dateline does: "PEORIA, Ill. —". */
  static boolean isDateline(String text, PlaceFinder.Mention p, int[] sentence) {
    int b = p.begin();
    return b == sentence[0] && p.end() - b >= 2 && Character.isUpperCase(text.charAt(b + 1));
  }
}
