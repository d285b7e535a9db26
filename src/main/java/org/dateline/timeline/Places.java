package org.dateline.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Place names as events carry them: the most specific name first, then the divisions that contain
 * it, comma-separated ("Rocky Mount, North Carolina", "Bryansk, Russia", "Russia").
 */
final class Places {
  private Places() {}

  /** Returns the components of a place, broadest last, lower-cased; empty for no place. */
  static List<String> components(String place) {
    if (place == null || place.isBlank()) {
      return List.of();
    }
    return Arrays.stream(place.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * Returns the blocking key of a place: its first-level division and country ("illinois|united states"),
   * or the country alone for a place known only to the country; empty if none.
   */
  static String key(List<String> components) {
    int n = components.size();
    return n == 0 ? "" : n == 1 ? components.get(0) : components.get(n - 2) + "|" + components.get(n - 1);
  }

  /** Returns the country-level key of a place: its broadest component; empty if none. */
  static String countryKey(List<String> components) {
    return components.isEmpty() ? "" : components.get(components.size() - 1);
  }

  /**
   * Compares two places: 2 if they are the same, 1 if one contains the other ("Illinois" and
   * "Chicago, Illinois"), 0 if either is unknown, -1 if they differ.
   */
  static int compare(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    if (a.equals(b)) {
      return 2;
    }
    List<String> shorter = a.size() < b.size() ? a : b;
    List<String> longer = a.size() < b.size() ? b : a;
    return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter) ? 1 : -1;
  }

  /**
   * Returns whether two different towns lie in one county ("Bellflower, Los Angeles County,
   * California" and "Los Angeles, Los Angeles County, California"): a suburb or a neighbourhood
   * and its city, which reports of one incident often name in turn.
   */
  static boolean sameCounty(List<String> a, List<String> b) {
    int n = a.size();
    return n >= 4 && n == b.size() && a.subList(1, n).equals(b.subList(1, n));
  }

  /**
   * Returns whether two places that conflict bear the same name ("Alpine, Brewster County, Texas"
   * and "Alpine, San Diego County, California"): one report's gazetteer reading may be wrong.
   */
  static boolean sameName(List<String> a, List<String> b) {
    return !a.isEmpty() && !b.isEmpty() && a.size() > 1 && b.size() > 1 && a.get(0).equals(b.get(0));
  }

  /** Returns the name key of a place: its most specific name, or empty for a place known only to its country. */
  static String nameKey(List<String> components) {
    return components.size() > 1 ? components.get(0) : "";
  }
}
