package org.dateline.rules.event.en;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Place names from GeoNames (CC BY 4.0, see NOTICE), trimmed to countries, first-level divisions,
 * US counties (with the county of each US town when known) and populated places (US ones of 1,000 people or more, others of 15,000 or more or seats of a
 * division), plus a short hand-written table of English aliases and US state abbreviations.
 * Loaded lazily, once, on first use; thread-safe and immutable afterwards.
 */
final class Gazetteer {
  private static final String RESOURCE = "places.tsv.gz";
  /** English names and abbreviations GeoNames' main names lack: name, then the entry it stands for. */
  private static final String[][] ALIASES = {
      {"Turkey", "C:TR"}, {"U.S.", "C:US"}, {"US", "C:US"}, {"USA", "C:US"}, {"America", "C:US"},
      {"Britain", "C:GB"}, {"UK", "C:GB"}, {"U.K.", "C:GB"}, {"Great Britain", "C:GB"}, {"England", "C:GB"},
      {"Kiev", "P:Kyiv"}, {"Geneva", "P:Genève"}, {"Ivory Coast", "C:CI"}, {"Burma", "C:MM"},
      {"Czech Republic", "C:CZ"}, {"Congo", "C:CD"}, {"Gaza City", "P:Gaza"}, {"Gaza", "A:PS.GZ"}, {"Washington, D.C.", "P:Washington, D.C."},
      {"D.C.", "P:Washington, D.C."}, {"Washington D.C.", "P:Washington, D.C."},
      {"Washington", "P:Washington, D.C."}, {"New York City", "P:New York City"},
      {"Ala.", "A:US.AL"}, {"Ariz.", "A:US.AZ"}, {"Ark.", "A:US.AR"}, {"Calif.", "A:US.CA"}, {"Colo.", "A:US.CO"},
      {"Conn.", "A:US.CT"}, {"Del.", "A:US.DE"}, {"Fla.", "A:US.FL"}, {"Ga.", "A:US.GA"}, {"Ill.", "A:US.IL"},
      {"Ind.", "A:US.IN"}, {"Kan.", "A:US.KS"}, {"Kans.", "A:US.KS"}, {"Ky.", "A:US.KY"}, {"La.", "A:US.LA"},
      {"Md.", "A:US.MD"}, {"Mass.", "A:US.MA"}, {"Mich.", "A:US.MI"}, {"Minn.", "A:US.MN"}, {"Miss.", "A:US.MS"},
      {"Mo.", "A:US.MO"}, {"Mont.", "A:US.MT"}, {"Neb.", "A:US.NE"}, {"Nev.", "A:US.NV"}, {"N.H.", "A:US.NH"},
      {"N.J.", "A:US.NJ"}, {"N.M.", "A:US.NM"}, {"N.Y.", "A:US.NY"}, {"N.C.", "A:US.NC"}, {"N.D.", "A:US.ND"},
      {"Okla.", "A:US.OK"}, {"Ore.", "A:US.OR"}, {"Pa.", "A:US.PA"}, {"R.I.", "A:US.RI"}, {"S.C.", "A:US.SC"},
      {"S.D.", "A:US.SD"}, {"Tenn.", "A:US.TN"}, {"Vt.", "A:US.VT"}, {"Va.", "A:US.VA"}, {"Wash.", "A:US.WA"},
      {"W.Va.", "A:US.WV"}, {"W. Va.", "A:US.WV"}, {"Wis.", "A:US.WI"}, {"Wyo.", "A:US.WY"}};

  /** The words that end the names of some first-level divisions and that news often leaves out. */
  private static final Set<String> DIVISION_WORDS = Set.of("State", "Oblast", "Province", "Region", "Governorate",
      "Krai", "Republic", "Prefecture");

  /** The longest name, in words, that {@link #lookup} can match. */
  static final int MAX_WORDS = 4;

  /** Keys ({@link #key} of a name) and their places, in an open-addressing table by {@link String#hashCode}. */
  private final String[] keys;
  /**
   * The {@link String#hashCode} of each key, beside it, with its lowest bit set, so that 0 marks an empty slot: a
   * look-up probes this array alone, and reads a key only where the hash agrees.
   */
  private final int[] hashes;
  private final List<Place>[] places;
  /**
   * By {@link String#hashCode}, the keys: a word whose bit is clear is no key, which {@link #lookup(String, int, int)}
   * learns from this small table without reading the large one.
   */
  private final long[] keyBits = new long[KEY_BITS / 64];
  private static final int KEY_BITS = 1 << 19;
  /** By {@link String#hashCode}, the first words of the names of several words. */
  private final BitSet firstWords = new BitSet(FIRST_WORD_BITS);
  private static final int FIRST_WORD_BITS = 1 << 18;
  /** The places of {@link Transliteration#COUNTRIES} by their folded names ({@link Transliteration}). */
  private final Map<String, List<Place>> folded;
  /** The first words of the folded names of several words. */
  private final Set<String> foldedFirstWords;
  /** By hash, the {@link Transliteration#skeleton skeletons} of the words of the folded names: a cheap first test. */
  private final BitSet foldedSkeletons = new BitSet(FIRST_WORD_BITS);
  private final Map<String, String> countryNames;
  private final Map<String, String> admin1Names;
  private final Map<String, String> admin2Names;

  private Gazetteer(Map<String, List<Place>> byName, Map<String, String> countryNames, Map<String, String> admin1Names,
      Map<String, String> admin2Names) {
    int slots = Integer.highestOneBit(Math.max(16, byName.size() * 2)) * 2;
    @SuppressWarnings("unchecked")
    List<Place>[] p = new List[slots];
    this.keys = new String[slots];
    this.hashes = new int[slots];
    this.places = p;
    for (Map.Entry<String, List<Place>> e : byName.entrySet()) {
      int slot = e.getKey().hashCode() & (slots - 1);
      while (keys[slot] != null) {
        slot = (slot + 1) & (slots - 1);
      }
      keys[slot] = e.getKey();
      hashes[slot] = e.getKey().hashCode() | 1;
      places[slot] = List.copyOf(e.getValue());
      int bit = e.getKey().hashCode() & (KEY_BITS - 1);
      keyBits[bit >>> 6] |= 1L << bit;
      int space = e.getKey().indexOf(' ');
      if (space > 0) {
        firstWords.set(e.getKey().substring(0, space).hashCode() & (FIRST_WORD_BITS - 1));
      }
    }
    this.countryNames = countryNames;
    this.admin1Names = admin1Names;
    this.admin2Names = admin2Names;
    Map<String, List<Place>> f = new HashMap<>();
    Set<String> first = new HashSet<>();
    for (List<Place> l : byName.values()) {
      for (Place q : l) {
        if ((q.kind() == Place.Kind.CITY || q.kind() == Place.Kind.ADMIN1)
            && Transliteration.COUNTRIES.contains(q.country())) {
          String k = Transliteration.foldGazetteer(key(q.name()));
          addFolded(f, first, k, q);
          for (String w : key(q.name()).split("[ -]")) {
            foldedSkeletons.set(Transliteration.skeleton(w, 0, w.length()) & (FIRST_WORD_BITS - 1));
          }
          String single = Transliteration.undoubled(k);
          if (single != null) {
            addFolded(f, first, single, q);
          }
        }
      }
    }
    f.replaceAll((k, v) -> v.stream().sorted(Place.PREFERENCE).toList());
    this.folded = Map.copyOf(f);
    this.foldedFirstWords = Set.copyOf(first);
  }

  private static void addFolded(Map<String, List<Place>> folded, Set<String> firstWords, String k, Place p) {
    List<Place> l = folded.computeIfAbsent(k, x -> new ArrayList<>(1));
    if (!l.contains(p)) {
      l.add(p);
    }
    int space = k.indexOf(' ');
    if (space > 0) {
      firstWords.add(k.substring(0, space));
    }
  }

  /**
   * Returns the places a name no exact lookup found may denote in another transliteration ("Khan
   * Younis" for "Khān Yūnis"), most populous first within each kind; empty if none.
   */
  List<Place> lookupTransliterated(String name) {
    String k = Transliteration.foldText(key(name));
    return k.length() < Transliteration.MIN_LENGTH ? List.of() : folded.getOrDefault(k, List.of());
  }

  /**
   * Returns false if the word {@code text[begin, end)} begins no transliterated name, and true if it
   * may: a test that reads the word's consonants without making a string.
   */
  boolean mayBeTransliterated(String text, int begin, int end) {
    return foldedSkeletons.get(Transliteration.skeleton(text, begin, end) & (FIRST_WORD_BITS - 1));
  }

  /** Whether a word may begin a transliterated name of several words ("Deir" of "Deir el-Balah"). */
  boolean mayStartTransliterated(String word) {
    return foldedFirstWords.contains(Transliteration.foldText(key(word)));
  }

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  /** Returns the gazetteer, loading it on first use. */
  static Gazetteer instance() {
    return Holder.INSTANCE;
  }

  /** Returns the places a name may denote, most populous first within each kind; empty if none. */
  List<Place> lookup(String name) {
    String k = key(name);
    int h = k.hashCode();
    for (int slot = h & (keys.length - 1); keys[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
      if (keys[slot].equals(k)) {
        return places[slot];
      }
    }
    return List.of();
  }

  /**
   * Returns {@link #lookup lookup(text.substring(begin, end))}; a name in ASCII, as nearly all are,
   * is looked up without making a string.
   */
  List<Place> lookup(String text, int begin, int end) {
    int h = 0;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return lookup(text.substring(begin, end));
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    int bit = h & (KEY_BITS - 1);
    if ((keyBits[bit >>> 6] & 1L << bit) == 0) {
      return List.of();
    }
    int stored = h | 1;
    for (int slot = h & (keys.length - 1); hashes[slot] != 0; slot = (slot + 1) & (keys.length - 1)) {
      if (hashes[slot] == stored && keys[slot].length() == end - begin && asciiKeyEquals(keys[slot], text, begin)) {
        return places[slot];
      }
    }
    return List.of();
  }

  /**
   * Returns false if no name of several words starts with the word {@code text[begin, end)}, and
   * true if one may; so that the longer names a word might start are looked up only when one does.
   */
  boolean mayStartName(String text, int begin, int end) {
    int h = 0;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return true;
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return firstWords.get(h & (FIRST_WORD_BITS - 1));
  }

  private static boolean asciiKeyEquals(String key, String text, int begin) {
    for (int k = 0; k < key.length(); k++) {
      char c = text.charAt(begin + k);
      if (key.charAt(k) != (c >= 'A' && c <= 'Z' ? c + 32 : c)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the country's name for an ISO code, or the code itself. */
  String countryName(String code) {
    return countryNames.getOrDefault(code, code);
  }

  /** Returns the name of a first-level division ("US.IL" gives "Illinois"), or null. */
  String admin1Name(String country, String admin1) {
    return admin1Names.get(country + "." + admin1);
  }

  /** Returns the name of the first-level division a place lies in ({@link Place#admin1Key}), or null. */
  String admin1Name(Place p) {
    return admin1Names.get(p.admin1Key());
  }

  /** Returns the name of the US county a place lies in ({@link Place#admin2Key}), or null if it has none. */
  String admin2Name(Place p) {
    return p.admin2().isEmpty() ? null : admin2Names.get(p.admin2Key());
  }

  /** Folds a name for lookup: lower case, accents removed. */
  static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private static Gazetteer load() {
    Map<String, List<Place>> byName = new HashMap<>(80_000);
    Map<String, String> countries = new HashMap<>();
    Map<String, String> admin1 = new HashMap<>();
    Map<String, String> admin2 = new HashMap<>();
    List<Place> divisions = new ArrayList<>();
    try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Place p = new Place(Place.Kind.of(f[0]), f[1], f[2], f[3], Long.parseLong(f[4]), f.length > 5 ? f[5] : "");
        byName.computeIfAbsent(key(p.name()), k -> new ArrayList<>(1)).add(p);
        String other = otherShortForm(p.name());
        if (other != null) {
          List<Place> l = byName.computeIfAbsent(key(other), k -> new ArrayList<>(1));
          if (!l.contains(p)) {
            l.add(p);
          }
        }
        if (p.kind() == Place.Kind.ADMIN1 && withoutDivisionWord(p.name()) != null) {
          divisions.add(p);
        }
        if (p.kind() == Place.Kind.COUNTRY) {
          countries.put(p.country(), p.name());
        } else if (p.kind() == Place.Kind.ADMIN1) {
          admin1.put(p.country() + "." + p.admin1(), p.name());
        } else if (p.kind() == Place.Kind.COUNTY) {
          admin2.put(p.country() + "." + p.admin1() + "." + p.admin2(), p.name());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    for (Place p : divisions) {
      // "Plateau" is Plateau State, but "Bryansk" stays the city that gives Bryansk Oblast its name
      List<Place> same = byName.computeIfAbsent(key(withoutDivisionWord(p.name())), k -> new ArrayList<>(1));
      if (same.stream().noneMatch(c -> c.kind() == Place.Kind.CITY && c.country().equals(p.country()))) {
        same.add(p);
      }
    }
    addAliases(byName);
    byName.values().forEach(l -> l.sort(Place.PREFERENCE));
    return new Gazetteer(byName, countries, admin1, admin2);
  }

  /** Words of names that news also writes short, and their short forms: "Saint" and "St.", "Mount" and "Mt.". */
  private static final String[][] SHORT_FORMS = {{"Saint", "St."}, {"Mount", "Mt."}, {"Fort", "Ft."}};

  /**
   * Returns a name with a saint's, a mount's or a fort's in it as news may also write it ("St. Paul"
   * for "Saint Paul", "Saint Cloud" for "St. Cloud", "East St. Louis" for "East Saint Louis", "Mt.
   * Pleasant" for "Mount Pleasant"), or null if it has none. Only the first such word is changed.
   */
  static String otherShortForm(String name) {
    String padded = " " + name;
    int best = -1;
    String from = null;
    String to = null;
    for (String[] f : SHORT_FORMS) {
      for (int k = 0; k < 2; k++) {
        int at = padded.indexOf(" " + f[k] + " ");
        if (at >= 0 && (best < 0 || at < best)) {
          best = at;
          from = f[k];
          to = f[1 - k];
        }
      }
    }
    if (best < 0) {
      return null;
    }
    return (padded.substring(0, best) + " " + to + " " + padded.substring(best + from.length() + 2)).substring(1);
  }

  /**
   * Returns a division's name without the word that says what kind of division it is ("Plateau"
   * for "Plateau State", "Bryansk" for "Bryansk Oblast"), as news writes it ("in Plateau state",
   * "the Bryansk region"); null if the name has no such word.
   */
  static String withoutDivisionWord(String name) {
    int space = name.lastIndexOf(' ');
    return space > 0 && DIVISION_WORDS.contains(name.substring(space + 1)) ? name.substring(0, space) : null;
  }

  private static void addAliases(Map<String, List<Place>> byName) {
    for (String[] a : ALIASES) {
      String kind = a[1].substring(0, 1);
      String target = a[1].substring(2);
      for (List<Place> candidates : List.copyOf(byName.values())) {
        for (Place p : candidates) {
          if (p.kind() == Place.Kind.of(kind) && matches(p, target)) {
            // a city whose name is not in English letters is shown by the English one ("Geneva"); others
            // keep their own, so that "Kiev" and "Kyiv", "D.C." and "Washington, D.C." are one place
            Place shown = p.kind() == Place.Kind.CITY && !ascii(p.name())
                ? new Place(p.kind(), a[0], p.country(), p.admin1(), p.population(), p.admin2()) : p;
            List<Place> named = byName.computeIfAbsent(key(a[0]), k -> new ArrayList<>(1));
            if (!named.contains(shown)) {
              named.add(shown);
            }
            break;
          }
        }
      }
      List<Place> l = byName.get(key(a[0]));
      if (l != null && l.size() > 1 && !kind.equals("P")) {
        l.removeIf(p -> p.kind() != Place.Kind.of(kind) || !matches(p, target));
      }
    }
  }

  private static boolean ascii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }

  private static boolean matches(Place p, String target) {
    switch (p.kind()) {
      case COUNTRY:
        return p.country().equals(target);
      case ADMIN1:
        return (p.country() + "." + p.admin1()).equals(target);
      default:
        return p.name().equals(target) && p.population() >= 15_000;
    }
  }

  @Override
  public String toString() {
    int names = 0;
    for (String k : keys) {
      names += k == null ? 0 : 1;
    }
    return "Gazetteer[" + names + " names]";
  }
}
