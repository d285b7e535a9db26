package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds place names in a report with the {@link Gazetteer} and resolves each to one entry, written
 * broadest last: "Rocky Mount, North Carolina, United States", "Bryansk, Bryansk Oblast, Russia".
 * A name followed by its state ("Springfield, Ill.") takes the place in that state; other ambiguous
 * names take the entry in a state or country the report names elsewhere, else the most populous.
 * "X County" is the US county; a US town is written with its county ("Cartersville, Bartow County,
 * Georgia, United States"), so that a town and the county around it are compatible. When the
 * report's unambiguous places lie mostly in one country, a name is read in that country if it can
 * be, and a foreign division or small city with no state or country written after it is dropped:
 * a common word ("Metro", "Long Island") more likely than a place abroad. It matches the names;
 * {@link PlaceReadings} chooses their entries, and {@link TransliteratedNames} finds names spelled otherwise.
 */
final class PlaceFinder {
  /** Capitalized words that are also small towns' names, and are far more often something else. */
  private static final Set<String> STOP = Set.of("police", "justice", "mobile", "hope", "man", "commerce",
      "industry", "media", "unity", "friendship", "liberty", "independence", "union", "university", "college",
      "center", "centre", "north", "south", "east", "west", "central", "sunday", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "christmas", "easter", "bethlehem",
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "officer", "officers",
      "sheriff", "mayor", "chief", "county", "city", "state", "street", "avenue", "road", "northwest", "northeast",
      "southwest", "southeast", "forest", "park", "lake", "beach", "river", "valley", "mountain", "hill",
      "northern", "southern", "eastern", "western", "metro", "greater", "downtown", "upper", "lower", "male",
      "female", "federal", "bar");
  /** Places named like people: a place only right after "in", "near" or "outside" ("in Jackson", not "Jackson said"). */
  private static final Set<String> PERSON_LIKE = Set.of("victoria", "charlotte", "florence", "marion", "jackson",
      "jordan", "lincoln", "clinton", "warren", "troy", "tyler", "austin", "lafayette", "franklin", "hamilton",
      "madison", "washington");
  private static final Set<String> STRICT_PREPOSITIONS = Set.of("in", "near", "outside");
  /** How long a word in capitals may be and still be read as an abbreviation: "EST", "SE", "NW". */
  private static final int MAX_ABBREVIATION = 3;
  /** Ranks and titles before a person's name: a name after them is no place ("Sgt. Michael Kash"). */
  private static final Set<String> RANKS = Set.of("sgt.", "sgt", "sergeant", "lt.", "lieutenant", "det.",
      "detective", "officer", "deputy", "capt.", "captain", "cpl.", "corporal", "trooper", "mr.", "mrs.", "ms.",
      "dr.", "sen.", "rep.", "gov.");
  /** Lower-case words after a name that say it names a first-level division ("the Bryansk region"). */
  private static final Set<String> DIVISION_WORDS = Set.of("region", "province", "oblast", "state", "governorate");
  /** Lower-case words after a possessive name and a capitalised one that make the first a region: "Assam's Sonitpur district". */
  private static final Set<String> HELD_DIVISIONS = Set.of("region", "province", "district", "county", "oblast",
      "state", "governorate", "prefecture");
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "outside", "of", "from", "to",
      "across", "into", "around", "inside", "on");
  /** Words after a name, in either case, that make it a street's or a mall's: "San Jacinto street", "Cascade Mall". */
  private static final Set<String> THOROUGHFARES = Set.of("street", "st.", "avenue", "ave.", "boulevard", "blvd.",
      "road", "rd.", "drive", "lane", "highway", "parkway", "pike", "mall", "plaza");
  /** Capitalized words that may follow a place name without making it part of another name. */
  private static final Set<String> FOLLOWERS = Set.of("police", "county", "fire", "sheriff", "mayor",
      "township", "city", "department", "officials", "residents", "man", "woman", "teen", "boy", "girl", "area",
      "authorities", "native", "resident", "(ap)", "ap", "pd");

  /** A resolved place name in the text. */
  record Mention(int begin, int end, String name, int depth, Place place) {}

  private PlaceFinder() {}

  /** Returns the places named in {@code text}, in text order. */
  static List<Mention> find(String text, List<int[]> sentences) {
    List<List<Words.Word>> words = new ArrayList<>(sentences.size());
    for (int[] s : sentences) {
      words.add(Words.of(text, s[0], s[1]));
    }
    boolean[] titleCase = new boolean[words.size()];
    for (int s = 0; s < titleCase.length; s++) {
      titleCase[s] = Triggers.isTitleCase(words.get(s));
    }
    return findInWords(text, words, titleCase);
  }

  /**
   * Returns the places named in {@code text}, given the words of each of its sentences and whether each sentence is
   * {@link Triggers#isTitleCase title case}, in text order.
   */
  static List<Mention> findInWords(String text, List<List<Words.Word>> sentenceWords, boolean[] titleCases) {
    Gazetteer g = Gazetteer.instance();
    List<Raw> raws = new ArrayList<>();
    for (int s = 0; s < sentenceWords.size(); s++) {
      List<Words.Word> words = sentenceWords.get(s);
      boolean titleCase = titleCases[s];
      for (int i = 0; i < words.size(); i++) {
        int n = match(g, text, words, i, titleCase, raws);
        i += Math.max(0, n - 1);
      }
    }
    List<Mention> found = PlaceReadings.resolve(g, raws);
    return TransliteratedNames.namesTransliteratingCountry(found)
        ? TransliteratedNames.withTransliterated(g, text, sentenceWords, titleCases, raws, found) : found;
  }

  /**
   * A name found, with its readings; {@code bare} if it named its division without the kind word ("Gaza");
   * {@code narrowedFrom} all its readings when a word of division kept only the divisions, else null;
   * {@code nationality} if a country's name only tells whose people follow ({@link #nationality}).
   */
  record Raw(int begin, int end, List<Place> candidates, Raw state, boolean afterPreposition, boolean bare,
      List<Place> narrowedFrom, boolean calledDivision, boolean nationality) {}

  private static int match(Gazetteer g, String text, List<Words.Word> words, int i, boolean titleCase, List<Raw> out) {
    if (!words.get(i).isCapitalized()) {
      return 0;
    }
    int longest = g.mayStartName(text, words.get(i).begin(), words.get(i).end()) ? Gazetteer.MAX_WORDS : 1;
    for (int n = singleSpacedRun(text, words, i, longest); n >= 1; n--) {
      Words.Word last = words.get(i + n - 1);
      if (!last.isCapitalized()) {
        continue;
      }
      List<Place> all = lookup(EXACT, text, words.get(i).begin(), last.end());
      if (all.isEmpty()) {
        continue;
      }
      if (i + n < words.size() && THOROUGHFARES.contains(words.get(i + n).lower())
          || atCrossing(text, words, i, i + n)) {
        return n; // a street's or a mall's name, no town: "6th and San Jacinto street", "Vermont Avenue", "21st & Cleveland"
      }
      boolean division = namedAsDivision(words, i, n);
      List<Place> c = division ? divisionsFirst(all) : all;
      if (plausible(words, i, n, c, titleCase)) {
        Raw state = stateAfter(g, text, words, i + n);
        out.add(new Raw(words.get(i).begin(), last.end(), c, state, afterPreposition(words, i),
            namesDivisionBare(c, text.substring(words.get(i).begin(), last.end())), c == all ? null : all, division,
            nationality(words, i, n, all)));
        return n + (state == null ? 0 : 1);
      }
    }
    return 0;
  }

  /** People and things of a state that a country's name before them tells the nationality of: "US officials". */
  private static final Set<String> OF_A_STATE = Set.of("officials", "official", "troops", "forces", "military",
      "soldiers", "envoy", "envoys", "diplomats", "diplomat", "delegation", "negotiators", "government", "authorities",
      "embassy", "citizens", "nationals", "president", "army", "navy", "warplanes", "jets", "aircraft", "drones",
      "strikes", "airstrikes", "sanctions", "intelligence", "lawmakers", "senators", "ambassador", "minister",
      "ministers", "prosecutors", "officers", "personnel", "counterpart", "counterparts", "leader", "leaders",
      "administration", "team", "side");

  /**
   * Whether a country's name at {@code i} (of {@code n} words, readings {@code all}) only tells whose people or
   * things follow it, not after a preposition: "US officials will meet in Geneva" names no place in the US.
   */
  private static boolean nationality(List<Words.Word> words, int i, int n, List<Place> all) {
    if (i + n >= words.size() || afterPreposition(words, i) || words.get(i + n).isCapitalized()
        || !OF_A_STATE.contains(words.get(i + n).lower())) {
      return false;
    }
    for (Place p : all) {
      if (p.kind() != Place.Kind.COUNTRY) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words {@code from} to {@code to - 1} name a street crossing a numbered one: "near 21st
   * and Cleveland", "at 100th & Richmond", "Prospect and 39th".
   */
  private static boolean atCrossing(String text, List<Words.Word> words, int from, int to) {
    return from >= 1 && crosses(text, words, from - 1, from - 2) || to < words.size() && crosses(text, words, to, to + 1);
  }

  /** Whether word {@code joint} is "and" beside ordinal word {@code other}, or itself an ordinal joined by "&". */
  private static boolean crosses(String text, List<Words.Word> words, int joint, int other) {
    Words.Word w = words.get(joint);
    if (w.lower().equals("and")) {
      return other >= 0 && other < words.size() && ordinal(words.get(other).lower());
    }
    if (!ordinal(w.lower())) {
      return false;
    }
    Words.Word name = words.get(other > joint ? joint - 1 : joint + 1);
    int b = Math.min(w.end(), name.end());
    int e = Math.max(w.begin(), name.begin());
    return e - b <= 3 && text.substring(b, e).trim().equals("&");
  }

  /** Whether a lower-cased word is a numbered street's ordinal: "21st", "100th", "3rd". */
  private static boolean ordinal(String w) {
    int n = w.length();
    if (n < 3 || n > 6 || !Character.isDigit(w.charAt(0))) {
      return false;
    }
    String suffix = w.substring(n - 2);
    for (int k = 0; k < n - 2; k++) {
      if (!Character.isDigit(w.charAt(k))) {
        return false;
      }
    }
    return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
  }

  /**
   * Whether the words {@code i .. i+n-1} are called a division: "the Bryansk region", "the central Mexican state of
   * Guanajuato", or a possessive that holds one: "Assam's Sonitpur district", "Sindh's Thatta region".
   */
  private static boolean namedAsDivision(List<Words.Word> words, int i, int n) {
    boolean divisionAfter = i + n < words.size() && DIVISION_WORDS.contains(words.get(i + n).lower());
    boolean divisionBefore = i >= 2 && words.get(i - 1).lower().equals("of")
        && DIVISION_WORDS.contains(words.get(i - 2).lower());
    boolean holdsDivision = words.get(i + n - 1).isPossessive() && i + n + 1 < words.size()
        && words.get(i + n).isCapitalized() && HELD_DIVISIONS.contains(words.get(i + n + 1).lower());
    return divisionAfter || divisionBefore || holdsDivision;
  }

  /** Returns the divisions among a name's readings if there are any ("the Chernihiv region"), else all of them. */
  private static List<Place> divisionsFirst(List<Place> c) {
    List<Place> divisions = c.stream().filter(p -> p.kind() == Place.Kind.ADMIN1).toList();
    return divisions.isEmpty() ? c : divisions;
  }

  /** Looks up the places a span of the text names. */
  interface Finder {
    List<Place> find(String text, int begin, int end);
  }

  /** Names as the gazetteer writes them. */
  private static final Finder EXACT = (text, begin, end) -> Gazetteer.instance().lookup(text, begin, end);

  /** Looks a name up as written, then without a final period or a possessive "'s". */
  static List<Place> lookup(Finder finder, String text, int begin, int end) {
    List<Place> c = finder.find(text, begin, end);
    if (c.isEmpty() && text.charAt(end - 1) == '.') {
      c = finder.find(text, begin, end - 1);
    }
    if (c.isEmpty() && end - begin >= 2 && text.charAt(end - 1) == 's'
        && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
      c = finder.find(text, begin, end - 2);
    }
    return c;
  }

  /**
   * Returns how many words from {@code i} on, at most {@code max}, follow one another with one space between: a
   * name of several words is written so.
   */
  static int singleSpacedRun(String text, List<Words.Word> words, int i, int max) {
    int limit = Math.min(max, words.size() - i);
    int n = 1;
    while (n < limit && words.get(i + n).begin() == words.get(i + n - 1).end() + 1
        && text.charAt(words.get(i + n).begin() - 1) == ' ') {
      n++;
    }
    return n;
  }

  /**
   * Whether words {@code i .. i+n-1}, read as places {@code c}, name a place here rather than a person, a
   * common word or part of a longer name: a small town needs a preposition, a follower or a comma beside
   * it, and in a title-case sentence a place needs a preposition or its size.
   */
  static boolean plausible(List<Words.Word> words, int i, int n, List<Place> c, boolean titleCase) {
    boolean bigPlace = c.get(0).kind() != Place.Kind.CITY || c.get(0).population() >= 100_000;
    if (n == 1 && STOP.contains(words.get(i).lower()) && c.get(0).kind() != Place.Kind.COUNTRY) {
      return false;
    }
    if (i > 0 && RANKS.contains(words.get(i - 1).lower())) {
      return false; // "Sgt. Michael Kash", "Officer Jordan Smith": a person
    }
    if (n == 1 && PERSON_LIKE.contains(words.get(i).lower())
        && (i == 0 || !STRICT_PREPOSITIONS.contains(words.get(i - 1).lower()))) {
      return false;
    }
    if (i > 0 && !bigPlace && words.get(i).length() > 3 && isUpperCase(words.get(i).text())) {
      return false;
    }
    if (n == 1 && words.get(i).length() <= MAX_ABBREVIATION && isUpperCase(words.get(i).text())
        && c.get(0).kind() != Place.Kind.COUNTRY) {
      return false; // "10 a.m. EST", "SE 5th Street", "OF": a short word in capitals abbreviates no town or region
    }
    // "Himachal Pradesh's Mandi district", "Ukraine's Kharkiv region": a place's possessive locates as "in" does
    boolean afterPreposition = afterPreposition(words, i)
        || i > 0 && words.get(i - 1).isPossessive() && words.get(i - 1).isCapitalized();
    if (titleCase) {
      return afterPreposition || bigPlace;
    }
    boolean prevName = i > 1 && words.get(i - 1).isCapitalized() && !afterPreposition
        && !words.get(i - 1).isPossessive();
    // a county is often followed by the name of one of its offices ("Lucas County Common Pleas Court"),
    // nor is a possessive ("Nigeria's Plateau state") part of the name after it
    boolean nextName = c.get(0).kind() != Place.Kind.COUNTY && !words.get(i + n - 1).isPossessive()
        && i + n < words.size()
        && words.get(i + n).isCapitalized()
        && words.get(i + n).begin() == words.get(i + n - 1).end() + 1
        && !FOLLOWERS.contains(words.get(i + n).lower());
    boolean followed = i + n < words.size() && FOLLOWERS.contains(words.get(i + n).lower());
    // "the White House", "the Great Lakes": a name after "the" is a building, a body or a region, not a town
    boolean small = c.get(0).kind() == Place.Kind.CITY && c.get(0).population() < 100_000;
    if (small && i > 0 && words.get(i - 1).text().equals("the")) {
      return false;
    }
    boolean smallTown = n == 1 && small;
    if (smallTown && !afterPreposition && !followed && !commaAfter(words, i + n)) {
      return false;
    }
    return !nextName && (afterPreposition || bigPlace || !prevName);
  }

  /** Whether word {@code i} follows a preposition: "in Tulsa", "from Kano". */
  static boolean afterPreposition(List<Words.Word> words, int i) {
    return i > 0 && PREPOSITIONS.contains(words.get(i - 1).lower());
  }

  private static boolean isUpperCase(String word) {
    return word.equals(word.toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether a comma follows the word before {@code j}, as in "Kokomo, Ind.". */
  private static boolean commaAfter(List<Words.Word> words, int j) {
    return j < words.size() && words.get(j).begin() >= words.get(j - 1).end() + 2;
  }

  /** Returns the state or country written right after a place, as in "Springfield, Ill.", or null. */
  private static Raw stateAfter(Gazetteer g, String text, List<Words.Word> words, int j) {
    if (j >= words.size() || words.get(j).begin() < 2 || text.charAt(words.get(j - 1).end()) != ',') {
      return null;
    }
    for (int n = Math.min(3, words.size() - j); n >= 1; n--) {
      List<Place> c = g.lookup(text, words.get(j).begin(), words.get(j + n - 1).end());
      if (!c.isEmpty() && c.get(0).kind() != Place.Kind.CITY) {
        return new Raw(words.get(j).begin(), words.get(j + n - 1).end(), c, null, false, false, null, false, false);
      }
    }
    List<Place> state = postalState(g, words.get(j).text());
    return state.isEmpty() ? null : new Raw(words.get(j).begin(), words.get(j).end(), state, null, false, false, null, false,
        false);
  }

  /**
   * Returns the US state a two-letter postal code names ("SC", "OH."), or nothing. Read only right
   * after a town and a comma ("Lexington, SC"), where the code cannot be the word "in", "or", "ok".
   */
  private static List<Place> postalState(Gazetteer g, String word) {
    String code = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (code.length() != 2 || !Character.isUpperCase(code.charAt(0)) || !Character.isUpperCase(code.charAt(1))
        || code.charAt(0) > 'Z' || code.charAt(1) > 'Z') {
      return List.of();
    }
    String name = g.admin1Name("US", code);
    return name == null ? List.of() : g.lookup(name).stream()
        .filter(p -> p.kind() == Place.Kind.ADMIN1 && p.country().equals("US") && p.admin1().equals(code)).toList();
  }

  /**
   * Whether {@code name} reads as a division only by leaving out its kind word ("Gaza" for Gaza
   * Province): such a reading is too weak to vote for its own country.
   */
  private static boolean namesDivisionBare(List<Place> candidates, String name) {
    String key = Gazetteer.key(name);
    for (Place p : candidates) {
      String bare = p.kind() == Place.Kind.ADMIN1 ? Gazetteer.withoutDivisionWord(p.name()) : null;
      if (bare != null && Gazetteer.key(bare).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether place {@code inner} lies within {@code outer}, by their written names ("Peoria, Illinois" in "Illinois"). */
  static boolean within(Mention inner, Mention outer) {
    return inner.name().endsWith(", " + outer.name()) || inner.name().equals(outer.name());
  }

  /**
   * Whether two places cannot hold one incident of a report: they lie in different countries. Places
   * of one country are not apart, since reports name nearby towns, the suspect's home and the
   * hospital's city beside the incident's; nor are a place and an unknown one (null).
   */
  static boolean apart(Mention a, Mention b) {
    return a != null && b != null && !a.place().country().equals(b.place().country());
  }
}
