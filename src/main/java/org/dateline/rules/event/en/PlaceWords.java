package org.dateline.rules.event.en;

import java.util.List;
import java.util.Set;

/**
 * The words around a place named in a report: what governs it ("in", "struck", "in the ... region",
 * "in the city of"), whether a compass word qualifies it ("southern Peru"). What the event rules
 * read to tell where an incident happened from a place only mentioned.
 */
final class PlaceWords {
  /** The prepositions that place an incident ("in", "near"). */
  private static final Set<String> LOCATING = Set.of("in", "at", "near", "outside", "across", "throughout");
  /** Words that make the place after them the incident's own: prepositions and verbs of attack ("struck Kharkiv"). */
  private static final Set<String> GOVERNING = Set.of("in", "at", "near", "outside", "of", "on", "into", "struck",
      "hit", "shelled", "attacked", "bombed", "targeted", "pounded", "rocked", "raided", "shook", "jolted",
      "battered", "lashed", "swept", "ravaged", "flooded");
  /** How many words may stand between "the" and a region's noun before "of": "the eastern Ukrainian city of". */
  private static final int MAX_REGION_MODIFIERS = 3;
  /** Nouns of facilities a place name may stand before: "Pokhara airport", "Kabul's airport" is not read. */
  private static final Set<String> FACILITIES = Set.of("airport", "port", "harbour", "harbor", "station", "prison",
      "market", "mosque", "refinery", "mine", "dam", "bridge", "stadium", "camp");
  /** Words of a region a place names: "the Kharkiv region", "the city of Tulsa". */
  private static final Set<String> REGION_NOUNS = Set.of("region", "province", "district", "state", "county",
      "area", "oblast", "governorate", "prefecture", "city", "town", "village", "municipality");
  /** Words before a place that a preposition reads over as over a compass word: "in neighbouring Texas". */
  private static final Set<String> NEIGHBOURING = Set.of("neighboring", "neighbouring", "nearby", "adjacent");
  /** Compass words that make the country after them a region of it ("southern Peru"), which a dateline does not refine. */
  private static final Set<String> COMPASS = Set.of("northern", "southern", "eastern", "western", "central",
      "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
      "south-eastern", "south-western", "far-eastern", "northernmost", "southernmost", "northwest", "northeast",
      "southwest", "southeast", "north-west", "north-east", "south-west", "south-east", "north", "south", "east", "west");

  /** Places of care, where the wounded are taken: "taken to a hospital in Dehradun". */
  private static final Set<String> CARE = Set.of("hospital", "hospitals", "clinic", "clinics", "infirmary");
  /** Words that make the place of care after them a destination, not the scene: "rushed to", "treated at". */
  private static final Set<String> CARE_VERBS = Set.of("to", "treated", "died", "recovering", "admitted",
      "hospitalized", "hospitalised", "remains", "remained", "pronounced", "undergoing");
  /** How many words may stand between a {@link #CARE_VERBS} word and the place of care ("to a nearby hospital"). */
  private static final int CARE_GAP = 3;
  /** Parts every word of {@link #CARE} holds, whatever its case: a cheap test before reading words. */
  private static final String[] CARE_STEMS = {"ospital", "linic", "nfirmary"};
  /** How far before a place a word of {@link #CARE} may end: "hospitals near " and the place. */
  private static final int CARE_LOOKBACK = 20;

  private PlaceWords() {}

  /** Nouns of a business named for its owner: "Wanda's Bar", "Tony's Grill". */
  private static final Set<String> BUSINESSES = Set.of("bar", "lounge", "pub", "grill", "restaurant", "cafe",
      "tavern", "diner", "store", "market", "liquor", "liquors", "club", "motel", "inn", "barbershop", "salon",
      "kitchen", "deli", "bakery", "shop", "place", "saloon", "cafeteria", "pizza", "garage");

  /**
   * Returns {@code places} without one-word places told in the possessive before a business's noun: "shot in front of
   * Wanda's Bar" names no town Wanda, "Tony's Grill" no Tony.
   */
  static List<PlaceFinder.Mention> withoutBusinessOwners(String text, List<PlaceFinder.Mention> places) {
    List<PlaceFinder.Mention> out = new java.util.ArrayList<>(places.size());
    for (PlaceFinder.Mention p : places) {
      if (!isBusinessOwner(text, p)) {
        out.add(p);
      }
    }
    return out.size() == places.size() ? places : out;
  }

  private static boolean isBusinessOwner(String text, PlaceFinder.Mention p) {
    int i = p.end();
    boolean possessive = ReportPlace.POSSESSIVE.matcher(text.substring(p.begin(), i)).find();
    if (!possessive && i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
      i += text.charAt(i + 1) == 's' ? 2 : 1;
      possessive = true;
    }
    if (!possessive || i >= text.length() || text.charAt(i) != ' ') {
      return false;
    }
    for (int k = p.begin(); k < p.end(); k++) {
      if (text.charAt(k) == ' ' || text.charAt(k) == ',') {
        return false; // "New Orleans' French Market" is a city's
      }
    }
    int b = i + 1;
    int e = b;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e > b && Character.isUpperCase(text.charAt(b)) && BUSINESSES.contains(text.substring(b, e).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Returns {@code places} without those named only as where the wounded were taken ("were taken to
   * hospitals in Rishikesh and Dehradun", "died at a hospital in Tulsa"): the scene lies elsewhere.
   * A place of care that is itself the scene stays ("a shooting at a hospital in Tulsa").
   */
  static List<PlaceFinder.Mention> withoutCareDestinations(String text, List<PlaceFinder.Mention> places) {
    if (!holdsCareStem(text)) {
      return places;
    }
    List<PlaceFinder.Mention> out = new java.util.ArrayList<>(places.size());
    PlaceFinder.Mention previous = null;
    boolean previousCare = false;
    for (PlaceFinder.Mention p : places) {
      // "hospitals in Rishikesh and Dehradun": a place coordinated with a destination is one too
      boolean care = isCareDestination(text, p) || previousCare && coordinated(text, previous, p);
      if (!care) {
        out.add(p);
      }
      previous = p;
      previousCare = care;
    }
    return out;
  }

  private static boolean isCareDestination(String text, PlaceFinder.Mention p) {
    if (!careWordBefore(text, p.begin())) {
      return false;
    }
    List<Words.Word> w = Words.of(text, Math.max(0, p.begin() - 64), p.begin());
    int last = w.size() - 1;
    if (last < 1 || !LOCATING.contains(w.get(last).lower()) || !CARE.contains(w.get(last - 1).lower())) {
      return false;
    }
    for (int i = last - 2; i >= Math.max(0, last - 2 - CARE_GAP); i--) {
      if (CARE_VERBS.contains(w.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@link #CARE} may end just before {@code begin} ("hospital in ", "clinics at "): a cheap test first. */
  private static boolean careWordBefore(String text, int begin) {
    for (int k = Math.max(0, begin - CARE_LOOKBACK); k < begin; k++) {
      for (String stem : CARE_STEMS) {
        if (text.startsWith(stem, k)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean holdsCareStem(String text) {
    for (String stem : CARE_STEMS) {
      if (text.indexOf(stem) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether place {@code b} is coordinated with the place {@code a} before it: "Abu Dhabi and Geneva", "Rishikesh, Dehradun". */
  static boolean coordinated(String text, PlaceFinder.Mention a, PlaceFinder.Mention b) {
    String gap = text.substring(a.end(), Math.max(a.end(), b.begin()));
    return gap.equals(" and ") || gap.equals(", ") || gap.equals(", and ");
  }

  /** Whether a place is the object of a preposition or of an attack ("in Bryansk", "a strike on Sumy", "struck Kharkiv"). */
  static boolean governed(String text, PlaceFinder.Mention p) {
    return GOVERNING.contains(wordBefore(text, p, true)) || namesFacility(text, p);
  }

  /**
   * Whether a place names where a facility stands, the scene of what happened there: "shortly after
   * take-off from Pokhara airport", "a fire at the Mirpur market".
   */
  static boolean namesFacility(String text, PlaceFinder.Mention p) {
    Words.Word w = wordAfter(text, p);
    return w != null && w.begin() == p.end() + 1 && FACILITIES.contains(w.lower());
  }

  /**
   * Whether a place is where something happened: after "in", "near", "on" or a verb of attack
   * ("struck Kharkiv"), not "of"; or before the facility where it happened ("from Pokhara airport").
   */
  static boolean locates(String text, PlaceFinder.Mention p) {
    return isLocatingOrAttack(wordBefore(text, p, true)) || namesFacility(text, p);
  }

  /**
   * Whether a word read by {@code wordBefore(text, p, true)} is a locating preposition: the place
   * follows "in", "at", "near" or "outside", directly or after a possessive ("in Nigeria's Plateau state").
   */
  static boolean isLocating(String governor) {
    return LOCATING.contains(governor);
  }

  /** Whether a place is named as a whole an incident spanned: "across Gaza", "throughout the province of Sindh". */
  static boolean spans(String text, PlaceFinder.Mention p) {
    String w = wordBefore(text, p, true);
    return w.equals("across") || w.equals("throughout");
  }

  /** Whether a word read by {@code wordBefore(text, p, true)} locates an incident: see {@link #locates}. */
  static boolean isLocatingOrAttack(String governor) {
    return LOCATING.contains(governor)
        || !governor.equals("of") && !governor.equals("into") && GOVERNING.contains(governor);
  }

  /**
   * Returns the lower-cased word that governs a place, or "" at the text's start: the word before
   * it, read over a compass word ("in" for "in western Nepal") or a word of nearness ("in
   * neighbouring Texas"), over "the" when a word of a region follows the place ("in the Arequipa
   * region") and over "the city of" with its modifiers ("in the city of Tulsa", "in the Sudanese city
   * of El Obeid"); with {@code overPossessive}, over a possessive standing there ("in" for "in
   * Nigeria's Plateau").
   */
  static String wordBefore(String text, PlaceFinder.Mention p, boolean overPossessive) {
    List<Words.Word> w = Words.of(text, Math.max(0, p.begin() - 48), p.begin());
    int last = w.size() - 1;
    if (overPossessive && last > 0 && w.get(last).isPossessive()) {
      last--;
    }
    if (last > 0 && (COMPASS.contains(w.get(last).lower()) || NEIGHBOURING.contains(w.get(last).lower()))) {
      last--;
    }
    int the = last > 2 && w.get(last).lower().equals("of") && REGION_NOUNS.contains(w.get(last - 1).lower())
        ? theBefore(w, last - 2) : -1;
    if (the >= 0) {
      last = the - 1;
    } else if (last > 0 && w.get(last).lower().equals("the") && regionFollows(text, p)) {
      last--;
    }
    return last >= 0 ? w.get(last).lower() : "";
  }

  /**
   * Returns the index of the "the" that opens a region's noun phrase ending at word {@code k}, over
   * at most {@value #MAX_REGION_MODIFIERS} modifiers ("the city of", "the Sudanese city of", "the
   * southern port city of"), or -1 if there is none.
   */
  private static int theBefore(List<Words.Word> w, int k) {
    for (int i = k; i >= 0 && i >= k - MAX_REGION_MODIFIERS; i--) {
      String word = w.get(i).lower();
      if (word.equals("the")) {
        return i;
      }
      if (GOVERNING.contains(word) || word.equals("a") || word.equals("an") || word.equals("and")) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a place is a country with a compass word before it, a region of it: "southern Peru". */
  static boolean isCompassRegion(String text, PlaceFinder.Mention p) {
    return p.place().kind() == Place.Kind.COUNTRY && COMPASS.contains(lastWordBefore(text, p));
  }

  /** Returns the lower-cased word right before a place, or "". */
  private static String lastWordBefore(String text, PlaceFinder.Mention p) {
    List<Words.Word> w = Words.of(text, Math.max(0, p.begin() - 24), p.begin());
    return w.isEmpty() ? "" : w.get(w.size() - 1).lower();
  }

  /** Whether a word of a region follows a place: "the Kharkiv region", "the Sindh province". */
  private static boolean regionFollows(String text, PlaceFinder.Mention p) {
    Words.Word w = wordAfter(text, p);
    return w != null && REGION_NOUNS.contains(w.lower());
  }

  /** Returns the first word within a few characters after a place, or null. */
  private static Words.Word wordAfter(String text, PlaceFinder.Mention p) {
    List<Words.Word> w = Words.of(text, p.end(), Math.min(text.length(), p.end() + 16));
    return w.isEmpty() ? null : w.get(0);
  }
}
