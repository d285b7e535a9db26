package org.dateline.rules.event.en;

import java.util.Comparator;

/**
 * A gazetteer entry: a country, a first-level division, a US county or a populated place. A US
 * place carries its county's code in {@code admin2} when it is known, else the code is empty. Immutable.
 */
record Place(Kind kind, String name, String country, String admin1, long population, String admin2) {
  /** Countries first, then divisions, then counties, then places by population, largest first. */
  static final Comparator<Place> PREFERENCE = Comparator.comparing(Place::kind)
      .thenComparing(Comparator.comparingLong(Place::population).reversed());

  /** What kind of place an entry is. */
  enum Kind {
    COUNTRY, ADMIN1, COUNTY, CITY;

    static Kind of(String code) {
      switch (code) {
        case "C": return COUNTRY;
        case "A": return ADMIN1;
        case "D": return COUNTY;
        default: return CITY;
      }
    }
  }
}
