package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds place names in a report with the {@link Gazetteer} and resolves each to one entry, written
 * broadest last: "Rocky Mount, North Carolina, United States", "Bryansk, Bryansk Oblast, Russia".
 * A name followed by its state ("Springfield, Ill.") takes the place in that state; other ambiguous
 * names take the entry in a state or country the report names elsewhere, else the most populous.
 */
final class PlaceFinder {
  /** Capitalized words that are also small towns' names, and are far more often something else. */
  private static final Set<String> STOP = Set.of("police", "justice", "mobile", "hope", "man", "commerce",
      "industry", "media", "unity", "friendship", "liberty", "independence", "union", "university", "college",
      "center", "centre", "north", "south", "east", "west", "central", "sunday", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "christmas", "easter", "bethlehem",
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "officer", "officers",
      "sheriff", "mayor", "chief", "county", "city", "state", "street", "avenue", "road", "victoria",
      "charlotte", "florence", "marion", "jackson", "jordan", "lincoln", "clinton", "warren", "troy", "tyler",
      "austin", "lafayette", "franklin", "hamilton", "madison", "washington", "northwest", "northeast",
      "southwest", "southeast", "forest", "park", "lake", "beach", "river", "valley", "mountain", "hill");
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "outside", "of", "from", "to",
      "across", "into", "around", "inside", "on");
  /** Capitalized words that may follow a place name without making it part of another name. */
  private static final Set<String> FOLLOWERS = Set.of("police", "county", "fire", "sheriff", "mayor",
      "township", "city", "department", "officials", "residents", "man", "woman", "teen", "boy", "girl", "area",
      "authorities", "native", "resident", "(ap)", "ap", "pd");

  /** A resolved place name in the text. */
  record Mention(int begin, int end, String name, int depth, Place place) {}

  private PlaceFinder() {}

  /** Returns the places named in {@code text}, in text order. */
  static List<Mention> find(String text, List<int[]> sentences) {
    Gazetteer g = Gazetteer.instance();
    List<Raw> raws = new ArrayList<>();
    for (int[] s : sentences) {
      List<Words.Word> words = Words.of(text, s[0], s[1]);
      boolean titleCase = Triggers.isTitleCase(words);
      for (int i = 0; i < words.size(); i++) {
        int n = match(g, text, words, i, titleCase, raws);
        i += Math.max(0, n - 1);
      }
    }
    return resolve(g, raws);
  }

  private record Raw(int begin, int end, List<Place> candidates, Raw state) {}

  private static int match(Gazetteer g, String text, List<Words.Word> words, int i, boolean titleCase, List<Raw> out) {
    if (!words.get(i).isCapitalized()) {
      return 0;
    }
    for (int n = Math.min(Gazetteer.MAX_WORDS, words.size() - i); n >= 1; n--) {
      Words.Word last = words.get(i + n - 1);
      if (!last.isCapitalized() || !singleSpaced(text, words, i, n)) {
        continue;
      }
      String name = text.substring(words.get(i).begin(), last.end());
      List<Place> c = lookup(g, name);
      if (!c.isEmpty() && plausible(words, i, n, c, titleCase)) {
        Raw state = stateAfter(g, text, words, i + n);
        out.add(new Raw(words.get(i).begin(), last.end(), c, state));
        return n + (state == null ? 0 : 1);
      }
    }
    return 0;
  }

  /** Looks a name up as written, then without a final period or a possessive "'s". */
  private static List<Place> lookup(Gazetteer g, String name) {
    List<Place> c = g.lookup(name);
    if (c.isEmpty() && name.endsWith(".")) {
      c = g.lookup(name.substring(0, name.length() - 1));
    }
    if (c.isEmpty() && (name.endsWith("'s") || name.endsWith("\u2019s"))) {
      c = g.lookup(name.substring(0, name.length() - 2));
    }
    return c;
  }

  private static boolean singleSpaced(String text, List<Words.Word> words, int i, int n) {
    for (int k = i + 1; k < i + n; k++) {
      if (words.get(k).begin() != words.get(k - 1).end() + 1 || text.charAt(words.get(k).begin() - 1) != ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean plausible(List<Words.Word> words, int i, int n, List<Place> c, boolean titleCase) {
    String lower = Words.join(words, i, n);
    boolean bigPlace = c.get(0).kind() != Place.Kind.CITY || c.get(0).population() >= 100_000;
    if (n == 1 && STOP.contains(lower) && c.get(0).kind() != Place.Kind.COUNTRY) {
      return false;
    }
    String text = words.get(i).text();
    if (text.length() > 3 && text.equals(text.toUpperCase(java.util.Locale.ROOT)) && i > 0 && !bigPlace) {
      return false;
    }
    boolean afterPreposition = i > 0 && PREPOSITIONS.contains(words.get(i - 1).lower());
    if (titleCase) {
      return afterPreposition || bigPlace;
    }
    String prev = i > 0 ? words.get(i - 1).text() : "";
    boolean prevName = i > 1 && words.get(i - 1).isCapitalized() && !afterPreposition && !prev.endsWith("'s")
        && !prev.endsWith("\u2019s");
    boolean nextName = i + n < words.size() && words.get(i + n).isCapitalized()
        && words.get(i + n).begin() == words.get(i + n - 1).end() + 1
        && !FOLLOWERS.contains(words.get(i + n).lower());
    boolean followed = i + n < words.size() && FOLLOWERS.contains(words.get(i + n).lower());
    boolean smallTown = n == 1 && c.get(0).kind() == Place.Kind.CITY && c.get(0).population() < 100_000;
    if (smallTown && !afterPreposition && !followed && !commaAfter(words, i + n)) {
      return false;
    }
    return !nextName && (afterPreposition || bigPlace || !prevName);
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
      String name = text.substring(words.get(j).begin(), words.get(j + n - 1).end());
      List<Place> c = g.lookup(name);
      if (!c.isEmpty() && c.get(0).kind() != Place.Kind.CITY) {
        return new Raw(words.get(j).begin(), words.get(j + n - 1).end(), c, null);
      }
    }
    return null;
  }

  private static List<Mention> resolve(Gazetteer g, List<Raw> raws) {
    Map<String, Integer> context = new HashMap<>();
    for (Raw r : raws) {
      for (Raw x : r.state() == null ? List.of(r) : List.of(r, r.state())) {
        if (x.candidates().size() == 1 || x.candidates().get(0).kind() != Place.Kind.CITY) {
          Place p = x.candidates().get(0);
          context.merge(p.country(), 1, Integer::sum);
          if (p.kind() == Place.Kind.ADMIN1) {
            context.merge(p.country() + "." + p.admin1(), 1, Integer::sum);
          }
        }
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Raw r : raws) {
      Place p = choose(r, context);
      out.add(new Mention(r.begin(), r.state() == null ? r.end() : r.state().end(), name(g, p), depth(p), p));
    }
    return out;
  }

  private static Place choose(Raw r, Map<String, Integer> context) {
    Place state = r.state() == null ? null : r.state().candidates().get(0);
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Place p : r.candidates()) {
      double s = p.kind() == Place.Kind.COUNTRY ? 1 : 0;
      s += Math.log10(1 + p.population()) / 10;
      s += context.containsKey(p.country()) ? 2 : 0;
      s += context.containsKey(p.country() + "." + p.admin1()) ? 4 : 0;
      if (state != null && p.kind() == Place.Kind.CITY && p.country().equals(state.country())
          && (state.kind() == Place.Kind.COUNTRY || p.admin1().equals(state.admin1()))) {
        s += 20;
      }
      if (s > bestScore) {
        best = p;
        bestScore = s;
      }
    }
    return best;
  }

  private static String name(Gazetteer g, Place p) {
    String country = g.countryName(p.country());
    switch (p.kind()) {
      case COUNTRY:
        return country;
      case ADMIN1:
        return p.name() + ", " + country;
      default:
        String admin1 = g.admin1Name(p.country(), p.admin1());
        return p.name() + (admin1 == null || admin1.equals(p.name()) ? "" : ", " + admin1) + ", " + country;
    }
  }

  private static int depth(Place p) {
    return p.kind() == Place.Kind.COUNTRY ? 1 : p.kind() == Place.Kind.ADMIN1 ? 2 : 3;
  }
}
