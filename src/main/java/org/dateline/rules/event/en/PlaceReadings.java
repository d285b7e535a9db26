package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.rules.event.en.PlaceFinder.Mention;
import org.dateline.rules.event.en.PlaceFinder.Raw;

/**
 * Chooses the gazetteer entry each place name of a report denotes among its readings: the report's
 * unambiguous names vote for countries and divisions, a dominant country draws the names that may lie
 * in it, names that share a division support each other, and a name more likely no place (a small town
 * out of the state the report names, a foreign one under a dominant country) is dropped. Stateless.
 */
final class PlaceReadings {
  private PlaceReadings() {}

  /** A dominant country needs this many votes, one per distinct name, and this share of them. */
  private static final int DOMINANT_VOTES = 2;
  private static final double DOMINANT_SHARE = 0.6;
  /** A city this large makes a name more than a division's: see {@link #onlyDivision}. */
  private static final long DIVISION_RIVAL = 100_000;
  /** A city of another state than the one a report names is kept, named bare, only if this populous: see {@link #outOfState}. */
  private static final long OUT_OF_STATE_RIVAL = 300_000;
  /** A foreign city this populous is named on its own even in a report about another country. */
  private static final long WORLD_CITY = 1_000_000;

  /** How many times as populous as any other reading a name's largest must be to stand for it: {@link #prevailing}. */
  private static final long PREVAILING_RATIO = 10;

  /** What a division's support from the report's other names ({@link #support}) adds, at most, to a reading. */
  private static final double JOINT_WEIGHT = 2;

  /**
   * Returns the names with the reading the report gave them where it named a division as such: once
   * "the state of Guanajuato", a bare "Guanajuato" elsewhere in the report is the state, not its capital.
   */
  private static List<Raw> divisionsAsNamed(List<Raw> raws) {
    Map<List<Place>, List<Place>> named = new java.util.IdentityHashMap<>();
    for (Raw r : raws) {
      if (r.narrowedFrom() != null) {
        named.putIfAbsent(r.narrowedFrom(), r.candidates());
      }
    }
    if (named.isEmpty()) {
      return raws;
    }
    List<Raw> out = new ArrayList<>(raws.size());
    for (Raw r : raws) {
      List<Place> c = r.state() == null ? named.get(r.candidates()) : null;
      out.add(c == null ? r : new Raw(r.begin(), r.end(), c, null, r.afterPreposition(), r.bare(), null, r.calledDivision(),
          r.nationality()));
    }
    return out;
  }

  /**
   * Returns the places the names found denote, in their order: each name's chosen reading, written
   * broadest last, or none where it is more likely no place.
   */
  static List<Mention> resolve(Gazetteer g, List<Raw> allRaws) {
    List<Raw> raws = divisionsAsNamed(allRaws);
    Map<String, Integer> context = new HashMap<>();
    Map<String, Double> votes = new HashMap<>();
    Set<List<Place>> voted = new java.util.HashSet<>();
    Set<String> statesNamed = new java.util.HashSet<>();
    for (Raw r : raws) {
      if (r.nationality()) {
        continue; // "US officials will meet in Geneva": no vote for Geneva, Illinois
      }
      for (Raw x : r.state() == null ? List.of(r) : List.of(r, r.state())) {
        List<Place> readings = prevailing(x.candidates());
        Place p = readings.get(0);
        if (readings.size() == 1 || p.kind() == Place.Kind.COUNTRY
            || p.kind() == Place.Kind.ADMIN1 && onlyDivision(x.candidates()) && !x.bare()) {
          context.merge(p.country(), 1, Integer::sum);
          // a county or a city the gazetteer knows with its county ("Chicago", "Cook County") places a local report
          // in that state as surely as the state's name
          if (p.kind() == Place.Kind.ADMIN1 || !p.admin2().isEmpty()
              && (p.kind() == Place.Kind.COUNTY || p.population() >= DIVISION_RIVAL)) {
            statesNamed.add(p.admin1Key());
          }
          if (p.kind() != Place.Kind.COUNTRY) {
            context.merge(p.admin1Key(), 1, Integer::sum);
          }
          if (p.kind() == Place.Kind.COUNTY) {
            context.merge(p.admin2Key(), 1, Integer::sum);
          }
        }
        if (voted.add(x.candidates())) {
          vote(readings, votes);
        }
      }
    }
    String dominant = dominant(votes);
    Map<String, Double> support = support(raws);
    List<Mention> out = new ArrayList<>();
    // a name repeated without a state after it reads the same each time: chosen once per preposition
    Map<List<Place>, Optional<Place>[]> chosen = new HashMap<>();
    // a name the report once writes with its state ("NAPLES, Fla.") reads so without it too
    Map<List<Place>, Place> written = new HashMap<>();
    for (Raw r : raws) {
      if (r.state() != null) {
        written.putIfAbsent(r.candidates(), choose(r, context, dominant, support));
      }
    }
    for (Raw r : raws) {
      Place p;
      if (r.state() == null && written.containsKey(r.candidates())) {
        p = written.get(r.candidates());
      } else if (r.state() == null) {
        @SuppressWarnings("unchecked")
        Optional<Place>[] memo = chosen.computeIfAbsent(r.candidates(), k -> new Optional[2]);
        int k = r.afterPreposition() ? 1 : 0;
        if (memo[k] == null) {
          Place c = choose(r, context, dominant, support);
          memo[k] = Optional.ofNullable(c != null && outOfState(c, statesNamed, votes) ? null : c);
        }
        p = memo[k].orElse(null);
      } else {
        p = choose(r, context, dominant, support);
      }
      if (p != null) {
        String name = p.fullName(g);
        out.add(new Mention(r.begin(), r.state() == null ? r.end() : r.state().end(), name, depth(p), p));
      }
    }
    return out;
  }

  /**
   * Whether a name denotes one first-level division only ("Plateau" is a state of Nigeria and of
   * Benin), and no city of any size ("Washington" is also the capital, "Manchester" an English city
   * besides a parish of Jamaica).
   */
  private static boolean onlyDivision(List<Place> candidates) {
    return candidates.stream().filter(p -> p.kind() == Place.Kind.ADMIN1).count() == 1
        && candidates.stream().noneMatch(p -> p.kind() == Place.Kind.CITY && p.population() >= DIVISION_RIVAL);
  }

  /**
   * Returns, by first-level division ("US.OH") and by US county ("US.OH.139"), how many of the
   * report's names could lie in it: each distinct name (its candidate list) gives one vote at each
   * level, split evenly among the divisions its readings lie in. Two ambiguous names that share a
   * division ("Mansfield" and "Richland County", both in Ohio and elsewhere) are more likely both
   * there than each in its most populous state, and a county named beside one of its towns ("Orange
   * County" beside "Pine Hills") is more likely that town's.
   */
  private static Map<String, Double> support(List<Raw> raws) {
    Map<String, Double> support = new HashMap<>();
    Set<List<Place>> seen = new java.util.HashSet<>();
    for (Raw r : raws) {
      if (r.nationality()) {
        continue; // "US officials will meet in Geneva": no vote for Geneva, Illinois
      }
      for (Raw x : r.state() == null ? List.of(r) : List.of(r, r.state())) {
        if (seen.add(x.candidates())) {
          for (boolean county : new boolean[] {false, true}) {
            Set<String> divisions = divisions(prevailing(x.candidates()), county);
            divisions.forEach(d -> support.merge(d, 1.0 / divisions.size(), Double::sum));
          }
        }
      }
    }
    return support;
  }

  /** Returns the first-level divisions ("US.OH") or the counties ("US.OH.139") the readings of a name lie in. */
  private static Set<String> divisions(List<Place> candidates, boolean county) {
    Set<String> out = new java.util.HashSet<>();
    for (Place p : candidates) {
      String key = division(p, county);
      if (key != null) {
        out.add(key);
      }
    }
    return out;
  }

  /** Returns the key of the first-level division or the county a reading lies in, or null if it has none. */
  private static String division(Place p, boolean county) {
    if (p.kind() == Place.Kind.COUNTRY || p.admin1().isEmpty() || county && p.admin2().isEmpty()) {
      return null;
    }
    return county ? p.admin2Key() : p.admin1Key();
  }

  /**
   * Gives one vote for a name, split evenly among the countries its candidates lie in. A name votes
   * once however often the report repeats it: a person's surname that is a town abroad ("Santos")
   * comes up in every paragraph, the places of the story once or twice each.
   */
  private static void vote(List<Place> candidates, Map<String, Double> votes) {
    Set<String> countries = new java.util.HashSet<>();
    candidates.forEach(p -> countries.add(p.country()));
    countries.forEach(c -> votes.merge(c, 1.0 / countries.size(), Double::sum));
  }

  /** Returns the country most of the votes name, if it has enough of them; else null. */
  static String dominant(Map<String, Double> votes) {
    double total = 0;
    String best = null;
    for (Map.Entry<String, Double> e : votes.entrySet()) {
      total += e.getValue();
      if (best == null || e.getValue() > votes.get(best)) {
        best = e.getKey();
      }
    }
    return best != null && votes.get(best) >= DOMINANT_VOTES && votes.get(best) >= DOMINANT_SHARE * total ? best : null;
  }

  /**
   * Chooses the entry a name denotes, or null if it is more likely no place: under a dominant
   * country, a name with no state written after it is read there if it can be; a foreign division
   * or city that is not a world city is dropped, and so is a foreign country not after a preposition.
   */
  private static Place choose(Raw r, Map<String, Integer> context, String dominant, Map<String, Double> support) {
    Map<String, Double> others = othersSupport(r.candidates(), support);
    if (dominant == null || r.state() != null) {
      return best(r.candidates(), r.state(), context, others);
    }
    List<Place> home = r.candidates().stream().filter(p -> p.country().equals(dominant)).toList();
    Place p = best(r.candidates(), null, context, others);
    if (!home.isEmpty()) {
      Place h = best(home, null, context, others);
      // a small home town that stood on a foreign country's reading ("Jordan Smith", "a trip to Mexico")
      // gives way to the country after a preposition, and is no place without one
      boolean weak = h.kind() == Place.Kind.CITY && h.population() < 100_000 && p.kind() == Place.Kind.COUNTRY;
      if (!weak) {
        return h;
      }
    }
    // a name abroad that the report calls a division is a place there: "in the Belgorod region"
    boolean kept = p.kind() == Place.Kind.COUNTRY ? r.afterPreposition()
        : r.calledDivision() || p.kind() == Place.Kind.CITY && p.population() >= WORLD_CITY;
    return kept ? p : null;
  }

  /**
   * Whether a town or county lies outside the one state the report names, in its country: a local
   * report names its state ("Oklahoma", "Lincoln County, Okla.", or a county or big city of it, "Tulsa") and writes a town of another state
   * with that state's name ("Wellston, Ohio"), so a small town read elsewhere without it is more
   * likely one of the named state that the gazetteer does not know, or no place at all.
   * The same holds of a small town abroad that no other name of the report places in its country
   * ("Dorchester" beside "Boston police" is the neighbourhood, not the English town).
   */
  private static boolean outOfState(Place p, Set<String> statesNamed, Map<String, Double> votes) {
    if (statesNamed.size() != 1 || p.kind() != Place.Kind.COUNTY && p.kind() != Place.Kind.CITY) {
      return false;
    }
    String state = statesNamed.iterator().next();
    boolean abroad = !state.startsWith(p.country() + ".");
    // a city of another state, or abroad, stands for itself from 300,000 people ("Antioch" and "Bordeaux"
    // in a Nashville report are its neighbourhoods)
    if (p.kind() == Place.Kind.CITY && p.population() >= OUT_OF_STATE_RIVAL) {
      return false;
    }
    if (abroad) {
      // abroad, with no other name of the report in its country
      return votes.getOrDefault(p.country(), 0.0) <= 1;
    }
    return !state.equals(p.admin1Key());
  }

  /**
   * Returns the one reading that stands for a name in the report's context, if its largest town or
   * county is a city at least {@value #PREVAILING_RATIO} times as populous as any other reading
   * ("Philadelphia" is the city in Pennsylvania far more often than the village in New York), else
   * all its readings. A name with a state written after it still takes the reading in that state.
   */
  static List<Place> prevailing(List<Place> candidates) {
    Place top = null;
    long rest = 0;
    for (Place p : candidates) {
      if (p.kind() != Place.Kind.CITY && p.kind() != Place.Kind.COUNTY) {
        return candidates;
      }
      if (top == null || p.population() > top.population()) {
        rest = top == null ? rest : Math.max(rest, top.population());
        top = p;
      } else {
        rest = Math.max(rest, p.population());
      }
    }
    return candidates.size() > 1 && top.population() >= DIVISION_RIVAL && top.population() >= PREVAILING_RATIO * rest
        ? List.of(top) : candidates;
  }

  /** Returns the support of each division and county of a name's readings from the report's other names. */
  private static Map<String, Double> othersSupport(List<Place> candidates, Map<String, Double> support) {
    Map<String, Double> out = new HashMap<>();
    for (boolean county : new boolean[] {false, true}) {
      Set<String> own = divisions(prevailing(candidates), county);
      for (String d : own) {
        double rest = support.getOrDefault(d, 0.0) - 1.0 / own.size();
        if (rest > 1e-9) {
          out.put(d, rest);
        }
      }
    }
    return out;
  }

  private static Place best(List<Place> candidates, Raw stateRaw, Map<String, Integer> context,
      Map<String, Double> others) {
    Place state = stateRaw == null ? null : stateRaw.candidates().get(0);
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Place p : candidates) {
      double s = p.kind() == Place.Kind.COUNTRY ? 1 : 0;
      s += Math.log10(1 + p.population()) / 10;
      // a division is in the context only with its country, a county only with its division (codes have no dots),
      // so the longer keys are made only when the shorter one is there
      boolean country = context.containsKey(p.country());
      boolean admin1 = country && context.containsKey(p.admin1Key());
      s += country ? 2 : 0;
      s += admin1 ? 4 : 0;
      s += admin1 && !p.admin2().isEmpty() && context.containsKey(p.admin2Key()) ? 4 : 0;
      for (boolean county : new boolean[] {false, true}) {
        String key = division(p, county);
        s += key == null ? 0 : JOINT_WEIGHT * Math.min(1, others.getOrDefault(key, 0.0));
      }
      if (state != null && p.kind() != Place.Kind.COUNTRY && p.kind() != Place.Kind.ADMIN1
          && p.country().equals(state.country())
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

  /** Returns how specific a place is: 1 a country, 2 a first-level division, 3 a county, 4 a city. */
  private static int depth(Place p) {
    return p.kind().ordinal() + 1;
  }
}
