package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.model.EventType;

/**
 * Chooses the place of an incident's trigger or figure among the places of its sentence (or the city
 * "this city" refers to), with the places coordinated with it; tells whether a place refines or lies
 * apart from an event's, and which place of the lead stands for a report with none of its own.
 * Not thread-safe; one report's.
 */
final class EventPlaces {
  /**
   * A city this populous that a report is filed from is taken for a news bureau's seat when the
   * incident lies in a region of the country ("southern Peru"): it does not stand for that region.
   */
  private static final long METROPOLIS = 1_000_000;
  /** The nouns an {@link #ANAPHOR} ends with: a sentence without one of them needs no regular expression. */
  private static final String[] ANAPHOR_NOUNS = {"city", "town", "capital", "village"};
  private static final Pattern ANAPHOR = Pattern.compile(
      "\\b(?:this|that|the same)(?: [A-Z][a-z]{1,20})? (?:city|town|capital|village)\\b");
  private static final int PLACE_FALLBACK_SENTENCES = 3;
  /** What a place loses for a trigger when another trigger of its sentence is nearer it ("... since 2001, when a plane crashed in Queens"). */
  private static final double OTHER_TRIGGERS_PLACE = 6;

  private final String text;
  private final List<int[]> sentences;
  private final List<List<Words.Word>> sentenceWords;
  /** The report's places, in text order. */
  private final List<PlaceFinder.Mention> places;
  /** Per sentence, whether it has an {@link #ANAPHOR}: 1 yes, -1 no, 0 not yet looked for. */
  private final byte[] anaphors;
  /** Per sentence, the index in {@link #places} (which are in text order) of the first place at or after its start. */
  private final int[] firstPlace;
  /** Per place, the word that governs it ({@link PlaceWords#wordBefore} over a possessive), or null if not yet read. */
  private final String[] governors;
  /** The triggers of the sentence being read: a place nearer another of them is less this trigger's. */
  List<Triggers.Trigger> sentenceTriggers = List.of();

  EventPlaces(String text, List<int[]> sentences, List<List<Words.Word>> sentenceWords,
      List<PlaceFinder.Mention> places) {
    this.text = text;
    this.sentences = sentences;
    this.sentenceWords = sentenceWords;
    this.places = places;
    this.firstPlace = new int[sentences.size()];
    for (int k = 0, i = 0; k < sentences.size(); k++) {
      while (i < places.size() && places.get(i).begin() < sentences.get(k)[0]) {
        i++;
      }
      firstPlace[k] = i;
    }
    this.governors = new String[places.size()];
    this.anaphors = new byte[sentences.size()];
  }

  /** Returns the place nearest a trigger, with any place coordinated with it ("in Abu Dhabi and Geneva"). */
  List<PlaceFinder.Mention> placesOf(int at, int sentence) {
    int[] s = sentences.get(sentence);
    if (hasAnaphor(sentence)) {
      PlaceFinder.Mention last = lastCityBefore(s[0]);
      if (last != null) {
        return List.of(last);
      }
    }
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    boolean locatedHere = false;
    for (int i = firstPlace[sentence]; i < places.size() && places.get(i).begin() < s[1]; i++) {
      locatedHere |= places.get(i).end() <= s[1] && !ReportPlace.isDateline(text, places.get(i), s)
          && (PlaceWords.isLocatingOrAttack(governor(i)) || PlaceWords.namesFacility(text, places.get(i)));
    }
    for (int i = firstPlace[sentence]; i < places.size() && places.get(i).begin() < s[1]; i++) {
      PlaceFinder.Mention p = places.get(i);
      // a dateline says where the report was written, not where a place the sentence locates lies ("LIMA - ... in Arequipa")
      if (p.end() <= s[1] && !(locatedHere && ReportPlace.isDateline(text, p, s))) {
        double score = 2 * p.depth() + (PlaceWords.isLocatingOrAttack(governor(i)) ? 2 : 0)
            - Math.abs(p.begin() - at) / 40.0
            - (nearerOtherTrigger(p.begin(), at) ? OTHER_TRIGGERS_PLACE : 0);
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
    }
    return best < 0 ? List.of() : coordinated(best);
  }

  /** Returns the place of a trigger: the best in its sentence, or the city "this city" refers to. */
  PlaceFinder.Mention placeNear(int at, int sentence) {
    List<PlaceFinder.Mention> l = placesOf(at, sentence);
    return l.isEmpty() ? null : l.get(0);
  }

  /** Whether a sentence says "this city", "that town"...; found once per sentence. */
  private boolean hasAnaphor(int sentence) {
    if (anaphors[sentence] == 0) {
      int[] s = sentences.get(sentence);
      boolean noun = false;
      // the pattern's noun follows a space, so a word of the sentence starts with it
      List<Words.Word> words = sentenceWords.get(sentence);
      for (int k = 0; k < words.size() && !noun; k++) {
        for (int i = 0; i < ANAPHOR_NOUNS.length && !noun; i++) {
          noun = text.startsWith(ANAPHOR_NOUNS[i], words.get(k).begin());
        }
      }
      anaphors[sentence] = (byte) (noun && ANAPHOR.matcher(text).region(s[0], s[1]).find() ? 1 : -1);
    }
    return anaphors[sentence] > 0;
  }

  private PlaceFinder.Mention lastCityBefore(int offset) {
    PlaceFinder.Mention last = null;
    for (PlaceFinder.Mention p : places) {
      if (p.end() <= offset && p.place().kind() == Place.Kind.CITY) {
        last = p;
      }
    }
    return last;
  }

  /** Returns the word that governs place {@code i}, read once. */
  private String governor(int i) {
    if (governors[i] == null) {
      governors[i] = PlaceWords.wordBefore(text, places.get(i), true);
    }
    return governors[i];
  }

  /**
   * Whether another trigger of the sentence is nearer {@code offset} than the trigger at {@code at};
   * a statement ("officials said") is no rival: it claims no place.
   */
  private boolean nearerOtherTrigger(int offset, int at) {
    int distance = Math.abs(offset - at);
    for (Triggers.Trigger t : sentenceTriggers) {
      if (t.begin() != at && t.type() != EventType.STATEMENT && Math.abs(offset - t.begin()) < distance) {
        return true;
      }
    }
    return false;
  }

  /** Returns place {@code i} with the places coordinated with it ("in Abu Dhabi and Geneva"). */
  private List<PlaceFinder.Mention> coordinated(int i) {
    List<PlaceFinder.Mention> out = new ArrayList<>(List.of(places.get(i)));
    for (int j = i + 1; j < places.size(); j++) {
      if (!PlaceWords.coordinated(text, places.get(j - 1), places.get(j))) {
        break;
      }
      out.add(places.get(j));
    }
    return out;
  }

  /**
   * Gives a draft the place its incident is named with again, at {@code at}: the first one, or one
   * the sentence locates within the draft's and nearer no other trigger ("a bus plunged into a gorge
   * in northern India", then "... in Uttarakhand"; "floods in southern Brazil", then "killed 23
   * people in Rio Grande do Sul state").
   */
  void placeAgain(EventDraft target, PlaceFinder.Mention place, int at) {
    if (target.place == null || !target.spread && place != null && place.depth() > target.place.depth()
        && PlaceWords.locates(text, place) && PlaceFinder.within(place, target.place)
        && !nearerOtherTrigger(place.begin(), at)) {
      target.place = place;
    }
  }

  /** Whether {@code place} is another town than draft {@code d}'s, neither within the other. */
  static boolean otherTown(EventDraft d, PlaceFinder.Mention place) {
    return d.place != null && !place.name().equals(d.place.name()) && !PlaceFinder.within(place, d.place)
        && !PlaceFinder.within(d.place, place);
  }

  /** Whether the report names place {@code p} in a sentence other than {@code sentence}. */
  boolean namedElsewhere(PlaceFinder.Mention p, int sentence) {
    int[] s = sentences.get(sentence);
    for (PlaceFinder.Mention q : places) {
      if ((q.begin() < s[0] || q.begin() >= s[1]) && q.name().equals(p.name())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the report's weightiest place may stand for the place named beside the incident: it
   * lies within it, or both lie in one first-level division (a local report's town over the nearby
   * city its lead names), or in one country when the incident's place is not the object of a
   * preposition ("Newark police said"). A place elsewhere does not: "MOSCOW -" and "Moscow said"
   * do not move a strike "on Bryansk".
   */
  boolean refines(PlaceFinder.Mention report, PlaceFinder.Mention incident) {
    Place a = report.place();
    Place b = incident.place();
    if (a.population() >= METROPOLIS && (toldAsRegion(incident)
        || b.kind() == Place.Kind.ADMIN1 && PlaceWords.locates(text, incident))) {
      return false; // "LIMA - ... struck southern Peru", "... in Rio Grande do Sul state": a wire bureau's city, not the region
    }
    if (PlaceFinder.within(report, incident)) {
      return true;
    }
    if (!a.country().equals(b.country())) {
      return false;
    }
    return !a.admin1().isEmpty() && a.admin1().equals(b.admin1()) || !PlaceWords.governed(text, incident);
  }

  /**
   * Whether the report names the incident's country, anywhere, with a compass word before it, as a
   * region of it ("Kenya: bus plunges into river", then "in western Kenya"): no wire bureau's city stands for it.
   */
  private boolean toldAsRegion(PlaceFinder.Mention incident) {
    if (incident.place().kind() != Place.Kind.COUNTRY) {
      return false;
    }
    for (PlaceFinder.Mention m : places) {
      if (m.name().equals(incident.name()) && PlaceWords.isCompassRegion(text, m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The most specific place named in the report's first sentences (headline, dateline, lead), else
   * the first town or county named anywhere in it: a report seldom names a place it is not about.
   */
  PlaceFinder.Mention leadPlace() {
    int limit = sentences.size() > PLACE_FALLBACK_SENTENCES ? sentences.get(PLACE_FALLBACK_SENTENCES)[0] : text.length();
    PlaceFinder.Mention best = null;
    for (PlaceFinder.Mention p : places) {
      if (p.begin() < limit && (best == null || p.depth() > best.depth())) {
        best = p;
      }
    }
    if (best == null || best.depth() < Place.Kind.COUNTY.ordinal() + 1) {
      for (PlaceFinder.Mention p : places) {
        if (p.depth() > (best == null ? 0 : best.depth()) && p.depth() >= Place.Kind.COUNTY.ordinal() + 1
            && (best == null || PlaceFinder.within(p, best))) {
          return p;
        }
      }
    }
    return best;
  }
}
