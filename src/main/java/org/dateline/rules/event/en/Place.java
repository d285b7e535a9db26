package org.dateline.rules.event.en;

import java.util.Comparator;
import java.util.Objects;

/**
 * A gazetteer entry: a country, a first-level division, a US county or a populated place. A US
 * place carries its county's code in {@code admin2} when it is known, else the code is empty.
 *
 * <p>Immutable and thread-safe. Its hash is computed once, since lists of places key the vote of
 * {@link PlaceFinder}, and the keys of its division and county and its full name are made once, when first
 * asked for.
 */
final class Place {
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

  private final Kind kind;
  private final String name;
  private final String country;
  private final String admin1;
  private final long population;
  private final String admin2;
  private final int hash;
  /** {@link #admin1Key}, made on first use; a race makes it twice, equal. */
  private String admin1Key;
  /** {@link #admin2Key}, made on first use; a race makes it twice, equal. */
  private String admin2Key;
  /** {@link #fullName}, made on first use; a race makes it twice, equal. */
  private String fullName;

  Place(Kind kind, String name, String country, String admin1, long population, String admin2) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.country = Objects.requireNonNull(country, "country");
    this.admin1 = Objects.requireNonNull(admin1, "admin1");
    this.population = population;
    this.admin2 = Objects.requireNonNull(admin2, "admin2");
    this.hash = Objects.hash(kind, name, country, admin1, population, admin2);
  }

  Kind kind() {
    return kind;
  }

  String name() {
    return name;
  }

  /** The ISO code of the country ("US"). */
  String country() {
    return country;
  }

  /** The code of the first-level division within the country ("OH"), or empty. */
  String admin1() {
    return admin1;
  }

  long population() {
    return population;
  }

  /** The code of the US county within its state ("139"), or empty. */
  String admin2() {
    return admin2;
  }

  /** The key of the place's first-level division, country and code ("US.OH"), whatever its kind. */
  String admin1Key() {
    String k = admin1Key;
    if (k == null) {
      k = country + "." + admin1;
      admin1Key = k;
    }
    return k;
  }

  /** The key of the place's county, country, division and county codes ("US.OH.139"), whatever its kind. */
  String admin2Key() {
    String k = admin2Key;
    if (k == null) {
      k = admin1Key() + "." + admin2;
      admin2Key = k;
    }
    return k;
  }

  /**
   * The place's name as a report's event gives it, with its county, division and country's names ("Peoria,
   * Peoria County, Illinois, United States"): made once for the gazetteer's life, not once per report.
   */
  String fullName(Gazetteer g) {
    String n = fullName;
    if (n == null) {
      n = composeFullName(g);
      fullName = n;
    }
    return n;
  }

  private String composeFullName(Gazetteer g) {
    String countryName = g.countryName(country);
    switch (kind) {
      case COUNTRY:
        return countryName;
      case ADMIN1:
        return name + ", " + countryName;
      default:
        String admin1Name = g.admin1Name(this);
        String county = kind == Kind.CITY ? g.admin2Name(this) : null;
        return name + (county == null ? "" : ", " + county)
            + (admin1Name == null || admin1Name.equals(name) ? "" : ", " + admin1Name) + ", " + countryName;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Place p && hash == p.hash && population == p.population && kind == p.kind
        && name.equals(p.name) && country.equals(p.country) && admin1.equals(p.admin1) && admin2.equals(p.admin2);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "Place[kind=" + kind + ", name=" + name + ", country=" + country + ", admin1=" + admin1
        + ", population=" + population + ", admin2=" + admin2 + "]";
  }
}
