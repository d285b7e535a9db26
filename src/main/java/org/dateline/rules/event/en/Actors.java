package org.dateline.rules.event.en;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people a report names as taking part in its incident, in the two ways local news
 * names them: a name with an age in apposition ("Jordan Lee Parks, 23, of Reno") and a name after
 * "identified ... as" ("police identified the victim as Mara Quill"). Such names let a late
 * follow-up ("Parks pleaded guilty on Monday") be matched with the incident it follows.
 */
final class Actors {
  /** A personal name: two to four capitalized words, a middle initial allowed. Bounded, so linear. */
  private static final String NAME = "([A-Z][a-z]{1,15}(?: [A-Z]\\.)?(?: [A-Z][a-zA-Z'\\-]{1,20}){1,2})";
  private static final Pattern WITH_AGE = Pattern.compile("\\b" + NAME + ", \\d{1,2},");
  private static final Pattern IDENTIFIED = Pattern.compile("\\bidentified (?:(?:him|her|them|the [a-z]{2,12}) )?as "
      + NAME);
  /** Capitalized words that open a sentence or a title and are not names. */
  private static final Set<String> NOT_FIRST_NAMES = Set.of("The", "A", "An", "In", "On", "At", "Police", "Officers",
      "Deputies", "Authorities", "Sheriff", "Officer", "Deputy", "Detective", "Sgt", "Lt", "Capt", "Chief", "Mr",
      "Mrs", "Ms", "Dr", "When", "After", "Before", "Friends", "Family", "Victim", "Suspect");
  private static final int MAX_ACTORS = 8;
  /** How many names named again at most are checked against the whole text, so that the work stays linear. */
  private static final int MAX_TRIED = 32;
  /**
   * Words before a name that make it an official's (a police chief, a mayor, a judge), named in
   * report after report of one city's incidents and so no sign of one incident.
   */
  private static final Set<String> TITLES = Set.of("Police", "Chief", "Sheriff", "Officer", "Officers", "Deputy",
      "Detective", "Det", "Sgt", "Sergeant", "Lt", "Lieutenant", "Capt", "Captain", "Cpl", "Corporal", "Trooper",
      "Agent", "Mayor", "Gov", "Governor", "Sen", "Senator", "Rep", "President", "Judge", "Justice", "Attorney",
      "Prosecutor", "Coroner", "Commissioner", "Councilman", "Councilwoman", "Superintendent", "Principal",
      "Pastor", "Rev", "Reverend", "Dr", "Insp", "Supt", "Atty", "Dep", "Ofc", "Spokesman", "Spokeswoman", "Investigator", "Director", "Secretary",
      "Professor", "Prof", "Coach", "Assistant", "District", "State", "County", "City", "Minister", "Spokesperson",
      "Official", "Commander", "General", "Gen", "Colonel", "Col", "Ambassador", "Leader", "Premier", "Chairman",
      "Chairwoman", "Analyst", "Expert", "Researcher", "Reporter", "Correspondent", "Editor", "Writer",
      "Lawyer", "Counsel", "Administrator", "Marshal", "Constable", "Patrolman", "Dispatcher", "Paramedic",
      "Firefighter", "Ranger", "Warden", "Solicitor", "Executive", "Activist", "Advocate", "Bishop",
      "Councilmember", "Alderman", "Alderwoman", "Anchor", "Meteorologist");
  /** Titles written short with a full stop, which does not end the run of words: "Sgt. Ana Ruiz". */
  private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Rev", "Sgt", "Lt", "Capt",
      "Det", "Cpl", "Gov", "Sen", "Rep", "Prof", "Insp", "Supt", "Atty", "Dep", "Ofc", "Sr", "Jr");
  /** Words after a surname standing alone that tell a person: "Reddick said", "Reddick was charged". */
  private static final Set<String> PERSON_VERBS = Set.of("said", "says", "told", "was", "is", "had", "has", "have",
      "were", "pleaded", "pled", "faces", "faced", "died", "allegedly", "admitted", "fired", "shot", "ran", "called",
      "did", "will", "would", "could", "remains", "remained", "appeared", "testified", "confessed", "fled",
      "returned", "wrote", "added", "explained", "recalled", "described", "denied", "claimed", "later", "then",
      "also", "and", "who", "got", "went", "tried", "walked", "drove", "left", "lived", "worked", "loved");
  private static final Set<String> SUFFIXES = Set.of("Jr", "Sr");
  /** Words that open a run of capitalized words without being part of a name. */
  private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "On", "At", "When", "After", "Before",
      "But", "And", "As", "If", "While", "Mr", "Mrs", "Ms", "Miss", "Also", "Then", "Now", "Later", "Earlier",
      "Meanwhile", "However", "Highlights", "Latest", "Update", "Updated");
  /** Words that end names of places, buildings and bodies, not of people. */
  private static final Set<String> NOT_SURNAMES = Set.of("County", "City", "Street", "Avenue", "Road", "Drive",
      "Lane", "Boulevard", "Highway", "Park", "School", "Hospital", "Center", "Church", "Department", "Office",
      "Court", "University", "College", "Club", "Lake", "River", "Beach", "Township", "Parish", "News", "Times",
      "Post", "Press", "Mall", "Square", "Station", "Heights", "Hills", "Village", "Apartments", "Bar", "Grill",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  /** Words that never begin a person's name. */
  private static final Set<String> NOT_GIVEN_NAMES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "January", "February", "March", "April", "June", "July", "August", "September",
      "October", "November", "December", "North", "South", "East", "West", "New", "Fort", "Saint", "St", "Lake",
      "Mount", "Port", "San", "Santa", "Los", "Las", "El", "Grand", "Upper", "Lower", "Central", "Downtown",
      "Northwest", "Northeast", "Southwest", "Southeast", "Black", "White", "Facebook", "Twitter", "Crime",
      "Channel", "Action", "Eyewitness", "Breaking", "Related", "Copyright", "All", "Click", "Read", "Watch",
      "Besides", "Both", "Neighbor", "Neighbors", "Buy", "Chronicle", "Photo", "Caption", "Staff", "Call", "Regional",
      "Toyota", "Honda", "Nissan", "Chevrolet", "Dodge", "French", "Victim", "Suspect", "Witness", "Witnesses",
      "Relatives", "Family", "Friends", "Grandson", "Granddaughter", "Son", "Daughter", "Brother", "Sister", "Uncle",
      "Aunt", "Cousin", "Mother", "Father", "Mom", "Dad", "Grandmother", "Grandfather", "Boy", "Girl", "Teen");
  /** The longest text {@link #NAME} can match: 16 + 3 + 2 * 22 characters. */
  private static final int MAX_NAME = 63;

  private Actors() {}

  /**
   * Returns the other people a report names in full and then by surname alone ("Tavon Reddick ...
   * Reddick was taken to a hospital"), as news names a victim or a suspect, each once, in text
   * order, at most {@value #MAX_ACTORS}. Officials, whom a report names with a title at least once
   * ("Police Chief Ana Ruiz", "President Ana Ruiz" and later "Ana Ruiz said"), places ("West Virginia ... Virginia") and names of streets or buildings are left out.
   */
  static List<String> findRepeated(String text) {
    List<List<int[]>> runs = capitalizedRuns(text);
    Surnames alone = new Surnames();
    for (List<int[]> run : runs) {
      int i = run.size() == 2 && OPENERS.contains(word(text, run.get(0))) ? 1 : 0;
      if (run.size() - i == 1 && actsAfter(text, run.get(i)[1])) {
        alone.add(word(text, run.get(i)));
      }
    }
    if (alone.isEmpty()) {
      return List.of();
    }
    // only a surname written alone can be an official's: the titles are looked for in those runs only
    Set<String> officials = new HashSet<>();
    for (List<int[]> run : runs) {
      if (aloneAtEnd(text, run, alone) && (titled(text, run.get(0)[0]) || hasTitle(text, run))) {
        officials.add(word(text, run.get(run.size() - 1)));
      }
    }
    Set<String> tried = new LinkedHashSet<>();
    for (List<int[]> run : runs) {
      if (run.size() < 2 || !aloneAtEnd(text, run, alone)) {
        continue;
      }
      String name = titled(text, run.get(0)[0]) ? null : personName(text, run);
      String surname = name == null ? null : name.substring(name.lastIndexOf(' ') + 1);
      if (name != null && alone.contains(surname) && !officials.contains(surname)) {
        tried.add(name);
      }
      if (tried.size() >= MAX_TRIED) {
        break;
      }
    }
    if (tried.isEmpty()) {
      return List.of();
    }
    Set<String> common = writtenInLowerCase(text, tried);
    List<String> out = new ArrayList<>();
    for (String name : tried) {
      if (out.size() < MAX_ACTORS && !commonWords(common, name) && Gazetteer.instance().lookup(name).isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }

  private static boolean hasTitle(String text, List<int[]> run) {
    for (int[] w : run) {
      if (TITLES.contains(word(text, w))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the run's last word, or the one before a "Jr.", is a surname the report writes alone: the cheap test first. */
  private static boolean aloneAtEnd(String text, List<int[]> run, Surnames alone) {
    int[] last = run.get(run.size() - 1);
    boolean suffix = run.size() > 1 && last[1] - last[0] == 2
        && (text.startsWith("Jr", last[0]) || text.startsWith("Sr", last[0]));
    return alone.containsWord(text, suffix ? run.get(run.size() - 2) : last);
  }

  /**
   * The surnames a report writes alone, with a filter of their hashes, so that the words of most runs are refused
   * without making a string of them.
   */
  private static final class Surnames {
    private final Set<String> words = new HashSet<>();
    /** A bit per surname's {@link String#hashCode}, modulo 64. */
    private long hashBits;

    void add(String surname) {
      words.add(surname);
      hashBits |= 1L << surname.hashCode();
    }

    boolean isEmpty() {
      return words.isEmpty();
    }

    boolean contains(String word) {
      return words.contains(word);
    }

    /** Whether the word {@code w} of {@code text} is one of the surnames. */
    boolean containsWord(String text, int[] w) {
      int h = 0;
      for (int k = w[0]; k < w[1]; k++) {
        h = 31 * h + text.charAt(k);
      }
      return (hashBits & 1L << h) != 0 && words.contains(word(text, w));
    }
  }

  /** The full name a run of capitalized words gives, without the words that open it, or null if it is none. */
  private static String personName(String text, List<int[]> run) {
    int from = 0;
    // "Neighbor Rosario Pagan": a word that opens no name opens the run before one
    while (from < run.size() && (OPENERS.contains(word(text, run.get(from)))
        || run.size() - from > 2 && NOT_GIVEN_NAMES.contains(word(text, run.get(from))))) {
      from++;
    }
    List<String> words = new ArrayList<>();
    for (int[] w : run.subList(from, run.size())) {
      String word = word(text, w);
      if (TITLES.contains(word)) {
        return null;
      }
      words.add(word);
    }
    if (!words.isEmpty() && SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    int full = (int) words.stream().filter(w -> w.length() > 1).count();
    if (full < 2 || full > 3 || words.get(0).length() < 2 || words.get(words.size() - 1).length() < 2
        || NOT_GIVEN_NAMES.contains(words.get(0)) || NOT_SURNAMES.contains(words.get(words.size() - 1))) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      b.append(b.length() == 0 ? "" : " ").append(w).append(w.length() == 1 ? "." : "");
    }
    return b.toString();
  }

  /** Whether the word before {@code begin} is a title in lower case: "Kremlin spokesman Ana Ruiz", "said police chief Ana Ruiz". */
  private static boolean titled(String text, int begin) {
    int end = begin - 1;
    if (end < 1 || text.charAt(end) != ' ') {
      return false;
    }
    int start = end;
    while (start > 0 && end - start < 16 && Character.isLowerCase(text.charAt(start - 1))) {
      start--;
    }
    String before = text.substring(start, end);
    return !before.isEmpty() && TITLES.contains(Character.toUpperCase(before.charAt(0)) + before.substring(1));
  }

  /**
   * Whether a surname standing alone at {@code end} is followed by what a person does or has
   * ("Reddick said", "Reddick was", "Reddick's"), not by what follows the word of a name of a thing.
   */
  private static boolean actsAfter(String text, int end) {
    if (end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019')
        && text.charAt(end + 1) == 's') {
      return true;
    }
    if (end >= text.length() || text.charAt(end) != ' ') {
      return false;
    }
    int e = end + 1;
    while (e < text.length() && e - end < 12 && Character.isLowerCase(text.charAt(e))) {
      e++;
    }
    return PERSON_VERBS.contains(text.substring(end + 1, e));
  }

  /** Whether a word of {@code name} is among {@code common}, or hyphenated ("Twenty-year-old"): a common word, not a name. */
  private static boolean commonWords(Set<String> common, String name) {
    for (String w : name.split(" ")) {
      if (w.length() > 2 && (w.indexOf('-') >= 0 || common.contains(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of {@code names} that the text also writes in lower case ("Both Clay": "both"). Each word is
   * looked for with {@link String#indexOf}, which reads the text far faster than a walk over its words, and
   * kept at its first place that is a whole word.
   */
  private static Set<String> writtenInLowerCase(String text, Set<String> names) {
    Set<String> tried = new HashSet<>();
    Set<String> out = new HashSet<>();
    for (String name : names) {
      for (String w : name.split(" ")) {
        if (w.length() > 2 && tried.add(w) && writtenAsWord(text, Character.toLowerCase(w.charAt(0)) + w.substring(1))) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /** Whether {@code lower} stands in the text as a whole word that begins in lower case. */
  private static boolean writtenAsWord(String text, String lower) {
    for (int i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
      int end = i + lower.length();
      if (isLowerCase(text.charAt(i)) && (i == 0 || !isLetter(text.charAt(i - 1)))
          && (end == text.length() || !isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static String word(String text, int[] w) {
    return text.substring(w[0], w[1]);
  }

  /**
   * The runs of capitalized words in {@code text}, each word as its begin and end (an initial "D."
   * as its letter), the words of a run one space apart: "Police Chief Ana Ruiz", "Reddick". A
   * word is a capital then letters with at least one in lower case ("McNeal", "Jackson-Liday"),
   * never all capitals; an apostrophe ends a word, so "Reddick's" gives "Reddick".
   */
  private static List<List<int[]>> capitalizedRuns(String text) {
    List<List<int[]>> runs = new ArrayList<>();
    List<int[]> run = new ArrayList<>();
    int n = text.length();
    int lastEnd = -2;
    int i = 0;
    while (i < n) {
      if (!isLetter(text.charAt(i))) {
        if (!(text.charAt(i) == ' ' && i == lastEnd)) {
          run = flush(run, runs);
        }
        i++;
        continue;
      }
      int j = i;
      while (j < n && isLetter(text.charAt(j))) {
        j++;
      }
      boolean initial = j == i + 1 && isUpperCase(text.charAt(i)) && j < n && text.charAt(j) == '.';
      if (initial || capitalized(text, i, j)) {
        run.add(new int[] {i, j});
        boolean abbreviation = j < n && text.charAt(j) == '.' && ABBREVIATIONS.contains(text.substring(i, j));
        lastEnd = initial || abbreviation ? j + 1 : j;
        i = lastEnd;
      } else {
        run = flush(run, runs);
        i = j;
      }
    }
    flush(run, runs);
    return runs;
  }

  private static List<int[]> flush(List<int[]> run, List<List<int[]>> runs) {
    if (run.isEmpty()) {
      return run;
    }
    runs.add(run);
    return new ArrayList<>();
  }

  private static boolean capitalized(String text, int begin, int end) {
    if (end - begin < 2 || !isUpperCase(text.charAt(begin))) {
      return false;
    }
    for (int k = begin + 1; k < end; k++) {
      if (isLowerCase(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** {@link Character#isLetter} or a hyphen; ASCII, nearly every character of a report, is read without a table. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-';
    }
    return Character.isLetter(c);
  }

  /** {@link Character#isUpperCase}, ASCII read without a table. */
  private static boolean isUpperCase(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  /** {@link Character#isLowerCase}, ASCII read without a table. */
  private static boolean isLowerCase(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  /** Returns the names in {@code text}, each once, in text order, at most {@value #MAX_ACTORS}. */
  static List<String> find(String text) {
    Set<String> out = new LinkedHashSet<>();
    collectWithAge(text, out);
    collectIdentified(text, out);
    return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_ACTORS));
  }

  /**
   * Finds the matches of {@link #WITH_AGE} that {@code find()} would, trying the pattern only just
   * before each ", <age>," in the text: a match ends at the first comma after its start, so the
   * leftmost match at or after a position ends at the first such age after it, and starts at most
   * {@link #MAX_NAME} characters before it.
   */
  private static void collectWithAge(String text, Set<String> out) {
    Matcher m = WITH_AGE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int pos = 0;
    for (int q = text.indexOf(", ", pos); q >= 0 && out.size() < MAX_ACTORS; q = text.indexOf(", ", q + 1)) {
      int ageEnd = ageEnd(text, q);
      if (ageEnd < 0 || q < pos) {
        continue;
      }
      m.region(Math.max(pos, q - MAX_NAME), ageEnd);
      if (m.find()) {
        add(m.group(1), out);
        pos = m.end();
      }
    }
  }

  /** The end of ", <one or two digits>," at {@code q}, or -1. */
  private static int ageEnd(String text, int q) {
    int i = q + 2;
    int digits = 0;
    while (i < text.length() && digits < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
      digits++;
    }
    return digits >= 1 && digits <= 2 && i < text.length() && text.charAt(i) == ',' ? i + 1 : -1;
  }

  /** Finds the matches of {@link #IDENTIFIED} that {@code find()} would, trying it only at each "identified". */
  private static void collectIdentified(String text, Set<String> out) {
    Matcher m = IDENTIFIED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = text.indexOf("identified"); i >= 0 && out.size() < MAX_ACTORS; i = text.indexOf("identified", i)) {
      m.region(i, text.length());
      if (m.lookingAt()) {
        add(m.group(1), out);
        i = m.end();
      } else {
        i++;
      }
    }
  }

  private static void add(String name, Set<String> out) {
    String first = name.substring(0, name.indexOf(' '));
    if (!NOT_FIRST_NAMES.contains(first)) {
      out.add(name);
    }
  }
}
