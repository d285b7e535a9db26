package org.dateline.rules.time.en;

import java.util.Set;

/**
 * The cue words and word tests that more than one tense reader shares: "-ed" words that are no past ({@link
 * #NOT_PAST}), past verbs of ordering, the adverbs before a participle, and whether a word is a passive participle or
 * a name's capitalised word. Stateless and thread-safe.
 */
final class TenseWords {
  private TenseWords() {}

  /**
   * Words in "-ed" that tell no deed done: plans and hopes ("planned", "expected"), adjectives ("united", "settled"),
   * words that only end so ("hundred", "red"), a timetable's "followed".
   */
  static final WordSet NOT_PAST = new WordSet(Set.of("planned", "scheduled", "expected",
      "slated", "intended", "proposed", "hundred", "united", "limited", "based", "related", "interested",
      "concerned", "needed", "red", "bed", "wed", "shed", "led", "sled",
      // an age, no deed: "people aged 15 to 59"; arms carried: "armed robbery", "armed forces"
      "aged", "armed",
      // a timetable's order: "The Lions host the Packers at 1 p.m., followed by the Cowboys at 4:30 p.m."
      "followed",
      // what is awaited is no deed done: "the much anticipated 4 p.m. final", "the long-awaited Sunday vote"
      "anticipated", "awaited", "forecasted",
      // a forecast's adjectives: "turning more settled into Monday", "scattered showers on Sunday"
      "settled", "unsettled", "scattered", "isolated",
      // a purpose's participles after their noun: "a visit aimed at reopening trade", "a law designed to curb"
      "aimed", "designed"));
  /**
   * Determiners and owners before "plan" that make it a noun: "over a plan to extend the mandate", "under the plan the
   * council approved" (read by {@link VerbTense} and, in its pattern, by {@link Foreseen}).
   */
  static final java.util.List<String> PLAN_DETERMINER_WORDS = java.util.List.of("a", "the", "its", "their", "his",
      "her", "our", "any", "no", "this", "that", "new");

  /** Past verbs of ordering or asking: what they put before "by" is a deadline still to come. */
  static final WordSet ORDERING = new WordSet(Set.of("ordered", "told", "asked", "urged", "gave",
      "instructed", "directed", "required", "demanded", "set", "called", "requested", "summoned", "invited"));

  /**
   * Whether the word at {@code i} is capitalised inside a sentence, a name's word, not a verb: "the Met Office said",
   * "Edward Said".
   */
  static boolean named(Scan s, int i) {
    // a capital then small letters: a text in capitals ("THEY SAY IT HAPPENED") has its verbs in capitals too
    if (i <= 0 || i + 1 >= s.length() || !Character.isUpperCase(s.text.charAt(i)) || !Character.isLowerCase(s.text.charAt(i + 1))) {
      return false;
    }
    int k = i - 1;
    while (k >= 0 && s.text.charAt(k) == ' ') {
      k--;
    }
    return k >= 0 && Character.isLetterOrDigit(s.text.charAt(k)) || k >= 0 && s.text.charAt(k) == ',';
  }

  /** Participles that give a thing its name: "an evening called 'Night Falls'". */
  private static final WordSet NAMING = new WordSet(Set.of("called", "named", "dubbed", "titled", "entitled"));

  /**
   * Whether the word {@code t[i, j)} gives a thing its name, a title in quotes right after it: "hosts an evening
   * called 'Night Falls' on Friday" has no past verb ("the union called a strike" has).
   */
  static boolean naming(String t, int i, int j) {
    return j + 1 < t.length() && t.charAt(j) == ' ' && "'\"\u2018\u201c".indexOf(t.charAt(j + 1)) >= 0
        && NAMING.contains(t, i, j);
  }

  /** "have" and its short forms before "got": "we've got", "she has got" tell what one has now. */
  private static final java.util.regex.Pattern HAVE_BEFORE = java.util.regex.Pattern.compile(
      "(?:\\b(?:have|has)\\s{1,3}|['\u2019](?:ve|s)\\s{1,3})$");

  /**
   * Whether the word {@code t[i, j)} is "got" after "have", "has", "'ve" or "'s" within {@code [lo, i)}: the present
   * of having ("we've got showers through the weekend"), no past verb.
   */
  static boolean haveGot(String t, int lo, int i, int j) {
    return j - i == 3 && t.startsWith("got", i) && HAVE_BEFORE.matcher(t).region(Math.max(lo, i - 8), i).find();
  }

  /**
   * Whether "has", "have" or "'ve" and a space or two end just before {@code pos}, within {@code [lo, pos)}: a present
   * perfect ("has announced", "we've cancelled").
   */
  static boolean haveBefore(String t, int lo, int pos) {
    return PERFECT_BEFORE.matcher(t).region(Math.max(lo, pos - 8), pos).find();
  }

  /** "have", "has" or "'ve" before a participle; not "'s", as often an owner's ("Staff at McDonald's joined"). */
  private static final java.util.regex.Pattern PERFECT_BEFORE = java.util.regex.Pattern.compile(
      "(?:\\b(?:have|has)\\s{1,3}|['\u2019]ve\\s{1,3})$");

  /** Prepositions between a clause and its own date: "signed in 1977", "built on Monday". */
  private static final WordSet OWN_DATE_OPENERS = new WordSet(Set.of("in", "on", "during"));

  /**
   * Whether a date a clause is told with lies in {@code [at, limit)}, from its start: "in", "on" or "during" and a
   * weekday, a month (not "may"), a year ("in 1977") or a day and its month ("on 12 May"); not a count ("in 18 of 20
   * cities", "on 3 bills").
   */
  static boolean ownDate(String t, int at, int limit) {
    int pe = WordRuns.wordEnd(t, at, Math.min(limit, at + 7));
    int w = pe + 1;
    if (!OWN_DATE_OPENERS.contains(t, at, pe) || w >= limit || t.charAt(pe) != ' ') {
      return false;
    }
    if (Character.isDigit(t.charAt(w))) {
      int d = w;
      while (d < limit && Character.isDigit(t.charAt(d))) {
        d++;
      }
      if (d - w == 4) {
        int year = Integer.parseInt(t.substring(w, d));
        return year >= 1800 && year <= 2100 && (d == t.length() || !Character.isLetterOrDigit(t.charAt(d)));
      }
      if (d - w > 2 || d + 1 >= limit || t.charAt(d) != ' ') {
        return false;
      }
      int me = WordRuns.wordEnd(t, d + 1, Math.min(limit, d + 11));
      return me > d + 1 && Lexicon.month(t.substring(d + 1, me)) != null;
    }
    int we = WordRuns.wordEnd(t, w, Math.min(limit, w + 10));
    return we > w && (Lexicon.weekday(t.substring(w, we)) != null || OWN_MONTHS.contains(t, w, we));
  }

  /** Months by their names and their abbreviations; not "may", nor "mar" ("in Mar-a-Lago", "on Marc's pass"). */
  private static final WordSet OWN_MONTHS = new WordSet(Set.of("january", "february", "march", "april", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec"));

  /** Whether a date a clause is told with ({@link #ownDate}) begins at a word in {@code [from, b)} and ends by b. */
  static boolean ownDateBetween(String t, int from, int b) {
    for (int i = from; i < b; i++) {
      if ((i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))) && ownDate(t, i, b)) {
        return true;
      }
    }
    return false;
  }

  /** Adverbs that may come before the participle opening a phrase: "The deal, first announced in May, ...". */
  static final Set<String> PARTICIPLE_ADVERBS = Set.of("first", "initially", "originally",
      "formally", "officially", "publicly", "already");

  /**
   * Whether the word at {@code pos} follows "be", "been", "being", "is" or "are", with at most an adverb in "-ly" or
   * one of {@link #PASSIVE_ADVERBS} ("is legally required", "are already sold out") or a share ("are 85 per cent
   * booked") between: a participle, not a past tense.
   */
  static boolean passive(String t, int lo, int pos) {
    if (auxiliaryBefore(t, lo, pos)) {
      return true;
    }
    int we = pos - 1;
    if (we <= lo || t.charAt(we) != ' ') {
      return false;
    }
    int ws = WordRuns.letterRunStart(t, lo, we);
    return (we - ws >= 4 && t.startsWith("ly", we - 2) || PASSIVE_ADVERBS.contains(t, ws, we))
        && auxiliaryBefore(t, lo, ws) || auxiliaryBefore(t, lo, shareStart(t, lo, pos));
  }

  /** Adverbs not in "-ly" that may stand between "is" or "are" and a participle: "are already sold out". */
  private static final WordSet PASSIVE_ADVERBS = new WordSet(Set.of("already", "now", "still", "also", "all",
      "almost", "not"));

  /** The words of a share after its number: "85 per cent", "60 percent", "90%". */
  private static final String[] SHARES = {" per cent ", " percent ", "% "};

  /**
   * Where a share told just before {@code pos} starts, "85 per cent ", "90% ", "60 percent ", or {@code pos} if there
   * is none: "hotels are 85 per cent booked" is a passive as "hotels are booked" is.
   */
  private static int shareStart(String t, int lo, int pos) {
    int k = -1;
    for (String share : SHARES) {
      if (endsWith(t, pos, pos - lo, share)) {
        k = pos - share.length();
      }
    }
    if (k < 0) {
      return pos;
    }
    int d = k;
    while (d > lo && (Character.isDigit(t.charAt(d - 1)) || t.charAt(d - 1) == '.')) {
      d--;
    }
    return d < k && Character.isDigit(t.charAt(k - 1)) ? d : pos;
  }

  /** Whether "be", "been", "being", "is" or "are" and one space end just before {@code pos}. */
  private static boolean auxiliaryBefore(String t, int lo, int pos) {
    int room = Math.min(7, pos - lo);
    return endsWith(t, pos, room, " be ") || endsWith(t, pos, room, " been ") || endsWith(t, pos, room, " being ")
        || endsWith(t, pos, room, " is ") || endsWith(t, pos, room, " are ");
  }

  /** Whether {@code w} ends at {@code pos}, within the {@code room} characters before it. */
  private static boolean endsWith(String t, int pos, int room, String w) {
    return w.length() <= room && t.startsWith(w, pos - w.length());
  }
}
