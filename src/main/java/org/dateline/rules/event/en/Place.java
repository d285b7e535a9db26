package org.dateline.rules.event.en;

import java.util.Comparator;

/** A gazetteer entry: a country, a first-level division or a populated place. Immutable. */
record Place(Kind kind, String name, String country, String admin1, long population) {
  /** Countries first, then divisions, then places by population, largest first. */
  static final Comparator<Place> PREFERENCE = Comparator.comparing(Place::kind)
      .thenComparing(Comparator.comparingLong(Place::population).reversed());

  /** What kind of place an entry is. */
  enum Kind {
    COUNTRY, ADMIN1, CITY;

    static Kind of(String code) {
      switch (code) {
        case "C": return COUNTRY;
        case "A": return ADMIN1;
        default: return CITY;
      }
    }
  }
}
