package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.model.EventType;

/**
 * The words that name an event, per type: nouns and verbs, single words and short phrases.
 * Matching is on lower-cased words; a capitalized trigger inside a sentence is taken for part of a
 * name ("Storm Shadow missiles", "Fire Department") and skipped, except the named-storm titles.
 */
final class Triggers {
  private static final Object[][] TABLE = {
      {EventType.SHOOTING, "shooting", "shootings", "shot", "shoot", "shoots", "gunfire", "gunshot", "gunshots",
          "gunman", "gunmen", "opened fire", "open fire", "fired shots", "shots fired", "shots were fired",
          "drive-by", "gunned down", "shootout", "shoot-out", "homicide", "shooter", "stray bullet", "bullet",
          "gunshot wound", "murder-suicide", "hunting accident", "gun discharged", "gun discharges", "gun went off",
          "accidentally discharged", "weapon discharged"},
      {EventType.ATTACK, "attack", "attacks", "attacked", "assault", "assaulted", "ambush", "ambushed",
          "stabbing", "stabbed", "massacre", "raid", "mass killing", "charged in killing", "in the killing of"},
      {EventType.STRIKE, "strike", "strikes", "struck", "airstrike", "airstrikes", "air strike", "air strikes",
          "drone strike", "missile strike", "shelling", "shelled", "bombardment"},
      {EventType.BOMBING, "bombing", "bombings", "bomb", "bomber", "suicide bomber", "car bomb", "ied"},
      {EventType.EXPLOSION, "explosion", "explosions", "blast", "blasts", "exploded", "detonated"},
      {EventType.CRASH, "crash", "crashed", "crashes", "collided", "collision", "derailed", "derailment",
          "plane crash", "capsized", "road accident", "traffic accident", "car accident", "bus accident",
          "train accident", "head-on"},
      {EventType.FIRE, "blaze", "wildfire", "wildfires", "inferno", "house fire", "caught fire", "fire broke out",
          "a fire", "the fire"},
      {EventType.FLOOD, "flood", "floods", "flooding", "landslide", "landslides", "mudslide", "flash flood"},
      {EventType.EARTHQUAKE, "earthquake", "earthquakes", "quake", "tremor"},
      {EventType.STORM, "storm", "storms", "hurricane", "hurricanes", "typhoon", "cyclone", "tornado", "tornadoes",
          "tropical storm"},
      {EventType.STAMPEDE, "stampede", "crush"},
      {EventType.EXTREME_TEMPERATURE, "heat wave", "heat waves", "heatwave", "heatwaves", "extreme heat",
          "cold wave", "cold waves", "cold snap"},
      {EventType.COLLAPSE, "collapse", "collapsed", "collapses", "caved in", "caves in"},
      {EventType.CLASH, "clash", "clashes", "clashed", "fighting", "battle", "riot", "riots", "skirmish"},
      {EventType.TALKS, "talks", "negotiations", "negotiation", "peace talks", "round of talks"},
      {EventType.MEETING, "met with", "meeting", "summit", "to meet", "will meet", "would meet", "met in",
          "meet in", "meet again", "visited", "will visit", "to visit", "state visit", "visit to"},
      {EventType.CALL, "phone call", "telephone call", "phone conversation", "telephone conversation",
          "spoke by phone", "spoke by telephone", "spoke on the phone", "call with"},
      {EventType.STATEMENT, "said", "announced", "stated", "declared"}};
  /**
   * Words after a trigger that make it a modifier or another sense, not an event: "fire department",
   * "shooting range", "drones were shot down", "faces assault charges".
   */
  private static final Set<String> MODIFIED = Set.of("down", "department", "departments", "chief", "official", "officials",
      "station", "marshal", "crew", "crews", "truck", "trucks", "fighter", "fighters", "rescue", "service",
      "services", "captain", "district", "hydrant", "escape", "alarm", "range", "spokesman", "spokeswoman",
      "investigator", "investigators", "victim", "victims", "suspect", "suspects", "points", "train", "trains",
      "charge", "charges", "count", "counts", "conviction", "convictions");
  /**
   * Words after "shooting" that still tell a shooting happened: "a shooting victim was identified",
   * "the shooting suspect was arrested" (unlike "a fire truck" or "a shooting range").
   */
  private static final Set<String> PARTIES = Set.of("victim", "victims", "suspect", "suspects");
  /**
   * Vehicles whose mishap verb names a crash ("the bus overturned", "a ferry capsized", "a bus
   * carrying 50 pilgrims skidded off"), where the verb alone would not ("the court overturned").
   */
  private static final Set<String> VEHICLES = Set.of("bus", "minibus", "truck", "lorry", "car", "vehicle", "van",
      "train", "tanker", "boat", "ferry", "ship", "jeep", "tractor", "suv", "helicopter", "aircraft", "plane", "coach",
      "motorcycle", "taxi");
  private static final Set<String> MISHAPS = Set.of("overturned", "overturns", "plunged", "plunges", "veered",
      "veers", "capsized", "capsizes", "sank", "sinks", "flipped", "flips", "skidded", "skids", "rolled over",
      "rolls over", "went off", "goes off", "ran off", "runs off", "fell into", "falls into", "went down",
      "goes down");
  /** By {@link String#hashCode}, the vehicles: a word not among them is refused without its lower-cased string. */
  private static final boolean[] VEHICLE_HASHES = new boolean[256];
  /** How many words a mishap verb may follow its vehicle by ("a bus carrying about 50 pilgrims skidded"). */
  private static final int MISHAP_WINDOW = 8;
  /** How many words after "spoke" may end in "by phone": "spoke to the Russian president by phone". */
  private static final int PHONE_WINDOW = 7;
  /** Weapons whose impact names a strike ("a missile hit a grain terminal", "drones struck"). */
  private static final List<String> WEAPONS = List.of("missile", "missiles", "rocket", "rockets", "drone", "drones",
      "shell", "shells", "mortar", "mortars", "projectile", "projectiles");
  private static final List<String> IMPACTS = List.of("hit", "struck", "slammed into", "landed", "crashed into",
      "exploded", "targeted", "smashed into");
  private static final List<String> NAMED_STORMS = List.of("hurricane", "typhoon", "cyclone", "tropical storm");
  /** Verbs that say only that the incident just named happened: "an earthquake struck", "a tornado strikes". */
  private static final Set<String> HAPPENED = Set.of("struck", "strikes");
  /** How many words a {@link #HAPPENED} verb may follow its incident by ("a powerful quake struck"). */
  private static final int HAPPENED_WINDOW = 3;

  /** Phrase (lower-cased words joined by single spaces) to type. */
  private static final Map<String, EventType> PHRASES = new HashMap<>();
  private static final int MAX_WORDS = 4;
  /** The phrases in an open-addressing table by {@link String#hashCode}, so words are looked up without strings. */
  private static final int SLOTS = 1024;
  private static final String[] SLOT_PHRASE = new String[SLOTS];
  private static final EventType[] SLOT_TYPE = new EventType[SLOTS];
  private static final int MAX_CHARS;
  private static final int FIRST_WORD_SLOTS = 4096;
  /**
   * By length in words and {@link String#hashCode}, the first words of the phrases of that length, and at
   * length 0 those of any length: a word not among them starts no phrase, or none that long.
   */
  private static final boolean[][] FIRST_WORDS = new boolean[MAX_WORDS + 1][FIRST_WORD_SLOTS];

  static {
    int maxChars = 0;
    for (Object[] row : TABLE) {
      for (int i = 1; i < row.length; i++) {
        PHRASES.put((String) row[i], (EventType) row[0]);
      }
    }
    putPairs(WEAPONS, IMPACTS, EventType.STRIKE);
    for (Map.Entry<String, EventType> e : PHRASES.entrySet()) {
      int slot = e.getKey().hashCode() & (SLOTS - 1);
      while (SLOT_PHRASE[slot] != null) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      SLOT_PHRASE[slot] = e.getKey();
      SLOT_TYPE[slot] = e.getValue();
      maxChars = Math.max(maxChars, e.getKey().length());
    }
    MAX_CHARS = maxChars;
    for (String v : VEHICLES) {
      VEHICLE_HASHES[v.hashCode() & (VEHICLE_HASHES.length - 1)] = true;
    }
    for (String phrase : PHRASES.keySet()) {
      String[] words = phrase.split(" ");
      int h = words[0].hashCode() & (FIRST_WORD_SLOTS - 1);
      FIRST_WORDS[0][h] = true;
      FIRST_WORDS[words.length][h] = true;
    }
  }

  /** Adds every phrase "subject verb" of the two lists as a trigger of {@code type}: "bus overturned", "missile hit". */
  private static void putPairs(List<String> subjects, List<String> verbs, EventType type) {
    for (String subject : subjects) {
      for (String verb : verbs) {
        PHRASES.put(subject + " " + verb, type);
      }
    }
  }

  /** Returns the slot of phrase {@code join(words, i, n)}, or -1 if it is no trigger. */
  private static int slot(List<Words.Word> words, int i, int n) {
    int h = Words.joinHash(words, i, n, MAX_CHARS);
    for (int slot = h & (SLOTS - 1); SLOT_PHRASE[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
      String p = SLOT_PHRASE[slot];
      if (p.hashCode() == h && Words.joinEquals(words, i, n, p)) {
        return slot;
      }
    }
    return -1;
  }

  /** A trigger found: its type and offsets. */
  record Trigger(EventType type, int begin, int end) {}

  private Triggers() {}

  /**
   * Returns the triggers among {@code words} (one sentence's), longest phrase first at each word.
   *
   * @param titleCase {@link #isTitleCase isTitleCase(words)}
   */
  static List<Trigger> find(List<Words.Word> words, boolean titleCase) {
    List<Trigger> out = new ArrayList<>();
    int incidentEnd = Integer.MIN_VALUE / 2;
    for (int i = 0; i < words.size(); i++) {
      int first = words.get(i).lowerHash() & (FIRST_WORD_SLOTS - 1);
      if (!FIRST_WORDS[0][first]) {
        continue;
      }
      for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
        int slot = FIRST_WORDS[n][first] ? slot(words, i, n) : -1;
        if (slot < 0) {
          continue;
        }
        String phrase = SLOT_PHRASE[slot];
        EventType t = SLOT_TYPE[slot];
        boolean modifier = i + n < words.size() && MODIFIED.contains(words.get(i + n).lower())
            && t != null && t.isIncident() && n <= 2
            && !(t == EventType.SHOOTING && PARTIES.contains(words.get(i + n).lower()));
        // "charged with second-degree assault": the name of a charge, not an incident
        boolean charge = i > 0 && words.get(i - 1).lower().endsWith("degree");
        // "the plan was met with criticism": a reception, no meeting
        boolean reception = phrase.equals("met with") && i > 0 && PASSIVE_BE.contains(words.get(i - 1).lower());
        if (t != null && !modifier && !charge && !reception && !isNamePart(words, i, phrase, titleCase)) {
          if (!(HAPPENED.contains(phrase) && i - incidentEnd <= HAPPENED_WINDOW)) {
            // "the plane struck a hangar", "a car struck a pedestrian": a vehicle's impact is a crash
            EventType type = t == EventType.STRIKE && HAPPENED.contains(phrase) && vehicleBefore(words, i, out)
                ? EventType.CRASH : t;
            out.add(new Trigger(type, words.get(i).begin(), words.get(i + n - 1).end()));
          }
          if (t.isIncident()) {
            incidentEnd = i + n - 1;
          }
          i += n - 1;
          break;
        }
      }
    }
    addMishaps(words, out);
    addCallsByPhone(words, out);
    addMeetings(words, out);
    return out;
  }

  /** Titles of people whose meeting is news: "met the UN envoy", "met his Turkish counterpart". */
  private static final Set<String> TITLES = Set.of("president", "prime", "minister", "envoy", "envoys", "leader",
      "leaders", "king", "queen", "delegation", "ambassador", "secretary", "chancellor", "pope", "counterpart",
      "counterparts", "officials", "premier", "emir", "crown", "prince", "representatives", "negotiators", "mediators",
      "governor", "mayor");
  /** Pronouns, capitalised at a sentence's start, that name nobody: "We met Gabby". */
  private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they");
  /** Words between "met" and a title: "met the visiting Turkish foreign minister". */
  private static final int TITLE_WINDOW = 4;

  /**
   * Adds a meeting trigger at "met" between people told by a name or a title: "the president met the UN envoy on
   * Sunday", "Macron met Zelensky in Paris"; "met the criteria", "met his wife" or "we met Gabby" is no meeting.
   */
  private static void addMeetings(List<Words.Word> words, List<Trigger> out) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).lowerLength() != 3 || !words.get(i).lower().equals("met")) {
        continue;
      }
      // both sides told by a name or a title: "the president met the UN envoy", "Macron met Zelensky"
      boolean named = words.get(i + 1).isCapitalized();
      for (int k = i + 1; !named && k < words.size() && k <= i + TITLE_WINDOW; k++) {
        named = TITLES.contains(words.get(k).lower());
      }
      boolean byName = i > 0 && words.get(i - 1).isCapitalized() && !PRONOUNS.contains(words.get(i - 1).lower());
      for (int k = i - 1; named && !byName && k >= 0 && k >= i - TITLE_WINDOW; k--) {
        byName = TITLES.contains(words.get(k).lower());
      }
      named &= byName;
      int begin = words.get(i).begin();
      if (named && !anyBetween(out, begin, words.get(i).end(), type -> true)) {
        out.add(insertionPoint(out, begin), new Trigger(EventType.MEETING, begin, words.get(i).end()));
      }
    }
  }

  /** Forms of "be" before "met with" that make it a reception: "was met with protests". */
  private static final Set<String> PASSIVE_BE = Set.of("was", "were", "been", "be", "is", "are", "being");

  /** The verbs and the nouns of a call by phone. */
  private static final Set<String> SPOKE = Set.of("spoke", "talked", "spoken");
  private static final Set<String> PHONE = Set.of("phone", "telephone");

  /**
   * Adds a call trigger at "spoke" or "talked" followed, within {@value #PHONE_WINDOW} words, by "by
   * phone" or "by telephone" with the person between: "Trump spoke to Putin by phone", "the two
   * ministers talked with their Iranian counterpart by telephone".
   */
  private static void addCallsByPhone(List<Words.Word> words, List<Trigger> out) {
    for (int i = 0; i < words.size(); i++) {
      // the length first: most words are never lower-cased
      int length = words.get(i).lowerLength();
      if (length != 5 && length != 6 || !SPOKE.contains(words.get(i).lower())) {
        continue;
      }
      for (int k = i + 2; k + 1 < words.size() && k <= i + PHONE_WINDOW; k++) {
        if (words.get(k).lowerLength() == 2 && words.get(k).lower().equals("by")
            && PHONE.contains(words.get(k + 1).lower())) {
          int begin = words.get(i).begin();
          if (!anyBetween(out, begin, words.get(k + 1).end(), type -> type == EventType.CALL)) {
            out.add(insertionPoint(out, begin), new Trigger(EventType.CALL, begin, words.get(k + 1).end()));
          }
          break;
        }
      }
    }
  }

  /**
   * Adds a crash trigger at each mishap verb that follows a vehicle by at most {@link
   * #MISHAP_WINDOW} words with no other incident trigger between them: "a bus carrying 50 pilgrims
   * skidded off the road", not "a car bomb went off".
   */
  private static void addMishaps(List<Words.Word> words, List<Trigger> out) {
    int vehicle = -1;
    for (int i = 0; i < words.size(); i++) {
      Words.Word word = words.get(i);
      if (isVehicle(word)) {
        vehicle = i;
        continue;
      }
      if (vehicle < 0 || i - vehicle > MISHAP_WINDOW) {
        continue;
      }
      String w = word.lower();
      int n = MISHAPS.contains(w) ? 1 : i + 1 < words.size() && MISHAPS.contains(w + " " + words.get(i + 1).lower()) ? 2 : 0;
      if (n > 0 && !anyBetween(out, words.get(vehicle).begin(), words.get(i).end(), EventType::isIncident)) {
        int begin = words.get(vehicle).begin();
        out.add(insertionPoint(out, begin), new Trigger(EventType.CRASH, begin, words.get(i + n - 1).end()));
        vehicle = -1;
      }
    }
  }

  /** Whether a vehicle comes at most {@link #MISHAP_WINDOW} words before word {@code i}, no incident word between. */
  private static boolean vehicleBefore(List<Words.Word> words, int i, List<Trigger> found) {
    for (int k = i - 1; k >= Math.max(0, i - MISHAP_WINDOW); k--) {
      Words.Word w = words.get(k);
      if (isVehicle(w)) {
        return !anyBetween(found, w.begin(), words.get(i).begin(), EventType::isIncident);
      }
    }
    return false;
  }

  /** Whether a word is one of the {@link #VEHICLES}; most words are refused by their hash alone. */
  private static boolean isVehicle(Words.Word w) {
    return VEHICLE_HASHES[w.lowerHash() & (VEHICLE_HASHES.length - 1)] && VEHICLES.contains(w.lower());
  }

  /** Whether a trigger whose type {@code kind} accepts overlaps {@code [begin, end)}. */
  private static boolean anyBetween(List<Trigger> found, int begin, int end, Predicate<EventType> kind) {
    for (Trigger t : found) {
      if (kind.test(t.type()) && t.end() > begin && t.begin() < end) {
        return true;
      }
    }
    return false;
  }

  private static int insertionPoint(List<Trigger> found, int begin) {
    int i = found.size();
    while (i > 0 && found.get(i - 1).begin() > begin) {
      i--;
    }
    return i;
  }

  private static boolean isNamePart(List<Words.Word> words, int i, String phrase, boolean titleCase) {
    Words.Word w = words.get(i);
    if (titleCase || i == 0 || !w.isCapitalized() || NAMED_STORMS.contains(phrase)) {
      return false;
    }
    return !w.text().toUpperCase(Locale.ROOT).equals(w.text());
  }

  /** Returns whether most longer words are capitalized, as in a headline, so capitals say nothing. */
  static boolean isTitleCase(List<Words.Word> words) {
    int longer = 0;
    int capitalized = 0;
    for (Words.Word w : words) {
      if (w.length() > 3) {
        longer++;
        capitalized += w.isCapitalized() ? 1 : 0;
      }
    }
    return longer >= 3 && capitalized * 10 >= longer * 6;
  }
}
